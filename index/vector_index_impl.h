// index/vector_index_impl.h — internal: the state behind VectorIndex, shared by
// the files that implement it:
//   vector_index.cpp  lifecycle: construction, updates, accessors, IndexHolder
//   row_filter.cpp    rows and their attribute bitsets; Filter -> row bitmap
//   ivf_codes.cpp     the IVF lists and the 8-bit codes
//   search.cpp        Search (over the paths of search_paths.h)
//   index_io.cpp      Save, Load, ReadIndexHeader
#pragma once

#include <faiss/IndexFlat.h>
#include <faiss/IndexScalarQuantizer.h>

#include <memory>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "core/taxonomy.h"
#include "index/index.h"
#include "lexical.h"
#include "row_bits.h"
#include "rw_mutex.h"

namespace consortia {

namespace detail {

// Position of a code in a taxonomy table (Industries(), Districts()) or in
// Regions(); -1 if absent. The attribute bitsets are indexed so.
int IndexOfTerm(const std::vector<Term>& terms, std::string_view code);
int IndexOfRegion(std::string_view code);
// InvalidArgument (field named) unless v has dim finite floats.
Status CheckVector(const std::vector<float>& v, int dim, const char* field);

}  // namespace detail

// Saved index files carry this format number; other numbers are rebuilt.
// 2: IVF lists hold 8-bit codes; 3: the lexical index and the term table.
inline constexpr std::uint32_t kIndexFormat = 3;

class VectorIndex::Impl {
 public:
  // Constant after construction.
  std::shared_ptr<const ProfileModel> model;  // null for BuildFromVectors
  BlockLayout layout;
  IndexOptions options;
  detail::TermTable terms;  // learned at build (or loaded)

  mutable detail::RwMutex mu;  // writers first (rw_mutex.h)
  // All below guarded by mu (shared for reads, exclusive for writes).
  std::int64_t data_version = 0;
  std::vector<ProfileRecord> records;           // per row; text is not kept
  std::vector<float> vectors;                   // rows x layout.dim
  std::unordered_map<Id, std::int64_t> row_of;  // live rows only
  std::int64_t live = 0;
  std::int64_t tombstones = 0;
  std::int64_t built_rows = 0;   // rows when the IVF was built (or loaded)
  detail::LexicalIndex lexical;  // one row per row, like `vectors`

  // Attribute bitsets, one bit per row.
  detail::Bits alive, leading, available;
  std::vector<detail::Bits> kind;      // kEntityKindCount
  std::vector<detail::Bits> industry;  // Industries()
  std::vector<detail::Bits> district;  // Districts()
  std::vector<detail::Bits> region;    // Regions()
  std::vector<detail::Bits> title;     // kTitleCount

  // Approximate index; null when rows < options.min_rows_for_ivf. FAISS ids are
  // rows; lists hold 8-bit codes of the vectors themselves (not residuals).
  std::unique_ptr<faiss::IndexFlatIP> quantizer;
  std::unique_ptr<faiss::IndexIVFScalarQuantizer> ivf;
  // The same 8-bit codes in row order (rows x dim), for scanning a filter's
  // rows; empty without an IVF.
  std::vector<std::uint8_t> codes;
  // And once more per industry, the industry's rows contiguous: industry is
  // the commonest filter and correlates with the vectors, so its matches
  // are scanned sequentially instead of row by row across all codes.
  struct CodeGroup {
    std::vector<std::int64_t> rows;   // ascending
    std::vector<std::uint8_t> codes;  // rows.size() x dim
  };
  std::vector<CodeGroup> industry_codes;  // Industries(); empty without an IVF

  const float* centroids() const { return quantizer->get_xb(); }
  std::int64_t rows() const { return static_cast<std::int64_t>(records.size()); }
  const float* row_vector(std::int64_t r) const { return vectors.data() + r * layout.dim; }
  const std::uint8_t* row_code(std::int64_t r) const { return codes.data() + r * layout.dim; }

  // ---- row_filter.cpp
  void InitBits();
  // Appends a row (vector already normalised; nullptr: already in `vectors`)
  // and sets its attribute bits; does not touch the IVF. The record's words
  // go into `lexical` (counted beforehand when `counts` is given; not at all
  // when `add_words` is false: Load reads the lexical index whole). Returns
  // the row.
  std::int64_t AppendRow(ProfileRecord record, const float* vector, bool add_words = true,
                         const std::vector<std::pair<std::uint64_t, int>>* counts = nullptr,
                         int length = 0);
  // Learns the term table from the records' texts and keywords.
  void LearnTerms(const std::vector<ProfileRecord>& records);
  // The live rows that pass every condition of `filter` (the shared lock held).
  detail::Bits SelectRows(const Filter& filter) const;

  // ---- ivf_codes.cpp
  // Encodes rows [from, rows()) (EncodeCodes) and adds them to the IVF's
  // lists (no-op without an IVF).
  Status AddToIvf(std::int64_t from, const IndexProgressFn& progress);
  // Encodes rows [from, rows()) into `codes` and appends them to
  // `industry_codes`.
  void EncodeCodes(std::int64_t from);
  // After a load: `codes` copied from the IVF's lists (no re-encoding), then
  // the industry groups. Corruption if a list names a row that does not exist.
  Status CodesFromLists();
  void AppendCodeGroups(std::int64_t from);
  // Trains the IVF on the current rows and adds them all.
  Status TrainIvf(const IndexProgressFn& progress);
  std::string Description() const;
};

}  // namespace consortia
