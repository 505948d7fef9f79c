// matcher/team/state.h — internal: the team objective in incremental form,
// shared by the greedy/swap selector and the exact branch and bound.
//
// TeamModel precomputes, for a TeamProblem, the coverage columns and their
// affinities, the modular part of each candidate's value, each candidate's
// leader value and dense affiliation slots. Every requested field f is two
// columns of a weighted coverage function: "held" (weight (1 − β)·w_f,
// affinity h_ef: holders only) and "near" (weight β·w_f, affinity a_ef:
// holders, parent and sibling codes), so the state and the exact oracle see one
// kind of column and stay in step. TeamState holds one member set and answers
// marginal gains of adding, removing and swapping in O(#columns + size) each.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "matcher/team.h"

namespace consortia::team_detail {

// Earlier teams an alternative must differ from (at most this many).
inline constexpr int kMaxAvoid = 8;

struct TeamModel {
  // `avoid`: member sets (pool indexes) the teams must differ from in at least
  // problem.min_difference members each (alternatives).
  explicit TeamModel(const TeamProblem& problem, const std::vector<std::vector<int>>& avoid = {});

  const TeamProblem* problem;
  int n = 0;                            // pool size
  int nf = 0;                           // requested fields
  int nc = 0;                           // coverage columns: 2 * nf (held, then near)
  std::vector<double> column_weight;    // w_cov * normalised weight * (1 - β | β)
  std::vector<double> a;                // n x nc affinities, row-major (< 1)
  std::vector<FieldRelation> relation;  // n x nf: how each candidate relates to each field
  std::vector<double> modular;          // relevance + affiliation + title part of each candidate
  std::vector<int> slot;                // dense affiliation slot, -1 = uncapped
  int slots = 0;
  std::vector<char> leader_ok;   // may lead (allowed title; with leader_id only that expert)
  std::vector<double> leader_q;  // w_lead * q(title) * (1 + fit) / 2 if leader_ok else 0
  std::vector<int> pinned;       // pool indexes of pins
  std::vector<std::uint8_t> avoid_mask;  // bit j: the candidate is in avoid[j]
  int avoid_count = 0;
  int max_overlap = 0;  // members an alternative may share with each avoided team

  double A(int e, int c) const { return a[static_cast<std::size_t>(e) * nc + c]; }
  FieldRelation Relation(int e, int f) const {
    return relation[static_cast<std::size_t>(e) * nf + f];
  }
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

  // Cap check for adding e (optionally after removing `removed`): the
  // affiliation cap and the overlap with every avoided team.
  bool CapAllows(int e, int removed = -1) const;
  double GainAdd(int e) const;
  double LossRemove(int e) const;           // F(S) - F(S - e)
  double DeltaSwap(int out, int in) const;  // F(S - out + in) - F(S)

  // DeltaSwap for one `out` against many `in` (the swap loops): the removal
  // of `out` is folded once, so each `in` costs a dot product over the columns.
  // Same value as DeltaSwap up to rounding.
  struct SwapOut {
    int out = -1;
    double base = 0;             // sum_c w_c (prod_c - without_c) - modular[out]
    std::vector<double> weight;  // w_c * without_c (without_c = prod_c / (1 - a_out,c))
    double leader_now = 0;       // LeaderValue() of S
    double leader_without = 0;   // LeaderValue(out)
  };
  void PrepareSwap(int out, SwapOut* swap) const;
  double DeltaSwap(const SwapOut& swap, int in) const;
  void Add(int e);
  void Remove(int e);

 private:
  // Best leader value among members, without `skip` and with `extra`.
  double LeaderValue(int skip = -1, int extra = -1) const;

  const TeamModel& m_;
  std::vector<int> members_;
  std::vector<char> in_;
  std::vector<double> prod_;              // per column: prod (1 - a_ec)
  std::vector<int> count_;                // per affiliation slot
  std::array<int, kMaxAvoid> overlap_{};  // members shared with each avoided team
  double modular_ = 0;
  int leaders_ = 0;
  double leader_best_ = 0;  // LeaderValue()
};

// The leader of a member set: the best leader value, then relevance.
int PickLeader(const TeamModel& model, const std::vector<int>& members);

}  // namespace consortia::team_detail
