// index/search_paths.h — internal: the four paths a filtered search can take
// over a row bitmap (IndexOptions documents when kAuto takes which). Each
// writes the top k (score, row) pairs, best first, with the exact float
// inner product as score; the approximate paths choose candidates by their
// 8-bit code score (code_scoring.h) and re-rank them with the float vectors.
// The caller holds the index's shared lock.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "row_bits.h"
#include "vector_index_impl.h"

namespace consortia::detail {

using ScoredRows = std::vector<std::pair<float, std::int64_t>>;  // (score, row)

// kAuto: the path for a filter that selects `selected` rows — kExact, kScan
// or kIvf (Search falls back from kIvf to kScan when the probed lists hold
// too few matches).
SearchPath AutoPath(const VectorIndex::Impl& m, std::int64_t selected);

// kExact: float inner products over the selected rows.
void ExactOverRows(const VectorIndex::Impl& m, const float* q, const Bits& sel, int k,
                   ScoredRows* out);

// kFlat, the oracle: faiss::knn_inner_product with the bitmap as IDSelector,
// i.e. what IndexFlatIP computes over the filtered set.
void FlatOracle(const VectorIndex::Impl& m, const float* q, const Bits& sel, int k,
                ScoredRows* out);

// kScan: the 8-bit codes of every selected row. `industries`: indices of the
// filter's industries (the selected rows lie in their union), whose
// contiguous code groups are streamed when that reads less than fetching the
// selected rows' codes one by one.
void ScanSelected(const VectorIndex::Impl& m, const float* q, const Bits& sel,
                  std::int64_t selected, const std::vector<int>& industries, int k,
                  ScoredRows* out);

// What the IVF path saw.
struct IvfScan {
  std::int64_t target = 0;
  std::int64_t found = 0;  // selected rows in the probed lists
  int nprobe = 0;
  double local_density = 0;   // found / codes scanned
  double global_density = 0;  // selected / rows

  // Too few matches near the query (a filter correlated with the vectors,
  // its matches elsewhere): the coarse list order is not precise there.
  bool Sparse(const IndexOptions& o) const {
    return found < target || local_density < o.min_local_density * global_density;
  }
};

// kIvf: probes the lists nearest to q until they held enough selected rows
// (IndexOptions), scoring the selected codes.
IvfScan ScanIvf(const VectorIndex::Impl& m, const float* q, const Bits& sel, std::int64_t selected,
                int k, ScoredRows* out);

}  // namespace consortia::detail
