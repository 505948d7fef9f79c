// Registry records: statuses and transitions, the stored JSON shape, row
// decoding, the store's own checks and snapshot diffs.
#include <chrono>
#include <cmath>
#include <ctime>
#include <string_view>

#include "internal.h"
#include "registry_internal.h"

namespace consortia {

using nlohmann::json;

namespace {

int StatusRank(std::string_view status) {
  int i = 0;
  for (const char* s : kConsortiumStatuses) {
    if (status == s) return i;
    ++i;
  }
  return -1;
}

}  // namespace

bool ValidConsortiumStatus(std::string_view status) { return StatusRank(status) >= 0; }

bool ValidStatusTransition(std::string_view from, std::string_view to) {
  const int f = StatusRank(from), t = StatusRank(to);
  if (f < 0 || t < 0) return false;
  if (from == "cancelled") return false;  // final
  if (to == "cancelled") return true;
  if (f == t) return true;
  return t == f + 1;  // proposed -> applied -> approved -> active, one step at a time
}

json ToJson(const ConsortiumRecord& r) {
  json members = json::array();
  for (const RegistryMember& m : r.members) members.push_back({{"id", m.id}, {"role", m.role}});
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
          {"status", r.status},
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
  r->status = s.Text(9);
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

std::string EncodeMembers(const std::vector<RegistryMember>& members) {
  json out = json::array();
  for (const RegistryMember& m : members) out.push_back({{"id", m.id}, {"role", m.role}});
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string EncodeIds(const std::vector<Id>& ids) { return json(ids).dump(); }

bool DecodeMembers(const std::string& text, std::vector<RegistryMember>* members) {
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
  if (!ValidConsortiumStatus(r.status)) {
    return Status::InvalidArgument(
        "status must be proposed, applied, approved, active or cancelled, got \"" +
            ToValidUtf8(r.status) + "\"",
        "status");
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
