// The programme registry and planner (thin wrappers over matcher/programme.h,
// which documents the bodies and answers):
//   GET    /v1/consortia?status=&type=&year=   list
//   POST   /v1/consortia                        register (full body or from_suggestion) -> 201
//   GET    /v1/consortia/{id}                   one, with names
//   PATCH  /v1/consortia/{id}                   change fields / status (audited)
//   PUT    /v1/consortia/{id}                   replace (a full body)
//   POST   /v1/consortia/{id}                   = PATCH (for clients and routers without PATCH)
//   GET    /v1/consortia/{id}/history           audit history
//   POST   /v1/consortia/{id}/assessments       {year, passed, notes}
//   GET    /v1/consortia/{id}/application?format=md|html
//   GET    /v1/programme                        slots, coverage, list
//   POST   /v1/plan                             the planner over registered/inline consortia
// Writes need the token; the audit user comes from X-Consortia-User (default "token").
#include <string>

#include "api/api.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "routes.h"

namespace consortia::http {

void AddProgrammeRoutes(Router& router);

namespace {

// Written against a Router that may not have Patch/Put yet; POST /v1/consortia/{id}
// works as PATCH either way.
template <typename R>
void PatchRoute(R& router, const std::string& pattern, Handler handler) {
  if constexpr (requires { router.Patch(pattern, handler); }) router.Patch(pattern, handler);
}

template <typename R>
void PutRoute(R& router, const std::string& pattern, Handler handler) {
  if constexpr (requires { router.Put(pattern, handler); }) router.Put(pattern, handler);
}

constexpr const char* kUserHeader = "X-Consortia-User";

Result<std::string> UserOf(const httplib::Request& req) {
  if (!req.has_header(kUserHeader)) return std::string("token");
  std::string user = req.get_header_value(kUserHeader);
  if (user.empty() || user.size() > 200) {
    return Status::InvalidArgument("X-Consortia-User must be 1..200 characters", kUserHeader);
  }
  return user;
}

struct Env {
  Store* store = nullptr;
  const ProgrammeRules* rules = nullptr;
  const ServerOptions* options = nullptr;
};

Status Configured(const Env& env) {
  if (env.store == nullptr || env.rules == nullptr) {
    return Status::Internal("the programme registry is not configured on this server");
  }
  return Status::Ok();
}

// Replies with the whole error body (violations included) for a failed write.
Status ReplyWrite(httplib::Response& res, const Result<Json>& out, const Json& error,
                  int ok_status) {
  if (!out.ok()) {
    if (error.is_null()) return out.status();
    ReplyJson(res, HttpStatus(out.status().code()), error);
    return Status::Ok();
  }
  ReplyJson(res, ok_status, *out);
  return Status::Ok();
}

Status List(const Env& env, const httplib::Request& req, httplib::Response& res) {
  auto params = QueryParams(req);
  if (!params.ok()) return params.status();
  Status s = CheckKnownParams(*params, {"status", "type", "year"});
  if (!s.ok()) return s;
  ConsortiumFilter filter;
  if (auto it = params->find("status"); it != params->end()) filter.status = it->second;
  if (auto it = params->find("type"); it != params->end()) filter.type = it->second;
  auto year = IntParam(*params, "year", 1900, 2200);
  if (!year.ok()) return year.status();
  if (*year) filter.year = static_cast<int>(**year);
  auto out = ListConsortiaJson(*env.store, *env.rules, filter);
  if (!out.ok()) return out.status();
  ReplyJson(res, 200, *out);
  return Status::Ok();
}

// A registry write: the writer's token checked, then the path id (when the
// route has one), the acting user and the JSON body.
struct Write {
  Id id = 0;
  std::string user;
  Json body;
};

Result<Write> ParseWrite(const Env& env, const httplib::Request& req, bool with_id) {
  if (Status s = RequireWriter(req, *env.options); !s.ok()) return s;
  Write w;
  if (with_id) {
    auto id = PathId(req);
    if (!id.ok()) return id.status();
    w.id = *id;
  }
  auto user = UserOf(req);
  if (!user.ok()) return user.status();
  w.user = std::move(user).value();
  auto body = JsonBody(req);
  if (!body.ok()) return body.status();
  w.body = std::move(body).value();
  return w;
}

Status Create(const Env& env, const httplib::Request& req, httplib::Response& res) {
  auto w = ParseWrite(env, req, /*with_id=*/false);
  if (!w.ok()) return w.status();
  Json error;
  auto out = CreateConsortiumJson(*env.store, *env.rules, w->body, w->user, &error);
  return ReplyWrite(res, out, error, 201);
}

Status Update(const Env& env, bool replace, const httplib::Request& req, httplib::Response& res) {
  auto w = ParseWrite(env, req, /*with_id=*/true);
  if (!w.ok()) return w.status();
  Json error;
  auto out = UpdateConsortiumJson(*env.store, *env.rules, w->id, w->body, replace, w->user, &error);
  return ReplyWrite(res, out, error, 200);
}

Status Assess(const Env& env, const httplib::Request& req, httplib::Response& res) {
  auto w = ParseWrite(env, req, /*with_id=*/true);
  if (!w.ok()) return w.status();
  auto out = AssessConsortiumJson(*env.store, *env.rules, w->id, w->body, w->user);
  if (!out.ok()) return out.status();
  ReplyJson(res, 201, *out);
  return Status::Ok();
}

Status Application(const Env& env, const httplib::Request& req, httplib::Response& res) {
  auto id = PathId(req);
  if (!id.ok()) return id.status();
  auto params = QueryParams(req);
  if (!params.ok()) return params.status();
  Status s = CheckKnownParams(*params, {"format"});
  if (!s.ok()) return s;
  std::string format = "md";
  if (auto it = params->find("format"); it != params->end()) format = it->second;
  if (format != "md" && format != "markdown" && format != "html") {
    return Status::InvalidArgument("format must be md or html", "format");
  }
  auto draft = ConsortiumApplication(*env.store, *env.rules, *id);
  if (!draft.ok()) return draft.status();
  res.status = 200;
  if (format == "html") {
    res.set_content(draft->html, "text/html; charset=utf-8");
  } else {
    res.set_content(draft->markdown, "text/markdown; charset=utf-8");
  }
  return Status::Ok();
}

template <typename Fn>
Handler Read(const Env& env, Fn fn) {
  return [env, fn](const httplib::Request& req, httplib::Response& res) -> Status {
    Status s = Configured(env);
    if (!s.ok()) return s;
    auto out = fn(req);
    if (!out.ok()) return out.status();
    ReplyJson(res, 200, *out);
    return Status::Ok();
  };
}

}  // namespace

void AddProgrammeRoutes(Router& router) {
  const Context& ctx = router.context();
  const Env env{ctx.store, ctx.rules, ctx.options};
  auto guarded = [env](Status (*fn)(const Env&, const httplib::Request&, httplib::Response&)) {
    return [env, fn](const httplib::Request& req, httplib::Response& res) -> Status {
      Status s = Configured(env);
      if (!s.ok()) return s;
      return fn(env, req, res);
    };
  };
  auto update = [env](bool replace) {
    return [env, replace](const httplib::Request& req, httplib::Response& res) -> Status {
      Status s = Configured(env);
      if (!s.ok()) return s;
      return Update(env, replace, req, res);
    };
  };

  router.Get("/v1/consortia", guarded(List));
  router.Post("/v1/consortia", guarded(Create));
  router.Get("/v1/consortia/([^/]+)", Read(env, [env](const httplib::Request& req) -> Result<Json> {
               auto id = PathId(req);
               if (!id.ok()) return id.status();
               return GetConsortiumJson(*env.store, *env.rules, *id);
             }));
  PatchRoute(router, "/v1/consortia/([^/]+)", update(false));
  PutRoute(router, "/v1/consortia/([^/]+)", update(true));
  router.Post("/v1/consortia/(\\d+)", update(false));
  router.Get("/v1/consortia/([^/]+)/history",
             Read(env, [env](const httplib::Request& req) -> Result<Json> {
               auto id = PathId(req);
               if (!id.ok()) return id.status();
               return ConsortiumHistoryJson(*env.store, *id);
             }));
  router.Post("/v1/consortia/([^/]+)/assessments", guarded(Assess));
  router.Get("/v1/consortia/([^/]+)/application", guarded(Application));
  router.Get("/v1/programme", Read(env, [env](const httplib::Request&) -> Result<Json> {
               return ProgrammeJson(*env.store, *env.rules);
             }));
  router.Post("/v1/plan", Read(env, [env](const httplib::Request& req) -> Result<Json> {
                auto body = req.body.empty() ? Result<Json>(Json::object()) : JsonBody(req);
                if (!body.ok()) return body.status();
                return PlanJson(*env.store, *env.rules, *body);
              }));
}

}  // namespace consortia::http
