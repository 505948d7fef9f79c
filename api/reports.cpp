#include "api/api.h"

namespace consortia {

nlohmann::json ProblemJson(const ImportProblem& p) {
  return {{"file", p.file}, {"row", p.row}, {"field", p.field}, {"message", p.message}};
}

nlohmann::json ProblemsJson(const std::vector<ImportProblem>& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const ImportProblem& p : problems) out.push_back(ProblemJson(p));
  return out;
}

nlohmann::json ImportReportJson(const ImportReport& r) {
  return {{"organizations_inserted", r.organizations_inserted},
          {"organizations_updated", r.organizations_updated},
          {"experts_inserted", r.experts_inserted},
          {"experts_updated", r.experts_updated},
          {"ties_inserted", r.ties_inserted}};
}

std::string FormatProblem(const ImportProblem& p) {
  std::string out = p.file.empty() ? std::string("<input>") : p.file;
  out += ":" + std::to_string(p.row) + ": ";
  if (!p.field.empty()) out += p.field + ": ";
  return out + p.message;
}

}  // namespace consortia
