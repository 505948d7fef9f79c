// Registry bodies -> ConsortiumRecord: full bodies, suggestions and patches.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <limits>

#include "api/api.h"
#include "bodies.h"
#include "core/taxonomy.h"
#include "matcher/programme.h"

namespace consortia {
namespace {

using json = nlohmann::json;
using Value = JsonReader::Value;

// An id where 0 means "none" (applicant_id, team.leader_id as GET shows them).
void OptionalId(const Value& v, Id* out) {
  if (v.present() && v.json().is_number_integer() && v.json() == 0) {
    *out = 0;
    return;
  }
  v.Id(out);
}

void ReadMembers(const Value& v, std::vector<Member>* out) {
  v.Required();
  const std::size_t n = v.Array(kMaxMembers);
  std::vector<Member> members;
  for (std::size_t i = 0; i < n; ++i) {
    const Value m = v.at(i);
    m.Required();
    // id and role; the rest is what answers show (accepted, ignored).
    m.Object({"id", "role", "name", "role_name", "kind", "score", "missing"});
    Member member;
    const Value id = m["id"];
    id.Required();
    if (id.present() && id.json().is_number_integer() && id.json() == 0) {
      id.Fail("is 0 (an inline profile): import the organisation first, then register it");
    }
    id.Id(&member.id);
    m["role"].Required();
    m["role"].Text(&member.role, kMaxCode);
    members.push_back(std::move(member));
  }
  *out = std::move(members);
}

// {"leader_id", "members": [ids or {id, ...}]}, or a whole /v1/teams/suggest answer
// (its first team); null removes the team.
void ReadTeam(const Value& v, Team* out) {
  if (!v.exists()) return;
  if (!v.present()) {
    *out = {};
    return;
  }
  if (v.json().is_object() && v.json().contains("teams")) {
    v.Object({"teams", "size", "leader_titles", "max_per_affiliation", "fields", "fields_derived",
              "objective", "pool", "stats"});
    const Value teams = v["teams"];
    if (teams.Array(10) == 0) {
      teams.Fail("must hold at least one team");
      return;
    }
    ReadTeam(teams.at(0), out);
    return;
  }
  v.Object({"leader_id", "leader", "members", "coverage", "uncovered", "score", "terms"});
  Team team;
  OptionalId(v["leader_id"], &team.leader_id);
  const Value members = v["members"];
  const std::size_t n = members.Array(kMaxMembers);
  for (std::size_t i = 0; i < n; ++i) {
    const Value e = members.at(i);
    Id id = 0;
    e.Required();
    if (e.present() && e.json().is_object()) {
      e.Object({"id", "name", "title", "fields", "affiliation_id", "score", "why", "backups",
                "missing"});
      e["id"].Required();
      e["id"].Id(&id);
    } else {
      e.Id(&id);
    }
    for (std::size_t j = 0; j < team.members.size(); ++j) {
      if (team.members[j] == id) {
        e.Fail("repeats " + std::to_string(id) + " (" + members.at(j).path() + ")");
      }
    }
    team.members.push_back(id);
  }
  *out = std::move(team);
}

// Sets every field present at `b`.
void ApplyFields(const Value& b, ConsortiumRecord* r) {
  b["name"].Text(&r->name, kMaxName);
  b["type"].Text(&r->type, kMaxCode);
  b["region"].Text(&r->region, kMaxCode);
  b["industry"].Text(&r->industry, kMaxCode);
  b["status"].Enum(&r->status, &ParseConsortiumStatus,
                   "proposed, applied, approved, active, cancelled");
  b["technical_direction"].Text(&r->technical_direction, kMaxLongText);
  b["problem"].Text(&r->problem, kMaxLongText);
  b["project"].Text(&r->project, kMaxLongText);
  if (b["members"].exists()) ReadMembers(b["members"], &r->members);
  if (b["applicant_id"].exists()) {
    r->applicant_id = 0;
    OptionalId(b["applicant_id"], &r->applicant_id);
  }
  ReadTeam(b["team"], &r->team);
  b["year"].Int(&r->year, 1900, 2200);
  b["score"].Number(&r->score, 0, 1e9);
  b["revision"].Int(&r->revision, 0, std::numeric_limits<std::int64_t>::max());
}

// Every key of a body: the fields, "from_suggestion", and what GET shows (accepted
// and ignored, so that a GET answer can be PUT back).
bool KnownKeys(const Value& b) {
  return b.Object(
      {"name",         "type",       "region",         "industry",  "members",
       "applicant_id", "team",       "status",         "year",      "technical_direction",
       "problem",      "project",    "score",          "revision",  "from_suggestion",
       "id",           "target",     "target_name",    "type_name", "assessments",
       "created_at",   "updated_at", "applicant_name", "lead",      "warnings"});
}

std::string TypeChoices(const ProgrammeRules& rules) {
  std::string out;
  for (const ConsortiumTypeRule& t : rules.types) out += (out.empty() ? "" : ", ") + t.key;
  return out;
}

int CurrentYear() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
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

namespace api_internal {

void ReadConsortiumBody(const Value& v, const ProgrammeRules& rules, ConsortiumRecord* r) {
  v.Required();
  KnownKeys(v);
  const Value p = v["from_suggestion"];
  if (p.present()) {
    p.Object({"rank", "score", "terms", "applicant_id", "applicant_name", "members", "warnings",
              "type", "industry", "region", "problem"});
    p["type"].Text(&r->type, kMaxCode);
    p["industry"].Text(&r->industry, kMaxCode);
    p["region"].Text(&r->region, kMaxCode);
    p["problem"].Text(&r->problem, kMaxLongText);
    ReadMembers(p["members"], &r->members);
    OptionalId(p["applicant_id"], &r->applicant_id);
    // F(S) may be negative (redundancy); the registry keeps scores >= 0.
    if (double score = 0; p["score"].present() && p["score"].Number(&score, -1e9, 1e9)) {
      r->score = std::max(0.0, score);
    }
  } else {
    v["members"].Required();
  }
  ApplyFields(v, r);  // plain fields (and "team") next to a suggestion
  const Value type = v["type"].present() || !p.present() ? v["type"] : p["type"];
  if (r->type.empty()) {
    type.Fail("is required (" + TypeChoices(rules) + ")");
  } else if (rules.FindType(r->type) == nullptr) {
    type.Fail("must be one of " + TypeChoices(rules) + " (got \"" + r->type + "\")");
  }
  if (r->year == 0) r->year = CurrentYear();
  if (r->name.empty()) r->name = DefaultName(*r, rules);
  r->id = 0;
}

}  // namespace api_internal

Result<ConsortiumRecord> ParseConsortiumBody(const json& body, const ProgrammeRules& rules) {
  JsonReader reader(body);
  ConsortiumRecord r;
  api_internal::ReadConsortiumBody(reader.root(), rules, &r);
  if (!reader.ok()) return reader.status();
  return r;
}

Status ApplyConsortiumPatch(const json& body, ConsortiumRecord* record) {
  JsonReader reader(body);
  const Value b = reader.root();
  b.Required();
  KnownKeys(b);
  if (b["from_suggestion"].exists()) {
    b["from_suggestion"].Fail("is only read by POST /v1/consortia (a new consortium)");
  }
  ConsortiumRecord next = *record;
  ApplyFields(b, &next);
  if (!reader.ok()) return reader.status();
  if (next.type != record->type) {
    return Status::InvalidArgument("type cannot change (it is " + record->type + ")", "type");
  }
  next.id = record->id;
  *record = std::move(next);
  return Status::Ok();
}

}  // namespace consortia
