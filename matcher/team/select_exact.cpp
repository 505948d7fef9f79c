// The exact oracle for team selection: depth-first branch and bound over the
// pool (include / exclude each candidate in order of singleton value).
//
// Upper bound at a node with member set S and r seats left: F(S) plus the sum
// of the r largest marginal gains F(S + j) - F(S) over the remaining candidates
// the affiliation cap still admits. F is monotone submodular, so the gain of
// adding any r of them together is at most that sum. The incumbent starts at the
// greedy team (no swaps), which only prunes; the search still proves optimality.
#include <algorithm>
#include <functional>

#include "select_exact.h"
#include "state.h"

namespace consortia {
namespace {

using team_detail::TeamModel;
using team_detail::TeamState;

constexpr double kEps = 1e-12;

struct Search {
  const TeamModel& m;
  std::vector<int> order;
  std::int64_t nodes = 0;
  std::int64_t max_nodes = 0;
  bool aborted = false;
  double best = -1;
  std::vector<int> best_members;
  std::vector<double> gains;  // scratch

  void Dfs(std::size_t i, TeamState* s) {
    const int r = m.problem->size - s->size();
    if (r == 0) {
      double v = s->value();
      if (s->HasLeader() && v > best + kEps) {
        best = v;
        best_members = s->members();
      }
      return;
    }
    if (order.size() - i < static_cast<std::size_t>(r) || aborted) return;
    if (++nodes > max_nodes) {
      aborted = true;
      return;
    }
    // Bound.
    std::size_t start = gains.size();
    bool leader_left = s->HasLeader();
    for (std::size_t k = i; k < order.size(); ++k) {
      int e = order[k];
      if (!s->CapAllows(e)) continue;
      gains.push_back(s->GainAdd(e));
      leader_left = leader_left || m.leader_ok[e];
    }
    std::size_t have = gains.size() - start;
    if (!leader_left || have < static_cast<std::size_t>(r)) {
      gains.resize(start);
      return;
    }
    auto first = gains.begin() + static_cast<std::ptrdiff_t>(start);
    std::nth_element(first, first + (r - 1), gains.end(), std::greater<>());
    double bound = s->value();
    for (int k = 0; k < r; ++k) bound += first[k];
    gains.resize(start);
    if (bound <= best + kEps) return;

    int e = order[i];
    bool may_add = s->CapAllows(e) && (s->HasLeader() || r > 1 || m.leader_ok[e]);
    if (may_add) {
      s->Add(e);
      Dfs(i + 1, s);
      s->Remove(e);
    }
    Dfs(i + 1, s);
  }
};

}  // namespace

Result<SelectedTeam> SolveTeamExact(const TeamProblem& problem, std::int64_t* nodes,
                                    std::int64_t max_nodes) {
  if (Status s = CheckTeamFeasible(problem, nullptr, nullptr); !s.ok()) return s;
  TeamModel m(problem);
  TeamState state(m);
  for (int e : m.pinned) state.Add(e);
  std::vector<std::pair<double, int>> singles;
  for (int e = 0; e < m.n; ++e) {
    if (!state.Contains(e)) singles.emplace_back(state.GainAdd(e), e);
  }
  std::sort(singles.begin(), singles.end(), std::greater<>());
  Search search{m, {}, 0, max_nodes, false, -1, {}, {}};
  for (const auto& [g, e] : singles) search.order.push_back(e);

  TeamProblem greedy_only = problem;
  greedy_only.local_search = false;
  greedy_only.k = 1;
  auto greedy = SelectTeams(greedy_only);
  if (greedy.ok()) {
    std::vector<int> members;
    for (const TeamMember& tm : greedy->front().members) members.push_back(tm.index);
    search.best = greedy->front().score;
    search.best_members = members;
  }
  search.Dfs(0, &state);
  if (nodes != nullptr) *nodes = search.nodes;
  if (search.aborted) {
    return Status::Internal("exact team search stopped after " + std::to_string(max_nodes) +
                            " nodes");
  }
  if (search.best < 0) {
    return Status::Infeasible("no team meets the constraints", "max_per_affiliation");
  }
  return DescribeTeam(problem, search.best_members);
}

}  // namespace consortia
