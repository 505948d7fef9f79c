// POST /v1/consortia/suggest and /v1/consortia/validate: thin wrappers over
// SuggestConsortiumJson / ValidateConsortiumJson (matcher/consortium.h), which
// document the bodies and answers:
//   suggest  {"type", "lead_id" | "lead": {profile}, "industry", "region", "problem",
//             "pin", "exclude", "k", "explain", "options"}
//   -> {"type", "lead", "candidates": [{"role","name","min","eligible","candidates":
//        [{"id","name","kind","score","terms","reasons","evidence",...}]}],
//       "proposals": [{"rank","score","terms","applicant_id","members":[{"id","role",...}]}],
//       "explain"?}
//   validate {"type", "industry" | "region", "members": [{"id","role"}], "applicant_id"?}
//   -> {"valid", "violations": [{"code","role"?,"member_id"?,"message"}]}
// Infeasible suggestions are 422 {"error": {"code": "infeasible", "message", "field",
// "role", "eligible", "required", "relaxation"}}; other errors use the usual mapping.
#include "api/api.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "routes.h"

namespace consortia::http {
namespace {

Status Suggest(const Context& ctx, const httplib::Request& req, httplib::Response& res) {
  const Catalog* catalog = ctx.catalog;
  const ProgrammeRules* rules = ctx.rules;
  if (catalog == nullptr || rules == nullptr) {
    return Status::Internal("consortium suggestions are not configured on this server");
  }
  auto body = JsonBody(req);
  if (!body.ok()) return body.status();
  if (Status s = AddCommitmentsToConsortiumBody(*ctx.store, *rules, &*body); !s.ok()) return s;
  Json error;
  auto out = SuggestConsortiumJson(*catalog, *rules, *body, &error);
  if (!out.ok()) {
    if (out.status().code() != Code::kInfeasible) return out.status();
    ReplyJson(res, HttpStatus(Code::kInfeasible), error);
    return Status::Ok();
  }
  ReplyJson(res, 200, *out);
  return Status::Ok();
}

Status Validate(const Context& ctx, const httplib::Request& req, httplib::Response& res) {
  const ProgrammeRules* rules = ctx.rules;
  if (rules == nullptr || ctx.store == nullptr) {
    return Status::Internal("consortium validation is not configured on this server");
  }
  auto body = JsonBody(req);
  if (!body.ok()) return body.status();
  auto out = ValidateConsortiumJson(*ctx.store, *rules, *body);
  if (!out.ok()) return out.status();
  ReplyJson(res, 200, *out);
  return Status::Ok();
}

}  // namespace

void AddConsortiumRoutes(Router& router) {
  const Context ctx = router.context();
  router.Post("/v1/consortia/suggest", [ctx](const httplib::Request& req, httplib::Response& res) {
    return Suggest(ctx, req, res);
  });
  router.Post("/v1/consortia/validate", [ctx](const httplib::Request& req, httplib::Response& res) {
    return Validate(ctx, req, res);
  });
}

}  // namespace consortia::http
