// Greedy fill + penalised single-swap local search (matcher/consortium/compose.h).
#include "compose.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace consortia {
namespace {

// Slot index of each member (-1: its role has no slot).
std::vector<int> SlotOf(const CompositionProblem& p) {
  std::vector<int> slot(p.members.size(), -1);
  for (size_t i = 0; i < p.members.size(); ++i) {
    for (size_t s = 0; s < p.slots.size(); ++s) {
      if (p.slots[s].role == p.members[i].role) slot[i] = static_cast<int>(s);
    }
  }
  return slot;
}

int Difference(const std::vector<char>& in, const std::vector<int>& other) {
  int common = 0;
  for (int a : other) common += in[a] ? 1 : 0;
  return static_cast<int>(other.size()) - common;
}

// Local search state: membership, per-member pair sums with the set.
class Search {
 public:
  Search(const CompositionProblem& p, const std::vector<std::vector<int>>& avoid)
      : p_(p), avoid_(avoid), slot_(SlotOf(p)), n_(static_cast<int>(p.members.size())) {
    double scale = 1.0;
    for (const auto& m : p.members) scale += std::abs(m.score);
    for (double w : p.pair) scale += std::abs(w) * 0.5;
    penalty_ = 10.0 * scale;
    for (const auto& a : avoid) {
      in_avoid_.emplace_back(n_, 0);
      for (int i : a) in_avoid_.back()[i] = 1;
    }
  }

  // Builds a start: forced members, then greedy by marginal gain, never using
  // `forbidden` unless nothing else fits. Returns false if a slot cannot be filled.
  bool Start(const std::vector<char>& forbidden) {
    in_.assign(n_, 0);
    contrib_.assign(n_, 0.0);
    objective_ = 0;
    applicants_ = 0;
    common_.assign(avoid_.size(), 0);
    std::vector<int> count(p_.slots.size(), 0);
    for (int i = 0; i < n_; ++i) {
      if (p_.members[i].forced && slot_[i] >= 0) {
        Add(i);
        ++count[slot_[i]];
      }
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (;;) {
        int best = -1;
        double best_gain = -1e300;
        for (int i = 0; i < n_; ++i) {
          if (in_[i] || slot_[i] < 0 || count[slot_[i]] >= p_.slots[slot_[i]].size) continue;
          if (pass == 0 && forbidden[i]) continue;
          double gain = p_.members[i].score + contrib_[i];
          if (gain > best_gain) best_gain = gain, best = i;
        }
        if (best < 0) break;
        Add(best);
        ++count[slot_[best]];
      }
    }
    for (size_t s = 0; s < p_.slots.size(); ++s) {
      if (count[s] != p_.slots[s].size) return false;
    }
    return true;
  }

  // Alternates single swaps with exact re-optimisation of one slot, then of
  // each pair of slots (all combinations of their pools, the rest fixed),
  // until nothing improves the penalised objective.
  void Improve() {
    for (int round = 0; round < 100; ++round) {
      Swaps();
      bool improved = false;
      const int slots = static_cast<int>(p_.slots.size());
      for (int s = 0; s < slots; ++s) improved |= Reoptimise({s});
      for (int s = 0; s < slots; ++s) {
        for (int t = s + 1; t < slots; ++t) improved |= Reoptimise({s, t});
      }
      if (!improved) return;
    }
  }

  // Best improvement over single swaps within a role.
  void Swaps() {
    for (int iter = 0; iter < 1000; ++iter) {
      const double current = Penalised();
      int best_out = -1, best_in = -1;
      double best_value = current + 1e-12;
      for (int i = 0; i < n_; ++i) {
        if (!in_[i] || p_.members[i].forced) continue;
        for (int j = 0; j < n_; ++j) {
          if (in_[j] || slot_[j] != slot_[i]) continue;
          double delta =
              p_.members[j].score - p_.members[i].score + contrib_[j] - p_.Pair(j, i) - contrib_[i];
          // Constraint part, evaluated by applying the swap to membership only.
          Mark(i, false), Mark(j, true);
          double value = objective_ + delta - penalty_ * Violation();
          Mark(i, true), Mark(j, false);
          if (value > best_value) best_value = value, best_out = i, best_in = j;
        }
      }
      if (best_out < 0) return;
      Remove(best_out);
      Add(best_in);
    }
  }

  // Replaces the free members of the given slots by the best combination
  // (every combination of each slot's pool, the other slots fixed); true if
  // the penalised objective improved. Skipped when there are too many.
  bool Reoptimise(const std::vector<int>& slots) {
    std::vector<std::vector<int>> pools;
    std::vector<int> sizes, free_in;
    double combinations = 1;
    for (int s : slots) {
      std::vector<int> pool;
      int r = 0;
      for (int i = 0; i < n_; ++i) {
        if (slot_[i] != s || p_.members[i].forced) continue;
        pool.push_back(i);
        if (in_[i]) free_in.push_back(i), ++r;
      }
      if (r == 0 || r == static_cast<int>(pool.size())) continue;
      combinations *= Combinations(static_cast<int>(pool.size()), r);
      pools.push_back(std::move(pool));
      sizes.push_back(r);
    }
    if (pools.empty() || combinations > kMaxCombinations) return false;
    const double before = Penalised();
    for (int i : free_in) Remove(i);
    std::vector<int> pick, best_pick;
    double best_value = before + 1e-12;
    // Depth-first: slot by slot, combinations in index order, value incremental.
    auto rec = [&](auto&& self, size_t g, int taken, size_t from, double value) -> void {
      if (taken == sizes[g]) {
        if (g + 1 < pools.size()) return self(self, g + 1, 0, 0, value);
        for (int c : pick) Mark(c, true);
        double v = value - penalty_ * Violation();
        for (int c : pick) Mark(c, false);
        if (v > best_value) best_value = v, best_pick = pick;
        return;
      }
      const auto& pool = pools[g];
      for (size_t k = from; k + (sizes[g] - taken) <= pool.size(); ++k) {
        const int c = pool[k];
        double gain = p_.members[c].score + contrib_[c];
        for (int x : pick) gain += p_.Pair(c, x);
        pick.push_back(c);
        self(self, g, taken + 1, k + 1, value + gain);
        pick.pop_back();
      }
    };
    rec(rec, 0, 0, 0, objective_);
    const bool better = !best_pick.empty();
    for (int i : better ? best_pick : free_in) Add(i);
    return better;
  }

  static double Combinations(int n, int r) {
    double c = 1;
    for (int i = 0; i < r; ++i) c = c * (n - i) / (i + 1);
    return c;
  }
  static constexpr double kMaxCombinations = 20000;

  bool Feasible() const { return Violation() == 0; }
  double objective() const { return objective_; }
  std::vector<int> Chosen() const {
    std::vector<int> out;
    for (int i = 0; i < n_; ++i) {
      if (in_[i]) out.push_back(i);
    }
    return out;
  }

 private:
  void Add(int i) {
    objective_ += p_.members[i].score + contrib_[i];
    Mark(i, true);
    for (int x = 0; x < n_; ++x) contrib_[x] += p_.Pair(x, i);
  }
  void Remove(int i) {
    Mark(i, false);
    for (int x = 0; x < n_; ++x) contrib_[x] -= p_.Pair(x, i);
    objective_ -= p_.members[i].score + contrib_[i];
  }
  // Membership and the counters the constraints read (no objective change).
  void Mark(int i, bool in) {
    const int d = in ? 1 : -1;
    in_[i] = in ? 1 : 0;
    if (p_.members[i].applicant) applicants_ += d;
    for (size_t a = 0; a < avoid_.size(); ++a) {
      if (in_avoid_[a][i]) common_[a] += d;
    }
  }
  // Number of unmet constraints (applicant; each earlier set differed from too little).
  int Violation() const {
    int v = (p_.need_applicant && applicants_ == 0) ? 1 : 0;
    for (size_t a = 0; a < avoid_.size(); ++a) {
      const int difference = static_cast<int>(avoid_[a].size()) - common_[a];
      v += std::max(0, p_.min_difference - difference);
    }
    return v;
  }
  double Penalised() const { return objective_ - penalty_ * Violation(); }

  const CompositionProblem& p_;
  const std::vector<std::vector<int>>& avoid_;
  std::vector<int> slot_;
  int n_;
  double penalty_ = 0;
  std::vector<char> in_;
  std::vector<double> contrib_;
  double objective_ = 0;
  int applicants_ = 0;
  std::vector<int> common_;                  // |S ∩ avoid[a]|
  std::vector<std::vector<char>> in_avoid_;  // membership of each avoided set
};

}  // namespace

double CompositionObjective(const CompositionProblem& problem, const std::vector<int>& chosen) {
  double f = 0;
  for (size_t a = 0; a < chosen.size(); ++a) {
    f += problem.members[chosen[a]].score;
    for (size_t b = a + 1; b < chosen.size(); ++b) f += problem.Pair(chosen[a], chosen[b]);
  }
  return f;
}

std::string CompositionViolation(const CompositionProblem& problem, const std::vector<int>& chosen,
                                 const std::vector<std::vector<int>>& avoid) {
  std::vector<char> in(problem.members.size(), 0);
  for (int i : chosen) in[i] = 1;
  for (const auto& slot : problem.slots) {
    int count = 0;
    for (int i : chosen) count += problem.members[i].role == slot.role ? 1 : 0;
    if (count != slot.size) return "slot:" + slot.role;
  }
  for (int i : chosen) {
    bool has_slot = false;
    for (const auto& slot : problem.slots) has_slot |= slot.role == problem.members[i].role;
    if (!has_slot) return "slot:" + problem.members[i].role;
  }
  for (size_t i = 0; i < problem.members.size(); ++i) {
    if (problem.members[i].forced && !in[i]) return "forced";
  }
  if (problem.need_applicant) {
    bool any = false;
    for (int i : chosen) any |= problem.members[i].applicant;
    if (!any) return "applicant";
  }
  for (const auto& a : avoid) {
    if (Difference(in, a) < problem.min_difference) return "difference";
  }
  return "";
}

Composition ComposeOne(const CompositionProblem& problem,
                       const std::vector<std::vector<int>>& avoid) {
  const int n = static_cast<int>(problem.members.size());
  Search search(problem, avoid);
  Composition best;
  bool found = false;
  std::set<std::vector<int>> seen_starts;
  auto run = [&](const std::vector<char>& forbidden) {
    if (!search.Start(forbidden)) return;
    if (!seen_starts.insert(search.Chosen()).second) return;
    search.Improve();
    if (!search.Feasible()) return;
    if (!found || search.objective() > best.objective + 1e-12) {
      best.chosen = search.Chosen();
      best.objective = search.objective();
      found = true;
    }
  };
  std::vector<char> none(n, 0);
  run(none);
  // An alternative must differ from the earlier sets in min_difference
  // members; its best may lie away from where the search above starts (the
  // earlier best). Also start from greedy fills without the last earlier
  // set's members of one role, and without all of them.
  if (!avoid.empty()) {
    const std::vector<int> slot = SlotOf(problem);
    std::vector<char> all(n, 0);
    for (int i : avoid.back()) all[i] = problem.members[i].forced ? 0 : 1;
    run(all);
    for (size_t s = 0; s < problem.slots.size(); ++s) {
      std::vector<char> role(n, 0);
      bool any = false;
      for (int i : avoid.back()) {
        if (slot[i] == static_cast<int>(s) && !problem.members[i].forced) role[i] = 1, any = true;
      }
      if (any) run(role);
    }
  }
  // Restarts (problem.restarts of them): drop one member of the current best
  // set, highest score first, so the search leaves its neighbourhood.
  if (found && problem.restarts > 0) {
    std::vector<int> base = best.chosen;
    std::stable_sort(base.begin(), base.end(), [&](int a, int b) {
      return problem.members[a].score > problem.members[b].score;
    });
    int done = 0;
    for (int i : base) {
      if (problem.members[i].forced) continue;
      if (done++ >= problem.restarts) break;
      std::vector<char> forbidden(n, 0);
      forbidden[i] = 1;
      run(forbidden);
    }
  }
  if (found) best.objective = CompositionObjective(problem, best.chosen);
  return best;
}

std::vector<Composition> ComposeHeuristic(const CompositionProblem& problem, int k) {
  std::vector<Composition> out;
  std::vector<std::vector<int>> avoid;
  for (int t = 0; t < k; ++t) {
    Composition c = ComposeOne(problem, avoid);
    if (c.chosen.empty()) break;
    avoid.push_back(c.chosen);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace consortia
