// Plan(): from the request to the branch-and-bound problem (phases.h) — the
// fixed consortia kept, the open candidates, and the compacted problem.
#include <algorithm>
#include <map>

#include "core/taxonomy.h"
#include "phases.h"

namespace consortia::planner_detail {

Result<FixedConsortia> KeepFixed(const PlanContext& ctx, Ledger* ledger,
                                 std::vector<std::string>* warnings) {
  const std::vector<ConsortiumTypeRule>& types = ctx.rules.types;
  FixedConsortia fixed;
  fixed.per_type.assign(types.size(), 0);
  for (size_t i = 0; i < ctx.req.candidates.size(); ++i) {
    const PlanCandidate& c = ctx.req.candidates[i];
    if (!c.fixed) continue;
    const int t = ctx.TypeIndex(c.type);
    if (!fixed.targets.insert({t, c.target}).second) {
      return Status::Conflict("两个保留（已批准或运行中）的" + ctx.TypeName(c.type) +
                                  "占用同一目标" + ctx.TargetName(c.target) + "，其一为 " +
                                  ctx.Label(c),
                              CandidateField(i, "target"));
    }
    if (++fixed.per_type[t] > types[t].slots) {
      return Status::Conflict(
          "保留的" + ctx.TypeName(c.type) + "多于其 " + std::to_string(types[t].slots) + " 个名额",
          CandidateField(i, "fixed"));
    }
    if (std::string why = ledger->Blocker(c); !why.empty()) {
      return Status::Conflict("保留的联合体 " + ctx.Label(c) + " 超出容量：" + why,
                              CandidateField(i, "members"));
    }
    ledger->Add(c);
    fixed.list.push_back(&c);
    if (!c.valid) {
      warnings->push_back("保留的联合体 " + ctx.Label(c) + " 不符合规则，仍予保留");
    }
  }
  return fixed;
}

std::vector<const PlanCandidate*> OpenCandidates(const PlanContext& ctx,
                                                 const FixedConsortia& fixed, const Ledger& ledger,
                                                 std::vector<RejectedCandidate>* invalid) {
  std::vector<const PlanCandidate*> open;
  for (const PlanCandidate& c : ctx.req.candidates) {
    if (c.fixed) continue;
    if (!c.valid) {
      RejectedCandidate r{c.id, c.type, c.target, c.violations};
      if (r.reasons.empty()) r.reasons.push_back("不符合规则");
      invalid->push_back(std::move(r));
      continue;
    }
    if (fixed.Holds(ctx.TypeIndex(c.type), c.target)) continue;  // slot held by a fixed one
    if (!ledger.Blocker(c).empty()) continue;                    // cannot fit even alone
    open.push_back(&c);
  }
  std::sort(open.begin(), open.end(), [](const PlanCandidate* a, const PlanCandidate* b) {
    return a->score != b->score ? a->score > b->score : a->id < b->id;
  });
  return open;
}

namespace {

// Binding resources: organisations, then experts, whose demand over `open`
// exceeds their remaining capacity; the others can never bind.
void AddResources(const std::vector<const PlanCandidate*>& open, const Ledger& ledger,
                  Problem* problem, std::map<Id, int>* org_resource,
                  std::map<Id, int>* expert_resource) {
  std::map<Id, int> org_demand, expert_demand;
  for (const PlanCandidate* c : open) {
    for (Id id : OrgsOf(*c)) ++org_demand[id];
    for (Id id : ExpertsOf(*c)) ++expert_demand[id];
  }
  for (const auto& [id, demand] : org_demand) {
    if (demand > ledger.OrgRemaining(id)) {
      (*org_resource)[id] = static_cast<int>(problem->capacity.size());
      problem->capacity.push_back(ledger.OrgRemaining(id));
    }
  }
  for (const auto& [id, demand] : expert_demand) {
    if (demand > ledger.ExpertRemaining(id)) {
      (*expert_resource)[id] = static_cast<int>(problem->capacity.size());
      problem->capacity.push_back(ledger.ExpertRemaining(id));
    }
  }
}

int ZoneIndex(const std::string& zone) {
  const std::vector<std::string>& zones = ZoneCodes();
  for (size_t k = 0; k < zones.size(); ++k) {
    if (zones[k] == zone) return static_cast<int>(k);
  }
  return -1;
}

}  // namespace

Problem BuildProblem(const PlanContext& ctx, const FixedConsortia& fixed,
                     const std::vector<const PlanCandidate*>& open, const Ledger& ledger) {
  Problem problem;
  std::map<Id, int> org_resource, expert_resource;
  AddResources(open, ledger, &problem, &org_resource, &expert_resource);

  problem.zone_count = static_cast<int>(ZoneCodes().size());
  problem.zones_initial.assign(ZoneCodes().size(), false);
  problem.zone_bonus = ctx.req.options.balance.zone_bonus;
  for (const PlanCandidate* c : fixed.list) {
    if (const int z = ZoneIndex(ctx.ZoneOf(*c)); z >= 0) problem.zones_initial[z] = true;
  }
  for (size_t t = 0; t < ctx.rules.types.size(); ++t) {
    problem.slots.push_back(ctx.rules.types[t].slots - fixed.per_type[t]);
  }

  // Groups per (type, target); items in the order of `open`.
  std::map<std::pair<int, std::string>, int> group_of;
  for (const PlanCandidate* c : open) {
    const int t = ctx.TypeIndex(c->type);
    auto [it, inserted] =
        group_of.insert({{t, c->target}, static_cast<int>(problem.groups.size())});
    if (inserted) {
      problem.groups.emplace_back();
      problem.group_type.push_back(t);
    }
    Item item;
    item.group = it->second;
    item.score = c->score;
    item.zone = ZoneIndex(ctx.ZoneOf(*c));
    for (Id id : OrgsOf(*c)) {
      if (auto r = org_resource.find(id); r != org_resource.end()) {
        item.resources.push_back(r->second);
      }
    }
    for (Id id : ExpertsOf(*c)) {
      if (auto r = expert_resource.find(id); r != expert_resource.end()) {
        item.resources.push_back(r->second);
      }
    }
    problem.groups[item.group].push_back(static_cast<int>(problem.items.size()));
    problem.items.push_back(std::move(item));
  }
  return problem;
}

}  // namespace consortia::planner_detail
