// matcher/consortium/compose_exact.h — the exact oracle for consortium composition.
//
// Contract: ComposeExact maximises the same objective under the same
// constraints as ComposeHeuristic (matcher/consortium/compose.h) by branch and bound
// over the whole pool: roles are filled one after another, members of a role
// in order of their optimistic value u_i = score_i + Σ_j max(0, pair_ij); a
// branch is cut when its exact value so far plus the best remaining u's
// cannot beat the incumbent. Exponential in the worst case — meant for pools
// of about 8–12 candidates per role (tests, benchmark, `explain` checks), not
// for the request path. `max_nodes` bounds the work (0 = unbounded);
// `complete` is false if the bound was hit (the result is then a lower bound).
#pragma once

#include <cstdint>
#include <vector>

#include "compose.h"

namespace consortia {

struct ExactResult {
  Composition best;  // chosen empty if no feasible set exists
  bool complete = true;
  std::int64_t nodes = 0;
};

ExactResult ComposeExact(const CompositionProblem& problem,
                         const std::vector<std::vector<int>>& avoid, std::int64_t max_nodes = 0);

}  // namespace consortia
