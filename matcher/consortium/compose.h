// matcher/consortium/compose.h — choosing complete member sets from a scored candidate
// pool (the "compose" step after retrieval and ranking).
//
// Contract
// - Input is a plain CompositionProblem: slots per role (how many members each
//   role takes), pool members (each in one role, with a score from the ranker),
//   a symmetric pairwise weight matrix, forced (pinned) members and the
//   applicant constraint. Nothing here knows about the store or the index, so
//   the heuristic and the exact oracle (matcher/consortium/compose_exact.h) can be
//   compared on any pool.
// - Objective (maximised), the same for heuristic and oracle:
//     F(S) = Σ_{i∈S} score_i + Σ_{i<j, i,j∈S} pair_ij
//   where pair_ij = tie_bonus·tie_ij − λ·redundancy_ij·[same role] is built by
//   the caller (Suggester::AddPairWeights, suggester.h). Constraints: each
//   role r holds exactly size_r members of its own pool; every forced member is in S; if
//   need_applicant, S holds at least one member with applicant == true; and S
//   differs from each set in `avoid` in at least min_difference members
//   (|S \ A| >= min_difference).
// - ComposeHeuristic: greedy fill of the slots by marginal gain, then local
//   search on F minus a large penalty per unmet constraint: single swaps (one
//   member out, one of the same role in), then exact re-optimisation of one
//   role and of each pair of roles with the others fixed (when at most 20,000
//   combinations), repeated until nothing improves; then `restarts` more
//   searches from greedy starts that forbid one member of the best set.
//   Deterministic. About 1 ms of CPU per proposal for pools of 10 per role.
// - Thread-compatible: pure functions.
#pragma once

#include <string>
#include <vector>

namespace consortia {

struct CompositionMember {
  std::string role;
  double score = 0;
  bool applicant = false;  // may act as applicant (secretariat)
  bool forced = false;     // pinned (and the lead): always in the set
};

struct CompositionSlot {
  std::string role;
  int size = 0;  // members the role takes in every proposal
};

struct CompositionProblem {
  std::vector<CompositionSlot> slots;
  std::vector<CompositionMember> members;  // the pool; indices are member ids below
  std::vector<double> pair;                // members.size()^2, symmetric, zero diagonal
  bool need_applicant = true;
  int min_difference = 2;
  int restarts = 0;  // heuristic only: extra local searches per proposal

  double Pair(int i, int j) const { return pair[static_cast<size_t>(i) * members.size() + j]; }
};

// A chosen set: pool indices, sorted ascending.
struct Composition {
  std::vector<int> chosen;
  double objective = 0;
};

// F(S) for `chosen` (any order).
double CompositionObjective(const CompositionProblem& problem, const std::vector<int>& chosen);

// Which constraint `chosen` breaks, or "" if none: "slot:<role>", "forced",
// "applicant", "difference".
std::string CompositionViolation(const CompositionProblem& problem, const std::vector<int>& chosen,
                                 const std::vector<std::vector<int>>& avoid);

// Up to k proposals, best first; proposal t satisfies min_difference against
// proposals 0..t-1. Fewer than k when no further feasible set is found; empty
// when no feasible set exists (caller reports infeasibility beforehand).
std::vector<Composition> ComposeHeuristic(const CompositionProblem& problem, int k);

// The best feasible set the heuristic finds given earlier sets to avoid
// (one step of ComposeHeuristic); chosen is empty if none was found.
Composition ComposeOne(const CompositionProblem& problem,
                       const std::vector<std::vector<int>>& avoid);

}  // namespace consortia
