// POST /v1/plan: registered and inline consortia -> PlanCandidates -> Plan() -> JSON.
#include <algorithm>
#include <cmath>
#include <set>

#include "api/api.h"
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

Status Bad(const std::string& field, const std::string& message) {
  return Status::InvalidArgument(field + ": " + message, field);
}

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
  const json& b = body.is_null() ? empty : body;
  if (!b.is_object()) return Status::InvalidArgument("body must be a JSON object", "body");
  static const std::set<std::string> kKnown = {
      "mode", "registered", "year", "candidates", "time_limit_ms", "node_limit", "zone_bonus"};
  for (const auto& [key, value] : b.items()) {
    if (!kKnown.count(key)) return Bad(key, "unknown field");
  }
  const std::string mode = b.contains("mode") && b.at("mode").is_string()
                               ? b.at("mode").get<std::string>()
                               : (b.contains("mode") ? "?" : "plan");
  if (mode != "plan" && mode != "replan") return Bad("mode", "must be \"plan\" or \"replan\"");
  const bool replan = mode == "replan";
  bool registered = true;
  if (b.contains("registered")) {
    if (!b.at("registered").is_boolean()) return Bad("registered", "must be true or false");
    registered = b.at("registered").get<bool>();
  }
  int year = 0;
  if (b.contains("year") && !b.at("year").is_null()) {
    if (!b.at("year").is_number_integer()) return Bad("year", "must be an integer");
    year = b.at("year").get<int>();
  }
  PlanRequest request;
  if (b.contains("time_limit_ms")) {
    if (!b.at("time_limit_ms").is_number_integer() || b.at("time_limit_ms").get<long long>() < 0 ||
        b.at("time_limit_ms").get<long long>() > 600000) {
      return Bad("time_limit_ms", "must be an integer in 0..600000 (0 = no limit)");
    }
    request.options.time_limit_ms = b.at("time_limit_ms").get<int>();
  }
  if (b.contains("node_limit")) {
    if (!b.at("node_limit").is_number_integer() || b.at("node_limit").get<long long>() < 0) {
      return Bad("node_limit", "must be an integer >= 0 (0 = no limit)");
    }
    request.options.node_limit = b.at("node_limit").get<long long>();
  }
  if (b.contains("zone_bonus")) {
    if (!b.at("zone_bonus").is_number() || !std::isfinite(b.at("zone_bonus").get<double>()) ||
        b.at("zone_bonus").get<double>() < 0) {
      return Bad("zone_bonus", "must be a number >= 0");
    }
    request.options.balance.zone_bonus = b.at("zone_bonus").get<double>();
  }

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
    for (ConsortiumRecord& r : *list) {
      if (!wanted(r.status)) continue;
      sources.push_back({std::to_string(r.id), r.id, std::move(r)});
    }
  }
  if (b.contains("candidates")) {
    const json& cs = b.at("candidates");
    if (!cs.is_array()) return Bad("candidates", "must be an array of consortia");
    for (std::size_t i = 0; i < cs.size(); ++i) {
      const std::string field = "candidates[" + std::to_string(i) + "]";
      if (!cs[i].is_object()) return Bad(field, "must be a consortium object");
      json c = cs[i];
      std::string id = "inline-" + std::to_string(i + 1);
      if (c.contains("id")) {
        if (!c.at("id").is_string() || c.at("id").get<std::string>().empty()) {
          return Bad(field + ".id", "must be a non-empty string");
        }
        id = c.at("id").get<std::string>();
        c.erase("id");
      }
      auto r = ParseConsortiumBody(c, rules);
      if (!r.ok()) {
        return Status::InvalidArgument(field + "." + r.status().message(),
                                       field + "." + r.status().field());
      }
      if (!wanted(r->status)) {
        warnings.push_back(id + " (" + std::string(ToString(r->status)) +
                           ") is not planned in mode " + mode);
        continue;
      }
      sources.push_back({id, 0, std::move(r).value()});
    }
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
