// The planner's exhaustive oracle (plan_exact.h).
#include "plan_exact.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/taxonomy.h"

namespace consortia {

bool PlanAdmissible(const PlanRequest& req, const ProgrammeRules& rules,
                    const std::vector<int>& chosen, std::string* why) {
  std::map<std::string, int> per_type;
  std::set<std::pair<std::string, std::string>> targets;
  std::set<Id> leading(req.leading_enterprises.begin(), req.leading_enterprises.end());
  for (const PlanCandidate& c : req.candidates) {
    for (const Member& m : c.members) {
      if (rules.FindRole(m.role)->requires_leading) leading.insert(m.id);
    }
  }
  std::map<Id, int> org_use = req.organization_commitments, expert_use = req.expert_commitments;
  for (int i : chosen) {
    const PlanCandidate& c = req.candidates[i];
    if (!c.valid && !c.fixed) return *why = "invalid " + c.id, false;
    if (!targets.insert({c.type, c.target}).second) return *why = "target twice " + c.target, false;
    if (++per_type[c.type] > rules.FindType(c.type)->slots) return *why = "slots " + c.type, false;
    std::set<Id> orgs, experts(c.team.members.begin(), c.team.members.end());
    for (const Member& m : c.members) orgs.insert(m.id);
    if (c.team.leader_id) experts.insert(c.team.leader_id);
    for (Id o : orgs) ++org_use[o];
    for (Id e : experts) ++expert_use[e];
  }
  for (const auto& [o, n] : org_use) {
    const int limit = leading.count(o) ? rules.capacity.max_consortia_per_leading_enterprise
                                       : rules.capacity.max_consortia_per_organization;
    if (n > limit) return *why = "organisation over capacity " + std::to_string(o), false;
  }
  for (const auto& [e, n] : expert_use) {
    auto it = req.expert_capacity.find(e);
    const int limit =
        it == req.expert_capacity.end() ? req.options.default_expert_capacity : it->second;
    if (n > limit) return *why = "expert over capacity " + std::to_string(e), false;
  }
  return true;
}

double PlanObjective(const PlanRequest& req, const ProgrammeRules& rules,
                     const std::vector<int>& chosen) {
  std::set<std::string> zones;
  double v = 0;
  for (int i : chosen) {
    const PlanCandidate& c = req.candidates[i];
    if (!c.fixed) v += c.score;
    if (rules.FindType(c.type)->regional() && FindZone(c.target) != nullptr) {
      zones.insert(c.target);
    } else if (!c.lead_zone.empty()) {
      zones.insert(c.lead_zone);
    }
  }
  return v + req.options.balance.zone_bonus * static_cast<double>(zones.size());
}

ExactPlan PlanExact(const PlanRequest& req, const ProgrammeRules& rules) {
  std::map<std::pair<std::string, std::string>, std::vector<int>> groups;
  std::vector<int> pick;  // the fixed candidates, always in
  for (size_t i = 0; i < req.candidates.size(); ++i) {
    if (req.candidates[i].fixed) {
      pick.push_back(static_cast<int>(i));
    } else {
      groups[{req.candidates[i].type, req.candidates[i].target}].push_back(static_cast<int>(i));
    }
  }
  std::vector<std::vector<int>> list;
  list.reserve(groups.size());
  for (auto& [key, members] : groups) list.push_back(members);
  ExactPlan best;
  std::function<void(size_t)> visit = [&](size_t g) {
    std::string why;
    if (!PlanAdmissible(req, rules, pick, &why)) return;  // every superset is inadmissible too
    if (g == list.size()) {
      const double v = PlanObjective(req, rules, pick);
      if (v > best.objective) best = {pick, v};
      return;
    }
    visit(g + 1);
    for (int i : list[g]) {
      pick.push_back(i);
      visit(g + 1);
      pick.pop_back();
    }
  };
  visit(0);
  return best;
}

}  // namespace consortia
