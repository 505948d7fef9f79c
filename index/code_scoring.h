// index/code_scoring.h — internal: scoring 8-bit scalar-quantised codes, and
// the candidate sets re-ranked with the full vectors. Not part of the contract.
//
// faiss::ScalarQuantizer (QT_8bit, not by residual) stores component j of a
// vector as a byte c_j with x_j ~ vmin_j + (c_j + 0.5) / 255 * vdiff_j. For a
// query q the inner product is then a constant plus sum_j a_j c_j with
// a_j = q_j vdiff_j / 255, so candidates rank by that sum alone. The weights
// a_j are rounded to int16 and the sum is taken in int32 — exact integer
// arithmetic that the compiler vectorises (the Debian FAISS scanner is
// scalar). The approximate order selects candidates; the float vectors decide
// the final order and scores (re-ranking), so a result's score is always exact.
#pragma once

#include <faiss/impl/ScalarQuantizer.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace consortia::detail {

// Integer weights of one query against codes of one ScalarQuantizer.
struct SqQuery {
  std::vector<std::int16_t> weights;  // dim entries
  int dim = 0;
};

// Builds the integer weights of q (dim floats) for codes of `sq` (QT_8bit,
// trained, not by residual).
SqQuery MakeSqQuery(const faiss::ScalarQuantizer& sq, const float* q, int dim);

// sum_j weights[j] * code[j]: the approximate score up to a query constant
// and a positive factor.
std::int32_t SqScore(const SqQuery& query, const std::uint8_t* code);

// The best `capacity` (score, row) pairs seen, by approximate score.
class Candidates {
 public:
  explicit Candidates(int capacity) : capacity_(capacity) { heap_.reserve(capacity + 1); }
  // Whether a code with this score would be kept (cheap test before Push).
  bool Admits(std::int32_t score) const {
    return static_cast<int>(heap_.size()) < capacity_ || score > heap_.front().first;
  }
  void Push(std::int32_t score, std::int64_t row);
  const std::vector<std::pair<std::int32_t, std::int64_t>>& items() const { return heap_; }

 private:
  int capacity_;
  std::vector<std::pair<std::int32_t, std::int64_t>> heap_;  // min-heap on score
};

// Exact inner products of q with the candidates' vectors (row-major
// `vectors`, dim floats per row); writes the best k (score, row), best first.
void Rerank(const Candidates& candidates, const float* q, const float* vectors, int dim, int k,
            std::vector<std::pair<float, std::int64_t>>* out);

}  // namespace consortia::detail
