// POST /v1/teams/suggest: S&T service teams (科技服务团), a thin wrapper over
// SuggestTeamsJson (matcher/team.h), which documents the body and the answer:
//   {"industry", "problem", "fields": ["F0402" | {"code","weight"}], "members": [org ids],
//    "size", "leader_titles", "max_per_affiliation", "pin", "exclude",
//    "commitments": {"<expert id>": teams served}, "k", "explain", "objective"}
// -> {"teams": [{"leader_id", "members": [{"id","name","title","fields","affiliation_id",
//                "score","why","backups"}], "coverage", "uncovered", "score", "terms"}], ...}
// Infeasible requests are 422 {"error": {"code": "infeasible", "message", "field",
// "relaxation"}}; other errors go through the usual mapping.
#include "api/api.h"
#include "matcher/catalog.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "matcher/team.h"
#include "routes.h"

namespace consortia::http {
namespace {

Status SuggestTeams(const Context& ctx, const httplib::Request& req, httplib::Response& res) {
  const Catalog* catalog = ctx.catalog;
  const ProgrammeRules* rules = ctx.rules;
  if (catalog == nullptr || rules == nullptr) {
    return Status::Internal("team suggestions are not configured on this server");
  }
  auto parsed = JsonBody(req);
  if (!parsed.ok()) return parsed.status();
  Json body = std::move(parsed).value();
  if (Status s = AddCommitmentsToTeamBody(*ctx.store, &body); !s.ok()) return s;
  TeamInfeasibility why;
  auto out = SuggestTeamsJson(*catalog, *rules, body, &why);
  if (!out.ok()) {
    if (out.status().code() != Code::kInfeasible) return out.status();
    ReplyJson(res, HttpStatus(Code::kInfeasible), TeamErrorJson(out.status(), why));
    return Status::Ok();
  }
  ReplyJson(res, 200, *out);
  return Status::Ok();
}

}  // namespace

void AddTeamRoutes(Router& router) {
  const Context ctx = router.context();
  router.Post("/v1/teams/suggest", [ctx](const httplib::Request& req, httplib::Response& res) {
    return SuggestTeams(ctx, req, res);
  });
}

}  // namespace consortia::http
