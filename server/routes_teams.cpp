// POST /v1/teams/suggest: S&T service teams (科技服务团), a thin wrapper over
// SuggestTeamsJson (api/api.h), which documents the body and the answer.
// Infeasible requests are 422 naming the constraint, with a relaxation.
#include "api/api.h"
#include "matcher/catalog.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "matcher/team.h"
#include "routes.h"

namespace consortia::http {

void AddTeamRoutes(Router& router) {
  const Context ctx = router.context();
  router.Add({"POST", "/v1/teams/suggest", Access::kRead, Body::kJson, kMediumBody},
             [ctx](const Call& call) -> Result<Answer> {
               if (ctx.catalog == nullptr || ctx.rules == nullptr) {
                 return Status::Internal("team suggestions are not configured on this server");
               }
               // SuggestTeamsJson adds the registry's commitments itself.
               auto out = SuggestTeamsJson(*ctx.catalog, *ctx.rules, call.body);
               if (!out.ok()) return out.status();
               return Answer{200, std::move(out).value()};
             });
}

}  // namespace consortia::http
