// matcher/team/state.h — internal: the team objective in incremental form,
// shared by the greedy/swap selector and the exact branch and bound.
//
// TeamModel precomputes, for a TeamProblem, the affinity matrix a[e][f], the
// modular part of each candidate's value and dense affiliation slots.
// TeamState holds one member set and answers marginal gains of adding,
// removing and swapping in O(#fields) each.
#pragma once

#include <array>
#include <vector>

#include "matcher/team.h"

namespace consortia::team_detail {

struct TeamModel {
  explicit TeamModel(const TeamProblem& problem);

  const TeamProblem* problem;
  int n = 0;                         // pool size
  int nf = 0;                        // requested fields
  std::vector<double> field_weight;  // w_cov * normalised weight
  std::vector<double> a;             // n x nf affinities, row-major (< 1)
  std::vector<double> modular;       // relevance + affiliation part of each candidate
  std::vector<int> slot;             // dense affiliation slot, -1 = uncapped
  int slots = 0;
  std::vector<char> leader_ok;   // title allowed as leader
  std::vector<double> leader_q;  // w_lead * q(title) if leader_ok else 0
  std::vector<int> pinned;       // pool indexes of pins

  double A(int e, int f) const { return a[static_cast<std::size_t>(e) * nf + f]; }
  bool Similar(int i, int j) const;  // j covers one of i's fields (a >= parent_field)
};

class TeamState {
 public:
  explicit TeamState(const TeamModel& model);

  const std::vector<int>& members() const { return members_; }
  bool Contains(int e) const { return in_[e] != 0; }
  int size() const { return static_cast<int>(members_.size()); }
  bool HasLeader() const { return leaders_ > 0; }
  double value() const;
  TeamTerms Terms() const;

  // Cap check for adding e (optionally after removing `removed`).
  bool CapAllows(int e, int removed = -1) const;
  double GainAdd(int e) const;
  double LossRemove(int e) const;           // F(S) - F(S - e)
  double DeltaSwap(int out, int in) const;  // F(S - out + in) - F(S)

  // DeltaSwap for one `out` against many `in` (the swap loops): the removal
  // of `out` is folded once, so each `in` costs a dot product over the fields.
  // Same value as DeltaSwap up to rounding.
  struct SwapOut {
    int out = -1;
    double base = 0;             // sum_f w_f (prod_f - without_f) - modular[out]
    std::vector<double> weight;  // w_f * without_f (without_f = prod_f / (1 - a_out,f))
    double leader_now = 0;       // LeaderValue() of S
  };
  void PrepareSwap(int out, SwapOut* swap) const;
  double DeltaSwap(const SwapOut& swap, int in) const;
  void Add(int e);
  void Remove(int e);

 private:
  double LeaderValue(int skip = -1, int extra = -1) const;

  const TeamModel& m_;
  std::vector<int> members_;
  std::vector<char> in_;
  std::vector<double> prod_;  // per field: prod (1 - a_ef)
  std::vector<int> count_;    // per affiliation slot
  double modular_ = 0;
  int leaders_ = 0;
  std::array<int, kTitleCount> title_count_{};
};

// The leader of a member set: the allowed title with the best quality, then relevance.
int PickLeader(const TeamModel& model, const std::vector<int>& members);

}  // namespace consortia::team_detail
