// api/api.h — the JSON contract of API v1 (front header of the api module).
//
// Contract
// - Every request body and query string is read here and turned into the
//   matcher's typed requests; every answer is rendered here. server/ routes and
//   the cli/ commands are thin wrappers over these functions, so both accept
//   exactly the same requests and give the same answers, and the logic is
//   tested without a server.
// - Bad input is InvalidArgument naming the field; infeasible requests are
//   Infeasible with the details of the error body.
// - Thread-safe: pure functions of their inputs and the (thread-safe) store,
//   catalog and rules.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "data/data.h"
#include "index/index.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/planner.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "matcher/team.h"

namespace consortia {

// ---- query parameters (HTTP query strings and CLI options) ------------------------

using ParamMap = std::map<std::string, std::string, std::less<>>;

// Integer parameter in [min, max]; nullopt if absent. InvalidArgument names the field.
Result<std::optional<std::int64_t>> IntParam(const ParamMap& params, std::string_view name,
                                             std::int64_t min, std::int64_t max);
// Boolean parameter: true/false/1/0/yes/no; nullopt if absent.
Result<std::optional<bool>> BoolParam(const ParamMap& params, std::string_view name);
// InvalidArgument naming the first parameter not in `allowed`.
Status CheckKnownParams(const ParamMap& params, std::initializer_list<std::string_view> allowed);

// GET /v1/organizations: kind, leading, industry, district, zone, park, text, limit, offset.
Result<OrgFilter> ParseOrgFilter(const ParamMap& params);
// GET /v1/experts: title, industry, field, affiliation_id, text, limit, offset.
Result<ExpertFilter> ParseExpertFilter(const ParamMap& params);

inline constexpr int kMaxLimit = 1000;

// ---- import reports ----------------------------------------------------------------

nlohmann::json ProblemJson(const ImportProblem& problem);
nlohmann::json ProblemsJson(const std::vector<ImportProblem>& problems);
// {"organizations_inserted": .., "organizations_updated": .., "experts_inserted": ..,
//  "experts_updated": .., "ties_inserted": ..}
nlohmann::json ImportReportJson(const ImportReport& report);
// "organizations.csv:3: kind: unknown kind 'spaceship'"
std::string FormatProblem(const ImportProblem& problem);

// ---- search (POST /v1/search) --------------------------------------------------------

// Body -> CatalogQuery; InvalidArgument names the wire field ("filters.titles").
Result<CatalogQuery> ParseSearchRequest(const nlohmann::json& body);
nlohmann::json SearchResultJson(const SearchResult& result);
// Parse + Catalog::Search + SearchResultJson; errors name wire fields.
Result<nlohmann::json> SearchJson(const Catalog& catalog, const nlohmann::json& body);

// ---- consortia (POST /v1/consortia/suggest, /validate) ----------------------------

// Parses the POST body; InvalidArgument names the offending field.
Result<ConsortiumRequest> ParseConsortiumRequest(const nlohmann::json& body);
Result<ConsortiumDraft> ParseConsortiumDraft(const nlohmann::json& body);
nlohmann::json ToJson(const ConsortiumSuggestion& suggestion);
nlohmann::json ToJson(const ValidationReport& report);
// The error body for a failed suggestion: {"error": {code, message, field,
// and for infeasible: role, eligible, required, relaxation}}.
nlohmann::json SuggestErrorJson(const Status& status, const InfeasibleDetail& detail);

// Parse + suggest + ToJson. On failure returns the status and fills *error
// with the whole error body (SuggestErrorJson).
Result<nlohmann::json> SuggestConsortiumJson(const Catalog& catalog, const ProgrammeRules& rules,
                                             const nlohmann::json& body,
                                             nlohmann::json* error = nullptr);
Result<nlohmann::json> SuggestConsortiumJson(const Store& store, const VectorIndex& index,
                                             const ProgrammeRules& rules,
                                             const nlohmann::json& body,
                                             nlohmann::json* error = nullptr);
Result<nlohmann::json> ValidateConsortiumJson(const Store& store, const ProgrammeRules& rules,
                                              const nlohmann::json& body);

// ---- teams (POST /v1/teams/suggest) ---------------------------------------------------

// Parses and validates a request body against the rules (defaults filled in).
Result<TeamRequest> ParseTeamRequest(const nlohmann::json& body, const ProgrammeRules& rules);

// Parse -> AssembleTeamProblem -> CheckTeamFeasible -> SelectTeams -> JSON on a
// given candidate list (no catalog): the hand-built cases of tests/matcher/cases/team.
Result<nlohmann::json> SuggestTeamsFromCandidates(const ProgrammeRules& rules,
                                                  const nlohmann::json& body,
                                                  std::vector<TeamCandidate> found,
                                                  TeamInfeasibility* why);

// {"teams": [...], "fields": [...], "objective": {...}, "pool"?: [...]}.
nlohmann::json TeamsToJson(const TeamProblem& problem, const std::vector<SelectedTeam>& teams,
                           bool explain);
// Infeasible statuses as the API body {"error": {"code","message","field","relaxation"}}.
nlohmann::json TeamErrorJson(const Status& status, const TeamInfeasibility& why);

// The whole of POST /v1/teams/suggest. An Infeasible status carries the
// relaxation in its message ("...; relaxation: raise max_per_affiliation to 4");
// use SuggestTeamsJsonOrError for the structured error body.
Result<nlohmann::json> SuggestTeamsJson(const Catalog& catalog, const ProgrammeRules& rules,
                                        const nlohmann::json& body);
// As above but also returns the structured infeasibility (why->field non-empty).
Result<nlohmann::json> SuggestTeamsJson(const Catalog& catalog, const ProgrammeRules& rules,
                                        const nlohmann::json& body, TeamInfeasibility* why);

// ---- registry bodies ---------------------------------------------------------------------

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

// ---- registry commitments in suggestions -------------------------------------------------

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

// ---- registry and plan answers ------------------------------------------------------------
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
