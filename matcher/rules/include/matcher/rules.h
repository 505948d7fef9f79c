// matcher/rules.h — the programme's rules as data (rules/bast-2022.json).
//
// Contract: ParseRules validates the whole file with the one reader of
// core/json_reader.h (a key given twice or an unknown key is refused, every
// role referenced exists, kinds/titles/industries are known codes, minimums
// >= 0, slots > 0, team size >= 1) and reports the first problem with its JSON
// path as the field. The
// result is immutable and shared read-only by the composer, the team builder
// and the planner; no minimum, slot count or team size is written in code.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"
#include "core/status.h"

namespace consortia {

// A role a member can take, and who may take it.
struct RoleRule {
  std::string key;   // "leading_enterprise", "municipal_society", ...
  std::string name;  // Chinese
  std::vector<OrgKind> kinds;
  bool requires_leading = false;  // only leading enterprises
  // Members in this role work in the consortium's target industries (the
  // notice: societies link their academic resources to the enterprises' needs,
  // enterprises sit in the same chain). Not a rule: one outside is a fit
  // warning (matcher/consortium.h FitWarnings), and suggestions rank it last.
  bool fits_target = false;
  std::vector<std::string> capabilities;  // what the notice asks of this kind of member
  bool Admits(OrgKind kind) const;
};

struct RoleMinimum {
  std::string role;
  int min = 0;
  std::optional<int> max;
  bool in_region = false;  // regional consortia: the member lies in the requested region
};

struct ConsortiumTypeRule {
  std::string key;                                        // "regional" | "industrial"
  std::string name;                                       // Chinese
  int slots = 0;                                          // 5 regional, 10 industrial
  ConsortiumTarget target = ConsortiumTarget::kIndustry;  // "region" | "industry" in the file
  std::vector<RoleMinimum> roles;                         // in file order
  const RoleMinimum* FindRole(std::string_view role) const;
  bool regional() const { return target == ConsortiumTarget::kRegion; }
  // A consortium's target code under this type: its region or its industry.
  const std::string& TargetOf(const std::string& region, const std::string& industry) const {
    return regional() ? region : industry;
  }
};

struct ApplicantRule {
  std::vector<OrgKind> kinds;
  int min_staff = 0;
  int min_expert_team = 0;
  bool must_be_member = true;
};

struct TeamRule {
  int min_size = 15;
  std::vector<Title> leader_titles;
  int max_per_affiliation_default = 3;
};

struct CapacityRule {
  int max_consortia_per_organization = 2;
  int max_consortia_per_leading_enterprise = 1;
};

struct ProgrammeRules {
  std::string version;
  std::vector<ConsortiumTypeRule> types;
  std::map<std::string, RoleRule> roles;
  ApplicantRule applicant;
  TeamRule team;
  CapacityRule capacity;
  std::vector<std::string> industries;  // industry codes eligible for industrial consortia
  nlohmann::ordered_json source;        // the file as loaded, in file order (GET /v1/rules)

  const ConsortiumTypeRule* FindType(std::string_view key) const;
  const RoleRule* FindRole(std::string_view key) const;
  bool IsLeaderTitle(Title title) const;
  bool IsEligibleIndustry(std::string_view code) const;  // one of `industries`
};

Result<ProgrammeRules> ParseRules(std::string_view json_text);
Result<ProgrammeRules> LoadRules(const std::string& path);

}  // namespace consortia
