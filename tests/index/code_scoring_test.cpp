// The 8-bit code scorer ranks like the decoded float vectors, and the
// candidate set / re-ranking keep the right items with exact scores.
#include "code_scoring.h"

#include "index/index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace consortia::detail {
namespace {

struct Coded {
  int dim = 0, n = 0;
  std::vector<float> x;
  std::vector<std::uint8_t> codes;
  faiss::ScalarQuantizer sq;
};

Coded MakeCoded(int n, int dim, unsigned seed) {
  Coded c;
  c.dim = dim;
  c.n = n;
  std::mt19937 rng(seed);
  std::normal_distribution<float> g(0, 1);
  c.x.resize(static_cast<size_t>(n) * dim);
  for (auto& v : c.x) v = g(rng);
  c.sq = faiss::ScalarQuantizer(dim, faiss::ScalarQuantizer::QT_8bit);
  c.sq.train(n, c.x.data());
  c.codes.resize(static_cast<size_t>(n) * dim);
  c.sq.compute_codes(c.x.data(), c.codes.data(), n);
  return c;
}

std::vector<float> Query(int dim, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> g(0, 1);
  std::vector<float> q(dim);
  for (auto& v : q) v = g(rng);
  return q;
}

TEST(SqScanTest, IntegerScoresOrderLikeDecodedVectors) {
  Coded c = MakeCoded(2000, 143, 1);  // 143: not a multiple of any vector width
  std::vector<float> decoded(c.x.size());
  c.sq.decode(c.codes.data(), decoded.data(), c.n);
  for (unsigned qs = 0; qs < 5; ++qs) {
    std::vector<float> q = Query(c.dim, 100 + qs);
    SqQuery sq = MakeSqQuery(c.sq, q.data(), c.dim);
    int compared = 0, disagree = 0;
    for (int a = 0; a + 1 < c.n; a += 2) {
      float fa = InnerProduct(q.data(), &decoded[static_cast<size_t>(a) * c.dim], c.dim);
      float fb = InnerProduct(q.data(), &decoded[static_cast<size_t>(a + 1) * c.dim], c.dim);
      if (std::abs(fa - fb) < 0.05f) continue;  // near-ties: within rounding
      ++compared;
      std::int32_t ia = SqScore(sq, &c.codes[static_cast<size_t>(a) * c.dim]);
      std::int32_t ib = SqScore(sq, &c.codes[static_cast<size_t>(a + 1) * c.dim]);
      disagree += (fa > fb) != (ia > ib);
    }
    EXPECT_GT(compared, 900);
    EXPECT_EQ(disagree, 0) << "query " << qs;
  }
}

TEST(SqScanTest, CandidatesAndRerankReturnTheExactTopK) {
  Coded c = MakeCoded(5000, 64, 2);
  std::vector<float> q = Query(c.dim, 7);
  SqQuery sq = MakeSqQuery(c.sq, q.data(), c.dim);
  Candidates cand(200);
  for (int r = 0; r < c.n; ++r) {
    std::int32_t s = SqScore(sq, &c.codes[static_cast<size_t>(r) * c.dim]);
    if (cand.Admits(s)) cand.Push(s, r);
  }
  EXPECT_EQ(cand.items().size(), 200u);
  std::vector<std::pair<float, std::int64_t>> top;
  Rerank(cand, q.data(), c.x.data(), c.dim, 20, &top);
  // Truth: exact scores over all rows.
  std::vector<std::pair<float, std::int64_t>> truth;
  for (int r = 0; r < c.n; ++r) {
    truth.emplace_back(InnerProduct(q.data(), &c.x[static_cast<size_t>(r) * c.dim], c.dim), r);
  }
  std::sort(truth.begin(), truth.end(), std::greater<>());
  ASSERT_EQ(top.size(), 20u);
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(top[i].second, truth[i].second) << "rank " << i;
    EXPECT_NEAR(top[i].first, truth[i].first, 1e-4);
  }
}

TEST(SqScanTest, ZeroQueryScoresEverythingZero) {
  Coded c = MakeCoded(10, 16, 3);
  std::vector<float> q(16, 0.0f);
  SqQuery sq = MakeSqQuery(c.sq, q.data(), c.dim);
  for (int r = 0; r < c.n; ++r) EXPECT_EQ(SqScore(sq, &c.codes[r * 16]), 0);
}

}  // namespace
}  // namespace consortia::detail
