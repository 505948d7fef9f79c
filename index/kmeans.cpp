// Spherical k-means and nearest-centroid assignment with Eigen.
#include "kmeans.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace consortia::detail {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMatrix>;

constexpr std::int64_t kBlock = 4096;

// Assigns rows [0, n) in blocks; calls fn(row, centroid) for each.
template <typename Fn>
void AssignBlocks(const float* x, std::int64_t n, const float* c, int nlist, int d, Fn&& fn) {
  ConstMap cm(c, nlist, d);
  RowMatrix scores;
  for (std::int64_t start = 0; start < n; start += kBlock) {
    std::int64_t m = std::min(kBlock, n - start);
    ConstMap xm(x + start * d, m, d);
    scores.noalias() = xm * cm.transpose();
    for (std::int64_t i = 0; i < m; ++i) {
      Eigen::Index best = 0;
      scores.row(i).maxCoeff(&best);
      fn(start + i, static_cast<std::int64_t>(best));
    }
  }
}

}  // namespace

std::vector<std::int64_t> AssignNearest(const float* x, std::int64_t n, const float* centroids,
                                        int nlist, int d) {
  std::vector<std::int64_t> out(n);
  AssignBlocks(x, n, centroids, nlist, d, [&](std::int64_t r, std::int64_t c) { out[r] = c; });
  return out;
}

std::vector<float> SphericalKmeans(const float* x, std::int64_t n, int d, int nlist, int niter,
                                   std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::int64_t> perm(n);
  std::iota(perm.begin(), perm.end(), 0);
  std::shuffle(perm.begin(), perm.end(), rng);
  std::vector<float> c(static_cast<size_t>(nlist) * d);
  for (int k = 0; k < nlist; ++k) {
    std::copy_n(x + perm[k % n] * d, d, c.data() + static_cast<size_t>(k) * d);
  }
  std::vector<double> sum(static_cast<size_t>(nlist) * d);
  std::vector<std::int64_t> count(nlist);
  for (int it = 0; it < niter; ++it) {
    std::fill(sum.begin(), sum.end(), 0.0);
    std::fill(count.begin(), count.end(), 0);
    AssignBlocks(x, n, c.data(), nlist, d, [&](std::int64_t r, std::int64_t k) {
      ++count[k];
      const float* row = x + r * d;
      double* s = sum.data() + k * d;
      for (int j = 0; j < d; ++j) s[j] += row[j];
    });
    std::uniform_int_distribution<std::int64_t> pick(0, n - 1);
    for (int k = 0; k < nlist; ++k) {
      float* ck = c.data() + static_cast<size_t>(k) * d;
      if (count[k] == 0) {  // empty: re-seed on a random point
        std::copy_n(x + pick(rng) * d, d, ck);
        continue;
      }
      const double* s = sum.data() + static_cast<size_t>(k) * d;
      double norm = 0;
      for (int j = 0; j < d; ++j) norm += s[j] * s[j];
      norm = norm > 0 ? std::sqrt(norm) : 1.0;
      for (int j = 0; j < d; ++j) ck[j] = static_cast<float>(s[j] / norm);
    }
  }
  return c;
}

}  // namespace consortia::detail
