#include "matcher/rules.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/json_reader.h"
#include "core/taxonomy.h"

namespace consortia {
namespace {

using json = nlohmann::ordered_json;  // keeps the file's order of roles
using Value = OrderedJsonReader::Value;

constexpr std::size_t kMaxText = 10000;
constexpr int kMaxCount = 100000;

bool IsCapability(std::string_view code) { return FindCapability(code) != nullptr; }
bool IsIndustry(std::string_view code) { return FindIndustry(code) != nullptr; }

// A non-empty list of organisation kinds.
void ReadKinds(const Value& v, std::vector<OrgKind>* out) {
  std::vector<std::string> names;
  v.Required();
  if (!v.Texts(&names, kOrgKindCount, 64)) return;
  if (v.present() && names.empty()) v.Fail("must name at least one organisation kind");
  for (const std::string& name : names) {
    auto kind = ParseOrgKind(name);
    if (!kind) {
      v.Fail("names an unknown organisation kind \"" + name + "\"");
      return;
    }
    out->push_back(*kind);
  }
}

void ReadRoles(const Value& roles, ProgrammeRules* rules) {
  roles.Required();
  const auto members = roles.Members(100);
  if (roles.present() && roles.json().is_object() && members.empty()) {
    roles.Fail("must define at least one role");
  }
  for (const auto& [key, v] : members) {
    v.Required();
    v.Object({"name", "kinds", "requires_leading", "fits_target", "capabilities"});
    RoleRule role;
    role.key = key;
    role.name = key;
    v["name"].Text(&role.name, 200);
    v["requires_leading"].Bool(&role.requires_leading);
    v["fits_target"].Bool(&role.fits_target);
    ReadKinds(v["kinds"], &role.kinds);
    v["capabilities"].Codes(&role.capabilities, 100, IsCapability, "capability code");
    rules->roles.emplace(key, std::move(role));
  }
}

void ReadTypes(const Value& types, ProgrammeRules* rules) {
  types.Required();
  const auto members = types.Members(100);
  if (types.present() && types.json().is_object() && members.empty()) {
    types.Fail("must define at least one consortium type");
  }
  for (const auto& [key, v] : members) {
    v.Required();
    v.Object({"name", "slots", "target", "roles"});
    ConsortiumTypeRule type;
    type.key = key;
    type.name = key;
    v["name"].Text(&type.name, 200);
    v["target"].Required();
    v["target"].Enum(&type.target, &ParseConsortiumTarget, "region, industry");
    v["slots"].Required();
    v["slots"].Int(&type.slots, 1, kMaxCount);
    v["roles"].Required();
    for (const auto& [role_key, m] : v["roles"].Members(100)) {
      if (rules->FindRole(role_key) == nullptr) m.Fail("is not a role defined in roles");
      m.Required();
      m.Object({"min", "max", "in_region"});
      RoleMinimum minimum;
      minimum.role = role_key;
      m["min"].Int(&minimum.min, 0, kMaxCount);
      if (int max = 0; m["max"].present() && m["max"].Int(&max, 0, kMaxCount)) {
        if (max < minimum.min)
          m["max"].Fail("must be >= min (" + std::to_string(minimum.min) + ")");
        minimum.max = max;
      }
      m["in_region"].Bool(&minimum.in_region);
      type.roles.push_back(std::move(minimum));
    }
    rules->types.push_back(std::move(type));
  }
}

void ReadRest(const Value& root, ProgrammeRules* rules) {
  const Value applicant = root["applicant"];
  applicant.Object({"kinds", "min_staff", "min_expert_team", "must_be_member"});
  ReadKinds(applicant["kinds"], &rules->applicant.kinds);
  applicant["min_staff"].Int(&rules->applicant.min_staff, 0, kMaxCount);
  applicant["min_expert_team"].Int(&rules->applicant.min_expert_team, 0, kMaxCount);
  applicant["must_be_member"].Bool(&rules->applicant.must_be_member);

  const Value team = root["team"];
  team.Object({"min_size", "leader_titles", "max_per_affiliation_default"});
  team["min_size"].Int(&rules->team.min_size, 1, kMaxCount);
  team["max_per_affiliation_default"].Int(&rules->team.max_per_affiliation_default, 1, kMaxCount);
  std::vector<std::string> titles;
  const Value leader_titles = team["leader_titles"];
  leader_titles.Required();
  if (leader_titles.Texts(&titles, kTitleCount, 64) && leader_titles.present()) {
    if (titles.empty()) leader_titles.Fail("must name at least one title");
    for (const std::string& t : titles) {
      auto title = ParseTitle(t);
      if (!title) {
        leader_titles.Fail("names an unknown title \"" + t + "\"");
        break;
      }
      rules->team.leader_titles.push_back(*title);
    }
  }

  const Value capacity = root["capacity"];
  capacity.Object({"max_consortia_per_organization", "max_consortia_per_leading_enterprise"});
  capacity["max_consortia_per_organization"].Int(&rules->capacity.max_consortia_per_organization, 1,
                                                 kMaxCount);
  capacity["max_consortia_per_leading_enterprise"].Int(
      &rules->capacity.max_consortia_per_leading_enterprise, 1, kMaxCount);

  root["industries"].Codes(&rules->industries, 100, IsIndustry, "industry code");
  if (rules->industries.empty()) {
    for (const Term& t : Industries()) rules->industries.push_back(t.code);
  }
}

}  // namespace

bool RoleRule::Admits(OrgKind kind) const {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

const RoleMinimum* ConsortiumTypeRule::FindRole(std::string_view role) const {
  for (const RoleMinimum& m : roles) {
    if (m.role == role) return &m;
  }
  return nullptr;
}

const ConsortiumTypeRule* ProgrammeRules::FindType(std::string_view key) const {
  for (const ConsortiumTypeRule& t : types) {
    if (t.key == key) return &t;
  }
  return nullptr;
}

const RoleRule* ProgrammeRules::FindRole(std::string_view key) const {
  auto it = roles.find(std::string(key));
  return it == roles.end() ? nullptr : &it->second;
}

bool ProgrammeRules::IsLeaderTitle(Title title) const {
  return std::find(team.leader_titles.begin(), team.leader_titles.end(), title) !=
         team.leader_titles.end();
}

bool ProgrammeRules::IsEligibleIndustry(std::string_view code) const {
  return std::find(industries.begin(), industries.end(), code) != industries.end();
}

Result<ProgrammeRules> ParseRules(std::string_view json_text) {
  auto root = ParseOrderedJson(json_text, "rules");
  if (!root.ok()) return root.status();
  OrderedJsonReader r(*root, "rules");
  r.root().Required();
  r.root().Object({"version", "source", "consortium_types", "roles", "applicant", "team",
                   "capacity", "industries"});
  ProgrammeRules rules;
  r["version"].Required();
  r["version"].Text(&rules.version, 200);
  if (r.ok() && rules.version.empty()) r["version"].Fail("must not be empty");
  std::string source;
  r["source"].Text(&source, kMaxText);
  ReadRoles(r["roles"], &rules);
  ReadTypes(r["consortium_types"], &rules);
  ReadRest(r.root(), &rules);
  if (!r.ok()) return r.status();
  rules.source = std::move(*root);
  return rules;
}

Result<ProgrammeRules> LoadRules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read rules file " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto rules = ParseRules(buffer.str());
  if (!rules.ok()) {
    const Status& s = rules.status();
    return Status(s.code(), path + ": " + s.message(), s.field());
  }
  return rules;
}

}  // namespace consortia
