// The registry's JSON: create/update/assess wrappers, records with names,
// lists, history and the programme overview.
#include <algorithm>

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

json ErrorBody(const Status& status) {
  json error = {{"code", CodeName(status.code())}, {"message", status.message()}};
  if (!status.field().empty()) error["field"] = status.field();
  return {{"error", std::move(error)}};
}

// The error body; for a rules refusal, with every violation listed.
void FillError(const Store& store, const ProgrammeRules& rules, const ConsortiumRecord& r,
               const Status& status, json* error) {
  if (error == nullptr) return;
  *error = ErrorBody(status);
  if (status.code() != Code::kInfeasible) return;
  auto report = ValidateRecord(store, rules, r, r.status != ConsortiumStatus::kProposed);
  if (!report.ok()) return;
  (*error)["error"]["violations"] = ToJson(*report)["violations"];
}

template <typename T>
Result<T> WithError(Result<T> result, json* error) {
  if (!result.ok() && error != nullptr) *error = ErrorBody(result.status());
  return result;
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
  return out;
}

Result<json> CreateConsortiumJson(Store& store, const ProgrammeRules& rules, const json& body,
                                  const std::string& user, json* error) {
  auto record = WithError(ParseConsortiumBody(body, rules), error);
  if (!record.ok()) return record.status();
  auto created = RegisterConsortium(store, rules, *record, user);
  if (!created.ok()) {
    FillError(store, rules, *record, created.status(), error);
    return created.status();
  }
  return WithError(GetConsortiumJson(store, rules, created->id), error);
}

Result<json> UpdateConsortiumJson(Store& store, const ProgrammeRules& rules, Id id,
                                  const json& body, bool replace, const std::string& user,
                                  json* error) {
  auto current = WithError(store.GetConsortium(id), error);
  if (!current.ok()) return current.status();
  ConsortiumRecord next = *current;
  if (replace) {
    auto parsed = WithError(ParseConsortiumBody(body, rules), error);
    if (!parsed.ok()) return parsed.status();
    next = *parsed;
    next.id = id;
    if (!body.contains("name")) next.name = current->name;
    if (!body.contains("year")) next.year = current->year;
    if (!body.contains("status")) next.status = current->status;
    next.revision = body.contains("revision") ? parsed->revision : current->revision;
  } else {
    Status s = ApplyConsortiumPatch(body, &next);
    if (!s.ok()) {
      if (error != nullptr) *error = ErrorBody(s);
      return s;
    }
  }
  auto updated = ReviseConsortium(store, rules, next, user);
  if (!updated.ok()) {
    FillError(store, rules, next, updated.status(), error);
    return updated.status();
  }
  return WithError(GetConsortiumJson(store, rules, id), error);
}

Result<json> AssessConsortiumJson(Store& store, const ProgrammeRules& rules, Id id,
                                  const json& body, const std::string& user) {
  if (!body.is_object()) return Status::InvalidArgument("body must be a JSON object", "body");
  for (const auto& [key, value] : body.items()) {
    if (key != "year" && key != "passed" && key != "notes") {
      return Status::InvalidArgument(key + ": unknown field", key);
    }
  }
  Assessment a;
  if (!body.contains("year") || !body.at("year").is_number_integer()) {
    return Status::InvalidArgument("year: is required (an integer)", "year");
  }
  const auto year = body.at("year").get<long long>();
  if (year < 1900 || year > 2200)
    return Status::InvalidArgument("year: must be in 1900..2200", "year");
  a.year = static_cast<int>(year);
  if (!body.contains("passed") || !body.at("passed").is_boolean()) {
    return Status::InvalidArgument("passed: is required (true or false)", "passed");
  }
  a.passed = body.at("passed").get<bool>();
  if (body.contains("notes") && !body.at("notes").is_null()) {
    if (!body.at("notes").is_string())
      return Status::InvalidArgument("notes: must be a string", "notes");
    a.notes = body.at("notes").get<std::string>();
  }
  auto r = store.AssessConsortium(id, a, user);
  if (!r.ok()) return r.status();
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
