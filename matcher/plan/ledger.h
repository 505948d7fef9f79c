// matcher/plan/ledger.h — capacity bookkeeping of a plan (internal): how many
// consortia each organisation and each expert may still join, and why a
// candidate cannot join the plan as it stands.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "matcher/planner.h"

namespace consortia::planner_detail {

// The distinct organisations (members) and experts (leader and team) of a candidate.
std::vector<Id> OrgsOf(const PlanCandidate& c);
std::vector<Id> ExpertsOf(const PlanCandidate& c);

class Ledger {
 public:
  // Leading enterprises: the request's, and every member of a role whose rule
  // requires_leading in any candidate.
  Ledger(const PlanRequest& req, const ProgrammeRules& rules);

  int OrgLimit(Id id) const;
  int ExpertLimit(Id id) const;
  int OrgCommitted(Id id) const;     // outside this plan
  int ExpertCommitted(Id id) const;  // outside this plan
  int OrgRemaining(Id id) const { return OrgLimit(id) - OrgCommitted(id) - Used(org_users, id); }
  int ExpertRemaining(Id id) const {
    return ExpertLimit(id) - ExpertCommitted(id) - Used(expert_users, id);
  }

  // Records that `c` is in the plan.
  void Add(const PlanCandidate& c);
  // Why `c` cannot join the plan as it stands; "" when it fits.
  std::string Blocker(const PlanCandidate& c) const;

  // Consortia (candidate ids) using each organisation / expert in the plan.
  std::map<Id, std::vector<std::string>> org_users;
  std::map<Id, std::vector<std::string>> expert_users;

 private:
  static int Used(const std::map<Id, std::vector<std::string>>& users, Id id);

  const PlanRequest& req_;
  const ProgrammeRules& rules_;
  std::set<Id> leading_;
};

}  // namespace consortia::planner_detail
