// matcher/catalog.h — the searchable catalog: the Store plus a vector index kept
// in step with it.
//
// Contract
// - Open() loads the index saved beside the database (<db>.index) when its
//   dimension and profile options match `options` and its data version is not
//   ahead of the store's, then applies the store changes since that version
//   (Store::ChangesSince) and checks the record count. Otherwise it builds one
//   from the store (progress through options.progress: "build" 0/1 and 1/1
//   around "read", "fit", "embed", "train", "add") and saves it.
// - Durability: the index file is a cache. It is saved after every Sync that
//   changed it and after every rebuild; if the process dies in between, the
//   next Open catches up from the store, so nothing is lost.
// - Experts carry their affiliation's district/zone/park as filter attributes;
//   when an organisation moves, Sync re-profiles its experts. An expert is
//   available when capacity > 0 (ToProfileRecord).
// - Sync() brings the current index up to the store's data version with
//   Store::ChangesSince (upserts and removals, no rebuild); the server calls it
//   after every import. When VectorIndex::NeedsRebuild(), Sync() starts a
//   background rebuild: a new index is built from a snapshot, caught up with the
//   changes made meanwhile and swapped in atomically (IndexHolder); queries
//   never see a half-built index.
// - index() returns the current snapshot (never null after Open); callers keep
//   the shared_ptr for the duration of one request.
// - Thread-safe: searches run concurrently; Sync/rebuild serialise on an
//   internal mutex.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/status.h"
#include "data/data.h"
#include "index/index.h"

namespace consortia {

struct CatalogOptions {
  std::string index_path;  // "" = <db path>.index; ":memory:" = never saved
  ProfileOptions profile;
  IndexOptions index;
  IndexProgressFn progress;
};

// POST /v1/search in library form.
// Search validates: k in 1..1000 ("k"); text, codes or like required ("text");
// like must exist (NotFound, "like") and is excluded from the results; unknown
// codes are InvalidArgument naming "kinds", "industries", "districts",
// "regions", "titles" (filter) or the QueryInput field; weights (blocks and
// lexical) finite, >= 0 and not all zero ("weights").
// The text is prepared for the lexical index once, before the index's lock is
// taken (VectorIndex::PrepareText); hits' reasons are named after it is released.
inline constexpr int kMaxSearchK = 1000;

struct CatalogQuery {
  std::string text;
  Id like = 0;       // an organisation or expert id; excluded from its own results
  QueryInput codes;  // optional industries / subfields / fields / capabilities
  Filter filter;
  BlockWeights weights;
  float lexical = 1.0f;  // multiplier of the index's lexical weight (0: vector only)
  int k = 20;
  SearchMode mode = SearchMode::kAuto;
};

class Catalog {
 public:
  static Result<std::unique_ptr<Catalog>> Open(Store* store, const std::string& db_path,
                                               CatalogOptions options = {});
  ~Catalog();
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;

  Store& store() const;
  std::shared_ptr<VectorIndex> index() const;
  // Where the index is saved (":memory:" = never).
  const std::string& index_path() const;
  // Full index builds this Catalog has made (Open's and background rebuilds);
  // 0 after an Open that loaded the saved index.
  std::int64_t builds() const;

  Status Sync();
  bool rebuilding() const;
  // Starts a background full rebuild unless one is running.
  Status StartRebuild();
  // Waits for a running background rebuild (tests, shutdown).
  void WaitForRebuild();
  // How the last background rebuild ended (OK if none ran). A failed rebuild
  // leaves the previous index in place.
  Status last_rebuild_status() const;

  // Validates (unknown codes, empty query, k range; fields named) and searches.
  Result<SearchResult> Search(const CatalogQuery& query) const;

  class Impl;

 private:
  explicit Catalog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace consortia
