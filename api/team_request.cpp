// POST /v1/teams/suggest body -> TeamRequest, validated against the rules.
#include <algorithm>
#include <charconv>
#include <string>

#include "api/api.h"
#include "matcher/team.h"
#include "vocabulary.h"

namespace consortia {
namespace {

using Json = nlohmann::json;
using Value = JsonReader::Value;
using namespace api_internal;  // the code predicates

// "fields": ["F0402" | {"code", "weight"}], each code once.
void ReadFields(const Value& v, std::vector<FieldWeight>* out) {
  const std::size_t n = v.Array(kMaxCodes);
  for (std::size_t i = 0; i < n; ++i) {
    const Value e = v.at(i);
    FieldWeight fw;
    if (e.present() && e.json().is_string()) {
      e.Code(&fw.code, IsField, "discipline code");
    } else {
      e.Required();
      e.Object({"code", "weight"});
      e["code"].Required();
      e["code"].Code(&fw.code, IsField, "discipline code");
      e["weight"].Number(&fw.weight, 0, 100, /*min_exclusive=*/true);
    }
    for (std::size_t j = 0; j < out->size(); ++j) {
      if ((*out)[j].code == fw.code) e.Fail("repeats " + fw.code + " (" + v.at(j).path() + ")");
    }
    out->push_back(fw);
  }
}

// "leader_titles": titles the rules allow to lead, each once.
void ReadTitles(const Value& v, const ProgrammeRules& rules, std::vector<Title>* out) {
  std::vector<std::string> names;
  if (!v.Codes(&names, kTitleCount, IsTitle, "title (" + TitleChoices() + ")")) return;
  if (v.present() && names.empty()) v.Fail("must name at least one title");
  std::string allowed;
  for (Title t : rules.team.leader_titles) {
    allowed += (allowed.empty() ? "" : ", ") + std::string(ToString(t));
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    const Title title = *ParseTitle(names[i]);
    if (!rules.IsLeaderTitle(title)) {
      v.at(i).Fail("is " + names[i] + ", which may not lead a team; the rules allow " + allowed);
    }
    out->push_back(title);
  }
}

// "commitments": {"<expert id>": teams already served}.
void ReadCommitments(const Value& v, std::map<Id, int>* out) {
  for (const auto& [key, value] : v.Members(kMaxCommitments)) {
    Id id = 0;
    auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
    if (key.empty() || ec != std::errc() || end != key.data() + key.size() || id <= 0) {
      value.Fail("is not keyed by an expert id (keys are positive integers)");
      return;
    }
    int teams = 0;
    value.Required();
    if (value.Int(&teams, 0, 1000)) (*out)[id] = teams;
  }
}

}  // namespace

Result<TeamRequest> ParseTeamRequest(const Json& body, const ProgrammeRules& rules) {
  JsonReader r(body);
  r.root().Object({"industry", "problem", "fields", "members", "size", "leader_titles", "leader_id",
                   "max_per_affiliation", "pin", "exclude", "commitments", "k", "min_difference",
                   "explain", "objective", "pool_size"});
  TeamRequest req;
  r["industry"].Code(&req.industry, IsIndustry, "industry code");
  r["problem"].Text(&req.problem, kMaxQueryText);
  ReadFields(r["fields"], &req.fields);
  r["members"].Ids(&req.members, kMaxMembers);
  const int min_size = rules.team.min_size;
  req.size = min_size;
  if (r["size"].Int(&req.size, 1, 100) && req.size < min_size) {
    r["size"].Fail("must be at least " + std::to_string(min_size) +
                   ": the smallest service team of the rules " + rules.version + " (got " +
                   std::to_string(req.size) + ")");
  }
  ReadTitles(r["leader_titles"], rules, &req.leader_titles);
  if (req.leader_titles.empty()) req.leader_titles = rules.team.leader_titles;
  r["leader_id"].Id(&req.leader_id);
  req.max_per_affiliation = rules.team.max_per_affiliation_default;
  r["max_per_affiliation"].Int(&req.max_per_affiliation, 1, std::max(1, req.size));
  r["pin"].Ids(&req.pin, kMaxIds);
  r["exclude"].Ids(&req.exclude, kMaxIds);
  ReadCommitments(r["commitments"], &req.commitments);
  r["k"].Int(&req.k, 1, 5);
  req.min_difference = std::min(req.min_difference, req.size);
  r["min_difference"].Int(&req.min_difference, 1, std::max(1, req.size));
  r["explain"].Bool(&req.explain);
  const Value objective = r["objective"];
  objective.Object({"coverage", "relevance", "leader", "affiliation", "titles"});
  objective["coverage"].Number(&req.weights.coverage, 0, 100);
  objective["relevance"].Number(&req.weights.relevance, 0, 100);
  objective["leader"].Number(&req.weights.leader, 0, 100);
  objective["affiliation"].Number(&req.weights.affiliation, 0, 100);
  objective["titles"].Number(&req.weights.titles, 0, 100);
  r["pool_size"].Int(&req.pool_size, 50, 5000);
  if (!r.ok()) return r.status();

  if (req.industry.empty() && req.problem.empty() && req.fields.empty() && req.members.empty()) {
    return Status::InvalidArgument(
        "problem is required when none of industry, fields or members is given", "problem");
  }
  for (std::size_t i = 0; i < req.exclude.size(); ++i) {
    auto pinned = std::find(req.pin.begin(), req.pin.end(), req.exclude[i]);
    if (pinned != req.pin.end()) {
      const std::string field = "exclude[" + std::to_string(i) + "]";
      return Status::InvalidArgument(field + " excludes expert " + std::to_string(req.exclude[i]) +
                                         ", who is pinned (pin[" +
                                         std::to_string(pinned - req.pin.begin()) + "])",
                                     field);
    }
  }
  if (req.leader_id != 0) {
    auto excluded = std::find(req.exclude.begin(), req.exclude.end(), req.leader_id);
    if (excluded != req.exclude.end()) {
      const std::string field = "exclude[" + std::to_string(excluded - req.exclude.begin()) + "]";
      return Status::InvalidArgument(field + " excludes expert " + std::to_string(req.leader_id) +
                                         ", who is the leader (leader_id)",
                                     field);
    }
  }
  const bool leader_pinned = req.leader_id == 0 || std::find(req.pin.begin(), req.pin.end(),
                                                             req.leader_id) != req.pin.end();
  const std::size_t pinned = req.pin.size() + (leader_pinned ? 0 : 1);
  if (static_cast<int>(pinned) > req.size) {
    return Status::InvalidArgument("pin has " + std::to_string(pinned) +
                                       (leader_pinned ? "" : " (with leader_id)") +
                                       " experts, more than size " + std::to_string(req.size),
                                   "pin");
  }
  return req;
}

void AddRegistryCommitments(const std::map<Id, int>& registry, TeamRequest* request) {
  for (const auto& [id, teams] : registry) request->commitments[id] += teams;
}

}  // namespace consortia
