// matcher/programme.h — the programme registry service and the plan glue: the
// rules-aware layer over the Store's registry (data/data.h, "registry") that the
// routes (server/routes_programme.cpp) and the CLI (`consortia programme`) wrap.
//
// Contract
// - Every registry write goes through RegistryCheck, which runs inside the
//   store's transaction (so a refusal leaves no row and no audit entry):
//     * members: ValidateConsortium (matcher/consortium.h); any violation is
//       Infeasible (422, field "members", every violation in the message and,
//       for the *Json functions, in error.violations);
//     * team (CheckTeam): leader holds a title of rules.team.leader_titles,
//       |{leader} ∪ members| >= rules.team.min_size, no expert twice, every
//       expert exists. A team is optional while the status is "proposed" and
//       required from "applied" on. Infeasible, field "team";
//     * capacity across registered non-cancelled consortia (CheckCapacity): an
//       organisation in at most capacity.max_consortia_per_organization
//       consortia; one that leads any of them (a role whose rule
//       requires_leading) in at most max_consortia_per_leading_enterprise (in any
//       role, as the planner counts); an expert on at most Expert::capacity
//       teams. Conflict (409) naming the member ("members[2].id",
//       "team.leader_id", "team.members[4]") and the organisation/expert;
//     * slots: an approved/active consortium needs a free slot of its type and
//       a target (region/industry) no other approved/active one holds. Conflict,
//       field "status".
//   Cancelling is always allowed (no rule is checked); cancelled is final.
// - Plan (PlanJson): candidates are the registered consortia in status
//   proposed/applied (body "registered": false leaves them out; "year" filters)
//   plus the body's "candidates" (same JSON shape as a registered consortium,
//   with an optional string "id"). In {"mode": "replan"} approved/active ones
//   (registered or inline) are kept as fixed; in the default mode they are left
//   out. Each candidate's validity is ValidateConsortium + CheckTeam (team
//   required); expert capacities come from the store. Registered candidates are
//   named by their id ("12"); inline ones by their "id" or "inline-<n>".
// - Users: writes record the given user in the audit history (the routes take
//   it from X-Consortia-User, default "token"; the CLI from --user, default "cli").
// - Thread-safe as the Store is; no I/O besides the store.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "data/data.h"
#include "matcher/application_draft.h"
#include "matcher/consortium.h"
#include "matcher/rules.h"

namespace consortia {

// ---- parsing ----------------------------------------------------------------

// A full body ({"name", "type", "region", "industry", "members": [{id, role}],
// "applicant_id", "team": {"leader_id", "members": [ids or {id}]}, "status",
// "year", "technical_direction", "problem", "project", "score"}) or a
// suggestion: {"from_suggestion": <a proposal of POST /v1/consortia/suggest plus
// "type", "industry", "region", "problem">, "team": <a team of POST
// /v1/teams/suggest, or its whole answer (the first team)>, and optionally the
// plain fields above}. Defaults: status "proposed", name from the target and the
// type ("集成电路产业创新联合体"), year the current one. InvalidArgument names
// the field.
Result<ConsortiumRecord> ParseConsortiumBody(const nlohmann::json& body,
                                             const ProgrammeRules& rules);
// PATCH: changes only the fields present (type cannot change; "revision", when
// given, must match the stored one).
Status ApplyConsortiumPatch(const nlohmann::json& body, ConsortiumRecord* record);

// ---- checks -------------------------------------------------------------------

// Role keys whose rule requires a leading enterprise (the lead roles).
std::vector<std::string> LeadRoles(const ProgrammeRules& rules);
// Violation codes: no_team, unknown_expert, duplicate_expert, leader_title, team_too_small.
Result<std::vector<Violation>> CheckTeam(const Store& store, const ProgrammeRules& rules,
                                         const ServiceTeam& team, bool required);
// Members (ValidateConsortium) and team together; InvalidArgument for a malformed
// type/region/industry.
Result<ValidationReport> ValidateRecord(const Store& store, const ProgrammeRules& rules,
                                        const ConsortiumRecord& record, bool team_required);
Status CheckCapacity(const Store& store, const ProgrammeRules& rules,
                     const ConsortiumRecord& record, const Commitments& others);
// The whole check of a write (see the contract); `store` must outlive it.
ConsortiumCheck RegistryCheck(const Store& store, const ProgrammeRules& rules);

// ---- registry commitments in suggestions ---------------------------------------

// Folds the registry's current commitments into a suggestion request body, so
// suggestions never propose what the registry has used up. Team body: experts'
// served-team counts become "commitments" unless the caller sent their own.
// Consortium body: organisations at rules.capacity.max_consortia_per_organization
// (leading enterprises already leading at max_consortia_per_leading_enterprise)
// are added to "exclude", except the lead and pinned ids, which the composer
// then judges itself. Malformed bodies are left for the parsers to refuse.
Status AddCommitmentsToTeamBody(const Store& store, nlohmann::json* body);
Status AddCommitmentsToConsortiumBody(const Store& store, const ProgrammeRules& rules,
                                      nlohmann::json* body);

// ---- operations ------------------------------------------------------------------

Result<ConsortiumRecord> RegisterConsortium(Store& store, const ProgrammeRules& rules,
                                            const ConsortiumRecord& record,
                                            const std::string& user);
Result<ConsortiumRecord> ReviseConsortium(Store& store, const ProgrammeRules& rules,
                                          const ConsortiumRecord& record, const std::string& user);
// A draft of the application form with every id resolved to a name.
Result<ApplicationDraft> ConsortiumApplication(const Store& store, const ProgrammeRules& rules,
                                               Id id);

// ---- JSON (the HTTP contract; routes and CLI are thin wrappers) -------------------
// On failure, *error (when given) receives the whole error body
// {"error": {"code", "message", "field", "violations"?}}.

// POST /v1/consortia -> 201 body: the consortium as GetConsortiumJson shows it.
Result<nlohmann::json> CreateConsortiumJson(Store& store, const ProgrammeRules& rules,
                                            const nlohmann::json& body, const std::string& user,
                                            nlohmann::json* error = nullptr);
// PATCH (replace = false) or PUT (replace = true: a full body) /v1/consortia/{id}.
Result<nlohmann::json> UpdateConsortiumJson(Store& store, const ProgrammeRules& rules, Id id,
                                            const nlohmann::json& body, bool replace,
                                            const std::string& user,
                                            nlohmann::json* error = nullptr);
// POST /v1/consortia/{id}/assessments {year, passed, notes}.
Result<nlohmann::json> AssessConsortiumJson(Store& store, const ProgrammeRules& rules, Id id,
                                            const nlohmann::json& body, const std::string& user);
// GET /v1/consortia/{id}: the record with names (members, applicant, team).
Result<nlohmann::json> GetConsortiumJson(const Store& store, const ProgrammeRules& rules, Id id);
// GET /v1/consortia?status=&type=&year= -> {"consortia": [...], "total"}.
Result<nlohmann::json> ListConsortiaJson(const Store& store, const ProgrammeRules& rules,
                                         const ConsortiumFilter& filter);
// GET /v1/consortia/{id}/history -> {"consortium_id", "history": [{seq, at, user,
// action, changes, before, after}]}.
Result<nlohmann::json> ConsortiumHistoryJson(const Store& store, Id id);
// GET /v1/programme -> {"rules_version", "slots": [{type, name, slots, filled, free,
// consortia}], "regions_covered", "industries_covered", "consortia", "counts"}.
Result<nlohmann::json> ProgrammeJson(const Store& store, const ProgrammeRules& rules);
// POST /v1/plan {"mode": "plan"|"replan", "registered", "year", "candidates",
// "time_limit_ms", "node_limit", "zone_bonus"} -> {"regional": [...],
// "industrial": [...], "objective", "score_total", "balance", "upper_bound", "gap",
// "proven", "stopped_by", "slots", "coverage", "near_capacity", "uncovered",
// "invalid", "warnings", "candidates"}.
Result<nlohmann::json> PlanJson(const Store& store, const ProgrammeRules& rules,
                                const nlohmann::json& body);

}  // namespace consortia
