// matcher/plan/phases.h — the phases of Plan() (internal), in the order Plan()
// runs them:
//   CheckRequest     the request against the contract (request_check.cpp)
//   KeepFixed        fixed (active) consortia kept, checked against one another
//   OpenCandidates   what the search may choose               (problem.cpp)
//   BuildProblem     the compacted branch-and-bound problem
//   Solve            branch_and_bound.h
//   RecordPlan       the chosen consortia, objective and bound  (report.cpp)
//   ReportSlots, ReportCoverage, ReportNearCapacity, ReportUncovered,
//   ReportRunnerUps
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "branch_and_bound.h"
#include "ledger.h"
#include "matcher/planner.h"

namespace consortia::planner_detail {

// What every phase reads: the request and the rules.
struct PlanContext {
  const PlanRequest& req;
  const ProgrammeRules& rules;

  // Index of a type key in rules.types; -1 if unknown (CheckRequest rules it out).
  int TypeIndex(const std::string& key) const;
  // The 三城一区 zone a candidate touches: the zone it targets (a regional
  // consortium for a zone), else its lead's zone; "" if none.
  std::string ZoneOf(const PlanCandidate& c) const;
  // Words for messages: "中关村芯片产业创新联合体（12）" or the bare id; a
  // target's Chinese name; a type's Chinese name.
  std::string Label(const PlanCandidate& c) const;
  std::string TargetName(const std::string& target) const;
  std::string TypeName(const std::string& type) const;
};

// "candidates[i]" or "candidates[i].rest": the field named in errors.
std::string CandidateField(size_t i, const std::string& rest);

// The request's codes, ids, scores and options against the contract of
// matcher/planner.h; InvalidArgument naming the field.
Status CheckRequest(const PlanRequest& req, const ProgrammeRules& rules);

// The fixed (active) consortia, kept whatever the search does.
struct FixedConsortia {
  std::vector<const PlanCandidate*> list;         // request order
  std::vector<int> per_type;                      // rules.types order
  std::set<std::pair<int, std::string>> targets;  // (type index, target) they hold
  bool Holds(int type, const std::string& target) const { return targets.count({type, target}); }
};

// Keeps the fixed consortia and adds them to *ledger; Conflict when two hold
// one target, a type has more than its slots, or one exceeds capacity. A
// fixed consortium that is not valid is kept with a warning.
Result<FixedConsortia> KeepFixed(const PlanContext& ctx, Ledger* ledger,
                                 std::vector<std::string>* warnings);

// The candidates the search may choose: not fixed, valid (invalid ones go to
// *invalid with their reasons), in a (type, target) no fixed consortium holds,
// and fitting capacity on their own. Best score first (ties by id).
std::vector<const PlanCandidate*> OpenCandidates(const PlanContext& ctx,
                                                 const FixedConsortia& fixed, const Ledger& ledger,
                                                 std::vector<RejectedCandidate>* invalid);

// The branch-and-bound problem over `open` (in that order): one group per
// (type, target), the slots each type has left, a resource for every
// organisation or expert whose demand exceeds its remaining capacity, and the
// zones the fixed consortia touch already.
Problem BuildProblem(const PlanContext& ctx, const FixedConsortia& fixed,
                     const std::vector<const PlanCandidate*>& open, const Ledger& ledger);

// The plan: fixed consortia first, then the chosen ones by type (rules order)
// and score, each added to *ledger; objective, bound, gap and search figures.
// Returns the chosen candidates in that order.
std::vector<const PlanCandidate*> RecordPlan(const PlanContext& ctx, const FixedConsortia& fixed,
                                             const std::vector<const PlanCandidate*>& open,
                                             const Solution& solution, Ledger* ledger,
                                             PlanResult* result);

// Slots per type: rules, fixed, filled.
void ReportSlots(const PlanContext& ctx, const FixedConsortia& fixed, PlanResult* result);
// Which region × industry cells the plan covers.
void ReportCoverage(const PlanContext& ctx, PlanResult* result);
// Organisations and experts at or one below their limit.
void ReportNearCapacity(const PlanContext& ctx, const Ledger& ledger, PlanResult* result);
// Every target left uncovered and why, and every type with slots left
// (after ReportSlots).
void ReportUncovered(const PlanContext& ctx, const FixedConsortia& fixed,
                     const std::vector<const PlanCandidate*>& chosen, const Ledger& ledger,
                     bool proven, PlanResult* result);
// Each planned consortium's runner-up: the best other valid candidate of its
// type and target.
void ReportRunnerUps(const PlanContext& ctx, PlanResult* result);

}  // namespace consortia::planner_detail
