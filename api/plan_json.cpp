// POST /v1/plan: the body read and the answer rendered here; the registry's
// candidates are loaded and built by matcher/programme (RegisteredPlanSources,
// PlannedInMode, AddPlanCandidates) and planned by matcher/planner.
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

json MembersJson(const PlanRequest& request, const std::vector<Member>& members) {
  json out = json::array();
  for (const Member& m : members) {
    auto name = request.organization_names.find(m.id);
    out.push_back({{"id", m.id},
                   {"role", m.role},
                   {"name", name != request.organization_names.end() ? name->second : ""}});
  }
  return out;
}

std::string TargetName(const std::string& target) {
  if (const Region* r = FindRegion(target)) return r->name;
  if (const Term* t = FindIndustry(target)) return t->name;
  return "";
}

std::string OrgName(const Store& store, Id id) {
  if (id == 0) return "";
  auto org = store.GetOrganization(id);
  return org.ok() ? org->name : "";
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
  std::vector<PlanSource> inline_sources;
  const JsonReader::Value candidates = r["candidates"];
  const std::size_t n = candidates.Array(kMaxCandidates);
  for (std::size_t i = 0; i < n; ++i) {
    const JsonReader::Value c = candidates.at(i);
    PlanSource source{"inline-" + std::to_string(i + 1), 0, {}};
    if (c["id"].present() && c["id"].Text(&source.id, kMaxCode) && source.id.empty()) {
      c["id"].Fail("must not be empty");
    }
    api_internal::ReadConsortiumBody(c, rules, &source.record);
    inline_sources.push_back(std::move(source));
  }
  if (!r.ok()) return r.status();

  // Sources: registered consortia, then the inline candidates (matcher/programme.h).
  std::vector<PlanSource> sources;
  json warnings = json::array();
  if (registered) {
    auto list = RegisteredPlanSources(store, year, replan);
    if (!list.ok()) return list.status();
    sources = std::move(*list);
  }
  for (PlanSource& c : inline_sources) {
    if (!PlannedInMode(c.record.status, replan)) {
      warnings.push_back("候选 " + c.record.name + "（" + c.id + "）的状态为 " +
                         std::string(ToString(c.record.status)) + "，" +
                         (replan ? "重新规划" : "规划") + "不考虑它");
      continue;
    }
    sources.push_back(std::move(c));
  }

  std::vector<RejectedCandidate> malformed;
  std::map<std::string, std::vector<FitWarning>> fit;
  AddPlanCandidates(store, rules, sources, replan, &request, &malformed, &fit);
  auto plan = Plan(request, rules);
  if (!plan.ok()) return plan.status();

  std::map<std::string, const PlanSource*> by_id;
  for (const PlanSource& s : sources) by_id[s.id] = &s;
  std::map<std::string, const PlanCandidate*> candidate_by_id;
  for (const PlanCandidate& c : request.candidates) candidate_by_id[c.id] = &c;
  auto name_of = [&](const std::string& id) {
    auto s = by_id.find(id);
    return s != by_id.end() ? s->second->record.name : std::string();
  };
  auto warnings_of = [&](const std::string& id) {
    auto w = fit.find(id);
    return w != fit.end() ? ToJson(w->second) : json::array();
  };

  json out = json::object();
  for (const ConsortiumTypeRule& type : rules.types) out[type.key] = json::array();
  for (const PlannedConsortium& p : plan->consortia) {
    const PlanSource* s = by_id.at(p.id);
    const ConsortiumTypeRule* type = rules.FindType(p.type);
    json runner_up = nullptr;
    if (!p.runner_up.empty()) {
      runner_up = {
          {"id", p.runner_up}, {"name", name_of(p.runner_up)}, {"score", p.runner_up_score}};
      if (by_id.count(p.runner_up) && by_id.at(p.runner_up)->consortium_id != 0) {
        runner_up["consortium_id"] = by_id.at(p.runner_up)->consortium_id;
      }
    }
    json j = {{"id", p.id},
              {"name", s->record.name},
              {"type", p.type},
              {"status", ToString(s->record.status)},
              {"fixed", p.fixed},
              {"members", MembersJson(request, p.members)},
              {"applicant_id", p.applicant_id},
              {"applicant_name", OrgName(store, p.applicant_id)},
              {"team", {{"leader_id", p.team.leader_id}, {"members", p.team.members}}},
              {"score", p.score},
              {"zone", p.zone},
              {"target_name", TargetName(p.target)},
              {"runner_up", std::move(runner_up)},
              {"warnings", warnings_of(p.id)}};
    j[type != nullptr && type->regional() ? "region" : "industry"] = p.target;
    if (s->consortium_id != 0) j["consortium_id"] = s->consortium_id;
    out[p.type].push_back(std::move(j));
  }
  json invalid = json::array();
  auto invalid_json = [&](const RejectedCandidate& c) {
    return json{{"id", c.id},
                {"name", name_of(c.id)},
                {"type", c.type},
                {"target", c.target},
                {"target_name", TargetName(c.target)},
                {"reasons", c.reasons},
                {"warnings", warnings_of(c.id)}};
  };
  for (const RejectedCandidate& c : malformed) invalid.push_back(invalid_json(c));
  for (const RejectedCandidate& c : plan->invalid) invalid.push_back(invalid_json(c));
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
    const auto& names =
        l.kind == "organization" ? request.organization_names : request.expert_names;
    auto name = names.find(l.id);
    j["name"] = name != names.end() ? name->second : "";
    near.push_back(std::move(j));
  }
  json uncovered = json::array();
  for (const Uncovered& u : plan->uncovered) {
    uncovered.push_back({{"type", u.type},
                         {"target", u.target},
                         {"target_name", TargetName(u.target)},
                         {"reason", u.reason},
                         {"detail", u.detail}});
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
