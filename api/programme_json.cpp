// The registry's JSON: create/update/assess wrappers, records with names,
// lists, history and the programme overview.
#include <algorithm>
#include <optional>

#include "api/api.h"
#include "core/taxonomy.h"
#include "matcher/programme.h"

namespace consortia {
namespace {

using json = nlohmann::json;

std::string OrgName(const Store& store, Id id) {
  if (id == 0) return "";
  auto org = store.GetOrganization(id);
  return org.ok() ? org->name : "";
}

std::string TargetName(const ProgrammeRules& rules, const ConsortiumRecord& r) {
  const ConsortiumTypeRule* type = rules.FindType(r.type);
  if (type != nullptr && type->regional()) {
    const Region* region = FindRegion(r.region);
    return region ? region->name : "";
  }
  const Term* industry = FindIndustry(r.industry);
  return industry ? industry->name : "";
}

Id LeadOf(const ProgrammeRules& rules, const ConsortiumRecord& r) {
  for (const Member& m : r.members) {
    const RoleRule* role = rules.FindRole(m.role);
    if (role != nullptr && role->requires_leading) return m.id;
  }
  return 0;
}

json Summary(const Store& store, const ProgrammeRules& rules, const ConsortiumRecord& r) {
  const Id lead = LeadOf(rules, r);
  std::size_t team = r.team.leader_id != 0 ? 1 : 0;
  for (Id e : r.team.members) team += e != r.team.leader_id;
  return {{"id", r.id},
          {"name", r.name},
          {"type", r.type},
          {"target", TargetOf(rules, r)},
          {"target_name", TargetName(rules, r)},
          {"status", ToString(r.status)},
          {"year", r.year},
          {"score", r.score},
          {"lead", {{"id", lead}, {"name", OrgName(store, lead)}}},
          {"applicant_id", r.applicant_id},
          {"members", r.members.size()},
          {"team_size", team},
          {"revision", r.revision},
          {"updated_at", r.updated_at}};
}

// A refusal of the rules carries every violation as details.
Status WithViolations(const Store& store, const ProgrammeRules& rules, const ConsortiumRecord& r,
                      const Status& status) {
  if (status.code() != Code::kInfeasible) return status;
  auto report = ValidateRecord(store, rules, r, r.status != ConsortiumStatus::kProposed);
  if (!report.ok()) return status;
  return status.WithDetails({{"violations", ToJson(*report)["violations"]}});
}

}  // namespace

Result<json> GetConsortiumJson(const Store& store, const ProgrammeRules& rules, Id id) {
  auto r = store.GetConsortium(id);
  if (!r.ok()) return r.status();
  json out = ToJson(*r);
  out["target"] = TargetOf(rules, *r);
  out["target_name"] = TargetName(rules, *r);
  const ConsortiumTypeRule* type = rules.FindType(r->type);
  out["type_name"] = type ? type->name : "";
  json members = json::array();
  for (const Member& m : r->members) {
    auto org = store.GetOrganization(m.id);
    const RoleRule* role = rules.FindRole(m.role);
    json j = {{"id", m.id},
              {"role", m.role},
              {"role_name", role ? role->name : ""},
              {"name", org.ok() ? org->name : ""}};
    if (org.ok()) j["kind"] = ToString(org->kind);
    if (!org.ok()) j["missing"] = true;
    members.push_back(std::move(j));
  }
  out["members"] = std::move(members);
  out["applicant_name"] = OrgName(store, r->applicant_id);
  json experts = json::array();
  auto expert_json = [&store](Id eid) {
    auto e = store.GetExpert(eid);
    if (!e.ok()) return json{{"id", eid}, {"name", ""}, {"missing", true}};
    return json{{"id", eid},
                {"name", e->name},
                {"title", ToString(e->title)},
                {"affiliation_id", e->affiliation_id}};
  };
  for (Id e : r->team.members) experts.push_back(expert_json(e));
  out["team"] = {{"leader_id", r->team.leader_id}, {"members", std::move(experts)}};
  if (r->team.leader_id != 0) out["team"]["leader"] = expert_json(r->team.leader_id);
  // Fit warnings (members outside the target, the lead outside the region, the
  // team leader outside the fields): not rules; the record stands.
  out["warnings"] = nlohmann::json::array();
  if (r->status != ConsortiumStatus::kCancelled) {
    auto report = ValidateRecord(store, rules, *r, /*team_required=*/false);
    if (report.ok()) out["warnings"] = ToJson(report->warnings);
  }
  return out;
}

Result<json> CreateConsortiumJson(Store& store, const ProgrammeRules& rules, const json& body,
                                  const std::string& user) {
  auto record = ParseConsortiumBody(body, rules);
  if (!record.ok()) return record.status();
  auto created = RegisterConsortium(store, rules, *record, user);
  if (!created.ok()) return WithViolations(store, rules, *record, created.status());
  return GetConsortiumJson(store, rules, created->id);
}

Result<json> UpdateConsortiumJson(Store& store, const ProgrammeRules& rules, Id id,
                                  const json& body, bool replace, const std::string& user) {
  // The body is read before the record is looked up: a malformed one is 400 anywhere.
  std::optional<ConsortiumRecord> replacement;
  if (replace) {
    auto parsed = ParseConsortiumBody(body, rules);
    if (!parsed.ok()) return parsed.status();
    replacement = std::move(parsed).value();
  } else {
    ConsortiumRecord probe;  // a patch on a blank record of the type it names
    if (body.is_object() && body.contains("type") && body["type"].is_string()) {
      probe.type = body["type"].get<std::string>();
    }
    if (Status s = ApplyConsortiumPatch(body, &probe); !s.ok()) return s;
  }
  auto current = store.GetConsortium(id);
  if (!current.ok()) return current.status();
  ConsortiumRecord next = *current;
  if (replacement) {
    next = *replacement;
    next.id = id;
    if (!body.contains("name")) next.name = current->name;
    if (!body.contains("year")) next.year = current->year;
    if (!body.contains("status")) next.status = current->status;
    if (!body.contains("revision")) next.revision = current->revision;
  } else if (Status s = ApplyConsortiumPatch(body, &next); !s.ok()) {
    return s;
  }
  auto updated = ReviseConsortium(store, rules, next, user);
  if (!updated.ok()) return WithViolations(store, rules, next, updated.status());
  return GetConsortiumJson(store, rules, id);
}

Result<json> AssessConsortiumJson(Store& store, const ProgrammeRules& rules, Id id,
                                  const json& body, const std::string& user) {
  JsonReader r(body);
  r.root().Required();
  r.root().Object({"year", "passed", "notes"});
  Assessment a;
  r["year"].Required();
  r["year"].Int(&a.year, 1900, 2200);
  r["passed"].Required();
  r["passed"].Bool(&a.passed);
  r["notes"].Text(&a.notes, kMaxLongText);
  if (!r.ok()) return r.status();
  auto assessed = store.AssessConsortium(id, a, user);
  if (!assessed.ok()) return assessed.status();
  return GetConsortiumJson(store, rules, id);
}

Result<json> ListConsortiaJson(const Store& store, const ProgrammeRules& rules,
                               const ConsortiumFilter& filter) {
  if (!filter.type.empty() && rules.FindType(filter.type) == nullptr) {
    return Status::InvalidArgument("type must be a consortium type of the rules", "type");
  }
  auto list = store.ListConsortia(filter);
  if (!list.ok()) return list.status();
  json items = json::array();
  for (const ConsortiumRecord& r : *list) items.push_back(Summary(store, rules, r));
  return json{{"consortia", std::move(items)}, {"total", list->size()}};
}

Result<json> ConsortiumHistoryJson(const Store& store, Id id) {
  auto history = store.ConsortiumHistory(id);
  if (!history.ok()) return history.status();
  json items = json::array();
  for (const AuditEntry& e : *history) {
    items.push_back({{"seq", e.seq},
                     {"at", e.at},
                     {"user", e.user},
                     {"action", e.action},
                     {"changes", e.changes},
                     {"before", e.before},
                     {"after", e.after}});
  }
  return json{{"consortium_id", id}, {"history", std::move(items)}};
}

Result<json> ProgrammeJson(const Store& store, const ProgrammeRules& rules) {
  auto all = store.ListConsortia();
  if (!all.ok()) return all.status();
  json slots = json::array();
  json regions = json::array(), industries = json::array();
  json counts = json::object();
  for (ConsortiumStatus s : kConsortiumStatuses) counts[std::string(ToString(s))] = 0;
  for (const ConsortiumRecord& r : *all) {
    json& count = counts[std::string(ToString(r.status))];
    count = count.get<int>() + 1;
  }
  for (const ConsortiumTypeRule& type : rules.types) {
    json ids = json::array();
    for (const ConsortiumRecord& r : *all) {
      if (r.type != type.key || !HoldsSlot(r.status)) continue;
      ids.push_back(r.id);
      json cover = {{"code", TargetOf(rules, r)},
                    {"name", TargetName(rules, r)},
                    {"type", r.type},
                    {"consortium_id", r.id},
                    {"status", ToString(r.status)}};
      (type.regional() ? regions : industries).push_back(std::move(cover));
    }
    const int filled = static_cast<int>(ids.size());
    slots.push_back({{"type", type.key},
                     {"name", type.name},
                     {"target", ToString(type.target)},
                     {"slots", type.slots},
                     {"filled", filled},
                     {"free", std::max(0, type.slots - filled)},
                     {"consortia", std::move(ids)}});
  }
  json list = json::array();
  for (const ConsortiumRecord& r : *all) list.push_back(Summary(store, rules, r));
  return json{
      {"rules_version", rules.version},        {"slots", std::move(slots)},
      {"regions_covered", std::move(regions)}, {"industries_covered", std::move(industries)},
      {"counts", std::move(counts)},           {"consortia", std::move(list)}};
}

}  // namespace consortia
