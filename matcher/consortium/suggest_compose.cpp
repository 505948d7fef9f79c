// Suggester::Compose (suggester.h): the pool the composer works on, its pair
// weights (ties among members, redundancy within a role), the member sets
// (compose.h), and the answer's proposals, candidate lists and explanation.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "suggester.h"
#include "words.h"

namespace consortia::detail {

Status Suggester::Compose() {
  Pool pool = BuildPool();
  if (Status s = AddPairWeights(&pool); !s.ok()) return s;
  pool.problem.min_difference = MinDifference(pool.problem);
  out_.min_difference = pool.problem.min_difference;
  const std::vector<Composition> found = ComposeHeuristic(pool.problem, req_.k);
  if (found.empty()) {
    return Fail(infeasible_, "applicant", 0, 1, "请固定一个合格的学会作为申报单位，或减少排除",
                "没有同时满足全部约束的成员组合");
  }
  // The lead's own warnings (target, region) once for the answer.
  const std::vector<FitMember> lead_only = {{{lead_.id, lead_role_->key}, &lead_}};
  out_.warnings = FitWarnings(rules_, type_->key, req_.industry, req_.region, lead_only);
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

// The lead, then each role's best (pins first) and the pool's extra
// applicant; one slot per role of the type, and one per optional role that is
// sized or pinned.
Suggester::Pool Suggester::BuildPool() const {
  Pool pool;
  CompositionProblem& problem = pool.problem;
  problem.restarts = req_.options.restarts;
  problem.need_applicant = rules_.applicant.must_be_member;
  pool.members.push_back(LeadCandidate());
  for (const RoleState& rs : roles_) {
    if (rs.rule->requires_leading) {
      problem.slots.push_back({rs.rule->key, 1});
      continue;
    }
    const int size = SlotSize(rs);
    if (rs.minimum == nullptr && size == 0) continue;
    problem.slots.push_back({rs.rule->key, size});
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

// The request's share of the non-lead members (rounded up) or its count, at
// most the members that are not forced (the lead, pins); at least 1.
int Suggester::MinDifference(const CompositionProblem& problem) const {
  int members = 0, forced = 0;
  for (const CompositionSlot& slot : problem.slots) members += slot.size;
  for (const CompositionMember& m : problem.members) forced += m.forced ? 1 : 0;
  const int non_lead = members - 1;
  const double d = req_.min_difference;
  const int wanted = d < 1 ? static_cast<int>(std::ceil(d * non_lead - 1e-9)) : static_cast<int>(d);
  return std::max(1, std::min(wanted, members - forced));
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
// applicant-eligible member as applicant (the requested one when given); F(S)
// split into its terms; the set's fit warnings.
Proposal Suggester::ToProposal(const Pool& pool, const Composition& comp) {
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
  p.applicant_name = applicant ? applicant->name : "";
  p.score = comp.objective;
  p.terms = {{"member_scores", scores}, {"tie_bonus", tie_part}, {"redundancy", redundancy}};
  p.warnings = ProposalWarnings(p);
  return p;
}

const Organization* Suggester::OrganizationOf(Id id) {
  if (id == 0 || id == lead_.id) return &lead_;
  auto it = org_cache_.find(id);
  if (it != org_cache_.end()) return &it->second;
  auto org = store_.GetOrganization(id);
  if (!org.ok()) return nullptr;
  return &org_cache_.emplace(id, std::move(*org)).first->second;
}

std::vector<FitWarning> Suggester::ProposalWarnings(const Proposal& p) {
  std::vector<FitMember> members;
  for (const ProposalMember& m : p.members) {
    members.push_back({{m.id, m.role}, OrganizationOf(m.id)});
  }
  return FitWarnings(rules_, type_->key, req_.industry, req_.region, members);
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
