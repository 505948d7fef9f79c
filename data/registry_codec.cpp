// Registry records: status transitions, the stored JSON shape, row
// decoding, the store's own checks and snapshot diffs.
#include <chrono>
#include <cmath>
#include <ctime>
#include <string_view>

#include "internal.h"
#include "registry_internal.h"

namespace consortia {

using nlohmann::json;

bool ValidStatusTransition(ConsortiumStatus from, ConsortiumStatus to) {
  if (ToString(from).empty() || ToString(to).empty()) return false;  // not a status
  if (from == ConsortiumStatus::kCancelled) return false;            // final
  if (to == ConsortiumStatus::kCancelled) return true;
  // proposed -> applied -> approved -> active, one step at a time
  const int f = static_cast<int>(from), t = static_cast<int>(to);
  return t == f || t == f + 1;
}

json ToJson(const ConsortiumRecord& r) {
  json members = json::array();
  for (const Member& m : r.members) members.push_back({{"id", m.id}, {"role", m.role}});
  json assessments = json::array();
  for (const Assessment& a : r.assessments) {
    assessments.push_back({{"year", a.year},
                           {"passed", a.passed},
                           {"notes", a.notes},
                           {"user", a.user},
                           {"at", a.at}});
  }
  return {{"id", r.id},
          {"name", r.name},
          {"type", r.type},
          {"region", r.region},
          {"industry", r.industry},
          {"members", std::move(members)},
          {"applicant_id", r.applicant_id},
          {"team", {{"leader_id", r.team.leader_id}, {"members", r.team.members}}},
          {"status", ToString(r.status)},
          {"year", r.year},
          {"technical_direction", r.technical_direction},
          {"problem", r.problem},
          {"project", r.project},
          {"score", r.score},
          {"assessments", std::move(assessments)},
          {"revision", r.revision},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

namespace detail {

const char* const kConsortiumSelect =
    "SELECT id, name, type, region, industry, members, applicant_id, leader_id, team, status,"
    " year, technical_direction, problem, project, score, revision, created_at, updated_at"
    " FROM consortia";

Status RowToConsortium(const Stmt& s, ConsortiumRecord* r) {
  r->id = s.Int(0);
  r->name = s.Text(1);
  r->type = s.Text(2);
  r->region = s.Text(3);
  r->industry = s.Text(4);
  if (!DecodeMembers(s.Text(5), &r->members) || !DecodeIds(s.Text(8), &r->team.members)) {
    return Status::Corruption("consortium " + std::to_string(r->id) + ": bad members or team");
  }
  r->applicant_id = s.Int(6);
  r->team.leader_id = s.Int(7);
  const auto status = ParseConsortiumStatus(s.Text(9));
  if (!status) {
    return Status::Corruption("consortium " + std::to_string(r->id) + ": unknown status \"" +
                              ToValidUtf8(s.Text(9)) + "\"");
  }
  r->status = *status;
  r->year = static_cast<int>(s.Int(10));
  r->technical_direction = s.Text(11);
  r->problem = s.Text(12);
  r->project = s.Text(13);
  r->score = s.Double(14);
  r->revision = s.Int(15);
  r->created_at = s.Text(16);
  r->updated_at = s.Text(17);
  return Status::Ok();
}

std::string EncodeMembers(const std::vector<Member>& members) {
  json out = json::array();
  for (const Member& m : members) out.push_back({{"id", m.id}, {"role", m.role}});
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string EncodeIds(const std::vector<Id>& ids) { return json(ids).dump(); }

bool DecodeMembers(const std::string& text, std::vector<Member>* members) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return false;
  members->clear();
  for (const json& m : j) {
    if (!m.is_object() || !m.contains("id") || !m.contains("role") ||
        !m["id"].is_number_integer() || !m["role"].is_string()) {
      return false;
    }
    members->push_back({m["id"].get<Id>(), m["role"].get<std::string>()});
  }
  return true;
}

bool DecodeIds(const std::string& text, std::vector<Id>* ids) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return false;
  ids->clear();
  for (const json& id : j) {
    if (!id.is_number_integer()) return false;
    ids->push_back(id.get<Id>());
  }
  return true;
}

Status CheckConsortiumShape(const ConsortiumRecord& r) {
  if (r.type.empty()) return Status::InvalidArgument("type is required", "type");
  if (ToString(r.status).empty()) {
    return Status::InvalidArgument(
        "status must be proposed, applied, approved, active or cancelled", "status");
  }
  for (auto [name, text] : {std::pair{"name", &r.name},
                            {"type", &r.type},
                            {"region", &r.region},
                            {"industry", &r.industry},
                            {"technical_direction", &r.technical_direction},
                            {"problem", &r.problem},
                            {"project", &r.project}}) {
    if (!ValidUtf8(*text)) return Status::InvalidArgument("is not valid UTF-8", name);
  }
  if (r.year != 0 && (r.year < 1900 || r.year > 2200)) {
    return Status::InvalidArgument("year must be 0 (unspecified) or in 1900..2200", "year");
  }
  for (std::size_t i = 0; i < r.members.size(); ++i) {
    const std::string field = "members[" + std::to_string(i) + "]";
    if (r.members[i].id <= 0) return Status::InvalidArgument("id must be positive", field + ".id");
    if (r.members[i].role.empty() || !ValidUtf8(r.members[i].role)) {
      return Status::InvalidArgument("role is required", field + ".role");
    }
  }
  if (r.applicant_id < 0) return Status::InvalidArgument("must be >= 0", "applicant_id");
  if (r.team.leader_id < 0) return Status::InvalidArgument("must be >= 0", "team.leader_id");
  if (r.team.leader_id == 0 && !r.team.members.empty()) {
    return Status::InvalidArgument("a team with members needs a leader", "team.leader_id");
  }
  for (std::size_t i = 0; i < r.team.members.size(); ++i) {
    if (r.team.members[i] <= 0) {
      return Status::InvalidArgument("expert ids must be positive",
                                     "team.members[" + std::to_string(i) + "]");
    }
  }
  if (!std::isfinite(r.score) || r.score < 0) {
    return Status::InvalidArgument("score must be a finite number >= 0", "score");
  }
  return Status::Ok();
}

json DiffRecords(const json& before, const json& after) {
  json changes = json::object();
  auto skip = [](const std::string& key) {
    return key == "id" || key == "revision" || key == "created_at" || key == "updated_at";
  };
  const json empty = json::object();
  const json& b = before.is_object() ? before : empty;
  for (const auto& [key, value] : after.items()) {
    if (skip(key)) continue;
    const json old = b.contains(key) ? b[key] : json();
    if (old != value) changes[key] = {{"before", old}, {"after", value}};
  }
  for (const auto& [key, value] : b.items()) {
    if (skip(key) || after.contains(key)) continue;
    changes[key] = {{"before", value}, {"after", nullptr}};
  }
  return changes;
}

std::string NowUtc() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace detail
}  // namespace consortia
