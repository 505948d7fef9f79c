#include "branch_and_bound.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace consortia::planner_detail {
namespace {

using Clock = std::chrono::steady_clock;

double Eps(double v) { return 1e-9 * std::max(1.0, std::fabs(v)); }

class Search {
 public:
  Search(const Problem& p, const Limits& limits)
      : p_(p),
        limits_(limits),
        cap_(p.capacity),
        next_(p.groups.size(), 0),
        closed_(p.groups.size(), 0),
        used_slots_(p.slots.size(), 0),
        zone_count_(p.zone_count, 0),
        position_(p.items.size(), 0),
        best_by_type_(p.slots.size()) {
    for (const auto& group : p.groups) {
      for (size_t k = 0; k < group.size(); ++k) position_[group[k]] = static_cast<int>(k);
    }
    for (int z = 0; z < p.zone_count; ++z) {
      if (p.zones_initial[z]) zone_count_[z] = 1;
    }
    best_ = Evaluate(p_, {});
  }

  Solution Run() {
    start_ = Clock::now();
    Node();
    Solution s;
    s.chosen = best_chosen_;
    std::sort(s.chosen.begin(), s.chosen.end());
    s.objective = best_;
    s.nodes = nodes_;
    s.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    if (stopped_by_ == nullptr) {
      s.proven = true;
      s.upper_bound = best_;
    } else {
      s.stopped_by = stopped_by_;
      s.upper_bound = std::max(best_, open_bound_);
    }
    return s;
  }

 private:
  bool Fits(int item) const {
    for (int r : p_.items[item].resources) {
      if (cap_[r] <= 0) return false;
    }
    return true;
  }

  double CurrentValue() const {
    int touched = 0;
    for (int c : zone_count_) touched += c > 0 ? 1 : 0;
    return score_ + p_.zone_bonus * touched;
  }

  // Upper bound of the subtree; fills *picks (score descending) when given.
  double Bound(std::vector<int>* picks) {
    for (auto& v : best_by_type_) v.clear();
    int zones_reachable = 0;
    reachable_.assign(p_.zone_count, 0);
    for (size_t g = 0; g < p_.groups.size(); ++g) {
      if (closed_[g]) continue;
      const int t = p_.group_type[g];
      if (used_slots_[t] >= p_.slots[t]) continue;
      const auto& group = p_.groups[g];
      bool have_best = false;
      for (size_t k = next_[g]; k < group.size(); ++k) {
        const int item = group[k];
        const int zone = p_.items[item].zone;
        const bool zone_useful = zone >= 0 && zone_count_[zone] == 0 && !reachable_[zone];
        if (have_best && !zone_useful) continue;
        if (!Fits(item)) continue;
        if (!have_best) {
          best_by_type_[t].push_back(item);
          have_best = true;
        }
        if (zone_useful) {
          reachable_[zone] = 1;
          ++zones_reachable;
        }
      }
    }
    double bound = CurrentValue();
    int slots_left = 0;
    if (picks != nullptr) picks->clear();
    for (size_t t = 0; t < best_by_type_.size(); ++t) {
      auto& v = best_by_type_[t];
      const int r = p_.slots[t] - used_slots_[t];
      slots_left += std::max(0, r);
      const size_t take = std::min<size_t>(v.size(), std::max(0, r));
      std::partial_sort(v.begin(), v.begin() + take, v.end(),
                        [&](int a, int b) { return p_.items[a].score > p_.items[b].score; });
      for (size_t i = 0; i < take; ++i) {
        bound += p_.items[v[i]].score;
        if (picks != nullptr) picks->push_back(v[i]);
      }
    }
    bound += p_.zone_bonus * std::min(zones_reachable, slots_left);
    if (picks != nullptr) {
      std::stable_sort(picks->begin(), picks->end(),
                       [&](int a, int b) { return p_.items[a].score > p_.items[b].score; });
    }
    return bound;
  }

  void Choose(int item) {
    const Item& it = p_.items[item];
    closed_[it.group] = 1;
    ++used_slots_[p_.group_type[it.group]];
    for (int r : it.resources) --cap_[r];
    if (it.zone >= 0) ++zone_count_[it.zone];
    score_ += it.score;
    chosen_.push_back(item);
  }

  void Unchoose(int item) {
    const Item& it = p_.items[item];
    closed_[it.group] = 0;
    --used_slots_[p_.group_type[it.group]];
    for (int r : it.resources) ++cap_[r];
    if (it.zone >= 0) --zone_count_[it.zone];
    score_ -= it.score;
    chosen_.pop_back();
  }

  bool ShouldStop() {
    if (stopped_by_ != nullptr) return true;
    if (limits_.node_limit > 0 && nodes_ >= limits_.node_limit) {
      stopped_by_ = "node_limit";
      return true;
    }
    if (limits_.time_limit_seconds > 0 && (nodes_ & 255) == 0) {
      const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
      if (elapsed >= limits_.time_limit_seconds) {
        stopped_by_ = "time_limit";
        return true;
      }
    }
    return false;
  }

  // Adds the picks greedily (skipping conflicts) to the current partial plan:
  // returns the index of the first conflicting pick, or -1.
  int TryPicks(const std::vector<int>& picks) {
    int first_conflict = -1;
    std::vector<int> taken;
    for (size_t i = 0; i < picks.size(); ++i) {
      if (Fits(picks[i])) {
        Choose(picks[i]);
        taken.push_back(picks[i]);
      } else if (first_conflict < 0) {
        first_conflict = static_cast<int>(i);
      }
    }
    const double value = CurrentValue();
    if (value > best_ + Eps(best_)) {
      best_ = value;
      best_chosen_ = chosen_;
    }
    for (auto it = taken.rbegin(); it != taken.rend(); ++it) Unchoose(*it);
    return first_conflict;
  }

  void Node() {
    if (ShouldStop()) {
      open_bound_ = std::max(open_bound_, Bound(nullptr));
      return;
    }
    ++nodes_;
    std::vector<int> picks;
    const double bound = Bound(&picks);
    if (bound <= best_ + Eps(bound)) return;
    const int conflict = TryPicks(picks);
    if (conflict < 0 && best_ >= bound - Eps(bound)) return;  // solved
    if (picks.empty()) return;
    const int item = picks[conflict >= 0 ? conflict : 0];
    const int g = p_.items[item].group;
    // Left: choose the item.
    Choose(item);
    Node();
    Unchoose(item);
    // Right: exclude it (and the items before it, which no longer fit).
    const int saved = next_[g];
    next_[g] = position_[item] + 1;
    Node();
    next_[g] = saved;
  }

  const Problem& p_;
  const Limits limits_;
  std::vector<int> cap_;
  std::vector<int> next_;
  std::vector<char> closed_;
  std::vector<int> used_slots_;
  std::vector<int> zone_count_;
  std::vector<int> position_;
  std::vector<std::vector<int>> best_by_type_;
  std::vector<char> reachable_;
  std::vector<int> chosen_;
  double score_ = 0.0;
  double best_ = 0.0;
  std::vector<int> best_chosen_;
  double open_bound_ = -std::numeric_limits<double>::infinity();
  const char* stopped_by_ = nullptr;
  long long nodes_ = 0;
  Clock::time_point start_;
};

}  // namespace

double Evaluate(const Problem& problem, const std::vector<int>& chosen) {
  std::vector<bool> touched = problem.zones_initial;
  touched.resize(problem.zone_count, false);
  double value = 0.0;
  for (int item : chosen) {
    value += problem.items[item].score;
    if (problem.items[item].zone >= 0) touched[problem.items[item].zone] = true;
  }
  for (bool t : touched) value += t ? problem.zone_bonus : 0.0;
  return value;
}

Solution Solve(const Problem& problem, const Limits& limits) {
  Search search(problem, limits);
  return search.Run();
}

}  // namespace consortia::planner_detail
