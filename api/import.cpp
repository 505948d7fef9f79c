// POST /v1/import: a JSON dataset, read and checked, then imported all-or-nothing.
#include "api/api.h"
#include "matcher/catalog.h"

namespace consortia {
namespace {

// "organizations[1].kind" for problem {file "organizations", row 2, field "kind"}.
std::string ProblemPath(const ImportProblem& p) {
  std::string path = p.file;
  if (p.row > 0) path += "[" + std::to_string(p.row - 1) + "]";
  if (!p.field.empty()) path += (path.empty() ? "" : ".") + p.field;
  return path;
}

Status Problems(const std::vector<ImportProblem>& problems) {
  const ImportProblem& first = problems.front();
  return Status(Code::kInvalidImport,
                std::to_string(problems.size()) +
                    " problem(s) found, nothing was written; first: " + ProblemPath(first) + ": " +
                    first.message,
                ProblemPath(first))
      .WithDetails({{"problems", ProblemsJson(problems)}});
}

}  // namespace

Result<nlohmann::json> ImportJson(Store& store, Catalog* catalog, std::string_view text) {
  auto document = ParseJson(text);
  if (!document.ok()) return document.status();
  JsonReader r(*document);
  r.root().Object({"organizations", "experts", "ties"});
  for (const char* list : {"organizations", "experts", "ties"}) r[list].Array(kMaxImportRecords);
  if (!r.ok()) return r.status();
  // The records themselves: data/'s parser and validator list every problem.
  std::vector<ImportProblem> problems;
  Dataset data = ParseJsonDataset(text, &problems);
  if (!problems.empty()) return Problems(problems);
  auto report = store.Import(data);
  if (!report.ok()) return report.status();
  if (!report->ok()) return Problems(report->problems);
  // The store is the source of truth: if the index cannot catch up now, the
  // import still stands and the next Sync (or restart) applies it.
  nlohmann::json body = {{"report", ImportReportJson(*report)},
                         {"data_version", store.DataVersion()}};
  if (catalog != nullptr) {
    Status synced = catalog->Sync();
    body["index"] = {{"synced", synced.ok()}, {"data_version", catalog->index()->data_version()}};
    if (!synced.ok()) body["index"]["error"] = synced.ToString();
  }
  return body;
}

}  // namespace consortia
