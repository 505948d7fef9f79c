// SuggestTeamsJson: request JSON -> pool -> selection -> response JSON (Chinese
// reasons and warnings, names beside ids).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "api/api.h"
#include "core/taxonomy.h"
#include "matcher/team.h"

namespace consortia {
namespace {

using Json = nlohmann::json;

double Round(double v) { return std::round(v * 10000) / 10000; }

Json TermsJson(const TeamTerms& t) {
  return {{"coverage", Round(t.coverage)},
          {"relevance", Round(t.relevance)},
          {"leader", Round(t.leader)},
          {"affiliation", Round(t.affiliation)},
          {"titles", Round(t.titles)}};
}

Json TitlesJson(const std::vector<Title>& titles) {
  Json out = Json::array();
  for (Title t : titles) out.push_back(ToString(t));
  return out;
}

std::string FieldName(std::string_view code) {
  const Term* term = FindField(code);
  return term != nullptr ? term->name : std::string();
}

Json FieldsJson(const std::vector<std::string>& codes) {
  Json out = Json::array();
  for (const std::string& c : codes) out.push_back({{"code", c}, {"name", FieldName(c)}});
  return out;
}

// An expert with names beside the ids and codes.
Json ExpertJson(const TeamCandidate& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"title", ToString(c.title)},
          {"title_name", TitleLabel(c.title)},
          {"affiliation_id", c.affiliation_id},
          {"affiliation_name", c.affiliation_name},
          {"fields", FieldsJson(c.fields)}};
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

// What a field that no member holds lacks, in Chinese: whether anyone holds it
// at all, and who touches it instead.
std::string FieldMessage(const TeamProblem& p, std::size_t f, const FieldCoverage& fc) {
  const std::string label = FieldLabel(fc.field);
  const FieldSupply s = f < p.supply.size() ? p.supply[f] : FieldSupply{};
  const int database = s.database >= 0 ? s.database : s.found;
  std::string why;
  if (database == 0) {
    why = "库中无专家持有该代码";
  } else if (s.eligible == 0) {
    why = "库中有 " + std::to_string(database) +
          " 位专家持有该代码，但均已排除、已达服务上限或未进入候选";
  } else {
    why = "候选中有 " + std::to_string(s.eligible) +
          " 位专家持有该代码，但未入选（受团队规模、单位人数上限或固定成员所限），可固定（pin）其中"
          "一位";
  }
  std::set<std::string> parents, siblings;
  for (const auto& [e, match] : fc.by) {
    (match.relation == FieldRelation::kParent ? parents : siblings).insert(match.code);
  }
  std::vector<std::string> near;
  for (const std::string& c : parents) near.push_back("上级代码 " + FieldLabel(c));
  for (const std::string& c : siblings) near.push_back("同级代码 " + FieldLabel(c));
  if (near.empty()) return label + "：" + why + "，服务团无人覆盖该领域";
  return label + "：" + why + "，仅有" + Join(near, "或") + " 的专家部分覆盖";
}

// How much a relation counts (a_ef) and its Chinese name.
double Degree(const TeamWeights& w, FieldRelation r) {
  if (Holds(r)) return w.same_field;
  if (r == FieldRelation::kParent) return w.parent_field;
  return r == FieldRelation::kSibling ? w.sibling_field : 0.0;
}

std::string_view RelationName(FieldRelation r) {
  switch (r) {
    case FieldRelation::kSame:
      return "持有该代码";
    case FieldRelation::kChild:
      return "持有下级代码";
    case FieldRelation::kParent:
      return "仅持有上级代码";
    case FieldRelation::kSibling:
      return "仅持有同级代码";
    case FieldRelation::kNone:
      break;
  }
  return "无关";
}

Json FieldCoverageJson(const TeamProblem& p, const SelectedTeam& t) {
  Json out = Json::array();
  for (std::size_t f = 0; f < t.fields.size(); ++f) {
    const FieldCoverage& fc = t.fields[f];
    Json by = Json::array();
    for (const auto& [e, match] : fc.by) {
      by.push_back({{"id", p.pool[e].id},
                    {"name", p.pool[e].name},
                    {"code", match.code},
                    {"code_name", FieldName(match.code)},
                    {"relation", ToString(match.relation)},
                    {"relation_name", RelationName(match.relation)},
                    {"degree", Degree(p.weights, match.relation)}});
    }
    Json one = {{"field", fc.field},
                {"name", FieldName(fc.field)},
                {"weight", f < p.fields.size() ? p.fields[f].weight : 1.0},
                {"status", ToString(fc.status)},
                {"by", std::move(by)}};
    if (fc.status != CoverageStatus::kCovered) one["message"] = FieldMessage(p, f, fc);
    out.push_back(std::move(one));
  }
  return out;
}

// |a \ b| for member sets.
int Difference(const SelectedTeam& a, const SelectedTeam& b) {
  std::set<int> in_b;
  for (const TeamMember& m : b.members) in_b.insert(m.index);
  int d = 0;
  for (const TeamMember& m : a.members) d += in_b.count(m.index) == 0;
  return d;
}

std::string TeamsText(const std::vector<int>& teams) {
  std::vector<std::string> parts;
  for (int t : teams) parts.push_back(std::to_string(t));
  return "方案 " + Join(parts, "、");
}

Json Warnings(const TeamProblem& p, const std::vector<SelectedTeam>& teams) {
  Json out = Json::array();
  const bool several = teams.size() > 1;
  if (p.fields_derived && !p.fields.empty()) {
    std::vector<std::string> labels;
    for (const FieldWeight& f : p.fields) labels.push_back(FieldLabel(f.code));
    out.push_back({{"code", "fields_derived"},
                   {"message", "未指定学科领域：按与问题最相关的专家推导为 " + Join(labels, "、") +
                                   "；如需其他领域请在 fields 中列出"}});
  }
  // One warning per field and message, naming the teams when not all share it.
  for (std::size_t f = 0; f < p.fields.size(); ++f) {
    std::map<std::pair<CoverageStatus, std::string>, std::vector<int>> groups;
    for (std::size_t t = 0; t < teams.size(); ++t) {
      const FieldCoverage& fc = teams[t].fields[f];
      if (fc.status == CoverageStatus::kCovered) continue;
      groups[{fc.status, FieldMessage(p, f, fc)}].push_back(static_cast<int>(t) + 1);
    }
    for (const auto& [key, which] : groups) {
      std::string message = key.second;
      if (several && which.size() < teams.size()) message += "（" + TeamsText(which) + "）";
      Json w = {
          {"code", key.first == CoverageStatus::kPartial ? "field_partial" : "field_uncovered"},
          {"field", p.fields[f].code},
          {"teams", which},
          {"message", message}};
      out.push_back(std::move(w));
    }
  }
  // One warning per off-field leader, naming the teams they lead.
  std::vector<std::pair<int, std::vector<int>>> led;  // pool index -> teams (1-based)
  for (std::size_t t = 0; t < teams.size(); ++t) {
    auto it = std::find_if(led.begin(), led.end(),
                           [&](const auto& l) { return l.first == teams[t].leader; });
    if (it == led.end()) it = led.insert(led.end(), {teams[t].leader, {}});
    it->second.push_back(static_cast<int>(t) + 1);
  }
  for (const auto& [index, which] : led) {
    const TeamCandidate& leader = p.pool[index];
    bool holds = false;
    for (const FieldWeight& f : p.fields)
      holds = holds || Holds(MatchField(leader.fields, f.code).relation);
    if (holds || p.fields.empty()) continue;
    std::vector<std::string> wanted, own;
    for (const FieldWeight& f : p.fields) wanted.push_back(FieldLabel(f.code));
    for (const std::string& c : leader.fields) own.push_back(FieldLabel(c));
    std::string message =
        (several && which.size() < teams.size() ? TeamsText(which) + " 的" : std::string()) +
        "团长" + leader.name + "（" + std::string(TitleLabel(leader.title)) +
        "）不持有所需的任何学科代码（" + Join(wanted, "、") + "）";
    message += own.empty() ? "" : "，其学科为 " + Join(own, "、");
    message += p.leader_id == leader.id
                   ? "；该团长由 leader_id 指定"
                   : "；建议改选持有这些代码的院士或知名专家，或用 leader_id 指定团长";
    out.push_back({{"code", "leader_off_field"},
                   {"team", which.front()},
                   {"teams", which},
                   {"expert_id", leader.id},
                   {"message", message}});
  }
  if (static_cast<int>(teams.size()) < p.k) {
    out.push_back(
        {{"code", "alternatives_short"},
         {"message", "请求 " + std::to_string(p.k) + " 个方案，只找到 " +
                         std::to_string(teams.size()) + " 个彼此至少相差 " +
                         std::to_string(p.min_difference) +
                         " 名成员的方案；可减小 min_difference、减少固定成员或放宽单位人数上限"}});
  }
  return out;
}

}  // namespace

Json TeamsToJson(const TeamProblem& p, const std::vector<SelectedTeam>& teams, bool explain) {
  Json out_teams = Json::array();
  Json field_coverage = Json::array();
  Json differences = Json::array();
  Json experts = Json::object();
  auto name = [&](int e) {
    const std::string key = std::to_string(p.pool[e].id);
    if (!experts.contains(key)) experts[key] = ExpertJson(p.pool[e]);
  };
  for (std::size_t ti = 0; ti < teams.size(); ++ti) {
    const SelectedTeam& t = teams[ti];
    Json members = Json::array();
    for (const TeamMember& m : t.members) {
      const TeamCandidate& c = p.pool[m.index];
      name(m.index);
      Json backups = Json::array();
      for (int b : m.backups) {
        backups.push_back(p.pool[b].id);
        name(b);
      }
      members.push_back({{"id", c.id},
                         {"name", c.name},
                         {"title", ToString(c.title)},
                         {"fields", c.fields},
                         {"affiliation_id", c.affiliation_id},
                         {"score", Round(m.score)},
                         {"why", m.why},
                         {"backups", std::move(backups)}});
    }
    // Covered only by holders; "uncovered" lists every field no member holds.
    Json coverage = Json::object();
    Json uncovered = Json::array();
    for (const FieldCoverage& fc : t.fields) {
      Json ids = Json::array();
      for (const auto& [e, match] : fc.by) {
        if (Holds(match.relation)) ids.push_back(p.pool[e].id);
      }
      if (fc.status != CoverageStatus::kCovered) uncovered.push_back(fc.field);
      coverage[fc.field] = std::move(ids);
    }
    out_teams.push_back({{"leader_id", p.pool[t.leader].id},
                         {"leader", ExpertJson(p.pool[t.leader])},
                         {"members", std::move(members)},
                         {"coverage", std::move(coverage)},
                         {"uncovered", std::move(uncovered)},
                         {"score", Round(t.score)},
                         {"terms", TermsJson(t.terms)}});
    field_coverage.push_back(FieldCoverageJson(p, t));
    if (ti == 0) {
      differences.push_back(nullptr);
    } else {
      int fewest = p.size;
      for (std::size_t j = 0; j < ti; ++j) fewest = std::min(fewest, Difference(t, teams[j]));
      differences.push_back(fewest);
    }
  }
  Json fields = Json::array();
  for (const FieldWeight& f : p.fields) {
    fields.push_back({{"code", f.code}, {"name", FieldName(f.code)}, {"weight", f.weight}});
  }
  const TeamWeights& w = p.weights;
  Json body = {{"teams", std::move(out_teams)},
               {"field_coverage", std::move(field_coverage)},
               {"differences", std::move(differences)},
               {"experts", std::move(experts)},
               {"warnings", Warnings(p, teams)},
               {"size", p.size},
               {"leader_titles", TitlesJson(p.leader_titles)},
               {"max_per_affiliation", p.max_per_affiliation},
               {"min_difference", p.min_difference},
               {"fields", std::move(fields)},
               {"fields_derived", p.fields_derived},
               {"objective",
                {{"coverage", w.coverage},
                 {"relevance", w.relevance},
                 {"leader", w.leader},
                 {"affiliation", w.affiliation},
                 {"titles", w.titles},
                 {"affinity",
                  {{"same_field", w.same_field},
                   {"parent_field", w.parent_field},
                   {"sibling_field", w.sibling_field},
                   {"partial_share", w.partial_share}}},
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

// Feasibility check (with an optional wider retrieval), selection, naming, JSON.
// `widen` returns a wider pool or nullopt; `name` fills affiliation names of
// the experts shown and the database's holders of fields not covered.
template <typename Widen, typename Name>
Result<Json> Finish(const ProgrammeRules& rules, const TeamRequest& request,
                    Result<TeamProblem> pool, TeamInfeasibility* why, Clock::time_point start,
                    Widen widen, Name name) {
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
  if (Status s = name(&*pool, *teams); !s.ok()) return s;
  for (SelectedTeam& t : *teams) {
    for (TeamMember& m : t.members) m.why = MemberWhy(*pool, m.index, m.index == t.leader);
  }
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

// Pool indexes of every expert an answer shows: members and backups.
std::set<int> Shown(const std::vector<SelectedTeam>& teams) {
  std::set<int> out;
  for (const SelectedTeam& t : teams) {
    for (const TeamMember& m : t.members) {
      out.insert(m.index);
      out.insert(m.backups.begin(), m.backups.end());
    }
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
  const Store& store = catalog.store();
  auto registry = store.Commitments();
  if (!registry.ok()) return registry.status();
  AddRegistryCommitments(registry->experts, &*request);
  auto widen = [&]() -> std::optional<Result<TeamProblem>> {
    if (request->pool_size >= 2000) return std::nullopt;
    TeamRequest wider = *request;
    wider.pool_size = 2000;
    wider.leader_pool = 400;
    return BuildTeamPool(catalog, wider, &why);
  };
  auto name = [&](TeamProblem* p, const std::vector<SelectedTeam>& teams) -> Status {
    std::map<Id, std::string> names;
    for (int e : Shown(teams)) {
      TeamCandidate& c = p->pool[e];
      if (c.affiliation_id == 0 || !c.affiliation_name.empty()) continue;
      auto it = names.find(c.affiliation_id);
      if (it == names.end()) {
        auto org = store.GetOrganization(c.affiliation_id);
        it = names.emplace(c.affiliation_id, org.ok() ? org->name : std::string()).first;
      }
      c.affiliation_name = it->second;
    }
    for (std::size_t f = 0; f < p->fields.size() && f < p->supply.size(); ++f) {
      const bool covered_everywhere = std::all_of(
          teams.begin(), teams.end(),
          [f](const SelectedTeam& t) { return t.fields[f].status == CoverageStatus::kCovered; });
      if (covered_everywhere) continue;
      ExpertFilter ef;
      ef.field = p->fields[f].code;
      ef.limit = 1;
      auto page = store.ListExperts(ef);
      if (!page.ok()) return page.status();
      p->supply[f].database = static_cast<int>(page->total);
    }
    return Status::Ok();
  };
  auto out =
      Finish(rules, *request, BuildTeamPool(catalog, *request, &why), &why, start, widen, name);
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
  // The candidates stand for the database: every one is named already, and a
  // field's holders in the database are those among them (FieldSupply::found).
  auto named = [](TeamProblem*, const std::vector<SelectedTeam>&) { return Status::Ok(); };
  auto out = Finish(rules, *request, AssembleTeamProblem(*request, std::move(found), &why), &why,
                    start, no_widen, named);
  if (!out.ok()) return WithRelaxation(out.status(), why);
  return out;
}

}  // namespace consortia
