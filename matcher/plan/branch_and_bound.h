// matcher/plan/branch_and_bound.h — the planner's exact branch-and-bound (internal).
//
// The problem, after planner.cpp has checked and compacted the request:
//   groups   one per (type, target); a group receives at most one item;
//   types    type t receives at most slots[t] items;
//   resources (organisations and experts whose demand exceeds their remaining
//            capacity; the others can never bind and are dropped) — an item
//            uses one unit of each of its resources;
//   objective  Σ score(chosen) + zone_bonus × |zones touched|, where
//            zones_initial are touched already (by fixed consortia).
//
// Search: binary branching on an item of a group — choose it (the group is
// then closed) or exclude it. Bound at a node: for every type, the sum of the
// best slots-left group maxima, a group's maximum being its best remaining item
// that fits the remaining capacities on its own; plus zone_bonus × the number of
// untouched zones that some such item could still touch (at most the slots
// left). If the items achieving the bound are jointly feasible they form a plan
// (an incumbent); if its value equals the bound the node is solved. Otherwise
// the search branches on the first item (by score) that conflicts with the
// better ones. Stopping early, the upper bound is the max of the incumbent and
// the bounds of all unexplored nodes.
#pragma once

#include <vector>

namespace consortia::planner_detail {

struct Item {
  int group = 0;
  double score = 0.0;
  int zone = -1;               // index into zones, or -1
  std::vector<int> resources;  // binding resource indices
};

struct Problem {
  std::vector<Item> items;
  std::vector<std::vector<int>> groups;  // item indices per group, score descending
  std::vector<int> group_type;
  std::vector<int> slots;     // free slots per type
  std::vector<int> capacity;  // remaining capacity per resource (>= 0)
  int zone_count = 0;
  std::vector<bool> zones_initial;  // touched by fixed consortia
  double zone_bonus = 0.0;
};

struct Limits {
  double time_limit_seconds = 0.0;  // 0 = none
  long long node_limit = 0;         // 0 = none
};

struct Solution {
  std::vector<int> chosen;  // item indices
  double objective = 0.0;   // including the initial zones' bonus
  double upper_bound = 0.0;
  bool proven = false;
  const char* stopped_by = "";
  long long nodes = 0;
  double seconds = 0.0;
};

Solution Solve(const Problem& problem, const Limits& limits);

// Objective of a set of items (no feasibility check).
double Evaluate(const Problem& problem, const std::vector<int>& chosen);

}  // namespace consortia::planner_detail
