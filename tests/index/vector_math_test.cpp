// The one inner product and normalisation (index/index.h), against plain loops.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "index/index.h"

namespace consortia {
namespace {

std::vector<float> Random(int n, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> g(0.0f, 1.0f);
  std::vector<float> v(n);
  for (float& x : v) x = g(rng);
  return v;
}

TEST(VectorMathTest, InnerProductMatchesAPlainSum) {
  for (int n : {1, 3, 8, 64, 143, 1000}) {
    const std::vector<float> a = Random(n, 1), b = Random(n, 2);
    double want = 0;
    for (int i = 0; i < n; ++i) want += double(a[i]) * b[i];
    EXPECT_NEAR(InnerProduct(a.data(), b.data(), n), want, 1e-4 * std::sqrt(double(n))) << n;
  }
  EXPECT_EQ(InnerProduct(nullptr, nullptr, 0), 0.0f);
  // The vector form stops at the shorter vector.
  EXPECT_FLOAT_EQ(InnerProduct(std::vector<float>{1, 2, 3}, std::vector<float>{4, 5}), 14.0f);
}

TEST(VectorMathTest, NormalizeL2GivesUnitVectorsAndLeavesZerosAlone) {
  std::vector<float> v = Random(143, 3);
  double norm2 = 0;
  for (float x : v) norm2 += double(x) * x;
  EXPECT_NEAR(NormalizeL2(&v), std::sqrt(norm2), 1e-4);
  EXPECT_NEAR(InnerProduct(v, v), 1.0f, 1e-5f);
  std::vector<float> zero(10, 0.0f);
  EXPECT_EQ(NormalizeL2(&zero), 0.0);
  EXPECT_EQ(zero, std::vector<float>(10, 0.0f));
  float part[4] = {3, 4, 7, 7};
  NormalizeL2(part, 2);  // only the first two
  EXPECT_FLOAT_EQ(part[0], 0.6f);
  EXPECT_FLOAT_EQ(part[1], 0.8f);
  EXPECT_FLOAT_EQ(part[2], 7.0f);
}

}  // namespace
}  // namespace consortia
