// GET /v1/rules: the programme rules the service enforces, as loaded from the
// rules file (rules/bast-2022.json by default), in file order.
#include "api/api.h"
#include "matcher/rules.h"
#include "routes.h"

namespace consortia::http {

void AddRulesRoutes(Router& router) {
  const Context ctx = router.context();
  router.Add({"GET", "/v1/rules"}, [ctx](const Call&) -> Result<Answer> {
    if (ctx.rules == nullptr) return Status::Internal("the programme rules are not configured");
    return Answer{200, {}, ctx.rules->source.dump(), "application/json; charset=utf-8"};
  });
}

}  // namespace consortia::http
