// POST /v1/teams/suggest body -> TeamRequest, validated against the rules.
#include <algorithm>
#include <set>
#include <string>

#include "api/api.h"
#include "core/taxonomy.h"
#include "matcher/team.h"

namespace consortia {
namespace {

using Json = nlohmann::json;

Status Bad(const std::string& field, const std::string& message) {
  return Status::InvalidArgument(field + ": " + message, field);
}

Status ReadInt(const Json& body, const char* key, int min, int max, int* out) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return Status::Ok();
  if (!it->is_number_integer()) return Bad(key, "must be an integer");
  auto v = it->get<long long>();
  if (v < min || v > max) {
    return Bad(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  *out = static_cast<int>(v);
  return Status::Ok();
}

Status ReadIds(const Json& body, const char* key, std::vector<Id>* out) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return Status::Ok();
  if (!it->is_array()) return Bad(key, "must be an array of expert/organisation ids");
  std::set<Id> seen;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& v = (*it)[i];
    std::string where = std::string(key) + "[" + std::to_string(i) + "]";
    if (!v.is_number_integer() || v.get<long long>() <= 0)
      return Bad(where, "must be a positive id");
    if (seen.insert(v.get<Id>()).second) out->push_back(v.get<Id>());
  }
  return Status::Ok();
}

Status ReadFields(const Json& body, std::vector<FieldWeight>* out) {
  auto it = body.find("fields");
  if (it == body.end() || it->is_null()) return Status::Ok();
  if (!it->is_array()) return Bad("fields", "must be an array of codes or {\"code\", \"weight\"}");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& v = (*it)[i];
    std::string where = "fields[" + std::to_string(i) + "]";
    FieldWeight fw;
    if (v.is_string()) {
      fw.code = v.get<std::string>();
    } else if (v.is_object()) {
      auto code = v.find("code");
      if (code == v.end() || !code->is_string()) return Bad(where + ".code", "must be a string");
      fw.code = code->get<std::string>();
      auto weight = v.find("weight");
      if (weight != v.end()) {
        if (!weight->is_number() || weight->get<double>() <= 0 || weight->get<double>() > 100) {
          return Bad(where + ".weight", "must be a number in (0, 100]");
        }
        fw.weight = weight->get<double>();
      }
      for (const auto& [k, unused] : v.items()) {
        if (k != "code" && k != "weight") return Bad(where + "." + k, "unknown key");
      }
    } else {
      return Bad(where, "must be a code or {\"code\", \"weight\"}");
    }
    if (FindField(fw.code) == nullptr) {
      return Bad(where + (v.is_object() ? ".code" : ""), "unknown discipline code " + fw.code);
    }
    if (!seen.insert(fw.code).second) return Bad(where, "field " + fw.code + " is repeated");
    out->push_back(fw);
  }
  return Status::Ok();
}

Status ReadTitles(const Json& body, const ProgrammeRules& rules, std::vector<Title>* out) {
  auto it = body.find("leader_titles");
  if (it == body.end() || it->is_null()) return Status::Ok();
  if (!it->is_array() || it->empty()) return Bad("leader_titles", "must be a non-empty array");
  std::string allowed;
  for (Title t : rules.team.leader_titles) {
    allowed += (allowed.empty() ? "" : ", ") + std::string(ToString(t));
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& v = (*it)[i];
    if (!v.is_string()) return Bad("leader_titles", "must hold title names");
    auto title = ParseTitle(v.get<std::string>());
    if (!title) return Bad("leader_titles", "unknown title " + v.get<std::string>());
    if (!rules.IsLeaderTitle(*title)) {
      return Bad("leader_titles", "title " + v.get<std::string>() +
                                      " may not lead a team; the rules allow " + allowed);
    }
    if (std::find(out->begin(), out->end(), *title) == out->end()) out->push_back(*title);
  }
  return Status::Ok();
}

Status ReadCommitments(const Json& body, std::map<Id, int>* out) {
  auto it = body.find("commitments");
  if (it == body.end() || it->is_null()) return Status::Ok();
  if (!it->is_object()) return Bad("commitments", "must map expert ids to teams already served");
  for (const auto& [key, v] : it->items()) {
    std::string where = "commitments." + key;
    Id id = 0;
    try {
      std::size_t used = 0;
      id = std::stoll(key, &used);
      if (used != key.size()) id = 0;
    } catch (...) {
      id = 0;
    }
    if (id <= 0) return Bad(where, "key must be an expert id");
    if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 1000) {
      return Bad(where, "must be a count of teams >= 0");
    }
    (*out)[id] = v.get<int>();
  }
  return Status::Ok();
}

Status ReadObjective(const Json& body, TeamWeights* w) {
  auto it = body.find("objective");
  if (it == body.end() || it->is_null()) return Status::Ok();
  if (!it->is_object()) return Bad("objective", "must be an object of term weights");
  for (const auto& [key, v] : it->items()) {
    double* target = key == "coverage"      ? &w->coverage
                     : key == "relevance"   ? &w->relevance
                     : key == "leader"      ? &w->leader
                     : key == "affiliation" ? &w->affiliation
                                            : nullptr;
    if (target == nullptr) return Bad("objective." + key, "unknown term");
    if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 100) {
      return Bad("objective." + key, "must be a number in [0, 100]");
    }
    *target = v.get<double>();
  }
  return Status::Ok();
}

}  // namespace

Result<TeamRequest> ParseTeamRequest(const Json& body, const ProgrammeRules& rules) {
  if (!body.is_object()) return Bad("body", "must be a JSON object");
  static const std::set<std::string> kKnown = {"industry",
                                               "problem",
                                               "fields",
                                               "members",
                                               "size",
                                               "leader_titles",
                                               "max_per_affiliation",
                                               "pin",
                                               "exclude",
                                               "commitments",
                                               "k",
                                               "explain",
                                               "objective",
                                               "pool_size"};
  for (const auto& [key, unused] : body.items()) {
    if (!kKnown.count(key)) return Bad(key, "unknown key");
  }
  TeamRequest r;
  if (auto it = body.find("industry"); it != body.end() && !it->is_null()) {
    if (!it->is_string()) return Bad("industry", "must be an industry code");
    r.industry = it->get<std::string>();
    if (!r.industry.empty() && FindIndustry(r.industry) == nullptr) {
      return Bad("industry", "unknown industry code " + r.industry);
    }
  }
  if (auto it = body.find("problem"); it != body.end() && !it->is_null()) {
    if (!it->is_string()) return Bad("problem", "must be text");
    r.problem = it->get<std::string>();
  }
  if (Status s = ReadFields(body, &r.fields); !s.ok()) return s;
  if (Status s = ReadIds(body, "members", &r.members); !s.ok()) return s;
  if (r.industry.empty() && r.problem.empty() && r.fields.empty() && r.members.empty()) {
    return Bad("problem", "give at least one of industry, problem, fields or members");
  }
  const int min_size = rules.team.min_size;
  r.size = min_size;
  if (auto it = body.find("size"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer()) return Bad("size", "must be an integer");
    long long size = it->get<long long>();
    if (size < min_size) {
      return Bad("size", "a service team has at least " + std::to_string(min_size) +
                             " experts (rules " + rules.version + "); got " + std::to_string(size));
    }
    if (size > 100) return Bad("size", "must be at most 100");
    r.size = static_cast<int>(size);
  }
  if (Status s = ReadTitles(body, rules, &r.leader_titles); !s.ok()) return s;
  if (r.leader_titles.empty()) r.leader_titles = rules.team.leader_titles;
  r.max_per_affiliation = rules.team.max_per_affiliation_default;
  if (Status s = ReadInt(body, "max_per_affiliation", 1, r.size, &r.max_per_affiliation); !s.ok()) {
    return s;
  }
  if (Status s = ReadIds(body, "pin", &r.pin); !s.ok()) return s;
  if (Status s = ReadIds(body, "exclude", &r.exclude); !s.ok()) return s;
  for (Id id : r.pin) {
    if (std::find(r.exclude.begin(), r.exclude.end(), id) != r.exclude.end()) {
      return Bad("exclude", "expert " + std::to_string(id) + " is both pinned and excluded");
    }
  }
  if (static_cast<int>(r.pin.size()) > r.size) {
    return Bad("pin", "pins " + std::to_string(r.pin.size()) + " experts, more than size " +
                          std::to_string(r.size));
  }
  if (Status s = ReadCommitments(body, &r.commitments); !s.ok()) return s;
  if (Status s = ReadInt(body, "k", 1, 5, &r.k); !s.ok()) return s;
  if (auto it = body.find("explain"); it != body.end() && !it->is_null()) {
    if (!it->is_boolean()) return Bad("explain", "must be true or false");
    r.explain = it->get<bool>();
  }
  if (Status s = ReadObjective(body, &r.weights); !s.ok()) return s;
  if (Status s = ReadInt(body, "pool_size", 50, 5000, &r.pool_size); !s.ok()) return s;
  return r;
}

}  // namespace consortia
