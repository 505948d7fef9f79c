// The team objective: field affinities, the incremental state, evaluation.
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

}  // namespace

double FieldAffinity(const std::vector<std::string>& expert_fields, const std::string& field,
                     const TeamWeights& w) {
  double best = 0;
  const std::string_view field_parent = ParentOf(field);
  for (const std::string& e : expert_fields) {
    double a = 0;
    if (e == field) {
      a = w.same_field;
    } else {
      const std::string_view e_parent = ParentOf(e);
      if (e_parent == field) {
        a = w.same_field;  // the expert's code is a child of the requested one
      } else if (field_parent == e) {
        a = w.parent_field;
      } else if (!e_parent.empty() && e_parent == field_parent) {
        a = w.sibling_field;
      }
    }
    best = std::max(best, a);
  }
  return std::min(best, 0.999);  // keeps 1 - a invertible for removals
}

namespace team_detail {

TeamModel::TeamModel(const TeamProblem& p) : problem(&p) {
  n = static_cast<int>(p.pool.size());
  nf = static_cast<int>(p.fields.size());
  double total = 0;
  for (const FieldWeight& f : p.fields) total += f.weight;
  for (const FieldWeight& f : p.fields) {
    field_weight.push_back(total > 0 ? p.weights.coverage * f.weight / total : 0);
  }
  a.resize(static_cast<std::size_t>(n) * nf);
  modular.resize(n);
  slot.resize(n, -1);
  leader_ok.resize(n, 0);
  leader_q.resize(n, 0);
  std::map<Id, int> slots_by_affiliation;
  const double per_member = p.size > 0 ? 1.0 / p.size : 0;
  for (int e = 0; e < n; ++e) {
    const TeamCandidate& c = p.pool[e];
    for (int f = 0; f < nf; ++f) {
      a[static_cast<std::size_t>(e) * nf + f] =
          FieldAffinity(c.fields, p.fields[f].code, p.weights);
    }
    double r = std::clamp(c.relevance, 0.0, 1.0);
    modular[e] = per_member *
                 (p.weights.relevance * r + (c.member_affiliated ? p.weights.affiliation : 0.0));
    if (c.affiliation_id != 0) {
      auto [it, inserted] = slots_by_affiliation.emplace(c.affiliation_id, slots);
      if (inserted) ++slots;
      slot[e] = it->second;
    }
    bool ok =
        std::find(p.leader_titles.begin(), p.leader_titles.end(), c.title) != p.leader_titles.end();
    leader_ok[e] = ok;
    leader_q[e] = ok ? p.weights.leader * p.weights.title_quality[static_cast<int>(c.title)] : 0;
    if (c.pinned) pinned.push_back(e);
  }
}

bool TeamModel::Similar(int i, int j) const {
  const TeamWeights& w = problem->weights;
  for (const std::string& code : problem->pool[i].fields) {
    if (FieldAffinity(problem->pool[j].fields, code, w) >= w.parent_field) return true;
  }
  return false;
}

TeamState::TeamState(const TeamModel& model)
    : m_(model), in_(model.n, 0), prod_(model.nf, 1.0), count_(model.slots, 0) {}

double TeamState::LeaderValue(int skip, int extra) const {
  // Best q among members with an allowed title, optionally without `skip` and with `extra`.
  const TeamProblem& p = *m_.problem;
  double best = 0;
  for (int t = 0; t < kTitleCount; ++t) {
    int c = title_count_[t];
    if (skip >= 0 && m_.leader_ok[skip] && static_cast<int>(p.pool[skip].title) == t) --c;
    if (extra >= 0 && m_.leader_ok[extra] && static_cast<int>(p.pool[extra].title) == t) ++c;
    if (c > 0) best = std::max(best, p.weights.leader * p.weights.title_quality[t]);
  }
  return best;
}

TeamTerms TeamState::Terms() const {
  TeamTerms t;
  for (int f = 0; f < m_.nf; ++f) t.coverage += m_.field_weight[f] * (1.0 - prod_[f]);
  const TeamProblem& p = *m_.problem;
  const double per_member = p.size > 0 ? 1.0 / p.size : 0;
  for (int e : members_) {
    t.relevance += per_member * p.weights.relevance * std::clamp(p.pool[e].relevance, 0.0, 1.0);
    if (p.pool[e].member_affiliated) t.affiliation += per_member * p.weights.affiliation;
  }
  t.leader = LeaderValue();
  return t;
}

double TeamState::value() const {
  double v = modular_ + LeaderValue();
  for (int f = 0; f < m_.nf; ++f) v += m_.field_weight[f] * (1.0 - prod_[f]);
  return v;
}

bool TeamState::CapAllows(int e, int removed) const {
  int s = m_.slot[e];
  if (s < 0) return true;
  int c = count_[s];
  if (removed >= 0 && m_.slot[removed] == s) --c;
  return c < m_.problem->max_per_affiliation;
}

double TeamState::GainAdd(int e) const {
  double g = m_.modular[e];
  const double* row = &m_.a[static_cast<std::size_t>(e) * m_.nf];
  for (int f = 0; f < m_.nf; ++f) g += m_.field_weight[f] * prod_[f] * row[f];
  if (m_.leader_ok[e]) g += std::max(0.0, m_.leader_q[e] - LeaderValue());
  return g;
}

double TeamState::LossRemove(int e) const {
  double l = m_.modular[e];
  const double* row = &m_.a[static_cast<std::size_t>(e) * m_.nf];
  for (int f = 0; f < m_.nf; ++f) l += m_.field_weight[f] * prod_[f] / (1.0 - row[f]) * row[f];
  if (m_.leader_ok[e]) l += LeaderValue() - LeaderValue(e);
  return l;
}

double TeamState::DeltaSwap(int out, int in) const {
  double d = m_.modular[in] - m_.modular[out];
  const double* ro = &m_.a[static_cast<std::size_t>(out) * m_.nf];
  const double* ri = &m_.a[static_cast<std::size_t>(in) * m_.nf];
  for (int f = 0; f < m_.nf; ++f) {
    double without = prod_[f] / (1.0 - ro[f]);
    d += m_.field_weight[f] * (prod_[f] - without * (1.0 - ri[f]));
  }
  if (m_.leader_ok[in] || m_.leader_ok[out]) d += LeaderValue(out, in) - LeaderValue();
  return d;
}

void TeamState::PrepareSwap(int out, SwapOut* swap) const {
  swap->out = out;
  swap->weight.resize(m_.nf);
  double base = -m_.modular[out];
  const double* ro = &m_.a[static_cast<std::size_t>(out) * m_.nf];
  for (int f = 0; f < m_.nf; ++f) {
    const double without = prod_[f] / (1.0 - ro[f]);
    base += m_.field_weight[f] * (prod_[f] - without);
    swap->weight[f] = m_.field_weight[f] * without;
  }
  swap->base = base;
  swap->leader_now = LeaderValue();
}

double TeamState::DeltaSwap(const SwapOut& swap, int in) const {
  // prod - without * (1 - a_in) = (prod - without) + without * a_in
  double d = swap.base + m_.modular[in];
  const double* ri = &m_.a[static_cast<std::size_t>(in) * m_.nf];
  for (int f = 0; f < m_.nf; ++f) d += swap.weight[f] * ri[f];
  if (m_.leader_ok[in] || m_.leader_ok[swap.out]) d += LeaderValue(swap.out, in) - swap.leader_now;
  return d;
}

void TeamState::Add(int e) {
  in_[e] = 1;
  members_.push_back(e);
  const double* row = &m_.a[static_cast<std::size_t>(e) * m_.nf];
  for (int f = 0; f < m_.nf; ++f) prod_[f] *= 1.0 - row[f];
  if (m_.slot[e] >= 0) ++count_[m_.slot[e]];
  modular_ += m_.modular[e];
  if (m_.leader_ok[e]) {
    ++leaders_;
    ++title_count_[static_cast<int>(m_.problem->pool[e].title)];
  }
}

void TeamState::Remove(int e) {
  in_[e] = 0;
  members_.erase(std::find(members_.begin(), members_.end(), e));
  const double* row = &m_.a[static_cast<std::size_t>(e) * m_.nf];
  for (int f = 0; f < m_.nf; ++f) prod_[f] /= 1.0 - row[f];
  if (m_.slot[e] >= 0) --count_[m_.slot[e]];
  modular_ -= m_.modular[e];
  if (m_.leader_ok[e]) {
    --leaders_;
    --title_count_[static_cast<int>(m_.problem->pool[e].title)];
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
