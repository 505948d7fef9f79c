// The registry -> the planner's candidates (matcher/programme.h, "plan glue").
#include "core/taxonomy.h"
#include "matcher/programme.h"

namespace consortia {
namespace {

// The industry of largest weight (the first of equal ones).
std::string MainIndustry(const Organization& org) {
  std::string best;
  double w = -1;
  for (const Weighted& i : org.industries) {
    if (i.weight > w) best = i.code, w = i.weight;
  }
  return best;
}

// The lead's district, zone, park and main industry, where the taxonomy knows them.
void AddLeadAttributes(const Store& store, const ProgrammeRules& rules, const ConsortiumRecord& r,
                       PlanCandidate* c) {
  for (const Member& m : r.members) {
    const RoleRule* role = rules.FindRole(m.role);
    if (role == nullptr || !role->requires_leading) continue;
    auto lead = store.GetOrganization(m.id);
    if (lead.ok()) {
      c->lead_district = FindDistrict(lead->district) ? lead->district : "";
      c->lead_zone = FindRegion(lead->zone) ? lead->zone : "";
      c->lead_park = FindRegion(lead->park) ? lead->park : "";
      const std::string industry = MainIndustry(*lead);
      c->lead_industry = FindIndustry(industry) ? industry : "";
    }
    return;
  }
}

}  // namespace

bool PlannedInMode(ConsortiumStatus status, bool replan) {
  if (status == ConsortiumStatus::kProposed || status == ConsortiumStatus::kApplied) return true;
  return replan && HoldsSlot(status);
}

Result<std::vector<PlanSource>> RegisteredPlanSources(const Store& store, int year, bool replan) {
  ConsortiumFilter filter;
  filter.year = year;
  auto list = store.ListConsortia(filter);
  if (!list.ok()) return list.status();
  std::vector<PlanSource> sources;
  for (ConsortiumRecord& r : *list) {
    if (!PlannedInMode(r.status, replan)) continue;
    sources.push_back({std::to_string(r.id), r.id, std::move(r)});
  }
  return sources;
}

void AddPlanCandidates(const Store& store, const ProgrammeRules& rules,
                       const std::vector<PlanSource>& sources, bool replan, PlanRequest* request,
                       std::vector<RejectedCandidate>* malformed,
                       std::map<std::string, std::vector<FitWarning>>* warnings) {
  for (const PlanSource& s : sources) {
    const ConsortiumRecord& r = s.record;
    PlanCandidate c;
    c.id = s.id;
    c.name = r.name;
    c.type = r.type;
    c.target = TargetOf(rules, r);
    c.applicant_id = r.applicant_id;
    c.team = r.team;
    c.score = r.score;
    c.fixed = replan && HoldsSlot(r.status);
    auto report = ValidateRecord(store, rules, r, /*team_required=*/true);
    if (!report.ok()) {
      // Malformed for the planner too (unknown type or target): reported, not planned.
      malformed->push_back({s.id, r.type, c.target, {report.status().message()}});
      continue;
    }
    c.valid = report->valid;
    for (const Violation& v : report->violations) c.violations.push_back(v.message);
    if (warnings != nullptr) (*warnings)[s.id] = report->warnings;
    for (const Member& m : r.members) {
      if (rules.FindRole(m.role) != nullptr) c.members.push_back(m);
      if (request->organization_names.count(m.id)) continue;
      auto org = store.GetOrganization(m.id);
      if (org.ok()) request->organization_names[m.id] = org->name;
    }
    AddLeadAttributes(store, rules, r, &c);
    std::vector<Id> experts = r.team.members;
    if (r.team.leader_id != 0) experts.push_back(r.team.leader_id);
    for (Id e : experts) {
      if (request->expert_capacity.count(e)) continue;
      auto expert = store.GetExpert(e);
      if (!expert.ok()) continue;
      request->expert_capacity[e] = expert->capacity;
      request->expert_names[e] = expert->name;
    }
    request->candidates.push_back(std::move(c));
  }
}

}  // namespace consortia
