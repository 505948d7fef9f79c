// matcher/plan/plan_exact.h — the planner's test oracle (internal; compiled into
// consortia_plan_testing, linked by tests and benches only): the rules of
// matcher/planner.h stated again, independently of plan.cpp and the
// branch-and-bound, and an exhaustive search over them.
#pragma once

#include <string>
#include <vector>

#include "matcher/planner.h"

namespace consortia {

// True when the candidates at indices `chosen` (fixed ones included) form an
// admissible plan: valid or fixed, at most one per (type, target), within
// each type's slots, every organisation and expert within capacity (after
// the request's commitments); otherwise *why says what breaks.
bool PlanAdmissible(const PlanRequest& request, const ProgrammeRules& rules,
                    const std::vector<int>& chosen, std::string* why);

// The planner's objective of `chosen`: Σ score of the non-fixed ones +
// zone_bonus × the 三城一区 zones they touch (a regional target that is a
// zone, else the lead's zone).
double PlanObjective(const PlanRequest& request, const ProgrammeRules& rules,
                     const std::vector<int>& chosen);

struct ExactPlan {
  std::vector<int> chosen;  // candidate indices, fixed ones first
  double objective = -1;    // -1: the fixed candidates alone are not admissible
};

// The optimum over every admissible plan that keeps the fixed candidates:
// every subset with at most one candidate per (type, target). Exponential:
// for instances of about 20 candidates.
ExactPlan PlanExact(const PlanRequest& request, const ProgrammeRules& rules);

}  // namespace consortia
