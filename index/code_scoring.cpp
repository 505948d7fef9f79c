#include "code_scoring.h"

#include "index/index.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace consortia::detail {
namespace {

// The inner loop: GCC vectorises it (pmaddwd-style widening multiply-add);
// the AVX2 clone is chosen at load time where the CPU has it.
__attribute__((target_clones("avx2", "default"))) std::int32_t DotU8I16(const std::uint8_t* code,
                                                                        const std::int16_t* w,
                                                                        int n) {
  std::int32_t acc = 0;
  for (int j = 0; j < n; ++j) acc += static_cast<std::int32_t>(w[j]) * code[j];
  return acc;
}

}  // namespace

SqQuery MakeSqQuery(const faiss::ScalarQuantizer& sq, const float* q, int dim) {
  SqQuery out;
  out.dim = dim;
  out.weights.assign(dim, 0);
  // trained = [vmin (dim), vdiff (dim)] for the non-uniform 8-bit quantizer.
  const float* vdiff = sq.trained.data() + dim;
  std::vector<double> a(dim);
  double max_abs = 0, sum_abs = 0;
  for (int j = 0; j < dim; ++j) {
    a[j] = static_cast<double>(q[j]) * vdiff[j];
    max_abs = std::max(max_abs, std::abs(a[j]));
    sum_abs += std::abs(a[j]);
  }
  if (max_abs <= 0) return out;
  // Largest scale with |w_j| <= 32767 and |sum_j w_j c_j| < 2^31 for bytes c_j.
  double scale = std::min(32767.0 / max_abs, 2.0e9 / (255.0 * sum_abs));
  for (int j = 0; j < dim; ++j)
    out.weights[j] = static_cast<std::int16_t>(std::lround(a[j] * scale));
  return out;
}

std::int32_t SqScore(const SqQuery& query, const std::uint8_t* code) {
  return DotU8I16(code, query.weights.data(), query.dim);
}

void Candidates::Push(std::int32_t score, std::int64_t row) {
  if (static_cast<int>(heap_.size()) < capacity_) {
    heap_.emplace_back(score, row);
    std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
  } else if (score > heap_.front().first) {
    std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
    heap_.back() = {score, row};
    std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
  }
}

void Rerank(const Candidates& candidates, const float* q, const float* vectors, int dim, int k,
            std::vector<std::pair<float, std::int64_t>>* out) {
  out->clear();
  out->reserve(candidates.items().size());
  for (const auto& [approx, row] : candidates.items()) {
    out->emplace_back(InnerProduct(vectors + row * dim, q, dim), row);
  }
  auto better = [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  };
  const size_t keep = std::min<size_t>(out->size(), static_cast<size_t>(std::max(k, 0)));
  std::partial_sort(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(keep), out->end(),
                    better);
  out->resize(keep);
}

}  // namespace consortia::detail
