// POST /v1/search: a thin wrapper over ParseSearchRequest / SearchResultJson
// (api/api.h documents the body and the answer).
#include "api/api.h"
#include "matcher/catalog.h"
#include "routes.h"

namespace consortia::http {
namespace {

Status Search(const Context& ctx, const httplib::Request& req, httplib::Response& res) {
  Catalog* catalog = ctx.catalog;
  if (catalog == nullptr) return Status::Internal("search is not configured on this server");
  auto body = JsonBody(req);
  if (!body.ok()) return body.status();
  auto answer = SearchJson(*catalog, *body);
  if (!answer.ok()) return answer.status();
  ReplyJson(res, 200, *answer);
  return Status::Ok();
}

}  // namespace

void AddSearchRoutes(Router& router) {
  const Context ctx = router.context();
  router.Post("/v1/search", [ctx](const httplib::Request& req, httplib::Response& res) {
    return Search(ctx, req, res);
  });
}

}  // namespace consortia::http
