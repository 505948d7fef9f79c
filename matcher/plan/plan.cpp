#include "matcher/planner.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <utility>

#include "branch_and_bound.h"
#include "core/taxonomy.h"

namespace consortia {
namespace {

using planner_detail::Item;
using planner_detail::Problem;

std::string Field(size_t i, const std::string& rest) {
  return "candidates[" + std::to_string(i) + "]" + (rest.empty() ? "" : "." + rest);
}

// The targets a type can take, in display order.
std::vector<std::string> TargetsOf(const ConsortiumTypeRule& type, const ProgrammeRules& rules) {
  std::vector<std::string> out;
  if (type.regional()) {
    for (const Region& r : Regions()) out.push_back(r.code);
  } else {
    out = rules.industries;
  }
  return out;
}

std::vector<Id> OrgsOf(const PlanCandidate& c) {
  std::vector<Id> ids;
  for (const Member& m : c.members) ids.push_back(m.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<Id> ExpertsOf(const PlanCandidate& c) {
  std::vector<Id> ids = c.team.members;
  if (c.team.leader_id != 0) ids.push_back(c.team.leader_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Status Validate(const PlanRequest& req, const ProgrammeRules& rules) {
  std::set<std::string> ids;
  for (size_t i = 0; i < req.candidates.size(); ++i) {
    const PlanCandidate& c = req.candidates[i];
    if (c.id.empty()) return Status::InvalidArgument("candidate id is empty", Field(i, "id"));
    if (!ids.insert(c.id).second) {
      return Status::InvalidArgument("duplicate candidate id " + c.id, Field(i, "id"));
    }
    const ConsortiumTypeRule* type = rules.FindType(c.type);
    if (type == nullptr) {
      return Status::InvalidArgument("unknown consortium type '" + c.type + "'", Field(i, "type"));
    }
    if (type->regional()) {
      if (FindRegion(c.target) == nullptr) {
        return Status::InvalidArgument("unknown region '" + c.target + "'", Field(i, "target"));
      }
    } else if (!rules.IsEligibleIndustry(c.target)) {
      return Status::InvalidArgument("industry '" + c.target + "' is not eligible in the rules",
                                     Field(i, "target"));
    }
    if (!std::isfinite(c.score) || c.score < 0) {
      return Status::InvalidArgument("score must be finite and >= 0", Field(i, "score"));
    }
    for (size_t j = 0; j < c.members.size(); ++j) {
      const std::string f = "members[" + std::to_string(j) + "]";
      if (c.members[j].id <= 0)
        return Status::InvalidArgument("member id must be > 0", Field(i, f + ".id"));
      if (rules.FindRole(c.members[j].role) == nullptr) {
        return Status::InvalidArgument("unknown role '" + c.members[j].role + "'",
                                       Field(i, f + ".role"));
      }
    }
    if (!c.lead_zone.empty() && FindZone(c.lead_zone) == nullptr) {
      return Status::InvalidArgument("unknown zone '" + c.lead_zone + "'", Field(i, "lead_zone"));
    }
    if (!c.lead_park.empty() && FindPark(c.lead_park) == nullptr) {
      return Status::InvalidArgument("unknown park '" + c.lead_park + "'", Field(i, "lead_park"));
    }
    if (!c.lead_district.empty() && FindDistrict(c.lead_district) == nullptr) {
      return Status::InvalidArgument("unknown district '" + c.lead_district + "'",
                                     Field(i, "lead_district"));
    }
    if (!c.lead_industry.empty() && FindIndustry(c.lead_industry) == nullptr) {
      return Status::InvalidArgument("unknown industry '" + c.lead_industry + "'",
                                     Field(i, "lead_industry"));
    }
  }
  for (const auto& [id, cap] : req.expert_capacity) {
    if (cap < 0)
      return Status::InvalidArgument("must be >= 0", "expert_capacity." + std::to_string(id));
  }
  for (const auto& [id, n] : req.expert_commitments) {
    if (n < 0)
      return Status::InvalidArgument("must be >= 0", "expert_commitments." + std::to_string(id));
  }
  for (const auto& [id, n] : req.organization_commitments) {
    if (n < 0) {
      return Status::InvalidArgument("must be >= 0",
                                     "organization_commitments." + std::to_string(id));
    }
  }
  if (req.options.time_limit_ms < 0)
    return Status::InvalidArgument("must be >= 0", "options.time_limit_ms");
  if (req.options.node_limit < 0)
    return Status::InvalidArgument("must be >= 0", "options.node_limit");
  if (req.options.default_expert_capacity < 0) {
    return Status::InvalidArgument("must be >= 0", "options.default_expert_capacity");
  }
  if (!std::isfinite(req.options.balance.zone_bonus) || req.options.balance.zone_bonus < 0) {
    return Status::InvalidArgument("must be finite and >= 0", "options.balance.zone_bonus");
  }
  return Status::Ok();
}

// Capacity bookkeeping over organisations and experts.
class Ledger {
 public:
  Ledger(const PlanRequest& req, const ProgrammeRules& rules) : req_(req), rules_(rules) {
    leading_.insert(req.leading_enterprises.begin(), req.leading_enterprises.end());
    for (const PlanCandidate& c : req.candidates) {
      for (const Member& m : c.members) {
        const RoleRule* role = rules.FindRole(m.role);
        if (role != nullptr && role->requires_leading) leading_.insert(m.id);
      }
    }
  }

  int OrgLimit(Id id) const {
    const int n = rules_.capacity.max_consortia_per_organization;
    return leading_.count(id) ? std::min(n, rules_.capacity.max_consortia_per_leading_enterprise)
                              : n;
  }
  int ExpertLimit(Id id) const {
    auto it = req_.expert_capacity.find(id);
    return it != req_.expert_capacity.end() ? it->second : req_.options.default_expert_capacity;
  }
  int OrgCommitted(Id id) const {
    auto it = req_.organization_commitments.find(id);
    return it != req_.organization_commitments.end() ? it->second : 0;
  }
  int ExpertCommitted(Id id) const {
    auto it = req_.expert_commitments.find(id);
    return it != req_.expert_commitments.end() ? it->second : 0;
  }

  // Consortia (candidate ids) using each organisation / expert in a plan.
  std::map<Id, std::vector<std::string>> org_users;
  std::map<Id, std::vector<std::string>> expert_users;

  void Add(const PlanCandidate& c) {
    for (Id id : OrgsOf(c)) org_users[id].push_back(c.id);
    for (Id id : ExpertsOf(c)) expert_users[id].push_back(c.id);
  }
  int OrgRemaining(Id id) const { return OrgLimit(id) - OrgCommitted(id) - Used(org_users, id); }
  int ExpertRemaining(Id id) const {
    return ExpertLimit(id) - ExpertCommitted(id) - Used(expert_users, id);
  }

  // Why `c` cannot join the plan as it stands; "" when it fits.
  std::string Blocker(const PlanCandidate& c) const {
    for (Id id : OrgsOf(c)) {
      if (OrgRemaining(id) <= 0)
        return Describe("organisation", id, org_users, OrgLimit(id), OrgCommitted(id));
    }
    for (Id id : ExpertsOf(c)) {
      if (ExpertRemaining(id) <= 0) {
        return Describe("expert", id, expert_users, ExpertLimit(id), ExpertCommitted(id));
      }
    }
    return "";
  }

 private:
  static int Used(const std::map<Id, std::vector<std::string>>& users, Id id) {
    auto it = users.find(id);
    return it == users.end() ? 0 : static_cast<int>(it->second.size());
  }
  static std::string Describe(const char* kind, Id id,
                              const std::map<Id, std::vector<std::string>>& users, int limit,
                              int committed) {
    std::string s =
        std::string(kind) + " " + std::to_string(id) + " at its limit " + std::to_string(limit);
    auto it = users.find(id);
    if (it != users.end() && !it->second.empty()) {
      s += " (in";
      for (const std::string& u : it->second) s += " " + u;
      s += ")";
    }
    if (committed > 0) s += " (" + std::to_string(committed) + " outside this plan)";
    return s;
  }

  const PlanRequest& req_;
  const ProgrammeRules& rules_;
  std::set<Id> leading_;
};

PlannedConsortium ToPlanned(const PlanCandidate& c, const std::string& zone) {
  PlannedConsortium p;
  p.id = c.id;
  p.type = c.type;
  p.target = c.target;
  p.fixed = c.fixed;
  p.members = c.members;
  p.applicant_id = c.applicant_id;
  p.team = c.team;
  p.score = c.score;
  p.zone = zone;
  return p;
}

}  // namespace

Result<PlanResult> Plan(const PlanRequest& req, const ProgrammeRules& rules) {
  if (Status s = Validate(req, rules); !s.ok()) return s;
  const std::vector<ConsortiumTypeRule>& types = rules.types;
  auto type_index = [&](const std::string& key) {
    for (size_t t = 0; t < types.size(); ++t) {
      if (types[t].key == key) return static_cast<int>(t);
    }
    return -1;
  };
  const std::vector<std::string>& zones = ZoneCodes();
  auto zone_of = [&](const PlanCandidate& c) -> std::string {
    const ConsortiumTypeRule* type = rules.FindType(c.type);
    if (type->regional() && FindZone(c.target) != nullptr) return c.target;
    return c.lead_zone;
  };

  PlanResult result;
  Ledger ledger(req, rules);

  // Fixed (active) consortia: kept, checked against one another.
  std::vector<int> fixed_count(types.size(), 0);
  std::set<std::pair<int, std::string>> occupied;
  std::vector<const PlanCandidate*> fixed;
  for (size_t i = 0; i < req.candidates.size(); ++i) {
    const PlanCandidate& c = req.candidates[i];
    if (!c.fixed) continue;
    const int t = type_index(c.type);
    if (!occupied.insert({t, c.target}).second) {
      return Status::Conflict("two fixed consortia hold " + c.type + " target " + c.target,
                              Field(i, "target"));
    }
    if (++fixed_count[t] > types[t].slots) {
      return Status::Conflict("more fixed " + c.type + " consortia than its " +
                                  std::to_string(types[t].slots) + " slots",
                              Field(i, "fixed"));
    }
    if (std::string why = ledger.Blocker(c); !why.empty()) {
      return Status::Conflict("fixed consortium " + c.id + " exceeds capacity: " + why,
                              Field(i, "members"));
    }
    ledger.Add(c);
    fixed.push_back(&c);
    if (!c.valid)
      result.warnings.push_back("fixed consortium " + c.id + " is not valid per the rules; kept");
  }

  // Candidates the search may choose.
  std::vector<const PlanCandidate*> open;
  for (const PlanCandidate& c : req.candidates) {
    if (c.fixed) continue;
    if (!c.valid) {
      RejectedCandidate r{c.id, c.type, c.target, c.violations};
      if (r.reasons.empty()) r.reasons.push_back("not valid per the rules");
      result.invalid.push_back(std::move(r));
      continue;
    }
    if (occupied.count({type_index(c.type), c.target})) continue;  // slot held by a fixed one
    if (!ledger.Blocker(c).empty()) continue;                      // cannot fit even alone
    open.push_back(&c);
  }

  // Binding resources: demand above remaining capacity.
  std::map<Id, int> org_demand, expert_demand;
  for (const PlanCandidate* c : open) {
    for (Id id : OrgsOf(*c)) ++org_demand[id];
    for (Id id : ExpertsOf(*c)) ++expert_demand[id];
  }
  Problem problem;
  std::map<Id, int> org_resource, expert_resource;
  for (const auto& [id, demand] : org_demand) {
    if (demand > ledger.OrgRemaining(id)) {
      org_resource[id] = static_cast<int>(problem.capacity.size());
      problem.capacity.push_back(ledger.OrgRemaining(id));
    }
  }
  for (const auto& [id, demand] : expert_demand) {
    if (demand > ledger.ExpertRemaining(id)) {
      expert_resource[id] = static_cast<int>(problem.capacity.size());
      problem.capacity.push_back(ledger.ExpertRemaining(id));
    }
  }

  // Groups per (type, target); items score-descending (ties by id).
  std::sort(open.begin(), open.end(), [](const PlanCandidate* a, const PlanCandidate* b) {
    return a->score != b->score ? a->score > b->score : a->id < b->id;
  });
  std::map<std::pair<int, std::string>, int> group_of;
  problem.zone_count = static_cast<int>(zones.size());
  problem.zones_initial.assign(zones.size(), false);
  problem.zone_bonus = req.options.balance.zone_bonus;
  for (const PlanCandidate* c : fixed) {
    const std::string z = zone_of(*c);
    for (size_t k = 0; k < zones.size(); ++k) {
      if (zones[k] == z) problem.zones_initial[k] = true;
    }
  }
  for (size_t t = 0; t < types.size(); ++t)
    problem.slots.push_back(types[t].slots - fixed_count[t]);
  for (const PlanCandidate* c : open) {
    const int t = type_index(c->type);
    auto [it, inserted] =
        group_of.insert({{t, c->target}, static_cast<int>(problem.groups.size())});
    if (inserted) {
      problem.groups.emplace_back();
      problem.group_type.push_back(t);
    }
    Item item;
    item.group = it->second;
    item.score = c->score;
    const std::string z = zone_of(*c);
    for (size_t k = 0; k < zones.size(); ++k) {
      if (zones[k] == z) item.zone = static_cast<int>(k);
    }
    for (Id id : OrgsOf(*c)) {
      if (auto r = org_resource.find(id); r != org_resource.end())
        item.resources.push_back(r->second);
    }
    for (Id id : ExpertsOf(*c)) {
      if (auto r = expert_resource.find(id); r != expert_resource.end()) {
        item.resources.push_back(r->second);
      }
    }
    problem.groups[item.group].push_back(static_cast<int>(problem.items.size()));
    problem.items.push_back(std::move(item));
  }

  planner_detail::Limits limits;
  limits.time_limit_seconds = req.options.time_limit_ms / 1000.0;
  limits.node_limit = req.options.node_limit;
  const planner_detail::Solution solution = planner_detail::Solve(problem, limits);

  // The plan: fixed first, then chosen by type (rules order) and score.
  for (const PlanCandidate* c : fixed) result.consortia.push_back(ToPlanned(*c, zone_of(*c)));
  std::vector<const PlanCandidate*> chosen;
  for (int item : solution.chosen) chosen.push_back(open[item]);
  std::stable_sort(chosen.begin(), chosen.end(),
                   [&](const PlanCandidate* a, const PlanCandidate* b) {
                     const int ta = type_index(a->type), tb = type_index(b->type);
                     return ta != tb ? ta < tb : a->score > b->score;
                   });
  for (const PlanCandidate* c : chosen) {
    result.consortia.push_back(ToPlanned(*c, zone_of(*c)));
    result.score_total += c->score;
    ledger.Add(*c);
  }
  std::set<std::string> touched;
  for (const PlannedConsortium& p : result.consortia) {
    if (!p.zone.empty()) touched.insert(p.zone);
  }
  result.balance = req.options.balance.zone_bonus * static_cast<double>(touched.size());
  result.objective = solution.objective;
  result.upper_bound = std::max(solution.upper_bound, solution.objective);
  result.gap =
      result.upper_bound > 0 ? (result.upper_bound - result.objective) / result.upper_bound : 0.0;
  if (result.gap < 1e-12) result.gap = 0.0;
  result.proven = solution.proven;
  result.stopped_by = solution.stopped_by;
  result.nodes = solution.nodes;
  result.seconds = solution.seconds;

  // Slots.
  std::vector<int> filled(types.size(), 0);
  for (const PlannedConsortium& p : result.consortia) ++filled[type_index(p.type)];
  for (size_t t = 0; t < types.size(); ++t) {
    result.slots.push_back({types[t].key, types[t].slots, fixed_count[t], filled[t]});
  }

  // Coverage matrix.
  Coverage& cov = result.coverage;
  for (const Region& r : Regions()) cov.regions.push_back(r.code);
  cov.industries = rules.industries;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> cells;
  for (const PlannedConsortium& p : result.consortia) {
    const ConsortiumTypeRule* type = rules.FindType(p.type);
    const PlanCandidate* c = nullptr;
    for (const PlanCandidate& x : req.candidates) {
      if (x.id == p.id) c = &x;
    }
    if (type->regional()) {
      cov.region_by[p.target] = p.id;
      if (!c->lead_industry.empty()) cells[{p.target, c->lead_industry}].push_back(p.id);
    } else {
      cov.industry_by[p.target] = p.id;
      if (!c->lead_zone.empty()) cells[{c->lead_zone, p.target}].push_back(p.id);
      if (!c->lead_park.empty()) cells[{c->lead_park, p.target}].push_back(p.id);
    }
  }
  for (auto& [key, ids] : cells) cov.cells.push_back({key.first, key.second, std::move(ids)});

  // Near capacity.
  std::set<Id> orgs, experts;
  for (const auto& [id, users] : ledger.org_users) orgs.insert(id);
  for (const auto& [id, n] : req.organization_commitments) orgs.insert(id);
  for (const auto& [id, users] : ledger.expert_users) experts.insert(id);
  for (const auto& [id, n] : req.expert_commitments) experts.insert(id);
  for (Id id : orgs) {
    const int limit = ledger.OrgLimit(id);
    const int used = limit - ledger.OrgRemaining(id);
    if (used > 0 && used >= limit - 1)
      result.near_capacity.push_back({"organization", id, used, limit});
  }
  for (Id id : experts) {
    const int limit = ledger.ExpertLimit(id);
    const int used = limit - ledger.ExpertRemaining(id);
    if (used > 0 && used >= limit - 1) result.near_capacity.push_back({"expert", id, used, limit});
  }

  // What could not be covered, and why.
  for (size_t t = 0; t < types.size(); ++t) {
    const ConsortiumTypeRule& type = types[t];
    const bool full = filled[t] >= type.slots;
    const std::string what = std::string(ToString(type.target)) + " ";
    for (const std::string& target : TargetsOf(type, rules)) {
      if (occupied.count({static_cast<int>(t), target})) continue;
      bool covered = false;
      for (const PlanCandidate* c : chosen) covered |= (c->type == type.key && c->target == target);
      if (covered) continue;
      int total = 0, valid = 0;
      const PlanCandidate* best_fit = nullptr;
      std::string blocker;
      for (const PlanCandidate& c : req.candidates) {
        if (c.fixed || c.type != type.key || c.target != target) continue;
        ++total;
        if (!c.valid) continue;
        ++valid;
        std::string why = ledger.Blocker(c);
        if (why.empty()) {
          if (best_fit == nullptr || c.score > best_fit->score) best_fit = &c;
        } else if (blocker.empty()) {
          blocker = c.id + ": " + why;
        }
      }
      Uncovered u{type.key, target, "", ""};
      if (total == 0) {
        u.reason = "no_candidate";
        u.detail = "no candidate for " + what + target;
      } else if (valid == 0) {
        u.reason = "no_valid_candidate";
        u.detail =
            "no valid candidate for " + what + target + " (" + std::to_string(total) + " invalid)";
      } else if (best_fit == nullptr) {
        u.reason = "capacity_conflict";
        u.detail = "all " + std::to_string(valid) + " valid candidates for " + what + target +
                   " conflict on capacity with the chosen consortia, e.g. " + blocker;
      } else if (full) {
        u.reason = "slots_full";
        u.detail = "the " + std::to_string(type.slots) + " " + type.key +
                   " slots went to higher-value consortia; best candidate here " + best_fit->id;
      } else {
        u.reason = "not_chosen";
        u.detail = "candidate " + best_fit->id + " fits but was not chosen" +
                   (solution.proven ? " (adds no value)" : " (search stopped early)");
      }
      result.uncovered.push_back(std::move(u));
    }
    if (!full) {
      result.uncovered.push_back({type.key, "", "slots_unfilled",
                                  std::to_string(filled[t]) + " of " + std::to_string(type.slots) +
                                      " " + type.key + " slots filled"});
    }
  }
  return result;
}

}  // namespace consortia
