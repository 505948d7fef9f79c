// The team objective: field relations and affinities, the incremental state,
// evaluation.
#include <algorithm>
#include <map>
#include <string_view>

#include "matcher/team.h"
#include "state.h"

namespace consortia {
namespace {

// NSFC numbering: a 5-character code's parent is its 3-character prefix (as in
// core/taxonomy.h Fields()); computed, not looked up, to stay cheap in loops.
std::string_view ParentOf(std::string_view code) {
  return code.size() > 3 ? code.substr(0, 3) : std::string_view();
}

FieldRelation RelationOf(std::string_view expert_code, std::string_view field) {
  if (expert_code == field) return FieldRelation::kSame;
  const std::string_view e_parent = ParentOf(expert_code);
  if (e_parent == field) return FieldRelation::kChild;  // the expert's code is a child of it
  const std::string_view field_parent = ParentOf(field);
  if (!field_parent.empty() && field_parent == expert_code) return FieldRelation::kParent;
  if (!e_parent.empty() && e_parent == field_parent) return FieldRelation::kSibling;
  return FieldRelation::kNone;
}

double AffinityOf(FieldRelation r, const TeamWeights& w) {
  switch (r) {
    case FieldRelation::kSame:
    case FieldRelation::kChild:
      return std::min(w.same_field, 0.999);  // keeps 1 - a invertible for removals
    case FieldRelation::kParent:
      return std::min(w.parent_field, 0.999);
    case FieldRelation::kSibling:
      return std::min(w.sibling_field, 0.999);
    case FieldRelation::kNone:
      break;
  }
  return 0;
}

}  // namespace

std::string_view ToString(FieldRelation relation) {
  switch (relation) {
    case FieldRelation::kSame:
      return "same";
    case FieldRelation::kChild:
      return "child";
    case FieldRelation::kParent:
      return "parent";
    case FieldRelation::kSibling:
      return "sibling";
    case FieldRelation::kNone:
      break;
  }
  return "none";
}

std::string_view ToString(CoverageStatus status) {
  switch (status) {
    case CoverageStatus::kCovered:
      return "covered";
    case CoverageStatus::kPartial:
      return "partial";
    case CoverageStatus::kUncovered:
      break;
  }
  return "uncovered";
}

FieldMatch MatchField(const std::vector<std::string>& expert_fields, const std::string& field) {
  FieldMatch best;
  for (const std::string& code : expert_fields) {
    const FieldRelation r = RelationOf(code, field);
    if (r > best.relation) best = {r, code};
  }
  return best;
}

double FieldAffinity(const std::vector<std::string>& expert_fields, const std::string& field,
                     const TeamWeights& w) {
  return AffinityOf(MatchField(expert_fields, field).relation, w);
}

namespace team_detail {

TeamModel::TeamModel(const TeamProblem& p, const std::vector<std::vector<int>>& avoid)
    : problem(&p) {
  n = static_cast<int>(p.pool.size());
  nf = static_cast<int>(p.fields.size());
  nc = 2 * nf;
  const TeamWeights& w = p.weights;
  const double beta = std::clamp(w.partial_share, 0.0, 1.0);
  double total = 0, top = 0;
  for (const FieldWeight& f : p.fields) {
    total += f.weight;
    top = std::max(top, f.weight);
  }
  column_weight.resize(nc);
  for (int f = 0; f < nf; ++f) {
    const double wf = total > 0 ? w.coverage * p.fields[f].weight / total : 0;
    column_weight[f] = wf * (1 - beta);
    column_weight[nf + f] = wf * beta;
  }
  a.resize(static_cast<std::size_t>(n) * nc);
  relation.resize(static_cast<std::size_t>(n) * nf);
  modular.resize(n);
  slot.resize(n, -1);
  leader_ok.resize(n, 0);
  leader_q.resize(n, 0);
  avoid_mask.assign(n, 0);
  std::map<Id, int> slots_by_affiliation;
  const double per_member = p.size > 0 ? 1.0 / p.size : 0;
  for (int e = 0; e < n; ++e) {
    const TeamCandidate& c = p.pool[e];
    for (int f = 0; f < nf; ++f) {
      const FieldRelation r = MatchField(c.fields, p.fields[f].code).relation;
      const double aff = AffinityOf(r, w);
      relation[static_cast<std::size_t>(e) * nf + f] = r;
      a[static_cast<std::size_t>(e) * nc + f] = Holds(r) ? aff : 0;
      a[static_cast<std::size_t>(e) * nc + nf + f] = aff;
    }
    // focus: the share of the expert's codes that hold a requested field,
    // each counted by that field's weight relative to the heaviest.
    double focus = 0;
    for (const std::string& code : c.fields) {
      double best = 0;
      for (int f = 0; f < nf; ++f) {
        if (Holds(RelationOf(code, p.fields[f].code)) && top > 0) {
          best = std::max(best, p.fields[f].weight / top);
        }
      }
      focus += best;
    }
    if (!c.fields.empty()) focus /= static_cast<double>(c.fields.size());
    const double r = std::clamp(c.relevance, 0.0, 1.0);
    const double q = w.title_quality[static_cast<int>(c.title)];
    modular[e] = per_member * (w.relevance * r + (c.member_affiliated ? w.affiliation : 0.0) +
                               w.titles * w.member_quality[static_cast<int>(c.title)]);
    if (c.affiliation_id != 0) {
      auto [it, inserted] = slots_by_affiliation.emplace(c.affiliation_id, slots);
      if (inserted) ++slots;
      slot[e] = it->second;
    }
    const bool titled =
        std::find(p.leader_titles.begin(), p.leader_titles.end(), c.title) != p.leader_titles.end();
    const bool ok = titled && (p.leader_id == 0 || c.id == p.leader_id);
    leader_ok[e] = ok;
    const double fit = nf > 0 ? (focus + r) / 2 : r;
    leader_q[e] = ok ? w.leader * q * (1 + fit) / 2 : 0;
    if (c.pinned) pinned.push_back(e);
  }
  avoid_count = std::min(static_cast<int>(avoid.size()), kMaxAvoid);
  for (int j = 0; j < avoid_count; ++j) {
    for (int e : avoid[j]) avoid_mask[e] |= static_cast<std::uint8_t>(1u << j);
  }
  max_overlap = std::max(0, p.size - p.min_difference);
}

bool TeamModel::Similar(int i, int j) const {
  const TeamWeights& w = problem->weights;
  for (const std::string& code : problem->pool[i].fields) {
    if (FieldAffinity(problem->pool[j].fields, code, w) >= w.parent_field) return true;
  }
  return false;
}

TeamState::TeamState(const TeamModel& model)
    : m_(model), in_(model.n, 0), prod_(model.nc, 1.0), count_(model.slots, 0) {}

double TeamState::LeaderValue(int skip, int extra) const {
  double best = extra >= 0 && m_.leader_ok[extra] ? m_.leader_q[extra] : 0.0;
  if (skip < 0 || !m_.leader_ok[skip]) return std::max(best, leader_best_);
  for (int e : members_) {
    if (e != skip && m_.leader_ok[e]) best = std::max(best, m_.leader_q[e]);
  }
  return best;
}

TeamTerms TeamState::Terms() const {
  TeamTerms t;
  for (int c = 0; c < m_.nc; ++c) t.coverage += m_.column_weight[c] * (1.0 - prod_[c]);
  const TeamProblem& p = *m_.problem;
  const TeamWeights& w = p.weights;
  const double per_member = p.size > 0 ? 1.0 / p.size : 0;
  for (int e : members_) {
    const TeamCandidate& c = p.pool[e];
    t.relevance += per_member * w.relevance * std::clamp(c.relevance, 0.0, 1.0);
    if (c.member_affiliated) t.affiliation += per_member * w.affiliation;
    t.titles += per_member * w.titles * w.member_quality[static_cast<int>(c.title)];
  }
  t.leader = leader_best_;
  return t;
}

double TeamState::value() const {
  double v = modular_ + leader_best_;
  for (int c = 0; c < m_.nc; ++c) v += m_.column_weight[c] * (1.0 - prod_[c]);
  return v;
}

bool TeamState::CapAllows(int e, int removed) const {
  const int s = m_.slot[e];
  if (s >= 0) {
    int c = count_[s];
    if (removed >= 0 && m_.slot[removed] == s) --c;
    if (c >= m_.problem->max_per_affiliation) return false;
  }
  const unsigned mask = m_.avoid_mask[e];
  if (mask != 0) {
    const unsigned gone = removed >= 0 ? m_.avoid_mask[removed] : 0u;
    for (int j = 0; j < m_.avoid_count; ++j) {
      if ((mask >> j & 1u) == 0) continue;
      const int shared = overlap_[j] - static_cast<int>(gone >> j & 1u);
      if (shared >= m_.max_overlap) return false;
    }
  }
  return true;
}

double TeamState::GainAdd(int e) const {
  double g = m_.modular[e];
  const double* row = m_.a.data() + static_cast<std::size_t>(e) * m_.nc;
  for (int c = 0; c < m_.nc; ++c) g += m_.column_weight[c] * prod_[c] * row[c];
  if (m_.leader_ok[e]) g += std::max(0.0, m_.leader_q[e] - leader_best_);
  return g;
}

double TeamState::LossRemove(int e) const {
  double l = m_.modular[e];
  const double* row = m_.a.data() + static_cast<std::size_t>(e) * m_.nc;
  for (int c = 0; c < m_.nc; ++c) l += m_.column_weight[c] * prod_[c] / (1.0 - row[c]) * row[c];
  if (m_.leader_ok[e]) l += leader_best_ - LeaderValue(e);
  return l;
}

double TeamState::DeltaSwap(int out, int in) const {
  double d = m_.modular[in] - m_.modular[out];
  const double* ro = m_.a.data() + static_cast<std::size_t>(out) * m_.nc;
  const double* ri = m_.a.data() + static_cast<std::size_t>(in) * m_.nc;
  for (int c = 0; c < m_.nc; ++c) {
    const double without = prod_[c] / (1.0 - ro[c]);
    d += m_.column_weight[c] * (prod_[c] - without * (1.0 - ri[c]));
  }
  if (m_.leader_ok[in] || m_.leader_ok[out]) d += LeaderValue(out, in) - leader_best_;
  return d;
}

void TeamState::PrepareSwap(int out, SwapOut* swap) const {
  swap->out = out;
  swap->weight.resize(m_.nc);
  double base = -m_.modular[out];
  const double* ro = m_.a.data() + static_cast<std::size_t>(out) * m_.nc;
  for (int c = 0; c < m_.nc; ++c) {
    const double without = prod_[c] / (1.0 - ro[c]);
    base += m_.column_weight[c] * (prod_[c] - without);
    swap->weight[c] = m_.column_weight[c] * without;
  }
  swap->base = base;
  swap->leader_now = leader_best_;
  swap->leader_without = LeaderValue(out);
}

double TeamState::DeltaSwap(const SwapOut& swap, int in) const {
  // prod - without * (1 - a_in) = (prod - without) + without * a_in
  double d = swap.base + m_.modular[in];
  const double* ri = m_.a.data() + static_cast<std::size_t>(in) * m_.nc;
  for (int c = 0; c < m_.nc; ++c) d += swap.weight[c] * ri[c];
  if (m_.leader_ok[in] || m_.leader_ok[swap.out]) {
    const double with_in = m_.leader_ok[in] ? m_.leader_q[in] : 0.0;
    d += std::max(swap.leader_without, with_in) - swap.leader_now;
  }
  return d;
}

void TeamState::Add(int e) {
  in_[e] = 1;
  members_.push_back(e);
  const double* row = m_.a.data() + static_cast<std::size_t>(e) * m_.nc;
  for (int c = 0; c < m_.nc; ++c) prod_[c] *= 1.0 - row[c];
  if (m_.slot[e] >= 0) ++count_[m_.slot[e]];
  for (int j = 0; j < m_.avoid_count; ++j) overlap_[j] += m_.avoid_mask[e] >> j & 1u;
  modular_ += m_.modular[e];
  if (m_.leader_ok[e]) {
    ++leaders_;
    leader_best_ = std::max(leader_best_, m_.leader_q[e]);
  }
}

void TeamState::Remove(int e) {
  const double before = LeaderValue(e);
  in_[e] = 0;
  members_.erase(std::find(members_.begin(), members_.end(), e));
  const double* row = m_.a.data() + static_cast<std::size_t>(e) * m_.nc;
  for (int c = 0; c < m_.nc; ++c) prod_[c] /= 1.0 - row[c];
  if (m_.slot[e] >= 0) --count_[m_.slot[e]];
  for (int j = 0; j < m_.avoid_count; ++j) overlap_[j] -= m_.avoid_mask[e] >> j & 1u;
  modular_ -= m_.modular[e];
  if (m_.leader_ok[e]) {
    --leaders_;
    leader_best_ = before;
  }
}

int PickLeader(const TeamModel& model, const std::vector<int>& members) {
  int best = -1;
  for (int e : members) {
    if (!model.leader_ok[e]) continue;
    if (best < 0 || model.leader_q[e] > model.leader_q[best] ||
        (model.leader_q[e] == model.leader_q[best] &&
         model.problem->pool[e].relevance > model.problem->pool[best].relevance)) {
      best = e;
    }
  }
  return best;
}

}  // namespace team_detail

TeamTerms EvaluateTeam(const TeamProblem& problem, const std::vector<int>& members) {
  team_detail::TeamModel model(problem);
  team_detail::TeamState state(model);
  for (int e : members) state.Add(e);
  return state.Terms();
}

}  // namespace consortia
