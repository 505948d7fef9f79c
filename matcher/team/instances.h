// matcher/team/instances.h — deterministic random team-selection instances for
// tests and benchmarks (compiled into consortia_testing, never into the server).
#pragma once

#include <cstdint>

#include "matcher/team.h"

namespace consortia {

struct TeamInstanceOptions {
  std::uint64_t seed = 1;
  int pool = 28;
  int size = 15;
  int fields = 5;        // requested fields
  int affiliations = 8;  // skewed: the first ones hold most experts, so caps bind
  int max_per_affiliation = 3;
  double leader_share = 0.2;  // academicians + renowned
};
// A deterministic random TeamProblem over NSFC codes of F (information sciences).
TeamProblem GenerateTeamProblem(const TeamInstanceOptions& options);

}  // namespace consortia
