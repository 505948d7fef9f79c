// POST /v1/plan: registered and inline consortia -> PlanCandidates -> Plan() -> JSON.
#include <algorithm>
#include <cmath>
#include <set>

#include "api/api.h"
#include "bodies.h"
#include "core/taxonomy.h"
#include "matcher/planner.h"
#include "matcher/programme.h"

namespace consortia {
namespace {

using json = nlohmann::json;

struct Source {
  std::string id;        // the planner's candidate id
  Id consortium_id = 0;  // registered ones
  ConsortiumRecord record;
};

std::string MainIndustry(const Organization& org) {
  std::string best;
  double w = -1;
  for (const Weighted& i : org.industries) {
    if (i.weight > w) best = i.code, w = i.weight;
  }
  return best;
}

json MembersJson(const Store& store, const std::vector<Member>& members) {
  json out = json::array();
  for (const Member& m : members) {
    auto org = store.GetOrganization(m.id);
    out.push_back({{"id", m.id}, {"role", m.role}, {"name", org.ok() ? org->name : ""}});
  }
  return out;
}

}  // namespace

Result<json> PlanJson(const Store& store, const ProgrammeRules& rules, const json& body) {
  const json empty = json::object();
  JsonReader r(body.is_null() ? empty : body);
  r.root().Object(
      {"mode", "registered", "year", "candidates", "time_limit_ms", "node_limit", "zone_bonus"});
  std::string mode = "plan";
  r["mode"].OneOf(&mode, {"plan", "replan"});
  const bool replan = mode == "replan";
  bool registered = true;
  r["registered"].Bool(&registered);
  int year = 0;
  r["year"].Int(&year, 1900, 2200);
  PlanRequest request;
  r["time_limit_ms"].Int(&request.options.time_limit_ms, 0, 600000);
  std::int64_t node_limit = 0;
  if (r["node_limit"].Int(&node_limit, 0, 1'000'000'000'000)) {
    request.options.node_limit = node_limit;
  }
  r["zone_bonus"].Number(&request.options.balance.zone_bonus, 0, 100);

  // Inline candidates: registry bodies with an optional string "id".
  struct Inline {
    std::string id;
    ConsortiumRecord record;
  };
  std::vector<Inline> inline_candidates;
  const JsonReader::Value candidates = r["candidates"];
  const std::size_t n = candidates.Array(kMaxCandidates);
  for (std::size_t i = 0; i < n; ++i) {
    const JsonReader::Value c = candidates.at(i);
    Inline candidate{"inline-" + std::to_string(i + 1), {}};
    if (c["id"].present() && c["id"].Text(&candidate.id, kMaxCode) && candidate.id.empty()) {
      c["id"].Fail("must not be empty");
    }
    api_internal::ReadConsortiumBody(c, rules, &candidate.record);
    inline_candidates.push_back(std::move(candidate));
  }
  if (!r.ok()) return r.status();

  // Sources: registered consortia, then the inline candidates.
  std::vector<Source> sources;
  json warnings = json::array();
  auto wanted = [replan](ConsortiumStatus status) {
    if (status == ConsortiumStatus::kProposed || status == ConsortiumStatus::kApplied) return true;
    return replan && HoldsSlot(status);
  };
  if (registered) {
    ConsortiumFilter filter;
    filter.year = year;
    auto list = store.ListConsortia(filter);
    if (!list.ok()) return list.status();
    for (ConsortiumRecord& c : *list) {
      if (!wanted(c.status)) continue;
      sources.push_back({std::to_string(c.id), c.id, std::move(c)});
    }
  }
  for (Inline& c : inline_candidates) {
    if (!wanted(c.record.status)) {
      warnings.push_back(c.id + " (" + std::string(ToString(c.record.status)) +
                         ") is not planned in mode " + mode);
      continue;
    }
    sources.push_back({c.id, 0, std::move(c.record)});
  }

  // Candidates: validity, lead attributes, capacities.
  json invalid = json::array();
  for (const Source& s : sources) {
    const ConsortiumRecord& r = s.record;
    PlanCandidate c;
    c.id = s.id;
    c.type = r.type;
    c.target = TargetOf(rules, r);
    c.applicant_id = r.applicant_id;
    c.team.leader_id = r.team.leader_id;
    c.team.members = r.team.members;
    c.score = r.score;
    c.fixed = replan && HoldsSlot(r.status);
    auto report = ValidateRecord(store, rules, r, /*team_required=*/true);
    if (!report.ok()) {
      // Malformed for the planner too (unknown type or target): reported, not planned.
      invalid.push_back({{"id", s.id},
                         {"type", r.type},
                         {"target", c.target},
                         {"reasons", json::array({report.status().message()})}});
      continue;
    }
    c.valid = report->valid;
    for (const Violation& v : report->violations) c.violations.push_back(v.message);
    for (const Member& m : r.members) {
      if (rules.FindRole(m.role) != nullptr) c.members.push_back({m.id, m.role});
    }
    for (const Member& m : r.members) {
      const RoleRule* role = rules.FindRole(m.role);
      if (role == nullptr || !role->requires_leading) continue;
      auto lead = store.GetOrganization(m.id);
      if (lead.ok()) {
        c.lead_district = FindDistrict(lead->district) ? lead->district : "";
        c.lead_zone = FindRegion(lead->zone) ? lead->zone : "";
        c.lead_park = FindRegion(lead->park) ? lead->park : "";
        const std::string industry = MainIndustry(*lead);
        c.lead_industry = FindIndustry(industry) ? industry : "";
      }
      break;
    }
    std::vector<Id> experts = r.team.members;
    if (r.team.leader_id != 0) experts.push_back(r.team.leader_id);
    for (Id e : experts) {
      if (request.expert_capacity.count(e)) continue;
      auto expert = store.GetExpert(e);
      if (expert.ok()) request.expert_capacity[e] = expert->capacity;
    }
    request.candidates.push_back(std::move(c));
  }

  auto plan = Plan(request, rules);
  if (!plan.ok()) return plan.status();

  std::map<std::string, const Source*> by_id;
  for (const Source& s : sources) by_id[s.id] = &s;
  json out = json::object();
  for (const ConsortiumTypeRule& type : rules.types) out[type.key] = json::array();
  for (const PlannedConsortium& p : plan->consortia) {
    const Source* s = by_id.at(p.id);
    const ConsortiumTypeRule* type = rules.FindType(p.type);
    json j = {{"id", p.id},
              {"name", s->record.name},
              {"type", p.type},
              {"status", ToString(s->record.status)},
              {"fixed", p.fixed},
              {"members", MembersJson(store, p.members)},
              {"applicant_id", p.applicant_id},
              {"team", {{"leader_id", p.team.leader_id}, {"members", p.team.members}}},
              {"score", p.score},
              {"zone", p.zone}};
    j[type != nullptr && type->regional() ? "region" : "industry"] = p.target;
    if (s->consortium_id != 0) j["consortium_id"] = s->consortium_id;
    out[p.type].push_back(std::move(j));
  }
  for (const RejectedCandidate& r : plan->invalid) {
    invalid.push_back(
        {{"id", r.id}, {"type", r.type}, {"target", r.target}, {"reasons", r.reasons}});
  }
  json slots = json::array();
  for (const SlotFill& f : plan->slots) {
    slots.push_back({{"type", f.type},
                     {"slots", f.slots},
                     {"fixed", f.fixed},
                     {"filled", f.filled},
                     {"free", std::max(0, f.slots - f.filled)}});
  }
  json cells = json::array();
  for (const CoverageCell& c : plan->coverage.cells) {
    cells.push_back({{"region", c.region}, {"industry", c.industry}, {"consortia", c.consortia}});
  }
  json near = json::array();
  for (const CapacityLoad& l : plan->near_capacity) {
    json j = {{"kind", l.kind}, {"id", l.id}, {"used", l.used}, {"limit", l.limit}};
    if (l.kind == "organization") {
      auto org = store.GetOrganization(l.id);
      j["name"] = org.ok() ? org->name : "";
    } else {
      auto e = store.GetExpert(l.id);
      j["name"] = e.ok() ? e->name : "";
    }
    near.push_back(std::move(j));
  }
  json uncovered = json::array();
  for (const Uncovered& u : plan->uncovered) {
    uncovered.push_back(
        {{"type", u.type}, {"target", u.target}, {"reason", u.reason}, {"detail", u.detail}});
  }
  for (const std::string& w : plan->warnings) warnings.push_back(w);
  out["mode"] = mode;
  out["candidates"] = request.candidates.size();
  out["objective"] = plan->objective;
  out["score_total"] = plan->score_total;
  out["balance"] = plan->balance;
  out["upper_bound"] = plan->upper_bound;
  out["gap"] = plan->gap;
  out["proven"] = plan->proven;
  out["stopped_by"] = plan->stopped_by;
  out["nodes"] = plan->nodes;
  out["seconds"] = plan->seconds;
  out["slots"] = std::move(slots);
  out["coverage"] = {{"regions", plan->coverage.regions},
                     {"industries", plan->coverage.industries},
                     {"region_by", plan->coverage.region_by},
                     {"industry_by", plan->coverage.industry_by},
                     {"cells", std::move(cells)}};
  out["near_capacity"] = std::move(near);
  out["uncovered"] = std::move(uncovered);
  out["invalid"] = std::move(invalid);
  out["warnings"] = std::move(warnings);
  return out;
}

}  // namespace consortia
