// Registry bodies -> ConsortiumRecord: full bodies, suggestions and patches.
#include <chrono>
#include <cmath>
#include <ctime>
#include <set>

#include "api/api.h"
#include "core/taxonomy.h"
#include "matcher/programme.h"

namespace consortia {
namespace {

using json = nlohmann::json;

Status Bad(const std::string& field, const std::string& message) {
  return Status::InvalidArgument(field + ": " + message, field);
}

Status GetText(const json& body, const char* key, const std::string& prefix, std::string* out) {
  if (!body.contains(key) || body.at(key).is_null()) return Status::Ok();
  if (!body.at(key).is_string()) return Bad(prefix + key, "must be a string");
  *out = body.at(key).get<std::string>();
  return Status::Ok();
}

Status GetId(const json& v, const std::string& field, Id* out) {
  if (!v.is_number_integer()) return Bad(field, "must be an integer id");
  const Id id = v.get<Id>();
  if (id < 0) return Bad(field, "must be >= 0");
  *out = id;
  return Status::Ok();
}

Status ParseMembers(const json& v, const std::string& field, std::vector<Member>* out) {
  if (!v.is_array()) return Bad(field, "must be an array of {id, role}");
  out->clear();
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string f = field + "[" + std::to_string(i) + "]";
    const json& m = v[i];
    if (!m.is_object() || !m.contains("id") || !m.contains("role")) {
      return Bad(f, "must be an object {id, role}");
    }
    Member member;
    Status s = GetId(m.at("id"), f + ".id", &member.id);
    if (!s.ok()) return s;
    if (member.id == 0) {
      return Bad(f + ".id",
                 "is 0 (an inline profile); import the organisation first, then register it");
    }
    if (!m.at("role").is_string()) return Bad(f + ".role", "must be a string");
    member.role = m.at("role").get<std::string>();
    out->push_back(std::move(member));
  }
  return Status::Ok();
}

// {"leader_id", "members": [ids or {id, ...}]}, or a whole /v1/teams/suggest answer.
Status ParseTeam(const json& v, const std::string& field, Team* out) {
  if (v.is_null()) {
    *out = {};
    return Status::Ok();
  }
  if (!v.is_object()) return Bad(field, "must be an object {leader_id, members}");
  if (v.contains("teams")) {
    if (!v.at("teams").is_array() || v.at("teams").empty()) {
      return Bad(field + ".teams", "must be a non-empty array");
    }
    return ParseTeam(v.at("teams")[0], field + ".teams[0]", out);
  }
  Team team;
  if (v.contains("leader_id") && !v.at("leader_id").is_null()) {
    Status s = GetId(v.at("leader_id"), field + ".leader_id", &team.leader_id);
    if (!s.ok()) return s;
  }
  if (v.contains("members") && !v.at("members").is_null()) {
    const json& ms = v.at("members");
    if (!ms.is_array()) return Bad(field + ".members", "must be an array of expert ids");
    for (std::size_t i = 0; i < ms.size(); ++i) {
      const std::string f = field + ".members[" + std::to_string(i) + "]";
      const json& m = ms[i];
      const json& id = m.is_object() ? (m.contains("id") ? m.at("id") : json()) : m;
      Id e = 0;
      Status s = GetId(id, m.is_object() ? f + ".id" : f, &e);
      if (!s.ok()) return s;
      if (e == 0) return Bad(f, "must be a positive expert id");
      team.members.push_back(e);
    }
  }
  *out = std::move(team);
  return Status::Ok();
}

const std::set<std::string>& KnownFields() {
  static const std::set<std::string> known = {
      "name", "type", "region", "industry", "members", "applicant_id", "team", "status", "year",
      "technical_direction", "problem", "project", "score", "revision",
      // shown by GET; accepted (and ignored) so that a GET answer can be PUT back
      "id", "target", "target_name", "type_name", "assessments", "created_at", "updated_at",
      "applicant_name", "lead"};
  return known;
}

int CurrentYear() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

// Sets every field present in `body` (prefix names them in errors); the status
// text goes to *status, for the caller to parse (SetStatus).
Status ApplyFields(const json& body, const std::string& prefix, ConsortiumRecord* r,
                   std::string* status) {
  for (auto [key, out] : {std::pair{"name", &r->name},
                          {"type", &r->type},
                          {"region", &r->region},
                          {"industry", &r->industry},
                          {"status", status},
                          {"technical_direction", &r->technical_direction},
                          {"problem", &r->problem},
                          {"project", &r->project}}) {
    Status s = GetText(body, key, prefix, out);
    if (!s.ok()) return s;
  }
  if (body.contains("members")) {
    Status s = ParseMembers(body.at("members"), prefix + "members", &r->members);
    if (!s.ok()) return s;
  }
  if (body.contains("applicant_id")) {
    r->applicant_id = 0;
    if (!body.at("applicant_id").is_null()) {
      Status s = GetId(body.at("applicant_id"), prefix + "applicant_id", &r->applicant_id);
      if (!s.ok()) return s;
    }
  }
  if (body.contains("team")) {
    Status s = ParseTeam(body.at("team"), prefix + "team", &r->team);
    if (!s.ok()) return s;
  }
  if (body.contains("year") && !body.at("year").is_null()) {
    if (!body.at("year").is_number_integer()) return Bad(prefix + "year", "must be an integer");
    const auto y = body.at("year").get<long long>();
    if (y < 1900 || y > 2200) return Bad(prefix + "year", "must be in 1900..2200");
    r->year = static_cast<int>(y);
  }
  if (body.contains("score") && !body.at("score").is_null()) {
    if (!body.at("score").is_number()) return Bad(prefix + "score", "must be a number");
    r->score = body.at("score").get<double>();
    if (!std::isfinite(r->score) || r->score < 0) return Bad(prefix + "score", "must be >= 0");
  }
  if (body.contains("revision") && !body.at("revision").is_null()) {
    if (!body.at("revision").is_number_integer()) {
      return Bad(prefix + "revision", "must be an integer");
    }
    r->revision = body.at("revision").get<std::int64_t>();
  }
  return Status::Ok();
}

Status SetStatus(const std::string& text, ConsortiumRecord* r) {
  const auto status = ParseConsortiumStatus(text);
  if (!status) return Bad("status", "must be proposed, applied, approved, active or cancelled");
  r->status = *status;
  return Status::Ok();
}

Status CheckKnown(const json& body, const std::set<std::string>& extra) {
  for (const auto& [key, value] : body.items()) {
    if (!KnownFields().count(key) && !extra.count(key)) return Bad(key, "unknown field");
  }
  return Status::Ok();
}

std::string DefaultName(const ConsortiumRecord& r, const ProgrammeRules& rules) {
  const ConsortiumTypeRule* type = rules.FindType(r.type);
  const std::string type_name = type ? type->name : "创新联合体";
  if (type != nullptr && type->regional()) {
    const Region* region = FindRegion(r.region);
    return (region ? region->name : r.region) + type_name;
  }
  const Term* industry = FindIndustry(r.industry);
  return (industry ? industry->name : r.industry) + type_name;
}

}  // namespace

Result<ConsortiumRecord> ParseConsortiumBody(const json& body, const ProgrammeRules& rules) {
  if (!body.is_object()) return Status::InvalidArgument("body must be a JSON object", "body");
  ConsortiumRecord r;
  std::string status(ToString(r.status));
  if (body.contains("from_suggestion")) {
    Status s = CheckKnown(body, {"from_suggestion"});
    if (!s.ok()) return s;
    const json& p = body.at("from_suggestion");
    if (!p.is_object()) return Bad("from_suggestion", "must be a proposal object");
    if (!p.contains("members")) {
      return Bad("from_suggestion.members",
                 "is required (a proposal of POST /v1/consortia/suggest)");
    }
    for (auto [key, out] : {std::pair{"type", &r.type},
                            {"industry", &r.industry},
                            {"region", &r.region},
                            {"problem", &r.problem}}) {
      s = GetText(p, key, "from_suggestion.", out);
      if (!s.ok()) return s;
    }
    s = ParseMembers(p.at("members"), "from_suggestion.members", &r.members);
    if (!s.ok()) return s;
    if (p.contains("applicant_id") && !p.at("applicant_id").is_null()) {
      s = GetId(p.at("applicant_id"), "from_suggestion.applicant_id", &r.applicant_id);
      if (!s.ok()) return s;
    }
    if (p.contains("score") && p.at("score").is_number()) {
      // F(S) may be negative (redundancy); the registry keeps scores >= 0.
      r.score = std::max(0.0, p.at("score").get<double>());
    }
    s = ApplyFields(body, "", &r, &status);  // plain fields (and "team") next to the suggestion
    if (!s.ok()) return s;
  } else {
    Status s = CheckKnown(body, {});
    if (!s.ok()) return s;
    s = ApplyFields(body, "", &r, &status);
    if (!s.ok()) return s;
    if (!body.contains("members")) return Bad("members", "is required: an array of {id, role}");
  }
  if (r.type.empty()) return Bad("type", "is required (regional or industrial)");
  if (rules.FindType(r.type) == nullptr) {
    return Bad("type", "must be a consortium type of the rules (regional or industrial)");
  }
  if (Status s = SetStatus(status, &r); !s.ok()) return s;
  if (r.year == 0) r.year = CurrentYear();
  if (r.name.empty()) r.name = DefaultName(r, rules);
  r.id = 0;
  return r;
}

Status ApplyConsortiumPatch(const json& body, ConsortiumRecord* record) {
  if (!body.is_object()) return Status::InvalidArgument("body must be a JSON object", "body");
  Status s = CheckKnown(body, {});
  if (!s.ok()) return s;
  const std::string type = record->type;
  const Id id = record->id;
  std::string status(ToString(record->status));
  s = ApplyFields(body, "", record, &status);
  if (!s.ok()) return s;
  if (record->type != type) return Bad("type", "cannot change (" + type + ")");
  record->id = id;
  return SetStatus(status, record);
}

}  // namespace consortia
