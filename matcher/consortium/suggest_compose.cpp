// Suggester::Compose (suggester.h): the pool the composer works on, its pair
// weights (ties among members, redundancy within a role), the member sets
// (compose.h), and the answer's proposals, candidate lists and explanation.
#include <algorithm>
#include <unordered_map>

#include "suggester.h"

namespace consortia::detail {

Status Suggester::Compose() {
  Pool pool = BuildPool();
  if (Status s = AddPairWeights(&pool); !s.ok()) return s;
  const std::vector<Composition> found = ComposeHeuristic(pool.problem, req_.k);
  if (found.empty()) {
    return Fail(infeasible_, "applicant", 0, 1, "pin an eligible society or relax exclusions",
                "no member set meets every constraint");
  }
  for (const Composition& comp : found) out_.proposals.push_back(ToProposal(pool, comp));
  ListCandidates();
  if (req_.explain) Explain(std::move(pool));
  return Status::Ok();
}

ScoredCandidate Suggester::LeadCandidate() const {
  ScoredCandidate lead;
  lead.id = lead_.id;
  lead.name = lead_.name;
  lead.kind = lead_.kind;
  lead.role = lead_role_->key;
  lead.pinned = true;
  return lead;
}

// The lead, then each type role's best (pins first) and the pool's extra
// applicant; one slot per role of the type, and one per optional role with pins.
Suggester::Pool Suggester::BuildPool() const {
  Pool pool;
  CompositionProblem& problem = pool.problem;
  problem.restarts = req_.options.restarts;
  problem.need_applicant = rules_.applicant.must_be_member;
  pool.members.push_back(LeadCandidate());
  for (const RoleState& rs : roles_) {
    if (rs.minimum == nullptr) {
      if (!rs.pins.empty()) {
        problem.slots.push_back({rs.rule->key, static_cast<int>(rs.pins.size())});
        for (size_t i = 0; i < rs.pins.size(); ++i) pool.members.push_back(rs.ranked[i]);
      }
      continue;
    }
    if (rs.rule->requires_leading) {
      problem.slots.push_back({rs.rule->key, 1});
      continue;
    }
    problem.slots.push_back(
        {rs.rule->key, std::max(rs.minimum->min, static_cast<int>(rs.pins.size()))});
    const size_t n = PoolSize(rs);
    for (size_t i = 0; i < n; ++i) pool.members.push_back(rs.ranked[i]);
    auto extra = extra_pool_.find(rs.rule->key);
    if (extra != extra_pool_.end()) pool.members.push_back(rs.ranked[extra->second]);
  }
  for (const ScoredCandidate& c : pool.members) {
    problem.members.push_back({c.role, c.score, c.applicant_eligible, c.pinned});
  }
  return pool;
}

// pair_ij = tie_bonus · ties_ij − redundancy · cosine_ij (cosine within a role
// only), over the non-lead members.
Status Suggester::AddPairWeights(Pool* pool) const {
  const std::vector<ScoredCandidate>& members = pool->members;
  const size_t n = members.size();
  pool->problem.pair.assign(n * n, 0.0);
  std::vector<std::vector<float>> vec(n);
  std::unordered_map<Id, size_t> at;
  for (size_t i = 1; i < n; ++i) {
    at[members[i].id] = i;
    auto e = index_.Embedding(members[i].id);
    if (e.ok()) vec[i] = std::move(*e);
  }
  pool->ties.assign(n * n, 0);
  for (size_t i = 1; i < n; ++i) {
    auto ties = store_.TiesOf(members[i].id);
    if (!ties.ok()) return ties.status();
    for (const Tie& t : *ties) {
      const Id other = t.from_id == members[i].id ? t.to_id : t.from_id;
      auto j = at.find(other);
      if (j == at.end() || j->second <= i) continue;
      ++pool->ties[i * n + j->second];
    }
  }
  const double lambda = req_.options.redundancy, bonus = req_.options.tie_bonus;
  for (size_t i = 1; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      const int ties = pool->ties[i * n + j];
      const double cosine = members[i].role == members[j].role
                                ? std::max(0.0, static_cast<double>(InnerProduct(vec[i], vec[j])))
                                : 0.0;
      const double w = bonus * ties - lambda * cosine;
      pool->problem.pair[i * n + j] = pool->problem.pair[j * n + i] = w;
      if (w != 0 && req_.explain)
        pool->pairs.push_back({members[i].id, members[j].id, w, ties, cosine});
    }
  }
  return Status::Ok();
}

// Members in slot (rules) order, best first within a role; the best
// applicant-eligible member as applicant; F(S) split into its terms.
Proposal Suggester::ToProposal(const Pool& pool, const Composition& comp) const {
  const std::vector<ScoredCandidate>& members = pool.members;
  const size_t n = members.size();
  const double bonus = req_.options.tie_bonus;
  Proposal p;
  double scores = 0, tie_part = 0, redundancy = 0;
  const ScoredCandidate* applicant = nullptr;
  for (const CompositionSlot& slot : pool.problem.slots) {
    std::vector<int> in_role;
    for (int i : comp.chosen) {
      if (members[i].role == slot.role) in_role.push_back(i);
    }
    std::stable_sort(in_role.begin(), in_role.end(),
                     [&](int a, int b) { return members[a].score > members[b].score; });
    for (int i : in_role) {
      p.members.push_back({members[i].id, members[i].role, members[i].name, members[i].score});
      scores += members[i].score;
      if (members[i].applicant_eligible &&
          (applicant == nullptr || members[i].score > applicant->score)) {
        applicant = &members[i];
      }
    }
  }
  for (size_t a = 0; a < comp.chosen.size(); ++a) {
    for (size_t b = a + 1; b < comp.chosen.size(); ++b) {
      const size_t i = comp.chosen[a], j = comp.chosen[b];
      const int ties = pool.ties[std::min(i, j) * n + std::max(i, j)];
      tie_part += bonus * ties;
      redundancy += pool.problem.Pair(static_cast<int>(i), static_cast<int>(j)) - bonus * ties;
    }
  }
  p.applicant_id = applicant ? applicant->id : 0;
  p.score = comp.objective;
  p.terms = {{"member_scores", scores}, {"tie_bonus", tie_part}, {"redundancy", redundancy}};
  return p;
}

// Per role in order: the lead for the lead role, else the best ranked (at
// least the pins).
void Suggester::ListCandidates() {
  for (const RoleState& rs : roles_) {
    RoleCandidates rc;
    rc.role = rs.rule->key;
    rc.name = rs.rule->name;
    rc.min = rs.minimum ? rs.minimum->min : 0;
    if (rs.rule->requires_leading) {
      rc.eligible = 1;
      rc.candidates.push_back(LeadCandidate());
    } else {
      rc.eligible = rs.eligible + static_cast<std::int64_t>(rs.pins.size());
      const size_t shown =
          std::min(rs.ranked.size(), std::max<size_t>(req_.options.list_per_role, rs.pins.size()));
      rc.candidates.assign(rs.ranked.begin(),
                           rs.ranked.begin() + static_cast<std::ptrdiff_t>(shown));
    }
    out_.candidates.push_back(std::move(rc));
  }
}

void Suggester::Explain(Pool pool) {
  PoolExplanation explanation;
  explanation.members = std::move(pool.members);
  for (const CompositionSlot& s : pool.problem.slots)
    explanation.slots.emplace_back(s.role, s.size);
  explanation.pairs = std::move(pool.pairs);
  explanation.tie_bonus = req_.options.tie_bonus;
  explanation.redundancy = req_.options.redundancy;
  explanation.min_difference = pool.problem.min_difference;
  out_.explanation = std::move(explanation);
}

}  // namespace consortia::detail
