// OpenCatalog: the database and its search index, for the commands that search.
#include <cstdio>

#include "api/api.h"
#include "cli.h"

namespace consortia::cli {

Result<StoreAndCatalog> OpenCatalog(const std::string& db) {
  StoreAndCatalog out;
  auto store = OpenStore(db, /*must_exist=*/true);
  if (!store.ok()) return store.status();
  out.store = std::move(store).value();
  CatalogOptions options;
  ProgressFn progress = StderrProgress("search index:");
  options.progress = [progress, db](std::string_view stage, std::int64_t done, std::int64_t total) {
    if (stage == "build" && done == 0) {
      std::fprintf(stderr, "consortia: building the search index for %s (saved for next time)\n",
                   db.c_str());
    }
    progress(stage, done, total);
  };
  auto catalog = Catalog::Open(out.store.get(), db, std::move(options));
  if (!catalog.ok()) {
    const Status& s = catalog.status();
    return Status(s.code(), "cannot open the search index: " + s.ToString());
  }
  out.catalog = std::move(catalog).value();
  return out;
}

}  // namespace consortia::cli
