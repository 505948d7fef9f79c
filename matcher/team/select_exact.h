// matcher/team/select_exact.h — the exact oracle of team selection (tests and
// benchmarks only; compiled into consortia_testing, never into the server).
//
// SolveTeamExact: branch and bound on the same pool as SelectTeams; upper bound
// F(S) + the sum of the r best marginal gains of the remaining candidates (valid
// because F is submodular). Exponential: an oracle for pools of about 30.
#pragma once

#include <cstdint>

#include "matcher/team.h"

namespace consortia {

// Branch-and-bound optimum of F over the pool (k ignored). nodes: explored nodes.
Result<SelectedTeam> SolveTeamExact(const TeamProblem& problem, std::int64_t* nodes = nullptr,
                                    std::int64_t max_nodes = 200'000'000);

}  // namespace consortia
