// server/reports.h — import reports and problems as JSON and as text lines
// ("file:row: field: message"), shared by POST /v1/import and `consortia import`.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/data.h"

namespace consortia {

nlohmann::json ProblemJson(const ImportProblem& problem);
nlohmann::json ProblemsJson(const std::vector<ImportProblem>& problems);
// {"organizations_inserted": .., "organizations_updated": .., "experts_inserted": ..,
//  "experts_updated": .., "ties_inserted": ..}
nlohmann::json ImportReportJson(const ImportReport& report);
// "organizations.csv:3: kind: unknown kind 'spaceship'"
std::string FormatProblem(const ImportProblem& problem);

}  // namespace consortia
