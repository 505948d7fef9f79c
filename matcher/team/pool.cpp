// Retrieval for team selection: the candidate pool from the catalog's index
// (filters pushed into the search), the store's expert attributes, capacity,
// the fields of a request that names none.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "core/taxonomy.h"
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

std::string_view ParentOf(std::string_view code) {
  return code.size() > 3 ? code.substr(0, 3) : std::string_view();
}

// The request's query: text/industry/fields (plus `extra_field`), or (members
// only) the mean of the members' profiles.
Result<std::vector<float>> TeamQuery(const VectorIndex& index, const TeamRequest& r,
                                     const std::string& extra_field = "") {
  QueryInput input;
  input.text = r.problem;
  if (!r.industry.empty()) input.industries.push_back(r.industry);
  for (const FieldWeight& f : r.fields) input.fields.push_back(f.code);
  if (!extra_field.empty()) input.fields = {extra_field};
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
                         int k, const BlockWeights& weights = {}) {
  SearchRequest req;
  req.query = query;
  req.filter = std::move(filter);
  req.k = std::clamp(k, 1, 10000);
  req.weights = weights;
  return index.Search(req);
}

const std::string& CodeOf(const std::pair<std::string, double>& picked) { return picked.first; }
const std::string& CodeOf(const FieldWeight& f) { return f.code; }

// Codes of an industry, each with the share of its sub-fields (index/
// cross-walk) that belong to the industry: F0401 is all IC, F05 half.
std::vector<std::pair<std::string, double>> IndustryCodes(const std::string& industry) {
  std::vector<std::pair<std::string, double>> out;
  if (industry.empty()) return out;
  for (const Term& field : Fields()) {
    const std::vector<std::string>& subs = FieldToSubfields(field.code);
    int in = 0;
    for (const std::string& sub : subs) {
      const Term* s = FindSubfield(sub);
      in += s != nullptr && s->parent == industry;
    }
    if (in > 0)
      out.emplace_back(field.code, static_cast<double>(in) / static_cast<double>(subs.size()));
  }
  return out;
}

// A code whose topics (its sub-fields in the index's cross-walk) all belong to
// codes already taken adds no distinct expertise (F0407 MEMS lies within F0406's
// manufacturing); codes without sub-fields are never redundant.
template <typename Taken>
bool Redundant(const std::string& code, const Taken& taken) {
  const std::vector<std::string>& mine = FieldToSubfields(code);
  if (mine.empty()) return false;
  std::set<std::string> theirs;
  for (const auto& t : taken) {
    const std::vector<std::string>& subs = FieldToSubfields(CodeOf(t));
    theirs.insert(subs.begin(), subs.end());
  }
  return std::all_of(mine.begin(), mine.end(),
                     [&](const std::string& s) { return theirs.count(s) > 0; });
}

bool HoldsCode(const TeamCandidate& c, const std::string& code) {
  return Holds(MatchField(c.fields, code).relation);
}

}  // namespace

std::vector<FieldWeight> DeriveTeamFields(const std::vector<TeamCandidate>& pool,
                                          const std::string& industry) {
  std::vector<const TeamCandidate*> by_relevance;
  for (const TeamCandidate& c : pool) by_relevance.push_back(&c);
  std::stable_sort(
      by_relevance.begin(), by_relevance.end(),
      [](const TeamCandidate* a, const TeamCandidate* b) { return a->relevance > b->relevance; });
  // Each candidate's relevance shared among its codes.
  std::map<std::string, double> mass;
  for (std::size_t i = 0; i < by_relevance.size() && i < 100; ++i) {
    const TeamCandidate& c = *by_relevance[i];
    if (c.fields.empty()) continue;
    const double share = std::max(0.05, c.relevance) / static_cast<double>(c.fields.size());
    for (const std::string& f : c.fields) mass[f] += share;
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [code, m] : mass) ranked.emplace_back(m, code);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::pair<std::string, double>> picked;  // code, mass
  const double top = ranked.empty() ? 0 : ranked.front().first;
  for (const auto& [m, code] : ranked) {
    if (picked.size() >= 5 || m < 0.05 * top) break;
    bool skip = false;
    for (auto& [have, have_mass] : picked) {
      if (ParentOf(code) == have) {  // the specific code replaces its parent
        have = code;
        have_mass = std::max(have_mass, m);
        skip = true;
        break;
      }
      if (ParentOf(have) == code) {  // a child is already taken
        skip = true;
        break;
      }
    }
    if (!skip && !Redundant(code, picked)) picked.emplace_back(code, m);
  }
  std::vector<FieldWeight> out;
  for (const auto& [code, m] : picked) {
    out.push_back({code, std::round((0.5 + 0.5 * m / top) * 100) / 100});
  }
  // Fewer than 3: the industry's codes that candidates hold, the most
  // industry-specific and relevant first (share of the code's sub-fields in
  // the industry × its best holder's relevance).
  if (out.size() < 3) {
    std::vector<std::pair<double, std::string>> more;
    for (const auto& [code, share] : IndustryCodes(industry)) {
      bool related = false;
      for (const FieldWeight& f : out) {
        related = related || f.code == code || ParentOf(code) == f.code || ParentOf(f.code) == code;
      }
      if (related || Redundant(code, out)) continue;
      double best = -1;
      for (const TeamCandidate& c : pool) {
        if (HoldsCode(c, code)) best = std::max(best, c.relevance);
      }
      if (best >= 0) more.emplace_back(share * best, code);
    }
    std::sort(more.begin(), more.end(), std::greater<>());
    for (const auto& [best, code] : more) {
      if (out.size() >= 3) break;
      if (!Redundant(code, out)) out.push_back({code, 0.5});
    }
  }
  return out;
}

Result<TeamProblem> AssembleTeamProblem(const TeamRequest& r, std::vector<TeamCandidate> found,
                                        TeamInfeasibility* why) {
  std::vector<Id> pins = r.pin;
  if (r.leader_id != 0 && std::find(pins.begin(), pins.end(), r.leader_id) == pins.end()) {
    pins.push_back(r.leader_id);
  }
  std::set<Id> pinned(pins.begin(), pins.end());
  std::set<Id> excluded(r.exclude.begin(), r.exclude.end());
  std::set<Id> member_set(r.members.begin(), r.members.end());
  auto is_leader_title = [&](Title t) {
    return std::find(r.leader_titles.begin(), r.leader_titles.end(), t) != r.leader_titles.end();
  };
  for (Id id : pins) {
    auto it = std::find_if(found.begin(), found.end(),
                           [id](const TeamCandidate& c) { return c.id == id; });
    const bool leader = id == r.leader_id;
    if (it == found.end()) {
      return Status::NotFound("no expert with id " + std::to_string(id),
                              leader ? "leader_id" : "pin");
    }
    if (leader && !is_leader_title(it->title)) {
      return Infeasible(why, "leader_id",
                        "expert " + std::to_string(id) + " (" + it->name + ") is " +
                            std::string(ToString(it->title)) +
                            " and may not lead; leader titles: " + Titles(r.leader_titles),
                        "name an expert with title " + Titles(r.leader_titles) +
                            " as leader_id, or leave leader_id out");
    }
  }
  TeamProblem p;
  p.size = r.size;
  p.leader_titles = r.leader_titles;
  p.leader_id = r.leader_id;
  p.max_per_affiliation = r.max_per_affiliation;
  p.k = r.k;
  p.min_difference = r.min_difference;
  p.weights = r.weights;
  int excluded_leaders = 0, busy_leaders = 0;
  std::set<Id> seen;
  std::vector<TeamCandidate> all;  // every distinct candidate found, for the supply counts
  for (TeamCandidate& c : found) {
    if (!seen.insert(c.id).second) continue;
    all.push_back(c);
    if (excluded.count(c.id)) {
      excluded_leaders += is_leader_title(c.title);
      continue;
    }
    auto it = r.commitments.find(c.id);
    int served = it == r.commitments.end() ? 0 : it->second;
    c.pinned = pinned.count(c.id) > 0;
    if (served >= c.capacity) {
      if (c.pinned) {
        const std::string field = c.id == r.leader_id ? "leader_id" : "pin";
        return Infeasible(why, field,
                          (c.id == r.leader_id ? "leader " : "pinned expert ") +
                              std::to_string(c.id) + " already serves " + std::to_string(served) +
                              " of " + std::to_string(c.capacity) + " teams",
                          (c.id == r.leader_id ? "choose another leader_id"
                                               : "unpin expert " + std::to_string(c.id)) +
                              " or raise their capacity");
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
    p.fields = DeriveTeamFields(p.pool, r.industry);
    p.fields_derived = true;
  } else {
    p.fields = r.fields;
  }
  for (const FieldWeight& f : p.fields) {
    FieldSupply s;
    for (const TeamCandidate& c : all) s.found += HoldsCode(c, f.code);
    for (const TeamCandidate& c : p.pool) s.eligible += HoldsCode(c, f.code);
    p.supply.push_back(s);
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

  std::map<Id, double> relevance;  // candidate id -> index score of the request's query
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

  // Pins and the leader: whatever their availability (capacity is checked in
  // AssembleTeamProblem).
  std::vector<Id> pins = r.pin;
  if (r.leader_id != 0) pins.push_back(r.leader_id);
  for (Id id : pins) relevance.emplace(id, 0.0);
  if (!pins.empty()) {
    Filter f;
    f.kinds = {kExpertKind};
    f.only_ids = pins;
    auto res = Run(*index, *query, f, static_cast<int>(pins.size()));
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
  std::vector<TeamCandidate> found;
  auto read = [&](const std::vector<Id>& ids) -> Status {
    auto experts = store.GetExperts(ids);
    if (!experts.ok()) return experts.status();
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
    return Status::Ok();
  };
  std::vector<Id> ids;
  ids.reserve(relevance.size());
  for (const auto& [id, score] : relevance) ids.push_back(id);
  if (Status s = read(ids); !s.ok()) return s;

  // The best candidates for each field, so that a field the problem's text
  // does not mention still has its holders in the pool: the requested fields,
  // or (none requested) the industry's codes and the pool's most common ones.
  std::vector<std::string> codes;
  for (const FieldWeight& f : r.fields) codes.push_back(f.code);
  if (codes.empty()) {
    for (const auto& [code, share] : IndustryCodes(r.industry)) codes.push_back(code);
    for (const FieldWeight& f : DeriveTeamFields(found, r.industry)) codes.push_back(f.code);
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  }
  if (codes.size() > 12) codes.resize(12);
  BlockWeights field_first;
  field_first[Block::kFields] = 3.0f;
  field_first[Block::kText] = 0.5f;
  std::set<Id> more;
  for (const std::string& code : codes) {
    auto q = TeamQuery(*index, r, code);
    if (!q.ok()) return q.status();
    auto res = Run(*index, *q, base, r.field_pool, field_first);
    if (!res.ok()) return res.status();
    for (const Hit& h : res->hits) {
      if (!relevance.count(h.id)) more.insert(h.id);
    }
  }
  // A requested field none of them holds: its holders from the store, if any.
  for (const FieldWeight& f : r.fields) {
    bool held = std::any_of(found.begin(), found.end(),
                            [&](const TeamCandidate& c) { return HoldsCode(c, f.code); });
    if (held) continue;
    ExpertFilter ef;
    ef.field = f.code;
    ef.limit = 500;
    auto page = store.ListExperts(ef);
    if (!page.ok()) return page.status();
    for (const Expert& e : page->items) {
      if (!relevance.count(e.id)) more.insert(e.id);
    }
  }
  if (!more.empty()) {
    // Scored by the request's own query, like every other candidate; the best
    // field_pool per field at most (the search keeps the best of them).
    Filter f = base;
    f.only_ids.assign(more.begin(), more.end());
    const int keep = static_cast<int>(std::min<std::size_t>(
        more.size(), static_cast<std::size_t>(r.field_pool) *
                         std::max<std::size_t>(1, codes.size() + r.fields.size())));
    auto res = Run(*index, *query, f, keep);
    if (!res.ok()) return res.status();
    std::vector<Id> add;
    for (const Hit& h : res->hits) {
      relevance[h.id] = h.score;
      add.push_back(h.id);
    }
    if (Status s = read(add); !s.ok()) return s;
  }
  // Ids the store no longer holds were deleted since indexed (a missing pin is
  // NotFound "pin" in AssembleTeamProblem).
  return AssembleTeamProblem(r, std::move(found), why);
}

}  // namespace consortia
