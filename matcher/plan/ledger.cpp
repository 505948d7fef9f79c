// Capacity bookkeeping of a plan (ledger.h).
#include "ledger.h"

#include <algorithm>

namespace consortia::planner_detail {
namespace {

std::vector<Id> Distinct(std::vector<Id> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

int Lookup(const std::map<Id, int>& m, Id id, int missing) {
  auto it = m.find(id);
  return it != m.end() ? it->second : missing;
}

// "单位 北京电子学会（id 312）已达上限 2（已在 3、7 中）（规划外已参加 1 个）".
std::string Describe(const char* kind, Id id, const std::map<Id, std::string>& names,
                     const std::map<Id, std::vector<std::string>>& users, int limit,
                     int committed) {
  auto name = names.find(id);
  std::string s = std::string(kind) + " " +
                  (name != names.end() ? name->second + "（id " + std::to_string(id) + "）"
                                       : "id " + std::to_string(id)) +
                  " 已达上限 " + std::to_string(limit);
  auto it = users.find(id);
  if (it != users.end() && !it->second.empty()) {
    std::string in;
    for (const std::string& u : it->second) in += (in.empty() ? "" : "、") + u;
    s += "（已在 " + in + " 中）";
  }
  if (committed > 0) s += "（规划外已参加 " + std::to_string(committed) + " 个）";
  return s;
}

}  // namespace

std::vector<Id> OrgsOf(const PlanCandidate& c) {
  std::vector<Id> ids;
  for (const Member& m : c.members) ids.push_back(m.id);
  return Distinct(std::move(ids));
}

std::vector<Id> ExpertsOf(const PlanCandidate& c) {
  std::vector<Id> ids = c.team.members;
  if (c.team.leader_id != 0) ids.push_back(c.team.leader_id);
  return Distinct(std::move(ids));
}

Ledger::Ledger(const PlanRequest& req, const ProgrammeRules& rules) : req_(req), rules_(rules) {
  leading_.insert(req.leading_enterprises.begin(), req.leading_enterprises.end());
  for (const PlanCandidate& c : req.candidates) {
    for (const Member& m : c.members) {
      const RoleRule* role = rules.FindRole(m.role);
      if (role != nullptr && role->requires_leading) leading_.insert(m.id);
    }
  }
}

int Ledger::OrgLimit(Id id) const {
  const int n = rules_.capacity.max_consortia_per_organization;
  return leading_.count(id) ? std::min(n, rules_.capacity.max_consortia_per_leading_enterprise) : n;
}

int Ledger::ExpertLimit(Id id) const {
  return Lookup(req_.expert_capacity, id, req_.options.default_expert_capacity);
}

int Ledger::OrgCommitted(Id id) const { return Lookup(req_.organization_commitments, id, 0); }

int Ledger::ExpertCommitted(Id id) const { return Lookup(req_.expert_commitments, id, 0); }

void Ledger::Add(const PlanCandidate& c) {
  for (Id id : OrgsOf(c)) org_users[id].push_back(c.id);
  for (Id id : ExpertsOf(c)) expert_users[id].push_back(c.id);
}

std::string Ledger::Blocker(const PlanCandidate& c) const {
  for (Id id : OrgsOf(c)) {
    if (OrgRemaining(id) <= 0) {
      return Describe("单位", id, req_.organization_names, org_users, OrgLimit(id),
                      OrgCommitted(id));
    }
  }
  for (Id id : ExpertsOf(c)) {
    if (ExpertRemaining(id) <= 0) {
      return Describe("专家", id, req_.expert_names, expert_users, ExpertLimit(id),
                      ExpertCommitted(id));
    }
  }
  return "";
}

int Ledger::Used(const std::map<Id, std::vector<std::string>>& users, Id id) {
  auto it = users.find(id);
  return it == users.end() ? 0 : static_cast<int>(it->second.size());
}

}  // namespace consortia::planner_detail
