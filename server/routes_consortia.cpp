// POST /v1/consortia/suggest and /v1/consortia/validate: thin wrappers over
// SuggestConsortiumJson / ValidateConsortiumJson (api/api.h), which document
// the bodies and answers. Infeasible suggestions are 422 with the role, the
// eligible and required counts and a relaxation in the error.
#include "api/api.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "routes.h"

namespace consortia::http {
namespace {

Result<Answer> Suggest(const Context& ctx, const Call& call) {
  if (ctx.catalog == nullptr || ctx.rules == nullptr) {
    return Status::Internal("consortium suggestions are not configured on this server");
  }
  Json body = call.body;
  if (Status s = AddCommitmentsToConsortiumBody(*ctx.store, *ctx.rules, &body); !s.ok()) return s;
  auto out = SuggestConsortiumJson(*ctx.catalog, *ctx.rules, body);
  if (!out.ok()) return out.status();
  return Answer{200, std::move(out).value()};
}

Result<Answer> Validate(const Context& ctx, const Call& call) {
  if (ctx.rules == nullptr || ctx.store == nullptr) {
    return Status::Internal("consortium validation is not configured on this server");
  }
  auto out = ValidateConsortiumJson(*ctx.store, *ctx.rules, call.body);
  if (!out.ok()) return out.status();
  return Answer{200, std::move(out).value()};
}

}  // namespace

void AddConsortiumRoutes(Router& router) {
  const Context ctx = router.context();
  router.Add({"POST", "/v1/consortia/suggest", Access::kRead, Body::kJson, kMediumBody},
             [ctx](const Call& call) { return Suggest(ctx, call); });
  router.Add({"POST", "/v1/consortia/validate", Access::kRead, Body::kJson, kSmallBody},
             [ctx](const Call& call) { return Validate(ctx, call); });
}

}  // namespace consortia::http
