// SuggestTeamsJson: request JSON -> pool -> selection -> response JSON.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

#include "api/api.h"
#include "matcher/team.h"

namespace consortia {
namespace {

using Json = nlohmann::json;

double Round(double v) { return std::round(v * 10000) / 10000; }

Json TermsJson(const TeamTerms& t) {
  return {{"coverage", Round(t.coverage)},
          {"relevance", Round(t.relevance)},
          {"leader", Round(t.leader)},
          {"affiliation", Round(t.affiliation)}};
}

Json TitlesJson(const std::vector<Title>& titles) {
  Json out = Json::array();
  for (Title t : titles) out.push_back(ToString(t));
  return out;
}

}  // namespace

Json TeamsToJson(const TeamProblem& p, const std::vector<SelectedTeam>& teams, bool explain) {
  Json out_teams = Json::array();
  for (const SelectedTeam& t : teams) {
    Json members = Json::array();
    for (const TeamMember& m : t.members) {
      const TeamCandidate& c = p.pool[m.index];
      Json backups = Json::array();
      for (int b : m.backups) backups.push_back(p.pool[b].id);
      members.push_back({{"id", c.id},
                         {"name", c.name},
                         {"title", ToString(c.title)},
                         {"fields", c.fields},
                         {"affiliation_id", c.affiliation_id},
                         {"score", Round(m.score)},
                         {"why", m.why},
                         {"backups", std::move(backups)}});
    }
    Json coverage = Json::object();
    Json uncovered = Json::array();
    for (const auto& [field, idx] : t.coverage) {
      Json ids = Json::array();
      for (int e : idx) ids.push_back(p.pool[e].id);
      if (idx.empty()) uncovered.push_back(field);
      coverage[field] = std::move(ids);
    }
    out_teams.push_back({{"leader_id", p.pool[t.leader].id},
                         {"members", std::move(members)},
                         {"coverage", std::move(coverage)},
                         {"uncovered", std::move(uncovered)},
                         {"score", Round(t.score)},
                         {"terms", TermsJson(t.terms)}});
  }
  Json fields = Json::array();
  for (const FieldWeight& f : p.fields) fields.push_back({{"code", f.code}, {"weight", f.weight}});
  const TeamWeights& w = p.weights;
  Json body = {{"teams", std::move(out_teams)},
               {"size", p.size},
               {"leader_titles", TitlesJson(p.leader_titles)},
               {"max_per_affiliation", p.max_per_affiliation},
               {"fields", std::move(fields)},
               {"fields_derived", p.fields_derived},
               {"objective",
                {{"coverage", w.coverage},
                 {"relevance", w.relevance},
                 {"leader", w.leader},
                 {"affiliation", w.affiliation},
                 {"affinity",
                  {{"same_field", w.same_field},
                   {"parent_field", w.parent_field},
                   {"sibling_field", w.sibling_field}}},
                 {"title_quality",
                  {{"academician", w.title_quality[0]},
                   {"renowned", w.title_quality[1]},
                   {"senior", w.title_quality[2]},
                   {"other", w.title_quality[3]}}}}}};
  if (explain) {
    Json pool = Json::array();
    for (const TeamCandidate& c : p.pool) {
      pool.push_back({{"id", c.id},
                      {"name", c.name},
                      {"title", ToString(c.title)},
                      {"fields", c.fields},
                      {"affiliation_id", c.affiliation_id},
                      {"relevance", c.relevance},
                      {"member_affiliated", c.member_affiliated},
                      {"pinned", c.pinned}});
    }
    body["pool"] = std::move(pool);
  }
  return body;
}

namespace {

using Clock = std::chrono::steady_clock;

// Names the titles the rules would still allow in a "leader_titles" relaxation.
Status NameTitles(Status s, const ProgrammeRules& rules, const TeamRequest& request,
                  TeamInfeasibility* why) {
  if (why->field == "leader_titles" && why->relaxation == "allow another leader title") {
    std::string more;
    for (Title t : rules.team.leader_titles) {
      if (std::find(request.leader_titles.begin(), request.leader_titles.end(), t) ==
          request.leader_titles.end()) {
        more += (more.empty() ? "" : ", ") + std::string(ToString(t));
      }
    }
    why->relaxation =
        more.empty() ? "import experts holding a leader title" : "allow title " + more;
    s = Status::Infeasible(why->message + "; relaxation: " + why->relaxation, why->field);
  }
  return s;
}

// The status with the constraint as field and what would help as details.
Status WithRelaxation(const Status& status, const TeamInfeasibility& why) {
  if (status.code() != Code::kInfeasible || why.field.empty()) return status;
  if (why.relaxation.empty()) return Status(status.code(), status.message(), why.field);
  return Status(status.code(), why.message, why.field)
      .WithDetails({{"relaxation", why.relaxation}});
}

// Feasibility check (with an optional wider retrieval), selection, JSON.
template <typename Widen>
Result<Json> Finish(const ProgrammeRules& rules, const TeamRequest& request,
                    Result<TeamProblem> pool, TeamInfeasibility* why, Clock::time_point start,
                    Widen widen) {
  if (!pool.ok()) return NameTitles(pool.status(), rules, request, why);
  Status feasible = CheckTeamFeasible(*pool, &request, why);
  if (!feasible.ok() && feasible.code() == Code::kInfeasible) {
    // A pool too small or too concentrated for the cap: widen the retrieval once.
    if (auto wider = widen(); wider.has_value()) {
      pool = std::move(*wider);
      if (!pool.ok()) return NameTitles(pool.status(), rules, request, why);
      feasible = CheckTeamFeasible(*pool, &request, why);
    }
  }
  if (!feasible.ok()) return NameTitles(feasible, rules, request, why);
  TeamStats stats;
  auto teams = SelectTeams(*pool, &stats, why);
  if (!teams.ok()) return NameTitles(teams.status(), rules, request, why);
  Json out = TeamsToJson(*pool, *teams, request.explain);
  if (request.explain) {
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    out["stats"] = {{"pool", pool->pool.size()},
                    {"greedy_score", Round(stats.greedy_score)},
                    {"swaps", stats.swaps},
                    {"evaluations", stats.evaluations},
                    {"elapsed_ms", Round(ms)}};
  }
  return out;
}

}  // namespace

Result<Json> SuggestTeamsJson(const Catalog& catalog, const ProgrammeRules& rules,
                              const Json& body) {
  auto start = Clock::now();
  TeamInfeasibility why;
  auto request = ParseTeamRequest(body, rules);
  if (!request.ok()) return request.status();
  auto widen = [&]() -> std::optional<Result<TeamProblem>> {
    if (request->pool_size >= 2000) return std::nullopt;
    TeamRequest wider = *request;
    wider.pool_size = 2000;
    wider.leader_pool = 400;
    return BuildTeamPool(catalog, wider, &why);
  };
  auto out = Finish(rules, *request, BuildTeamPool(catalog, *request, &why), &why, start, widen);
  if (!out.ok()) return WithRelaxation(out.status(), why);
  return out;
}

Result<Json> SuggestTeamsFromCandidates(const ProgrammeRules& rules, const Json& body,
                                        std::vector<TeamCandidate> found) {
  auto start = Clock::now();
  TeamInfeasibility why;
  auto request = ParseTeamRequest(body, rules);
  if (!request.ok()) return request.status();
  auto no_widen = []() -> std::optional<Result<TeamProblem>> { return std::nullopt; };
  auto out = Finish(rules, *request, AssembleTeamProblem(*request, std::move(found), &why), &why,
                    start, no_widen);
  if (!out.ok()) return WithRelaxation(out.status(), why);
  return out;
}

}  // namespace consortia
