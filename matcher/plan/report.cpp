// Plan(): the answer (phases.h) — the chosen consortia with objective and
// bound, then slots, coverage, capacity and what stayed uncovered.
#include <algorithm>
#include <map>
#include <set>

#include "core/taxonomy.h"
#include "phases.h"

namespace consortia::planner_detail {
namespace {

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

// The targets a type can take, in display order.
std::vector<std::string> TargetsOf(const ConsortiumTypeRule& type, const ProgrammeRules& rules) {
  if (!type.regional()) return rules.industries;
  std::vector<std::string> out;
  for (const Region& r : Regions()) out.push_back(r.code);
  return out;
}

// Why no candidate covers `target` of type t.
Uncovered Why(const PlanContext& ctx, const ConsortiumTypeRule& type, const std::string& target,
              bool full, const Ledger& ledger, bool proven) {
  int total = 0, valid = 0;
  const PlanCandidate* best_fit = nullptr;
  std::string blocker;
  for (const PlanCandidate& c : ctx.req.candidates) {
    if (c.fixed || c.type != type.key || c.target != target) continue;
    ++total;
    if (!c.valid) continue;
    ++valid;
    std::string why = ledger.Blocker(c);
    if (why.empty()) {
      if (best_fit == nullptr || c.score > best_fit->score) best_fit = &c;
    } else if (blocker.empty()) {
      blocker = ctx.Label(c) + "：" + why;
    }
  }
  Uncovered u{type.key, target, "", ""};
  const std::string where = ctx.TargetName(target) + "（" + type.name + "）";
  if (total == 0) {
    u.reason = "no_candidate";
    u.detail = where + "没有候选联合体";
  } else if (valid == 0) {
    u.reason = "no_valid_candidate";
    u.detail = where + "没有符合规则的候选（" + std::to_string(total) + " 个不符合）";
  } else if (best_fit == nullptr) {
    u.reason = "capacity_conflict";
    u.detail = where + "的 " + std::to_string(valid) +
               " 个合格候选都与已选联合体在容量上冲突，例如 " + blocker;
  } else if (full) {
    u.reason = "slots_full";
    u.detail = type.name + "的 " + std::to_string(type.slots) + " 个名额已给了得分更高的联合体；" +
               where + "的最佳候选为 " + ctx.Label(*best_fit);
  } else {
    u.reason = "not_chosen";
    u.detail = "候选 " + ctx.Label(*best_fit) + " 符合条件但未入选" +
               (proven ? "（不增加目标值）" : "（搜索提前停止）");
  }
  return u;
}

}  // namespace

std::vector<const PlanCandidate*> RecordPlan(const PlanContext& ctx, const FixedConsortia& fixed,
                                             const std::vector<const PlanCandidate*>& open,
                                             const Solution& solution, Ledger* ledger,
                                             PlanResult* result) {
  for (const PlanCandidate* c : fixed.list) {
    result->consortia.push_back(ToPlanned(*c, ctx.ZoneOf(*c)));
  }
  std::vector<const PlanCandidate*> chosen;
  for (int item : solution.chosen) chosen.push_back(open[item]);
  std::stable_sort(chosen.begin(), chosen.end(),
                   [&](const PlanCandidate* a, const PlanCandidate* b) {
                     const int ta = ctx.TypeIndex(a->type), tb = ctx.TypeIndex(b->type);
                     return ta != tb ? ta < tb : a->score > b->score;
                   });
  for (const PlanCandidate* c : chosen) {
    result->consortia.push_back(ToPlanned(*c, ctx.ZoneOf(*c)));
    result->score_total += c->score;
    ledger->Add(*c);
  }
  std::set<std::string> touched;
  for (const PlannedConsortium& p : result->consortia) {
    if (!p.zone.empty()) touched.insert(p.zone);
  }
  result->balance = ctx.req.options.balance.zone_bonus * static_cast<double>(touched.size());
  result->objective = solution.objective;
  result->upper_bound = std::max(solution.upper_bound, solution.objective);
  result->gap = result->upper_bound > 0
                    ? (result->upper_bound - result->objective) / result->upper_bound
                    : 0.0;
  if (result->gap < 1e-12) result->gap = 0.0;
  result->proven = solution.proven;
  result->stopped_by = solution.stopped_by;
  result->nodes = solution.nodes;
  result->seconds = solution.seconds;
  return chosen;
}

void ReportSlots(const PlanContext& ctx, const FixedConsortia& fixed, PlanResult* result) {
  const std::vector<ConsortiumTypeRule>& types = ctx.rules.types;
  std::vector<int> filled(types.size(), 0);
  for (const PlannedConsortium& p : result->consortia) ++filled[ctx.TypeIndex(p.type)];
  for (size_t t = 0; t < types.size(); ++t) {
    result->slots.push_back({types[t].key, types[t].slots, fixed.per_type[t], filled[t]});
  }
}

void ReportCoverage(const PlanContext& ctx, PlanResult* result) {
  Coverage& cov = result->coverage;
  for (const Region& r : Regions()) cov.regions.push_back(r.code);
  cov.industries = ctx.rules.industries;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> cells;
  for (const PlannedConsortium& p : result->consortia) {
    const ConsortiumTypeRule* type = ctx.rules.FindType(p.type);
    const PlanCandidate* c = nullptr;
    for (const PlanCandidate& x : ctx.req.candidates) {
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
}

void ReportNearCapacity(const PlanContext& ctx, const Ledger& ledger, PlanResult* result) {
  std::set<Id> orgs, experts;
  for (const auto& [id, users] : ledger.org_users) orgs.insert(id);
  for (const auto& [id, n] : ctx.req.organization_commitments) orgs.insert(id);
  for (const auto& [id, users] : ledger.expert_users) experts.insert(id);
  for (const auto& [id, n] : ctx.req.expert_commitments) experts.insert(id);
  for (Id id : orgs) {
    const int limit = ledger.OrgLimit(id);
    const int used = limit - ledger.OrgRemaining(id);
    if (used > 0 && used >= limit - 1) {
      result->near_capacity.push_back({"organization", id, used, limit});
    }
  }
  for (Id id : experts) {
    const int limit = ledger.ExpertLimit(id);
    const int used = limit - ledger.ExpertRemaining(id);
    if (used > 0 && used >= limit - 1) result->near_capacity.push_back({"expert", id, used, limit});
  }
}

void ReportUncovered(const PlanContext& ctx, const FixedConsortia& fixed,
                     const std::vector<const PlanCandidate*>& chosen, const Ledger& ledger,
                     bool proven, PlanResult* result) {
  const std::vector<ConsortiumTypeRule>& types = ctx.rules.types;
  for (size_t t = 0; t < types.size(); ++t) {
    const ConsortiumTypeRule& type = types[t];
    const int filled = result->slots[t].filled;
    const bool full = filled >= type.slots;
    for (const std::string& target : TargetsOf(type, ctx.rules)) {
      if (fixed.Holds(static_cast<int>(t), target)) continue;
      bool covered = false;
      for (const PlanCandidate* c : chosen) covered |= (c->type == type.key && c->target == target);
      if (covered) continue;
      result->uncovered.push_back(Why(ctx, type, target, full, ledger, proven));
    }
    if (!full) {
      result->uncovered.push_back(
          {type.key, "", "slots_unfilled",
           type.name + "名额已填 " + std::to_string(filled) + " / " + std::to_string(type.slots)});
    }
  }
}

void ReportRunnerUps(const PlanContext& ctx, PlanResult* result) {
  std::set<std::string> planned;
  for (const PlannedConsortium& p : result->consortia) planned.insert(p.id);
  for (PlannedConsortium& p : result->consortia) {
    const PlanCandidate* best = nullptr;
    for (const PlanCandidate& c : ctx.req.candidates) {
      if (!c.valid || c.type != p.type || c.target != p.target || planned.count(c.id)) continue;
      if (best == nullptr || c.score > best->score || (c.score == best->score && c.id < best->id)) {
        best = &c;
      }
    }
    if (best != nullptr) {
      p.runner_up = best->id;
      p.runner_up_score = best->score;
    }
  }
}

}  // namespace consortia::planner_detail
