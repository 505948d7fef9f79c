// Writes: POST /v1/import takes a JSON dataset and imports it all-or-nothing
// (api/api.h ImportJson; record problems are 422 with every problem listed).
#include "api/api.h"
#include "routes.h"

namespace consortia::http {

void AddImportRoutes(Router& router) {
  const Context ctx = router.context();
  // ImportJson parses the body itself (and data/'s parser the records).
  router.Add({"POST", "/v1/import", Access::kWrite, Body::kJsonText, 0},
             [ctx](const Call& call) -> Result<Answer> {
               auto out = ImportJson(*ctx.store, ctx.catalog, call.req.body);
               if (!out.ok()) return out.status();
               return Answer{200, std::move(out).value()};
             });
}

}  // namespace consortia::http
