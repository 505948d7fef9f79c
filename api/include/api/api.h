// api/api.h — the JSON contract of API v1 (front header of the api module).
//
// Contract
// - Every request body and query string is read here, with the one reader of
//   core/json_reader.h, and turned into the matcher's typed requests; every
//   answer is rendered here. server/ routes and the cli/ commands are thin
//   wrappers over these functions, so both accept exactly the same requests
//   and give the same answers, and the logic is tested without a server.
//   api/openapi.json describes the same contract (OpenApiDocument()).
// - Every input is bounded (the limits below, also in the README and the
//   OpenAPI document). Bad input is InvalidArgument naming the field by its
//   path ("members[2].id"), in the reader's one vocabulary of messages.
// - One error channel: a failure is a Status; its details (rule violations,
//   the infeasible role with eligible/required and a relaxation, import
//   problems) ride on the Status, and ErrorBody renders every error the same
//   way: {"error": {"code", "message", "field"?, ...details}}.
// - Thread-safe: pure functions of their inputs and the (thread-safe) store,
//   catalog and rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_reader.h"
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

// ---- limits (README "Limits", api/openapi.json) -----------------------------------
// Characters are Unicode code points; a longer text, list or number out of range
// is a 400 naming the field.

inline constexpr std::size_t kMaxQueryText = 2000;      // search text, suggestion problems
inline constexpr std::size_t kMaxFilterText = 200;      // text= of the listings, X-Consortia-User
inline constexpr std::size_t kMaxName = 200;            // names (consortia, inline leads)
inline constexpr std::size_t kMaxLongText = 10000;      // descriptions, problems, projects, notes
inline constexpr std::size_t kMaxCode = 64;             // one code or key word of a vocabulary
inline constexpr std::size_t kMaxCodes = 100;           // code lists (industries, fields, kinds)
inline constexpr std::size_t kMaxKeywords = 100;        // keyword lists, each keyword ...
inline constexpr std::size_t kMaxKeyword = 100;         // ... at most this many characters
inline constexpr std::size_t kMaxIds = 1000;            // id lists (pin, exclude, filters.exclude)
inline constexpr std::size_t kMaxMembers = 200;         // consortium members, team members
inline constexpr std::size_t kMaxCandidates = 1000;     // inline plan candidates
inline constexpr std::size_t kMaxCommitments = 100000;  // team "commitments" entries
inline constexpr std::size_t kMaxImportRecords = 2000000;  // per array of an import
inline constexpr int kMaxLimit = 1000;                     // listings' limit
inline constexpr int kMaxRoleSize = 20;                    // a consortium request's sizes[role]

// ---- errors --------------------------------------------------------------------------

// The one error body: {"error": {"code", "message", "field"?, ...status.details()}}.
nlohmann::json ErrorBody(const Status& status);

// The OpenAPI 3.1 document of API v1 (api/openapi.json, embedded at build time).
std::string_view OpenApiDocument();

// ---- query parameters (HTTP query strings and CLI options) ---------------------------

// Integer parameter in [min, max]; nullopt if absent. InvalidArgument names the field.
Result<std::optional<std::int64_t>> IntParam(const ParamMap& params, std::string_view name,
                                             std::int64_t min, std::int64_t max);
// Boolean parameter: true/false/1/0/yes/no; nullopt if absent.
Result<std::optional<bool>> BoolParam(const ParamMap& params, std::string_view name);

// GET /v1/organizations: kind, leading, industry, district, zone, park, text, limit, offset.
Result<OrgFilter> ParseOrgFilter(const ParamMap& params);
// GET /v1/experts: title, industry, field, affiliation_id, text, limit, offset.
Result<ExpertFilter> ParseExpertFilter(const ParamMap& params);
// GET /v1/organizations/{id}, /v1/experts/{id}: ties=true|false (default true).
Result<bool> ParseRecordParams(const ParamMap& params);
// GET /v1/consortia: status, type (of the rules), year.
Result<ConsortiumFilter> ParseConsortiumFilter(const ParamMap& params, const ProgrammeRules& rules);
// GET /v1/consortia/{id}/application: format=md|markdown|html (default md) -> "md" | "html".
Result<std::string> ParseApplicationParams(const ParamMap& params);

// ---- import (POST /v1/import) --------------------------------------------------------

nlohmann::json ProblemJson(const ImportProblem& problem);
nlohmann::json ProblemsJson(const std::vector<ImportProblem>& problems);
// {"organizations_inserted": .., "organizations_updated": .., "experts_inserted": ..,
//  "experts_updated": .., "ties_inserted": ..}
nlohmann::json ImportReportJson(const ImportReport& report);
// "organizations.csv:3: kind: unknown kind 'spaceship'"
std::string FormatProblem(const ImportProblem& problem);

// The whole of POST /v1/import: `text` is a JSON dataset {"organizations",
// "experts", "ties"} (each an array of at most kMaxImportRecords). Invalid JSON,
// a repeated key or another top-level member is InvalidArgument (400); record
// problems are kInvalidImport (422) with details {"problems": [{file, row, field,
// message}]} and nothing written. The answer: {"report", "data_version", "index"?}
// (the catalog, when given, catches up at once).
Result<nlohmann::json> ImportJson(Store& store, Catalog* catalog, std::string_view text);

// ---- search (POST /v1/search) --------------------------------------------------------

// Body -> CatalogQuery; InvalidArgument names the wire field ("filters.titles").
Result<CatalogQuery> ParseSearchRequest(const nlohmann::json& body);
nlohmann::json SearchResultJson(const SearchResult& result);
// Parse + Catalog::Search + SearchResultJson; errors name wire fields.
Result<nlohmann::json> SearchJson(const Catalog& catalog, const nlohmann::json& body);

// ---- consortia (POST /v1/consortia/suggest, /validate) ----------------------------

Result<ConsortiumRequest> ParseConsortiumRequest(const nlohmann::json& body);
Result<ConsortiumDraft> ParseConsortiumDraft(const nlohmann::json& body);
nlohmann::json ToJson(const ConsortiumSuggestion& suggestion);
// {"valid", "violations", "warnings"}.
nlohmann::json ToJson(const ValidationReport& report);
// A fit warning {"code", "message", "role"?, "member_id"?, "expert_id"?, "name"?}, and a list.
nlohmann::json ToJson(const FitWarning& warning);
nlohmann::json ToJson(const std::vector<FitWarning>& warnings);

// Parse + suggest + ToJson. An infeasible request is Infeasible naming the role
// as field, with details {"role", "eligible", "required", "relaxation"}.
Result<nlohmann::json> SuggestConsortiumJson(const Catalog& catalog, const ProgrammeRules& rules,
                                             const nlohmann::json& body);
Result<nlohmann::json> SuggestConsortiumJson(const Store& store, const VectorIndex& index,
                                             const ProgrammeRules& rules,
                                             const nlohmann::json& body);
Result<nlohmann::json> ValidateConsortiumJson(const Store& store, const ProgrammeRules& rules,
                                              const nlohmann::json& body);

// ---- teams (POST /v1/teams/suggest) ---------------------------------------------------

// Parses and validates a request body against the rules (defaults filled in).
// Besides the matcher's TeamRequest: "leader_id" (that expert leads, pinned;
// not also excluded), "min_difference" (1..size, default 5: alternatives differ
// from every earlier team in at least this many members), "objective.titles".
Result<TeamRequest> ParseTeamRequest(const nlohmann::json& body, const ProgrammeRules& rules);

// A caller's "commitments" count teams served outside the registry: they add
// to the registry's (Store::Commitments().experts), expert by expert.
// SuggestTeamsJson calls it; the server and the CLI pass bodies unchanged.
void AddRegistryCommitments(const std::map<Id, int>& registry, TeamRequest* request);

// The answer (README "Service teams"; api/openapi.json TeamSuggestion). Every
// text a user reads is Chinese, with names beside ids and codes:
//   "teams": [{"leader_id", "leader": {id, name, title, title_name, affiliation_id,
//              affiliation_name, fields: [{code, name}]},
//              "members": [{id, name, title, fields (codes), affiliation_id, score,
//                           why (Chinese), backups (ids)}],
//              "coverage": {field: [ids of members holding it or a child code]},
//              "uncovered": [requested fields no member holds],
//              "score", "terms": {coverage, relevance, leader, affiliation, titles}}],
//   "field_coverage": per team, per requested field {field, name, weight, status
//              (covered | partial | uncovered), by: [{id, name, code, code_name,
//              relation (same | child | parent | sibling), relation_name (Chinese),
//              degree (a_ef)}], message (Chinese, when not covered)},
//   "differences": per team, the fewest members it differs in from an earlier
//              team (null for the first),
//   "experts": {"<id>": {id, name, title, title_name, affiliation_id,
//              affiliation_name, fields: [{code, name}]}} for every member and
//              backup (names beside the teams' ids, no further requests),
//   "warnings": [{code, message (Chinese), team?, teams?, field?, expert_id?}]:
//              field_partial, field_uncovered, leader_off_field,
//              alternatives_short, fields_derived,
//   "size", "leader_titles", "max_per_affiliation", "min_difference",
//   "fields": [{code, name, weight}], "fields_derived", "objective", "pool"?
// The team objects keep the shape the registry reads (POST /v1/consortia
// "team"); the names and per-field details ride beside them at the top.
nlohmann::json TeamsToJson(const TeamProblem& problem, const std::vector<SelectedTeam>& teams,
                           bool explain);

// The whole of POST /v1/teams/suggest: parse, add the registry's commitments,
// retrieve, select, name affiliations (one read per organisation shown) and
// count each uncovered field's holders in the database. An infeasible request
// is Infeasible naming the constraint as field, with details {"relaxation"}
// (what would help).
Result<nlohmann::json> SuggestTeamsJson(const Catalog& catalog, const ProgrammeRules& rules,
                                        const nlohmann::json& body);
// The same on a given candidate list (no catalog, no registry): the hand-built
// cases of tests/api/cases/team; the candidates stand for the database.
Result<nlohmann::json> SuggestTeamsFromCandidates(const ProgrammeRules& rules,
                                                  const nlohmann::json& body,
                                                  std::vector<TeamCandidate> found);

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
// suggestions never propose what the registry has used up. Team requests: see
// AddRegistryCommitments (SuggestTeamsJson adds them itself).
// Consortium body: organisations at rules.capacity.max_consortia_per_organization
// (leading enterprises already leading at max_consortia_per_leading_enterprise)
// are added to "exclude", except the lead and pinned ids, which the composer
// then judges itself. Malformed bodies are left for the parsers to refuse.
Status AddCommitmentsToConsortiumBody(const Store& store, const ProgrammeRules& rules,
                                      nlohmann::json* body);

// ---- registry and plan answers ------------------------------------------------------------
// A write the rules refuse is Infeasible with details {"violations": [...]}.

// POST /v1/consortia -> 201 body: the consortium as GetConsortiumJson shows it.
Result<nlohmann::json> CreateConsortiumJson(Store& store, const ProgrammeRules& rules,
                                            const nlohmann::json& body, const std::string& user);
// PATCH (replace = false) or PUT (replace = true: a full body) /v1/consortia/{id}.
Result<nlohmann::json> UpdateConsortiumJson(Store& store, const ProgrammeRules& rules, Id id,
                                            const nlohmann::json& body, bool replace,
                                            const std::string& user);
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
