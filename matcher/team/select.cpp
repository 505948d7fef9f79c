// Team selection on a plain pool: feasibility checks, greedy from the best
// leader candidates, best-improvement swaps, alternatives and descriptions.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "matcher/team.h"
#include "state.h"

namespace consortia {
namespace {

using team_detail::PickLeader;
using team_detail::TeamModel;
using team_detail::TeamState;

constexpr double kEps = 1e-12;

Status Infeasible(TeamInfeasibility* why, std::string field, std::string message,
                  std::string relaxation) {
  if (why != nullptr) *why = {field, message, relaxation};
  return Status::Infeasible(message + (relaxation.empty() ? "" : "; relaxation: " + relaxation),
                            field);
}

// The smallest cap c >= current at which the pool can fill `size` seats.
int MinimalCap(const TeamModel& m, int size) {
  std::vector<int> per_slot(m.slots, 0);
  int uncapped = 0;
  for (int e = 0; e < m.n; ++e) {
    if (m.slot[e] < 0) {
      ++uncapped;
    } else {
      ++per_slot[m.slot[e]];
    }
  }
  int most = 0;
  for (int c : per_slot) most = std::max(most, c);
  for (int cap = 1; cap <= std::max(most, 1); ++cap) {
    int seats = uncapped;
    for (int c : per_slot) seats += std::min(c, cap);
    if (seats >= size) return cap;
  }
  return -1;  // not even without a cap
}

bool Forbidden(const std::vector<char>& banned, int e) { return !banned.empty() && banned[e]; }

// Best-improvement single swaps; pins stay.
int LocalSearch(const TeamModel& m, TeamState* s, const std::vector<char>& banned, int* evals) {
  int swaps = 0;
  TeamState::SwapOut swap;
  for (int iter = 0; iter < 500; ++iter) {
    double best = kEps;
    int best_out = -1, best_in = -1;
    int leaders = 0;
    for (int e : s->members()) leaders += m.leader_ok[e];
    for (int out : s->members()) {
      if (m.problem->pool[out].pinned) continue;
      s->PrepareSwap(out, &swap);
      for (int in = 0; in < m.n; ++in) {
        if (s->Contains(in) || Forbidden(banned, in)) continue;
        if (!s->CapAllows(in, out)) continue;
        if (m.leader_ok[out] && !m.leader_ok[in] && leaders <= 1) continue;
        ++*evals;
        double d = s->DeltaSwap(swap, in);
        if (d > best) {
          best = d;
          best_out = out;
          best_in = in;
        }
      }
    }
    if (best_out < 0) break;
    s->Remove(best_out);
    s->Add(best_in);
    ++swaps;
  }
  return swaps;
}

// Greedy completion of `s` to problem.size; false if stuck.
bool Greedy(const TeamModel& m, TeamState* s, const std::vector<char>& banned, int* evals) {
  const int size = m.problem->size;
  while (s->size() < size) {
    const bool need_leader = !s->HasLeader() && s->size() == size - 1;
    int best = -1;
    double best_gain = -1;
    for (int e = 0; e < m.n; ++e) {
      if (s->Contains(e) || Forbidden(banned, e) || !s->CapAllows(e)) continue;
      if (need_leader && !m.leader_ok[e]) continue;
      ++*evals;
      double g = s->GainAdd(e);
      if (g > best_gain) {
        best_gain = g;
        best = e;
      }
    }
    if (best < 0) return false;
    s->Add(best);
  }
  return true;
}

// One team: greedy from pins + each of the best leader candidates, then swaps.
bool SolveOnce(const TeamModel& m, const std::vector<char>& banned, std::vector<int>* out,
               TeamStats* stats) {
  TeamState base(m);
  for (int e : m.pinned) base.Add(e);
  std::vector<std::pair<double, int>> seeds;
  for (int e = 0; e < m.n; ++e) {
    if (!m.leader_ok[e] || base.Contains(e) || Forbidden(banned, e) || !base.CapAllows(e)) continue;
    seeds.emplace_back(base.GainAdd(e), e);
  }
  std::sort(seeds.begin(), seeds.end(), std::greater<>());
  std::vector<int> tries;
  if (base.HasLeader()) tries.push_back(-1);
  for (const auto& [gain, e] : seeds) {
    if (static_cast<int>(tries.size()) >= std::max(1, m.problem->leader_tries)) break;
    tries.push_back(e);
  }
  double best_value = -1;
  int evals = 0, swaps = 0;
  double best_greedy = -1;
  for (int seed : tries) {
    TeamState s = base;
    if (seed >= 0) {
      if (s.size() >= m.problem->size) continue;
      s.Add(seed);
    }
    if (!Greedy(m, &s, banned, &evals)) continue;
    best_greedy = std::max(best_greedy, s.value());
    if (m.problem->local_search) swaps += LocalSearch(m, &s, banned, &evals);
    if (s.HasLeader() && s.value() > best_value + kEps) {
      best_value = s.value();
      *out = s.members();
    }
  }
  if (stats != nullptr) {
    stats->greedy_score = best_greedy;
    stats->swaps += swaps;
    stats->evaluations += evals;
  }
  return best_value >= 0;
}

}  // namespace

Status CheckTeamFeasible(const TeamProblem& p, const TeamRequest* request, TeamInfeasibility* why) {
  TeamModel m(p);
  if (static_cast<int>(m.pinned.size()) > p.size) {
    return Status::InvalidArgument("pin names " + std::to_string(m.pinned.size()) +
                                       " experts, more than the team size " +
                                       std::to_string(p.size),
                                   "pin");
  }
  std::map<int, int> pinned_per_slot;
  int most_pinned = 0;
  for (int e : m.pinned) {
    if (m.slot[e] >= 0) most_pinned = std::max(most_pinned, ++pinned_per_slot[m.slot[e]]);
  }
  if (most_pinned > p.max_per_affiliation) {
    return Infeasible(why, "max_per_affiliation",
                      std::to_string(most_pinned) +
                          " pinned experts share one affiliation, above max_per_affiliation " +
                          std::to_string(p.max_per_affiliation),
                      "raise max_per_affiliation to " + std::to_string(most_pinned) + " or unpin " +
                          std::to_string(most_pinned - p.max_per_affiliation) + " of them");
  }
  if (m.n < p.size) {
    std::string relax = "import or free more experts";
    int gap = p.size - m.n;
    if (request != nullptr && static_cast<int>(request->exclude.size()) >= gap) {
      relax = "remove " + std::to_string(gap) + " exclusions";
    } else if (request != nullptr && !request->commitments.empty()) {
      relax = "free capacity of " + std::to_string(gap) + " committed experts";
    }
    return Infeasible(why, "size",
                      "only " + std::to_string(m.n) +
                          " eligible experts are available for a team of " + std::to_string(p.size),
                      relax);
  }
  bool any_leader = false;
  for (int e = 0; e < m.n; ++e) any_leader = any_leader || m.leader_ok[e];
  if (!any_leader) {
    std::string titles;
    for (Title t : p.leader_titles)
      titles += (titles.empty() ? "" : ", ") + std::string(ToString(t));
    return Infeasible(why, "leader_titles",
                      "no eligible expert holds a leader title (" + titles + ")",
                      request != nullptr && !request->exclude.empty()
                          ? "remove exclusions of leader-title experts or allow another title"
                          : "allow another leader title");
  }
  int cap = MinimalCap(m, p.size);
  if (cap < 0 || cap > p.max_per_affiliation) {
    return Infeasible(
        why, "max_per_affiliation",
        "with at most " + std::to_string(p.max_per_affiliation) +
            " experts per affiliation the candidates cannot fill " + std::to_string(p.size) +
            " seats",
        cap > 0 ? "raise max_per_affiliation to " + std::to_string(cap) : "import more experts");
  }
  return Status::Ok();
}

SelectedTeam DescribeTeam(const TeamProblem& p, std::vector<int> members) {
  TeamModel m(p);
  TeamState s(m);
  for (int e : members) s.Add(e);
  SelectedTeam team;
  team.leader = PickLeader(m, members);
  team.terms = s.Terms();
  team.score = team.terms.total();
  std::vector<std::pair<double, int>> order;
  for (int e : members) order.emplace_back(e == team.leader ? 1e300 : s.LossRemove(e), e);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& x, const auto& y) { return x.first > y.first; });
  int leaders = 0;
  for (int e : members) leaders += m.leader_ok[e];
  // Backups: the best two swap-ins among experts similar to the member (else
  // among all who may replace them), skipping experts already named as a backup
  // of an earlier-listed member, so that losing several members leaves a
  // distinct replacement for each; if that leaves none, the best unused
  // replacement of any kind, and only if there is none a repeated one.
  std::vector<char> used(m.n, 0);
  for (const auto& [unused, e] : order) {
    TeamMember tm;
    tm.index = e;
    tm.score = s.LossRemove(e);
    tm.why = MemberWhy(p, e, e == team.leader);
    std::vector<std::pair<double, int>> similar, any;
    TeamState::SwapOut swap;
    s.PrepareSwap(e, &swap);
    for (int j = 0; j < m.n; ++j) {
      if (s.Contains(j) || !s.CapAllows(j, e)) continue;
      if (m.leader_ok[e] && leaders <= 1 && !m.leader_ok[j]) continue;
      double d = s.DeltaSwap(swap, j);
      (m.Similar(e, j) ? similar : any).emplace_back(d, j);
    }
    std::sort(similar.begin(), similar.end(), std::greater<>());
    std::sort(any.begin(), any.end(), std::greater<>());
    const auto& first = similar.empty() ? any : similar;
    const auto& second = similar.empty() ? similar : any;
    auto take = [&](const std::vector<std::pair<double, int>>& from, bool fresh,
                    std::size_t limit) {
      for (const auto& [delta, j] : from) {
        if (tm.backups.size() >= limit) break;
        if (fresh && used[j]) continue;
        if (std::find(tm.backups.begin(), tm.backups.end(), j) != tm.backups.end()) continue;
        tm.backups.push_back(j);
      }
    };
    take(first, /*fresh=*/true, 2);
    if (tm.backups.empty()) take(second, /*fresh=*/true, 1);
    if (tm.backups.empty()) take(first, /*fresh=*/false, 1);
    if (tm.backups.empty()) take(second, /*fresh=*/false, 1);
    for (int b : tm.backups) used[b] = 1;
    team.members.push_back(std::move(tm));
  }
  // Coverage as reported: holders first, then parent, then sibling matches.
  for (int f = 0; f < m.nf; ++f) {
    FieldCoverage fc;
    fc.field = p.fields[f].code;
    for (FieldRelation want : {FieldRelation::kSame, FieldRelation::kChild, FieldRelation::kParent,
                               FieldRelation::kSibling}) {
      for (const TeamMember& tm : team.members) {
        if (m.Relation(tm.index, f) != want) continue;
        fc.by.emplace_back(tm.index, MatchField(p.pool[tm.index].fields, fc.field));
      }
    }
    if (fc.by.empty()) {
      fc.status = CoverageStatus::kUncovered;
    } else {
      fc.status = Holds(fc.by.front().second.relation) ? CoverageStatus::kCovered
                                                       : CoverageStatus::kPartial;
    }
    team.fields.push_back(std::move(fc));
  }
  return team;
}

Result<std::vector<SelectedTeam>> SelectTeams(const TeamProblem& p, TeamStats* stats,
                                              TeamInfeasibility* why) {
  if (p.size < 1) return Status::InvalidArgument("size must be at least 1", "size");
  if (p.leader_titles.empty()) {
    return Status::InvalidArgument("at least one leader title is needed", "leader_titles");
  }
  if (Status s = CheckTeamFeasible(p, nullptr, why); !s.ok()) return s;
  // Alternatives: each differs from every earlier team in >= min_difference
  // members (a constraint of the search, like the cap) and, while another
  // expert can lead, has a new leader (earlier leaders are left out).
  std::vector<std::vector<int>> avoid;
  std::vector<char> banned(p.pool.size(), 0);
  std::vector<SelectedTeam> teams;
  const int k = std::clamp(p.k, 1, team_detail::kMaxAvoid + 1);
  for (int t = 0; t < k; ++t) {
    TeamModel m(p, avoid);
    // Pins sit in every team: too many of them leave no room to differ.
    if (t > 0 && static_cast<int>(m.pinned.size()) > m.max_overlap) break;
    std::vector<int> members;
    TeamStats local;
    bool found = SolveOnce(m, banned, &members, &local);
    if (!found && t > 0 && std::find(banned.begin(), banned.end(), 1) != banned.end()) {
      // No other leader: the same leader with other members.
      found = SolveOnce(m, {}, &members, &local);
    }
    if (!found) {
      if (t == 0) {
        return Infeasible(
            why, "max_per_affiliation",
            "no team of " + std::to_string(p.size) + " with a leader fits the affiliation cap",
            "raise max_per_affiliation to " + std::to_string(p.max_per_affiliation + 1));
      }
      break;
    }
    if (stats != nullptr && t == 0) *stats = local;
    teams.push_back(DescribeTeam(p, members));
    avoid.push_back(members);
    const int leader = teams.back().leader;
    if (!p.pool[leader].pinned) banned[leader] = 1;  // a pinned leader leads every alternative
  }
  return teams;
}

}  // namespace consortia
