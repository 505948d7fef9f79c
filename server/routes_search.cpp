// POST /v1/search: a thin wrapper over SearchJson (api/api.h documents the
// body and the answer).
#include "api/api.h"
#include "matcher/catalog.h"
#include "routes.h"

namespace consortia::http {

void AddSearchRoutes(Router& router) {
  const Context ctx = router.context();
  router.Add({"POST", "/v1/search", Access::kRead, Body::kJson, kSmallBody},
             [ctx](const Call& call) -> Result<Answer> {
               if (ctx.catalog == nullptr) {
                 return Status::Internal("search is not configured on this server");
               }
               auto answer = SearchJson(*ctx.catalog, call.body);
               if (!answer.ok()) return answer.status();
               return Answer{200, std::move(answer).value()};
             });
}

}  // namespace consortia::http
