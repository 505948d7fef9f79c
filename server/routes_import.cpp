// Writes: POST /v1/import takes a JSON dataset and imports it all-or-nothing.
#include "api/api.h"
#include "routes.h"

namespace consortia::http {
namespace {

void ReplyProblems(httplib::Response& res, const std::vector<ImportProblem>& problems) {
  Json body = ErrorJson("invalid_import",
                        std::to_string(problems.size()) + " problem(s) found; nothing was written");
  body["error"]["problems"] = ProblemsJson(problems);
  ReplyJson(res, 422, body);
}

Status Import(const Context& ctx, const httplib::Request& req, httplib::Response& res) {
  Status auth = RequireWriter(req, *ctx.options);
  if (!auth.ok()) return auth;
  if (req.body.empty()) {
    return Status::InvalidArgument(
        "the body must be a JSON dataset "
        "{\"organizations\": [..], \"experts\": [..], \"ties\": [..]}",
        "body");
  }
  std::vector<ImportProblem> problems;
  Dataset data = ParseJsonDataset(req.body, &problems);
  if (!problems.empty()) {
    ReplyProblems(res, problems);
    return Status::Ok();
  }
  auto report = ctx.store->Import(data);
  if (!report.ok()) return report.status();
  if (!report->ok()) {
    ReplyProblems(res, report->problems);
    return Status::Ok();
  }
  // The store is the source of truth: if the index cannot catch up now, the
  // import still stands and the next Sync (or restart) applies it.
  Json body = {{"report", ImportReportJson(*report)}, {"data_version", ctx.store->DataVersion()}};
  if (ctx.catalog != nullptr) {
    Status synced = ctx.catalog->Sync();
    body["index"] = {{"synced", synced.ok()},
                     {"data_version", ctx.catalog->index()->data_version()}};
    if (!synced.ok()) body["index"]["error"] = synced.ToString();
  }
  ReplyJson(res, 200, body);
  return Status::Ok();
}

}  // namespace

void AddImportRoutes(Router& router) {
  const Context ctx = router.context();
  router.Post("/v1/import", [ctx](const httplib::Request& req, httplib::Response& res) {
    return Import(ctx, req, res);
  });
}

}  // namespace consortia::http
