// Branch and bound over the scored pool (matcher/consortium/compose_exact.h).
#include "compose_exact.h"

#include <algorithm>

namespace consortia {
namespace {

class BranchAndBound {
 public:
  BranchAndBound(const CompositionProblem& p, const std::vector<std::vector<int>>& avoid,
                 std::int64_t max_nodes)
      : p_(p), avoid_(avoid), max_nodes_(max_nodes) {}

  ExactResult Run() {
    const int n = static_cast<int>(p_.members.size());
    std::vector<double> u(n, 0);
    for (int i = 0; i < n; ++i) {
      u[i] = p_.members[i].score;
      for (int j = 0; j < n; ++j) u[i] += std::max(0.0, p_.Pair(i, j));
    }
    lists_.resize(p_.slots.size());
    prefix_.resize(p_.slots.size());
    need_.assign(p_.slots.size(), 0);
    in_.assign(n, 0);
    for (size_t s = 0; s < p_.slots.size(); ++s) {
      int forced = 0;
      for (int i = 0; i < n; ++i) {
        if (p_.members[i].role != p_.slots[s].role) continue;
        if (p_.members[i].forced) {
          ++forced;
          chosen_.push_back(i);
        } else {
          lists_[s].push_back(i);
        }
      }
      std::stable_sort(lists_[s].begin(), lists_[s].end(),
                       [&](int a, int b) { return u[a] > u[b]; });
      prefix_[s].assign(lists_[s].size() + 1, 0.0);
      for (size_t k = 0; k < lists_[s].size(); ++k)
        prefix_[s][k + 1] = prefix_[s][k] + u[lists_[s][k]];
      need_[s] = p_.slots[s].size - forced;
      if (need_[s] < 0 || need_[s] > static_cast<int>(lists_[s].size()))
        return result_;  // infeasible
    }
    // Forced members outside every slot make the problem infeasible.
    for (int i = 0; i < n; ++i) {
      if (!p_.members[i].forced) continue;
      bool has_slot = false;
      for (const auto& slot : p_.slots) has_slot |= slot.role == p_.members[i].role;
      if (!has_slot) return result_;
    }
    for (int i : chosen_) in_[i] = 1;
    double value = CompositionObjective(p_, chosen_);
    later_bound_.assign(p_.slots.size() + 1, 0.0);
    for (int s = static_cast<int>(p_.slots.size()) - 1; s >= 0; --s) {
      later_bound_[s] = later_bound_[s + 1] + prefix_[s][need_[s]];
    }
    Dfs(0, 0, need_.empty() ? 0 : need_[0], value);
    return result_;
  }

 private:
  void Dfs(size_t s, size_t start, int remaining, double value) {
    if (max_nodes_ > 0 && result_.nodes >= max_nodes_) {
      result_.complete = false;
      return;
    }
    ++result_.nodes;
    while (s < p_.slots.size() && remaining == 0) {
      ++s;
      start = 0;
      remaining = s < p_.slots.size() ? need_[s] : 0;
    }
    if (s == p_.slots.size()) {
      Leaf(value);
      return;
    }
    const auto& list = lists_[s];
    const double rest = later_bound_[s + 1];
    for (size_t k = start; k + remaining <= list.size(); ++k) {
      // Best case for this slot from position k on: the next `remaining` u's.
      double bound = value + prefix_[s][k + remaining] - prefix_[s][k] + rest;
      if (found_ && bound <= result_.best.objective + 1e-12) return;  // sorted: later k only worse
      const int c = list[k];
      double gain = p_.members[c].score;
      for (int x : chosen_) gain += p_.Pair(c, x);
      chosen_.push_back(c);
      in_[c] = 1;
      Dfs(s, k + 1, remaining - 1, value + gain);
      in_[c] = 0;
      chosen_.pop_back();
    }
  }

  void Leaf(double value) {
    if (found_ && value <= result_.best.objective + 1e-12) return;
    if (p_.need_applicant) {
      bool any = false;
      for (int i : chosen_) any |= p_.members[i].applicant;
      if (!any) return;
    }
    for (const auto& a : avoid_) {
      int common = 0;
      for (int x : a) common += in_[x] ? 1 : 0;
      if (static_cast<int>(a.size()) - common < p_.min_difference) return;
    }
    found_ = true;
    result_.best.chosen = chosen_;
    std::sort(result_.best.chosen.begin(), result_.best.chosen.end());
    result_.best.objective = value;
  }

  const CompositionProblem& p_;
  const std::vector<std::vector<int>>& avoid_;
  std::int64_t max_nodes_;
  std::vector<std::vector<int>> lists_;
  std::vector<std::vector<double>> prefix_;
  std::vector<int> need_;
  std::vector<double> later_bound_;
  std::vector<int> chosen_;
  std::vector<char> in_;
  bool found_ = false;
  ExactResult result_;
};

}  // namespace

ExactResult ComposeExact(const CompositionProblem& problem,
                         const std::vector<std::vector<int>>& avoid, std::int64_t max_nodes) {
  return BranchAndBound(problem, avoid, max_nodes).Run();
}

}  // namespace consortia
