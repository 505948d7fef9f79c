#include "matcher/rules.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/taxonomy.h"

namespace consortia {
namespace {

using json = nlohmann::ordered_json;  // keeps the file's order of roles

Status Bad(const std::string& path, const std::string& message) {
  return Status::InvalidArgument("rules: " + message, path);
}

// Reads an optional integer member; missing keeps *out.
Status ReadInt(const json& obj, const char* name, const std::string& path, int min, int* out) {
  if (!obj.contains(name)) return Status::Ok();
  const json& v = obj.at(name);
  if (!v.is_number_integer()) return Bad(path + "." + name, "must be an integer");
  const auto value = v.get<long long>();
  if (value < min) return Bad(path + "." + name, "must be >= " + std::to_string(min));
  *out = static_cast<int>(value);
  return Status::Ok();
}

Status ReadKinds(const json& obj, const std::string& path, std::vector<OrgKind>* out) {
  if (!obj.contains("kinds") || !obj.at("kinds").is_array() || obj.at("kinds").empty()) {
    return Bad(path + ".kinds", "must be a non-empty array of organisation kinds");
  }
  for (const json& k : obj.at("kinds")) {
    auto kind = k.is_string() ? ParseOrgKind(k.get<std::string>()) : std::nullopt;
    if (!kind) return Bad(path + ".kinds", "unknown organisation kind " + k.dump());
    out->push_back(*kind);
  }
  return Status::Ok();
}

Status ReadStrings(const json& obj, const char* name, const std::string& path,
                   std::vector<std::string>* out) {
  if (!obj.contains(name)) return Status::Ok();
  if (!obj.at(name).is_array()) return Bad(path + "." + name, "must be an array of strings");
  for (const json& s : obj.at(name)) {
    if (!s.is_string()) return Bad(path + "." + name, "must be an array of strings");
    out->push_back(s.get<std::string>());
  }
  return Status::Ok();
}

Status ParseRoles(const json& roles, ProgrammeRules* rules) {
  if (!roles.is_object() || roles.empty()) return Bad("roles", "must be a non-empty object");
  for (const auto& [key, obj] : roles.items()) {
    const std::string path = "roles." + key;
    if (!obj.is_object()) return Bad(path, "must be an object");
    RoleRule role;
    role.key = key;
    role.name = obj.value("name", key);
    role.requires_leading = obj.value("requires_leading", false);
    if (Status s = ReadKinds(obj, path, &role.kinds); !s.ok()) return s;
    if (Status s = ReadStrings(obj, "capabilities", path, &role.capabilities); !s.ok()) return s;
    for (const std::string& c : role.capabilities) {
      if (FindCapability(c) == nullptr)
        return Bad(path + ".capabilities", "unknown capability " + c);
    }
    rules->roles.emplace(key, std::move(role));
  }
  return Status::Ok();
}

Status ParseTypes(const json& types, ProgrammeRules* rules) {
  if (!types.is_object() || types.empty()) {
    return Bad("consortium_types", "must be a non-empty object");
  }
  for (const auto& [key, obj] : types.items()) {
    const std::string path = "consortium_types." + key;
    if (!obj.is_object()) return Bad(path, "must be an object");
    ConsortiumTypeRule type;
    type.key = key;
    type.name = obj.value("name", key);
    const auto target = ParseConsortiumTarget(obj.value("target", ""));
    if (!target) return Bad(path + ".target", "must be \"region\" or \"industry\"");
    type.target = *target;
    if (Status s = ReadInt(obj, "slots", path, 1, &type.slots); !s.ok()) return s;
    if (type.slots < 1) return Bad(path + ".slots", "must be >= 1");
    if (!obj.contains("roles") || !obj.at("roles").is_object()) {
      return Bad(path + ".roles", "must be an object of role minimums");
    }
    for (const auto& [role_key, m] : obj.at("roles").items()) {
      const std::string role_path = path + ".roles." + role_key;
      if (rules->FindRole(role_key) == nullptr)
        return Bad(role_path, "role is not defined in roles");
      if (!m.is_object()) return Bad(role_path, "must be an object");
      RoleMinimum minimum;
      minimum.role = role_key;
      if (Status s = ReadInt(m, "min", role_path, 0, &minimum.min); !s.ok()) return s;
      if (m.contains("max")) {
        int max = 0;
        if (Status s = ReadInt(m, "max", role_path, 0, &max); !s.ok()) return s;
        if (max < minimum.min) return Bad(role_path + ".max", "must be >= min");
        minimum.max = max;
      }
      minimum.in_region = m.value("in_region", false);
      type.roles.push_back(std::move(minimum));
    }
    rules->types.push_back(std::move(type));
  }
  return Status::Ok();
}

Status ParseRest(const json& root, ProgrammeRules* rules) {
  const json applicant = root.value("applicant", json::object());
  if (Status s = ReadKinds(applicant, "applicant", &rules->applicant.kinds); !s.ok()) return s;
  if (Status s = ReadInt(applicant, "min_staff", "applicant", 0, &rules->applicant.min_staff);
      !s.ok()) {
    return s;
  }
  if (Status s =
          ReadInt(applicant, "min_expert_team", "applicant", 0, &rules->applicant.min_expert_team);
      !s.ok()) {
    return s;
  }
  rules->applicant.must_be_member = applicant.value("must_be_member", true);

  const json team = root.value("team", json::object());
  if (Status s = ReadInt(team, "min_size", "team", 1, &rules->team.min_size); !s.ok()) return s;
  if (Status s = ReadInt(team, "max_per_affiliation_default", "team", 1,
                         &rules->team.max_per_affiliation_default);
      !s.ok()) {
    return s;
  }
  std::vector<std::string> titles;
  if (Status s = ReadStrings(team, "leader_titles", "team", &titles); !s.ok()) return s;
  if (titles.empty()) return Bad("team.leader_titles", "must name at least one title");
  for (const std::string& t : titles) {
    auto title = ParseTitle(t);
    if (!title) return Bad("team.leader_titles", "unknown title " + t);
    rules->team.leader_titles.push_back(*title);
  }

  const json capacity = root.value("capacity", json::object());
  if (Status s = ReadInt(capacity, "max_consortia_per_organization", "capacity", 1,
                         &rules->capacity.max_consortia_per_organization);
      !s.ok()) {
    return s;
  }
  if (Status s = ReadInt(capacity, "max_consortia_per_leading_enterprise", "capacity", 1,
                         &rules->capacity.max_consortia_per_leading_enterprise);
      !s.ok()) {
    return s;
  }

  if (Status s = ReadStrings(root, "industries", "", &rules->industries); !s.ok()) return s;
  if (rules->industries.empty()) {
    for (const Term& t : Industries()) rules->industries.push_back(t.code);
  }
  for (const std::string& code : rules->industries) {
    if (FindIndustry(code) == nullptr) return Bad("industries", "unknown industry " + code);
  }
  return Status::Ok();
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
  json root = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidArgument("rules: not a JSON object", "");
  }
  ProgrammeRules rules;
  rules.version = root.value("version", "");
  if (rules.version.empty()) return Bad("version", "must be a non-empty string");
  if (Status s = ParseRoles(root.value("roles", json()), &rules); !s.ok()) return s;
  if (Status s = ParseTypes(root.value("consortium_types", json()), &rules); !s.ok()) return s;
  if (Status s = ParseRest(root, &rules); !s.ok()) return s;
  rules.source = std::move(root);
  return rules;
}

Result<ProgrammeRules> LoadRules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read rules file " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseRules(buffer.str());
}

}  // namespace consortia
