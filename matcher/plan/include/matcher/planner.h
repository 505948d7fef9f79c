// matcher/planner.h — the programme planner (POST /v1/plan in library form).
//
// Contract
// - Plan() chooses, from candidate consortia (registered applications and/or
//   generated proposals), at most `slots` consortia of each type of the rules
//   (5 regional, 10 industrial in bast-2022), such that
//     * no two chosen consortia of one type share a target (a region for a type
//       whose rules target is ConsortiumTarget::kRegion, else an industry);
//     * every organisation is in at most capacity.max_consortia_per_organization
//       chosen consortia, and a leading enterprise in at most
//       capacity.max_consortia_per_leading_enterprise (in any role). An
//       organisation is a leading enterprise when some candidate lists it in a
//       role whose rule requires_leading, or when PlanRequest::leading_enterprises
//       names it. PlanRequest::organization_commitments are subtracted first;
//     * every expert (team leader and members) is on at most
//       expert_capacity[id] (default PlanOptions::default_expert_capacity) chosen
//       teams, minus expert_commitments[id];
//     * only candidates with valid == true are chosen; invalid ones are listed in
//       PlanResult::invalid with their reasons.
// - Objective (maximised):  Σ score of the chosen non-fixed consortia
//                           + balance.zone_bonus × |zones of the 三城一区 touched|,
//   where a consortium touches the zone it targets (a regional consortium for a
//   zone) or the zone of its lead (PlanCandidate::lead_zone). The zone term
//   counts each zone once, over fixed and chosen consortia together. Scores must
//   be finite and >= 0 (so filling a slot never lowers the objective).
// - Every chosen consortium names its runner-up: the best other valid
//   candidate (by score) of its type and target.
// - Messages (uncovered details, invalid reasons, warnings, conflicts) are in
//   Chinese and name candidates, organisations and experts (PlanCandidate::name,
//   PlanRequest::organization_names / expert_names) beside their ids.
// - Re-plan: candidates with fixed == true (active consortia) are always kept;
//   they occupy their type's slots and targets and consume capacity; only the
//   remaining slots are filled. Fixed consortia that clash with one another
//   (same target, over slots, over capacity) are a kConflict error.
// - Method: Plan() checks the request, keeps the fixed consortia, compacts the
//   open candidates into a branch-and-bound problem, solves it and reports —
//   one named function per phase (matcher/plan/phases.h). The solver is an
//   exact branch-and-bound (branch_and_bound.h); its test oracle is the
//   exhaustive search of matcher/plan/plan_exact.h. Without a limit the answer
//   is optimal and proven: gap == 0, proven == true. When
//   options.time_limit_ms or options.node_limit stops the search, the best plan
//   found is returned with upper_bound >= the optimum and
//   gap = (upper_bound - objective) / upper_bound.
// - Errors (Status, field named): unknown type or target code, unknown role,
//   duplicate candidate id, NaN/negative score, clashing fixed consortia.
// - Pure function: no I/O, thread-safe, deterministic for a given node_limit.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "matcher/rules.h"

namespace consortia {

struct PlanCandidate {
  std::string id;      // caller's id (application id or proposal id); unique
  std::string name;    // shown in messages beside the id; optional
  std::string type;    // a consortium type key of the rules ("regional" | "industrial")
  std::string target;  // region code (taxonomy Regions()) or industry code (rules.industries)
  std::vector<Member> members;
  Id applicant_id = 0;
  Team team;
  double score = 0.0;                   // finite, >= 0
  bool valid = true;                    // per the rules (the composer's / validator's verdict)
  std::vector<std::string> violations;  // why invalid, reported as given
  // Where the lead sits (codes of core/taxonomy.h), for the coverage matrix and
  // the balance term; empty when unknown.
  std::string lead_district;
  std::string lead_zone;
  std::string lead_park;
  std::string lead_industry;  // the lead's main industry (regional consortia's column)
  bool fixed = false;         // re-plan: an active consortium that must be kept
};

struct PlanBalance {
  double zone_bonus = 0.05;  // per 三城一区 zone touched (score units); 0 disables
};

struct PlanOptions {
  int time_limit_ms = 5000;         // 0 = no limit
  long long node_limit = 0;         // 0 = no limit (tests use it for determinism)
  int default_expert_capacity = 1;  // core/model.h Expert::capacity default
  PlanBalance balance;
};

struct PlanRequest {
  std::vector<PlanCandidate> candidates;
  std::map<Id, int> expert_capacity;           // per expert; missing = default
  std::map<Id, int> expert_commitments;        // teams already served outside this plan
  std::map<Id, int> organization_commitments;  // consortia already joined outside this plan
  std::vector<Id> leading_enterprises;         // extra organisations with the leading limit
  // Names for the messages (organisations, experts); an id without one is shown bare.
  std::map<Id, std::string> organization_names;
  std::map<Id, std::string> expert_names;
  PlanOptions options;
};

struct PlannedConsortium {
  std::string id;
  std::string type;
  std::string target;
  bool fixed = false;
  std::vector<Member> members;
  Id applicant_id = 0;
  Team team;
  double score = 0.0;
  std::string zone;  // the 三城一区 zone it touches, or ""
  // The best other valid candidate for the same type and target (the one that
  // would take the slot if this one went): its id, or "" when there is none.
  std::string runner_up;
  double runner_up_score = 0.0;
};

struct SlotFill {
  std::string type;
  int slots = 0;   // from the rules
  int fixed = 0;   // kept active consortia
  int filled = 0;  // fixed + newly chosen
};

// Rows = all regions (taxonomy order), columns = rules.industries. A chosen
// regional consortium covers its region's row (cell: its lead_industry column,
// if known); an industrial consortium covers its industry's column (cell: the
// row of its lead_zone and of its lead_park, if known).
struct CoverageCell {
  std::string region;
  std::string industry;
  std::vector<std::string> consortia;  // chosen candidate ids
};
struct Coverage {
  std::vector<std::string> regions;
  std::vector<std::string> industries;
  std::map<std::string, std::string> region_by;    // region -> regional consortium id
  std::map<std::string, std::string> industry_by;  // industry -> industrial consortium id
  std::vector<CoverageCell> cells;                 // non-empty cells only
};

struct CapacityLoad {
  std::string kind;  // "organization" | "expert"
  Id id = 0;
  int used = 0;  // commitments + chosen consortia
  int limit = 0;
};

struct Uncovered {
  std::string type;
  std::string target;  // region or industry; "" for an unfilled slot summary
  std::string reason;  // "no_candidate" | "no_valid_candidate" | "capacity_conflict" |
                       // "slots_full" | "slots_unfilled"
  std::string detail;  // human-readable sentence
};

struct RejectedCandidate {
  std::string id;
  std::string type;
  std::string target;
  std::vector<std::string> reasons;
};

struct PlanResult {
  std::vector<PlannedConsortium> consortia;  // fixed first, then by type (rules order) and score
  std::vector<SlotFill> slots;               // one per type, rules order
  double score_total = 0.0;                  // Σ score of newly chosen consortia
  double balance = 0.0;                      // zone_bonus × zones touched
  double objective = 0.0;                    // score_total + balance
  double upper_bound = 0.0;                  // >= the optimum
  double gap = 0.0;                          // (upper_bound - objective) / upper_bound
  bool proven = false;                       // search completed: objective is optimal
  std::string stopped_by;                    // "" | "time_limit" | "node_limit"
  long long nodes = 0;
  double seconds = 0.0;
  Coverage coverage;
  std::vector<CapacityLoad> near_capacity;  // used >= limit - 1 and used > 0
  std::vector<Uncovered> uncovered;
  std::vector<RejectedCandidate> invalid;
  std::vector<std::string> warnings;
};

Result<PlanResult> Plan(const PlanRequest& request, const ProgrammeRules& rules);

}  // namespace consortia
