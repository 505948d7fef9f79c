// Plan(): the request against the contract of matcher/planner.h (phases.h).
#include <cmath>
#include <set>

#include "core/taxonomy.h"
#include "phases.h"

namespace consortia::planner_detail {
namespace {

// The candidate's type and target, its members' ids and roles, its lead's codes.
Status CheckCandidate(const PlanCandidate& c, size_t i, const ProgrammeRules& rules) {
  const ConsortiumTypeRule* type = rules.FindType(c.type);
  if (type == nullptr) {
    return Status::InvalidArgument("unknown consortium type '" + c.type + "'",
                                   CandidateField(i, "type"));
  }
  if (type->regional()) {
    if (FindRegion(c.target) == nullptr) {
      return Status::InvalidArgument("unknown region '" + c.target + "'",
                                     CandidateField(i, "target"));
    }
  } else if (!rules.IsEligibleIndustry(c.target)) {
    return Status::InvalidArgument("industry '" + c.target + "' is not eligible in the rules",
                                   CandidateField(i, "target"));
  }
  if (!std::isfinite(c.score) || c.score < 0) {
    return Status::InvalidArgument("score must be finite and >= 0", CandidateField(i, "score"));
  }
  for (size_t j = 0; j < c.members.size(); ++j) {
    const std::string f = "members[" + std::to_string(j) + "]";
    if (c.members[j].id <= 0) {
      return Status::InvalidArgument("member id must be > 0", CandidateField(i, f + ".id"));
    }
    if (rules.FindRole(c.members[j].role) == nullptr) {
      return Status::InvalidArgument("unknown role '" + c.members[j].role + "'",
                                     CandidateField(i, f + ".role"));
    }
  }
  if (!c.lead_zone.empty() && FindZone(c.lead_zone) == nullptr) {
    return Status::InvalidArgument("unknown zone '" + c.lead_zone + "'",
                                   CandidateField(i, "lead_zone"));
  }
  if (!c.lead_park.empty() && FindPark(c.lead_park) == nullptr) {
    return Status::InvalidArgument("unknown park '" + c.lead_park + "'",
                                   CandidateField(i, "lead_park"));
  }
  if (!c.lead_district.empty() && FindDistrict(c.lead_district) == nullptr) {
    return Status::InvalidArgument("unknown district '" + c.lead_district + "'",
                                   CandidateField(i, "lead_district"));
  }
  if (!c.lead_industry.empty() && FindIndustry(c.lead_industry) == nullptr) {
    return Status::InvalidArgument("unknown industry '" + c.lead_industry + "'",
                                   CandidateField(i, "lead_industry"));
  }
  return Status::Ok();
}

Status CheckCounts(const std::map<Id, int>& counts, const std::string& name) {
  for (const auto& [id, n] : counts) {
    if (n < 0) return Status::InvalidArgument("must be >= 0", name + "." + std::to_string(id));
  }
  return Status::Ok();
}

Status CheckOptions(const PlanOptions& o) {
  if (o.time_limit_ms < 0) return Status::InvalidArgument("must be >= 0", "options.time_limit_ms");
  if (o.node_limit < 0) return Status::InvalidArgument("must be >= 0", "options.node_limit");
  if (o.default_expert_capacity < 0) {
    return Status::InvalidArgument("must be >= 0", "options.default_expert_capacity");
  }
  if (!std::isfinite(o.balance.zone_bonus) || o.balance.zone_bonus < 0) {
    return Status::InvalidArgument("must be finite and >= 0", "options.balance.zone_bonus");
  }
  return Status::Ok();
}

}  // namespace

std::string CandidateField(size_t i, const std::string& rest) {
  return "candidates[" + std::to_string(i) + "]" + (rest.empty() ? "" : "." + rest);
}

Status CheckRequest(const PlanRequest& req, const ProgrammeRules& rules) {
  std::set<std::string> ids;
  for (size_t i = 0; i < req.candidates.size(); ++i) {
    const PlanCandidate& c = req.candidates[i];
    if (c.id.empty()) {
      return Status::InvalidArgument("candidate id is empty", CandidateField(i, "id"));
    }
    if (!ids.insert(c.id).second) {
      return Status::InvalidArgument("duplicate candidate id " + c.id, CandidateField(i, "id"));
    }
    if (Status s = CheckCandidate(c, i, rules); !s.ok()) return s;
  }
  for (const auto& [counts, name] : {std::pair{&req.expert_capacity, "expert_capacity"},
                                     {&req.expert_commitments, "expert_commitments"},
                                     {&req.organization_commitments, "organization_commitments"}}) {
    if (Status s = CheckCounts(*counts, name); !s.ok()) return s;
  }
  return CheckOptions(req.options);
}

}  // namespace consortia::planner_detail
