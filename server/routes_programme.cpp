// The programme registry and planner (thin wrappers over api/api.h, which
// documents the bodies and answers):
//   GET    /v1/consortia?status=&type=&year=   list
//   POST   /v1/consortia                        register (full body or from_suggestion) -> 201
//   GET    /v1/consortia/{id}                   one, with names
//   PATCH  /v1/consortia/{id}                   change fields / status (audited)
//   PUT    /v1/consortia/{id}                   replace (a full body)
//   POST   /v1/consortia/{id}                   = PATCH (for clients and routers without PATCH)
//   GET    /v1/consortia/{id}/history           audit history
//   POST   /v1/consortia/{id}/assessments       {year, passed, notes} -> 201
//   GET    /v1/consortia/{id}/application?format=md|html
//   GET    /v1/programme                        slots, coverage, list
//   POST   /v1/plan                             the planner over registered/inline consortia
// Writes need the token (the router checks it); the audit user comes from
// X-Consortia-User (default "token").
#include <string>

#include "api/api.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "routes.h"

namespace consortia::http {
namespace {

// Wraps `fn(ctx, call)` with the check that the registry is configured.
template <typename Fn>
Handler Registry(const Context& ctx, Fn fn) {
  return [ctx, fn](const Call& call) -> Result<Answer> {
    if (ctx.store == nullptr || ctx.rules == nullptr) {
      return Status::Internal("the programme registry is not configured on this server");
    }
    return fn(ctx, call);
  };
}

Result<Answer> Json200(Result<Json> out, int status = 200) {
  if (!out.ok()) return out.status();
  return Answer{status, std::move(out).value()};
}

Result<Answer> List(const Context& ctx, const Call& call) {
  auto filter = ParseConsortiumFilter(call.query, *ctx.rules);
  if (!filter.ok()) return filter.status();
  return Json200(ListConsortiaJson(*ctx.store, *ctx.rules, *filter));
}

Result<Answer> Create(const Context& ctx, const Call& call) {
  auto user = call.User();
  if (!user.ok()) return user.status();
  return Json200(CreateConsortiumJson(*ctx.store, *ctx.rules, call.body, *user), 201);
}

Handler Update(const Context& ctx, bool replace) {
  return Registry(ctx, [replace](const Context& ctx, const Call& call) -> Result<Answer> {
    auto id = call.PathId();
    if (!id.ok()) return id.status();
    auto user = call.User();
    if (!user.ok()) return user.status();
    return Json200(UpdateConsortiumJson(*ctx.store, *ctx.rules, *id, call.body, replace, *user));
  });
}

Result<Answer> Get(const Context& ctx, const Call& call) {
  auto id = call.PathId();
  if (!id.ok()) return id.status();
  return Json200(GetConsortiumJson(*ctx.store, *ctx.rules, *id));
}

Result<Answer> History(const Context& ctx, const Call& call) {
  auto id = call.PathId();
  if (!id.ok()) return id.status();
  return Json200(ConsortiumHistoryJson(*ctx.store, *id));
}

Result<Answer> Assess(const Context& ctx, const Call& call) {
  auto id = call.PathId();
  if (!id.ok()) return id.status();
  auto user = call.User();
  if (!user.ok()) return user.status();
  return Json200(AssessConsortiumJson(*ctx.store, *ctx.rules, *id, call.body, *user), 201);
}

Result<Answer> Application(const Context& ctx, const Call& call) {
  auto id = call.PathId();
  if (!id.ok()) return id.status();
  auto format = ParseApplicationParams(call.query);
  if (!format.ok()) return format.status();
  auto draft = ConsortiumApplication(*ctx.store, *ctx.rules, *id);
  if (!draft.ok()) return draft.status();
  if (*format == "html") return Answer{200, {}, draft->html, "text/html; charset=utf-8"};
  return Answer{200, {}, draft->markdown, "text/markdown; charset=utf-8"};
}

}  // namespace

void AddProgrammeRoutes(Router& router) {
  const Context& ctx = router.context();
  const std::string one = "/v1/consortia/{id}";
  router.Add({"GET", "/v1/consortia", Access::kRead, Body::kNone, 0, /*query=*/true},
             Registry(ctx, List));
  router.Add({"POST", "/v1/consortia", Access::kWrite, Body::kJson, kLargeBody},
             Registry(ctx, Create));
  router.Add({"GET", one}, Registry(ctx, Get));
  router.Add({"PATCH", one, Access::kWrite, Body::kJson, kLargeBody}, Update(ctx, false));
  router.Add({"PUT", one, Access::kWrite, Body::kJson, kLargeBody}, Update(ctx, true));
  router.Add({"POST", one, Access::kWrite, Body::kJson, kLargeBody}, Update(ctx, false));
  router.Add({"GET", one + "/history"}, Registry(ctx, History));
  router.Add({"POST", one + "/assessments", Access::kWrite, Body::kJson, kSmallBody},
             Registry(ctx, Assess));
  router.Add({"GET", one + "/application", Access::kRead, Body::kNone, 0, /*query=*/true},
             Registry(ctx, Application));
  router.Add({"GET", "/v1/programme"}, Registry(ctx, [](const Context& ctx, const Call&) {
               return Json200(ProgrammeJson(*ctx.store, *ctx.rules));
             }));
  router.Add({"POST", "/v1/plan", Access::kRead, Body::kOptionalJson, kPlanBody},
             Registry(ctx, [](const Context& ctx, const Call& call) {
               return Json200(PlanJson(*ctx.store, *ctx.rules, call.body));
             }));
}

}  // namespace consortia::http
