// index/index.h — vector profiles of organisations and experts, and filtered
// similarity search over them with FAISS.
//
// Contract
// - Profiles. Every record (organisation or expert) becomes a fixed-dimension,
//   L2-normalised float vector made of contiguous blocks (see Block):
//     industries   one dimension per industry of Industries(), weighted
//     fields       one dimension per sub-field of Subfields(); an expert's NSFC
//                  discipline codes are mapped onto sub-fields by a fixed
//                  cross-walk (FieldToSubfields), so experts and organisations
//                  share one topic space
//     capabilities one dimension per capability of Capabilities()
//     text         LSA: hashed character n-grams (CJK uni+bigrams, ASCII words
//                  and their trigrams) of name, English name, description and
//                  keywords, TF-IDF weighted, reduced by a truncated SVD fitted
//                  on the corpus. No model download; Chinese and English both work.
//   Each block is normalised, multiplied by its configured weight
//   (ProfileOptions::weights), then the whole vector is normalised. The score of
//   a query q against item x is the inner product; the contribution of a block
//   is the dot product of q and x restricted to the block's range, so
//   sum(contributions) == score. Re-weighting a query multiplies its blocks.
// - ProfileModel (layout + fitted text model) is immutable after Fit/Load and
//   safe to share between threads.
// - VectorIndex holds the vectors, per-attribute row bitsets and a FAISS
//   IndexIVFScalarQuantizer (8-bit codes; FAISS ids = internal rows; an id ->
//   row map gives the store's ids back). Filters are pushed into the search as a row bitmap that
//   every candidate is tested against, never applied after it, so a search returns min(k, number of
//   matching records) hits. The path (exact scan of the selected rows, a scan of their 8-bit codes,
//   or IVF with an nprobe that grows as the filter gets more selective; approximate scores are
//   re-ranked with the float vectors) is chosen per query (IndexOptions) and reported as
//   SearchStats::path; SearchMode::kExact forces the oracle: faiss::knn_inner_product with the
//   bitmap as IDSelector, i.e. what IndexFlatIP computes over the filtered set.
// - Thread safety: Search/Embedding/Get* may run concurrently with each other
//   and with Upsert/Remove (an internal shared mutex). A rebuild makes a new
//   VectorIndex; IndexHolder swaps it in atomically, so queries never see a
//   half-built index. After a swap the caller re-applies the store's changes
//   since the new index's data_version() (data/Store::ChangesSince).
// - Lexical relevance. Beside the vectors the index keeps an inverted index of
//   every record's words (CJK character bigrams, English words) with BM25
//   statistics, row for row with the vectors, so the same filter bitmap
//   restricts it. A search with text scores the query's words over the
//   filtered rows — BM25 in which a bigram that follows one the record also
//   carries weighs its conditional IDF (so a common phrase such as 国产替代
//   weighs about what the phrase weighs, and a rare term such as 抛光 more),
//   and in which a phrase the bilingual term table translates (pairs
//   "中文（English）" found in the records, the taxonomy's names) is matched
//   in either language — as a relevance in [0, 1] (the share of the query's
//   weight the record carries). IDF is the smaller of that over the records
//   the filter selects (学会 weighs nothing when only societies are searched)
//   and that over the whole index (先进 stays common). The hit's score is the vector
//   score plus lexical_weight × relevance (Hit::lexical). Candidates: the vector path's best 2k (at
//   least k + 20), then every selected row whose relevance could still lift it above the k-th fused
//   score of those (a threshold over the two lists; at most 20,000 such rows, the lexically best),
//   all re-scored exactly. SearchMode::kExact scores every selected row so (the oracle of the fused
//   score); with lexical weight 0 it is the vector oracle below. Hit::terms names the query's spans
//   the record carries whose IDF reaches that of a term in 2 % of the records, or half the
//   query's weight (先进 or 技术 never do in a longer query), Chinese first. The text is prepared
//   (tokenised, expanded) once per query before the lock is taken, and reasons are named after it
//   is released.
// - Upsert re-embeds with the current model (text n-grams unseen when the model
//   was fitted are ignored by the vector until the next rebuild, but the
//   record's words are indexed at once, new words included); old rows become
//   tombstones. The term table and IDF counts (tombstones included) are those
//   of the last build plus the rows added since.
//   NeedsRebuild() tells when tombstones or new rows make a rebuild worthwhile.
// - Save writes one file (header with description, data version, profile model;
//   then records, vectors and the FAISS index) to path + ".tmp" and renames it.
//   ReadIndexHeader reads just the header, to decide whether a saved index is
//   current without loading it.
// - No exceptions leave this module: FAISS errors become Status.
// - OpenMP: every search runs single-threaded (one OpenMP thread per request
//   thread); Build uses the threads OpenMP is given.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace consortia {

// ---- blocks and layout -------------------------------------------------------

enum class Block { kIndustries, kFields, kCapabilities, kText };
inline constexpr int kBlockCount = 4;
std::string_view ToString(Block block);  // "industries", "fields", "capabilities", "text"
std::optional<Block> ParseBlock(std::string_view s);

// Per-block multipliers. Defaults are 1 (no change).
struct BlockWeights {
  std::array<float, kBlockCount> value{1.0f, 1.0f, 1.0f, 1.0f};
  float& operator[](Block b) { return value[static_cast<int>(b)]; }
  float operator[](Block b) const { return value[static_cast<int>(b)]; }
};

// Where each block lives in the vector: [offset, offset + size).
struct BlockLayout {
  std::array<int, kBlockCount> offset{};
  std::array<int, kBlockCount> size{};
  int dim = 0;
  int Offset(Block b) const { return offset[static_cast<int>(b)]; }
  int Size(Block b) const { return size[static_cast<int>(b)]; }
  // The standard layout: 12 industries, 58 sub-fields, 9 capabilities, text_dim.
  static BlockLayout Standard(int text_dim);
};

// ---- vector arithmetic ---------------------------------------------------------
// The project's one inner product and L2 normalisation: profiles, queries, the
// exact path, re-ranking, and other modules' cosines (the composer's redundancy,
// the ranker's problem similarity) all use these.

// Inner product of two dim-float vectors (vectorised); 0 for dim <= 0.
float InnerProduct(const float* a, const float* b, int dim);
// Inner product over the first min(a.size(), b.size()) components.
float InnerProduct(const std::vector<float>& a, const std::vector<float>& b);
// Scales v to unit L2 norm (the sum of squares accumulated in double) and
// returns the norm it had; an all-zero v is left as it is and 0 is returned.
double NormalizeL2(float* v, int dim);
double NormalizeL2(std::vector<float>* v);

// NSFC discipline code -> sub-field codes it maps onto (empty for unknown codes).
// A child code (F0402) maps like its own entry, or like its parent if absent.
const std::vector<std::string>& FieldToSubfields(std::string_view field_code);

// ---- what is indexed -----------------------------------------------------------

// Organisation kinds 0..10 (same order as OrgKind), then experts.
enum class EntityKind : std::uint8_t {};
inline constexpr EntityKind kExpertKind = static_cast<EntityKind>(kOrgKindCount);
inline constexpr int kEntityKindCount = kOrgKindCount + 1;
inline EntityKind ToEntityKind(OrgKind k) { return static_cast<EntityKind>(static_cast<int>(k)); }
std::string_view ToString(EntityKind kind);                     // org kind wire name or "expert"
std::optional<EntityKind> ParseEntityKind(std::string_view s);  // the same names

// One record as the index sees it: profile inputs and filter attributes.
struct ProfileRecord {
  Id id = 0;
  EntityKind kind = ToEntityKind(OrgKind::kEnterprise);
  std::string name;
  std::vector<Weighted> industries;
  std::vector<std::string> subfields;  // sub-field codes (organisations)
  std::vector<std::string> fields;     // NSFC codes (experts); mapped via FieldToSubfields
  std::vector<std::string> capabilities;
  std::string text;  // name, name_en, description, keywords (ToProfileRecord joins them)
  std::vector<std::string> keywords;
  // Filter attributes.
  bool leading = false;
  std::string district;  // experts: their affiliation's
  std::string zone;
  std::string park;
  std::optional<Title> title;  // experts only
  bool available = true;       // the glue's notion (e.g. expert capacity left)
};

ProfileRecord ToProfileRecord(const Organization& org);
// affiliation (may be null) supplies the expert's district/zone/park.
// available = capacity > 0.
ProfileRecord ToProfileRecord(const Expert& expert, const Organization* affiliation);

// ---- profile model ---------------------------------------------------------------

struct ProfileOptions {
  int text_dim = 64;         // LSA dimensions
  int hash_bits = 18;        // n-grams hash into 2^hash_bits buckets
  int min_df = 2;            // buckets seen in fewer fitted documents are dropped
  int max_fit_docs = 40000;  // the SVD is fitted on at most this many records (sampled)
  int power_iterations = 3;  // randomized SVD
  std::uint64_t seed = 7;
  // Item block weights (configuration): relative importance in every profile.
  BlockWeights weights{{0.45f, 0.6f, 0.25f, 1.0f}};
};

// What a query says in words and codes. Codes must be known to core/taxonomy.h.
struct QueryInput {
  std::string text;
  std::vector<std::string> industries;    // industry codes
  std::vector<std::string> subfields;     // sub-field codes
  std::vector<std::string> fields;        // NSFC codes
  std::vector<std::string> capabilities;  // capability codes
};

class ProfileModel {
 public:
  // Fits the text model on (a sample of) the corpus. Empty corpus is allowed
  // (the text block is then all zeros).
  static Result<std::shared_ptr<const ProfileModel>> Fit(const std::vector<ProfileRecord>& corpus,
                                                         const ProfileOptions& options);
  ~ProfileModel();

  const BlockLayout& layout() const;
  int dim() const;
  const ProfileOptions& options() const;

  // The record's normalised profile (dim() floats).
  std::vector<float> Embed(const ProfileRecord& record) const;
  // A query vector in the same space, normalised; the codes fill the structured
  // blocks; the text fills the text block. InvalidArgument (field named) for
  // unknown codes; InvalidArgument if everything is empty.
  Result<std::vector<float>> EmbedQuery(const QueryInput& query) const;
  // Just the normalised text block of `text` (text_dim floats).
  std::vector<float> EmbedText(std::string_view text) const;

  // Serialisation (binary, little-endian); used by VectorIndex::Save/Load.
  void AppendTo(std::string* out) const;
  static Result<std::shared_ptr<const ProfileModel>> Parse(std::string_view in, size_t* consumed);

  class Impl;

 private:
  explicit ProfileModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---- filters and search ----------------------------------------------------------

// A query text prepared for the lexical index (VectorIndex::PrepareText): its
// words, their chains and translations. Immutable; defined inside index/.
struct TextQuery;

// A query span a record carries and what it weighs: the share of the query's
// lexical weight (0..1). `term` is Chinese where the term table has the
// Chinese form ("抛光垫" for "polishing pad").
struct MatchedTerm {
  std::string term;
  float weight = 0;
};

// Every set field must hold (AND); list fields match any of their entries (OR);
// empty lists and unset optionals do not constrain. Attribute filters are
// strict: records without the attribute fail them (e.g. organisations fail a
// title filter; experts have leading == false).
struct Filter {
  std::vector<EntityKind> kinds;
  std::optional<bool> leading;
  std::vector<std::string> industries;  // record lists one of these industry codes
  std::vector<std::string> districts;   // district codes
  std::vector<std::string> regions;     // zone or park codes (RegionContains)
  std::vector<Title> titles;
  bool only_available = false;
  std::vector<Id> exclude;
  std::vector<Id> only_ids;  // non-empty: restrict to these ids
};
// Checks codes against core/taxonomy.h; InvalidArgument names the field.
Status ValidateFilter(const Filter& filter);

// kAuto: the path by selectivity (IndexOptions). kExact: the oracle ("flat").
// kApproximate: the IVF path whenever an IVF exists (for tests and benchmarks).
enum class SearchMode { kAuto, kExact, kApproximate };

struct SearchRequest {
  std::vector<float> query;  // dim() floats: from EmbedQuery, Embedding or MakeQuery
  BlockWeights weights;      // request re-weighting: query block b is multiplied by weights[b]
  Filter filter;
  int k = 20;  // 1..10000
  // The query's words, scored lexically and fused (see the contract); empty:
  // vector only. text_query, when set, is `text` already prepared
  // (PrepareText), so callers that search several times prepare it once.
  std::string text;
  std::shared_ptr<const TextQuery> text_query;
  float lexical = 1.0f;  // multiplier of IndexOptions::lexical_weight; 0: vector only
  SearchMode mode = SearchMode::kAuto;
};

struct Hit {
  Id id = 0;
  EntityKind kind{};
  std::string name;
  float score = 0;                                 // Σ contributions + lexical
  std::array<float, kBlockCount> contributions{};  // per block (inner product after re-weighting)
  float lexical = 0;                               // lexical weight × relevance
  std::vector<MatchedTerm> terms;             // weighted query spans it carries, heaviest first
  std::vector<std::string> matched_keywords;  // its keywords that hold one of `terms`
  std::optional<Title> title;                 // experts
  std::vector<std::string> fields;            // experts' NSFC codes
};

// The path a search took (IndexOptions says when kAuto takes which). Wire
// names: "exact", "scan", "ivf", "flat" (SearchMode::kExact); kNone, "", when
// nothing was selected.
enum class SearchPath { kNone, kExact, kScan, kIvf, kFlat };
std::string_view ToString(SearchPath path);

struct SearchStats {
  std::int64_t selected = 0;  // records passing the filter
  SearchPath path = SearchPath::kNone;
  int nprobe = 0;  // for kIvf
};

struct SearchResult {
  std::vector<Hit> hits;  // best first; min(k, selected) of them
  SearchStats stats;
};

// Record keywords that share a whole ASCII word (>= 3 letters, case-insensitive)
// or a CJK character bigram with `query_text`, in the record's order. Plain
// overlap, without weights: search hits name weighted terms (Hit::terms).
std::vector<std::string> MatchedKeywords(std::string_view query_text,
                                         const std::vector<std::string>& keywords);

struct IndexOptions {
  // Below this many rows the index is exact only (no IVF is trained).
  std::int64_t min_rows_for_ivf = 20000;
  int nlist = 0;  // 0: nlist_factor * sqrt(rows), rounded
  double nlist_factor = 1.0;
  int kmeans_iterations = 10;
  // kAuto path choice, by the number s of rows the filter selects:
  // - s <= exact_rows, or no IVF yet: "exact", float inner products over the
  //   selected rows;
  // - s <= max(scan_rows, scan_fraction * rows): "scan", the 8-bit codes of the
  //   selected rows scored, the best rerank_factor * k re-ranked with the
  //   float vectors;
  // - otherwise "ivf": the lists nearest to the query are probed (at least
  //   max(min_nprobe, min_probe_fraction * nlist), at most
  //   max_probe_fraction * nlist) until they held
  //   max(min_candidates, candidate_factor * k) selected rows, so nprobe grows
  //   as the filter gets more selective; their selected codes are scored and
  //   the best rerank_factor * k re-ranked. If the probed lists held too few
  //   matches, or their share of matches is below min_local_density times the
  //   global share (a filter correlated with the vectors, matches far from the
  //   query), the selected rows are scanned instead ("scan", up to
  //   scan_max_rows).
  // Codes are scored with vectorised integer dot products rather than FAISS's
  // scanner, which the Debian build compiles without SIMD; scores returned
  // are always the float inner products.
  std::int64_t exact_rows = 2000;
  std::int64_t scan_rows = 30000;
  double scan_fraction = 0.0;
  std::int64_t scan_max_rows = 400000;
  int rerank_factor = 2;
  double min_local_density = 0.5;
  int min_candidates = 3000;
  int candidate_factor = 30;
  int min_nprobe = 8;
  double min_probe_fraction = 0.04;  // at least this share of the lists is probed
  double max_probe_fraction = 0.25;
  int max_training_points = 100000;  // k-means sample
  std::uint64_t seed = 1234;
  // NeedsRebuild() when tombstones + rows added since build exceed this fraction.
  double rebuild_fraction = 0.2;
  // A text query's lexical relevance (0..1) is added to the vector score with
  // this weight (SearchRequest::lexical multiplies it per request).
  double lexical_weight = 1.0;
};

using IndexProgressFn =
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)>;

struct IndexHeader {
  std::string description;  // e.g. "IVF1000,SQ8 IP d=143 blocks=12/58/9/64 profile=..."
  std::int64_t data_version = 0;
  std::int64_t rows = 0;  // live records
  int dim = 0;
  int format_version = 0;
};

// Reads only the header of a saved index.
Result<IndexHeader> ReadIndexHeader(const std::string& path);

class VectorIndex {
 public:
  // Embeds every record with `model` and builds the index. Ids must be unique and non-zero.
  static Result<std::unique_ptr<VectorIndex>> Build(std::shared_ptr<const ProfileModel> model,
                                                    std::vector<ProfileRecord> records,
                                                    std::int64_t data_version,
                                                    const IndexOptions& options = {},
                                                    const IndexProgressFn& progress = {});
  // Fits a model on the records and builds: the usual full rebuild.
  static Result<std::unique_ptr<VectorIndex>> FitAndBuild(std::vector<ProfileRecord> records,
                                                          std::int64_t data_version,
                                                          const ProfileOptions& profile = {},
                                                          const IndexOptions& options = {},
                                                          const IndexProgressFn& progress = {});
  // Benchmarks/tests: vectors given (records.size() x layout.dim, row-major,
  // normalised). There is no text model: EmbedQuery/Upsert(record) fail, but
  // UpsertVector works.
  static Result<std::unique_ptr<VectorIndex>> BuildFromVectors(
      const BlockLayout& layout, std::vector<ProfileRecord> records, std::vector<float> vectors,
      std::int64_t data_version, const IndexOptions& options = {},
      const IndexProgressFn& progress = {});

  static Result<std::unique_ptr<VectorIndex>> Load(const std::string& path,
                                                   const IndexProgressFn& progress = {});
  Status Save(const std::string& path) const;

  ~VectorIndex();
  VectorIndex(const VectorIndex&) = delete;
  VectorIndex& operator=(const VectorIndex&) = delete;

  // Incremental changes (store imports, updates, deletions).
  Status Upsert(const ProfileRecord& record);
  Status UpsertVector(const ProfileRecord& record, const std::vector<float>& vector);
  Status Remove(Id id);  // NotFound if absent
  void SetDataVersion(std::int64_t version);

  Result<SearchResult> Search(const SearchRequest& request) const;

  // `text` tokenised and expanded with this index's term table; no lock taken.
  std::shared_ptr<const TextQuery> PrepareText(std::string_view text) const;
  // How one record matches a prepared text: relevance in [0, 1] and the terms
  // a reason may name, as a Search with filter `within` would give them (IDF
  // over the records it selects; the record need not pass it). NotFound if
  // the id is absent.
  struct TextMatch {
    float relevance = 0;
    std::vector<MatchedTerm> terms;
  };
  Result<TextMatch> MatchText(const TextQuery& query, Id id, const Filter& within = {}) const;

  // For `like`: the stored profile of an id (NotFound if absent).
  Result<std::vector<float>> Embedding(Id id) const;
  // The query vector for text/codes and/or `like` (0 = none): the normalised
  // sum of the normalised parts. Does not exclude `like` itself: add it to
  // Filter::exclude.
  Result<std::vector<float>> MakeQuery(const QueryInput& input, Id like = 0) const;
  Result<ProfileRecord> Get(Id id) const;  // the record as indexed

  std::shared_ptr<const ProfileModel> model() const;  // null for BuildFromVectors
  const BlockLayout& layout() const;
  IndexHeader header() const;
  std::int64_t data_version() const;
  std::int64_t size() const;  // live records
  bool NeedsRebuild() const;

  class Impl;

 private:
  friend struct VectorIndexPeer;  // tests: reach the lock (tests/index/lexical_test.cpp)
  explicit VectorIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Holds the current index; Get() is lock-free for readers in effect (a mutex
// guards only the shared_ptr copy). Swap() replaces it atomically; searches
// that hold the old pointer finish on the old index.
class IndexHolder {
 public:
  std::shared_ptr<VectorIndex> Get() const;
  void Swap(std::shared_ptr<VectorIndex> next);
  bool rebuilding() const { return rebuilding_.load(); }
  // Marks a background rebuild in progress; returns false if one already is.
  bool BeginRebuild() { return !rebuilding_.exchange(true); }
  void EndRebuild() { rebuilding_.store(false); }

 private:
  mutable std::mutex mu_;
  std::shared_ptr<VectorIndex> current_;  // guarded by mu_
  std::atomic<bool> rebuilding_{false};
};

}  // namespace consortia
