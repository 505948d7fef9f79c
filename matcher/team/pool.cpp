// Retrieval for team selection: the candidate pool from the catalog's index
// (filters pushed into the search), the store's expert attributes, capacity.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "matcher/team.h"

namespace consortia {
namespace {

Status Infeasible(TeamInfeasibility* why, std::string field, std::string message,
                  std::string relaxation) {
  if (why != nullptr) *why = {field, message, relaxation};
  return Status::Infeasible(message + "; relaxation: " + relaxation, field);
}

std::string Titles(const std::vector<Title>& titles) {
  std::string out;
  for (Title t : titles) out += (out.empty() ? "" : ", ") + std::string(ToString(t));
  return out;
}

// The query: text/industry/fields, or (members only) the mean of the members' profiles.
Result<std::vector<float>> TeamQuery(const VectorIndex& index, const TeamRequest& r) {
  QueryInput input;
  input.text = r.problem;
  if (!r.industry.empty()) input.industries.push_back(r.industry);
  for (const FieldWeight& f : r.fields) input.fields.push_back(f.code);
  if (!input.text.empty() || !input.industries.empty() || !input.fields.empty()) {
    return index.MakeQuery(input);
  }
  std::vector<float> sum;
  for (Id m : r.members) {
    auto e = index.Embedding(m);
    if (!e.ok()) return Status::NotFound("no organisation with id " + std::to_string(m), "members");
    if (sum.empty()) sum.assign(e->size(), 0.0f);
    for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += (*e)[i];
  }
  if (NormalizeL2(&sum) <= 0) {
    return Status::InvalidArgument("members have empty profiles", "members");
  }
  return sum;
}

Result<SearchResult> Run(const VectorIndex& index, const std::vector<float>& query, Filter filter,
                         int k) {
  SearchRequest req;
  req.query = query;
  req.filter = std::move(filter);
  req.k = std::clamp(k, 1, 10000);
  return index.Search(req);
}

// The pool's most relevant fields when none were requested: relevance-weighted
// counts over the 50 most relevant candidates, top 5.
std::vector<FieldWeight> DeriveFields(std::vector<TeamCandidate> pool) {
  std::sort(pool.begin(), pool.end(), [](const TeamCandidate& a, const TeamCandidate& b) {
    return a.relevance > b.relevance;
  });
  std::map<std::string, double> mass;
  for (std::size_t i = 0; i < pool.size() && i < 50; ++i) {
    for (const std::string& f : pool[i].fields) mass[f] += std::max(0.05, pool[i].relevance);
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [code, m] : mass) ranked.emplace_back(m, code);
  std::sort(ranked.begin(), ranked.end(), std::greater<>());
  std::vector<FieldWeight> out;
  double top = ranked.empty() ? 1 : ranked.front().first;
  for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) {
    out.push_back({ranked[i].second, std::round(ranked[i].first / top * 100) / 100});
  }
  return out;
}

}  // namespace

Result<TeamProblem> AssembleTeamProblem(const TeamRequest& r, std::vector<TeamCandidate> found,
                                        TeamInfeasibility* why) {
  std::set<Id> pinned(r.pin.begin(), r.pin.end());
  std::set<Id> excluded(r.exclude.begin(), r.exclude.end());
  std::set<Id> member_set(r.members.begin(), r.members.end());
  auto is_leader_title = [&](Title t) {
    return std::find(r.leader_titles.begin(), r.leader_titles.end(), t) != r.leader_titles.end();
  };
  for (Id id : r.pin) {
    bool seen = std::any_of(found.begin(), found.end(),
                            [id](const TeamCandidate& c) { return c.id == id; });
    if (!seen) return Status::NotFound("no expert with id " + std::to_string(id), "pin");
  }
  TeamProblem p;
  p.size = r.size;
  p.leader_titles = r.leader_titles;
  p.max_per_affiliation = r.max_per_affiliation;
  p.k = r.k;
  p.weights = r.weights;
  int excluded_leaders = 0, busy_leaders = 0;
  std::set<Id> seen;
  for (TeamCandidate& c : found) {
    if (!seen.insert(c.id).second) continue;
    if (excluded.count(c.id)) {
      excluded_leaders += is_leader_title(c.title);
      continue;
    }
    auto it = r.commitments.find(c.id);
    int served = it == r.commitments.end() ? 0 : it->second;
    c.pinned = pinned.count(c.id) > 0;
    if (served >= c.capacity) {
      if (c.pinned) {
        return Infeasible(why, "pin",
                          "pinned expert " + std::to_string(c.id) + " already serves " +
                              std::to_string(served) + " of " + std::to_string(c.capacity) +
                              " teams",
                          "unpin expert " + std::to_string(c.id) + " or raise their capacity");
      }
      busy_leaders += is_leader_title(c.title);
      continue;
    }
    c.relevance = std::clamp(c.relevance, 0.0, 1.0);
    c.member_affiliated = member_set.count(c.affiliation_id) > 0;
    p.pool.push_back(std::move(c));
  }
  // Pins first, then by relevance (stable, readable explain output).
  std::stable_sort(p.pool.begin(), p.pool.end(),
                   [](const TeamCandidate& a, const TeamCandidate& b) {
                     if (a.pinned != b.pinned) return a.pinned;
                     return a.relevance > b.relevance;
                   });
  if (r.fields.empty()) {
    p.fields = DeriveFields(p.pool);
    p.fields_derived = true;
  } else {
    p.fields = r.fields;
  }
  bool any_leader = std::any_of(p.pool.begin(), p.pool.end(),
                                [&](const TeamCandidate& c) { return is_leader_title(c.title); });
  if (!any_leader) {
    std::string msg = "no available expert with title " + Titles(r.leader_titles) + " can lead";
    if (excluded_leaders > 0) {
      return Infeasible(why, "leader_titles", msg,
                        "remove " + std::to_string(excluded_leaders) + " exclusions");
    }
    if (busy_leaders > 0) {
      return Infeasible(why, "leader_titles", msg,
                        "free capacity of " + std::to_string(busy_leaders) +
                            " experts with title " + Titles(r.leader_titles));
    }
    return Infeasible(why, "leader_titles", msg, "allow another leader title");
  }
  return p;
}

Result<TeamProblem> BuildTeamPool(const Catalog& catalog, const TeamRequest& r,
                                  TeamInfeasibility* why) {
  std::shared_ptr<VectorIndex> index = catalog.index();
  if (index == nullptr) return Status::Internal("the catalog has no index");
  Store& store = catalog.store();
  auto query = TeamQuery(*index, r);
  if (!query.ok()) return query.status();

  std::map<Id, double> relevance;  // candidate id -> index score
  auto take = [&](const SearchResult& res) {
    for (const Hit& h : res.hits) {
      auto [it, inserted] = relevance.emplace(h.id, h.score);
      if (!inserted) it->second = std::max(it->second, static_cast<double>(h.score));
    }
  };
  Filter base;
  base.kinds = {kExpertKind};
  base.only_available = true;
  base.exclude = r.exclude;

  // Pins: whatever their availability (capacity is checked in AssembleTeamProblem).
  for (Id id : r.pin) relevance.emplace(id, 0.0);
  if (!r.pin.empty()) {
    Filter f;
    f.kinds = {kExpertKind};
    f.only_ids = r.pin;
    auto res = Run(*index, *query, f, static_cast<int>(r.pin.size()));
    if (!res.ok()) return res.status();
    for (const Hit& h : res->hits) relevance[h.id] = h.score;
  }
  // Relevance candidates, then leader-title candidates.
  auto main = Run(*index, *query, base, r.pool_size);
  if (!main.ok()) return main.status();
  take(*main);
  Filter leaders = base;
  leaders.titles = r.leader_titles;
  auto lead = Run(*index, *query, leaders, r.leader_pool);
  if (!lead.ok()) return lead.status();
  take(*lead);
  if (lead->hits.empty()) {
    // For the diagnosis only: leader-title experts that are excluded or busy.
    Filter f;
    f.kinds = {kExpertKind};
    f.titles = r.leader_titles;
    if (!r.exclude.empty()) {
      f.only_ids = r.exclude;
      auto res = Run(*index, *query, f, static_cast<int>(r.exclude.size()));
      if (res.ok()) take(*res);
    }
  }
  // Experts of the consortium's members (up to 50 each), scored in one search.
  Filter member_experts = base;
  for (Id m : r.members) {
    auto org = store.GetOrganization(m);
    if (!org.ok())
      return Status::NotFound("no organisation with id " + std::to_string(m), "members");
    ExpertFilter ef;
    ef.affiliation_id = m;
    ef.limit = 50;
    auto page = store.ListExperts(ef);
    if (!page.ok()) return page.status();
    for (const Expert& e : page->items) member_experts.only_ids.push_back(e.id);
  }
  if (!member_experts.only_ids.empty()) {
    auto res =
        Run(*index, *query, member_experts, static_cast<int>(member_experts.only_ids.size()));
    if (!res.ok()) return res.status();
    take(*res);
  }

  // The store's attributes of every candidate in one batched read.
  std::vector<Id> ids;
  ids.reserve(relevance.size());
  for (const auto& [id, score] : relevance) ids.push_back(id);
  auto experts = store.GetExperts(ids);
  if (!experts.ok()) return experts.status();
  std::vector<TeamCandidate> found;
  found.reserve(experts->size());
  for (Expert& e : *experts) {
    TeamCandidate cand;
    cand.id = e.id;
    cand.name = std::move(e.name);
    cand.title = e.title;
    cand.affiliation_id = e.affiliation_id;
    cand.fields = std::move(e.fields);
    cand.relevance = relevance[e.id];
    cand.capacity = e.capacity;
    found.push_back(std::move(cand));
  }
  // Ids the store no longer holds were deleted since indexed (a missing pin is
  // NotFound "pin" in AssembleTeamProblem).
  return AssembleTeamProblem(r, std::move(found), why);
}

}  // namespace consortia
