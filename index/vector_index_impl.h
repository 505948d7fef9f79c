// index/vector_index_impl.h — internal: the state behind VectorIndex, shared by
// vector_index.cpp (build, update, search) and index_io.cpp (save, load).
#pragma once

#include <faiss/IndexFlat.h>
#include <faiss/IndexIVFFlat.h>

#include <memory>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "index/index.h"
#include "index/selection.h"

namespace consortia {

class VectorIndex::Impl {
 public:
  // Constant after construction.
  std::shared_ptr<const ProfileModel> model;  // null for BuildFromVectors
  BlockLayout layout;
  IndexOptions options;

  mutable std::shared_mutex mu;
  // All below guarded by mu (shared for reads, exclusive for writes).
  std::int64_t data_version = 0;
  std::vector<ProfileRecord> records;           // per row; text is not kept
  std::vector<float> vectors;                   // rows x layout.dim
  std::unordered_map<Id, std::int64_t> row_of;  // live rows only
  std::int64_t live = 0;
  std::int64_t tombstones = 0;
  std::int64_t built_rows = 0;  // rows when the IVF was built (or loaded)

  // Attribute bitsets, one bit per row.
  detail::Bits alive, leading, available;
  std::vector<detail::Bits> kind;      // kEntityKindCount
  std::vector<detail::Bits> industry;  // Industries()
  std::vector<detail::Bits> district;  // Districts()
  std::vector<detail::Bits> region;    // Regions()
  std::vector<detail::Bits> title;     // kTitleCount

  // Approximate index; null when rows < options.min_rows_for_ivf. FAISS ids are rows.
  std::unique_ptr<faiss::IndexFlatIP> quantizer;
  std::unique_ptr<faiss::IndexIVFFlat> ivf;

  const float* centroids() const { return quantizer->get_xb(); }
  std::int64_t rows() const { return static_cast<std::int64_t>(records.size()); }
  const float* row_vector(std::int64_t r) const { return vectors.data() + r * layout.dim; }

  void InitBits();
  // Appends a row (vector already normalised; nullptr: already in `vectors`)
  // and sets its attribute bits; does not touch the IVF. Returns the row.
  std::int64_t AppendRow(ProfileRecord record, const float* vector);
  // Adds rows [from, rows()) to the IVF (no-op without one).
  Status AddToIvf(std::int64_t from, const IndexProgressFn& progress);
  // Trains the IVF on the current rows and adds them all.
  Status TrainIvf(const IndexProgressFn& progress);
  std::string Description() const;
};

}  // namespace consortia
