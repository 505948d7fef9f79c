// matcher/programme.h — the programme registry service and the plan glue: the
// rules-aware layer over the Store's registry (data/data.h, "registry") that the
// routes (server/routes_programme.cpp) and the CLI (`consortia programme`) wrap.
//
// Contract
// - Status transitions (CheckStatusChange): a new consortium is registered as
//   proposed; an update moves proposed -> applied -> approved -> active one
//   step at a time, or to cancelled from any status; cancelled is final. A
//   refused change is Conflict (409), field "status", in Chinese.
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
// - Fit warnings (ValidateRecord): the members' FitWarnings
//   (matcher/consortium.h) and the team leader's (TeamFitWarnings); a write
//   with warnings succeeds, and its answer lists them.
// - Every violation, refusal and warning message is in Chinese, with names.
// - Plan (PlanJson, over RegisteredPlanSources and AddPlanCandidates below):
//   candidates are the registered consortia in status
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

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "data/data.h"
#include "matcher/consortium.h"
#include "matcher/planner.h"
#include "matcher/rules.h"

namespace consortia {

// ---- application drafts (申请表) -----------------------------------------------
// A draft of the application form of one consortium, as Markdown and as
// printable HTML.
//
// Contract
// - RenderApplicationDraft is a pure function of its input and the rules: no
//   I/O, no lookups. The caller resolves ids to names (the registry knows them)
//   and passes plain strings.
// - Sections, in order: 联合体名称, 类型 (区域/产业, the type's name from the
//   rules), 所属区域/产业 (target name; from core/taxonomy.h when target_name is
//   empty), 牵头单位(龙头企业), 成员单位 grouped by role (Chinese role names from
//   rules roles.*.name; the lead role first, then the type's roles in
//   rules order, then any other role),
//   申报单位(秘书处), 技术方向与拟解决的关键问题, 依托项目, 科技服务团 (团长 and
//   members, each with title and affiliation).
// - All user text is escaped: HTML-escaped in the HTML; in the Markdown, table
//   cells escape '|' and newlines, and '<', '>', '&' are written as entities
//   so that a Markdown renderer cannot inject markup.
// - The HTML is one self-contained UTF-8 document (<meta charset="utf-8">, inline
//   print CSS, no scripts, no external resources).
// - Errors (kInvalidArgument, field named): unknown type, unknown role, no
//   member in the lead role (a role whose rule requires_leading), empty name.
struct DraftMember {
  Member member;     // id and role (a role key of the rules), as registered
  std::string name;  // the organisation's name, resolved by the caller
};

struct DraftExpert {
  std::string name;
  Title title = Title::kOther;
  std::string academy;   // academicians: "CAS" | "CAE"
  std::string position;  // optional free text, e.g. "教授" (shown after the title)
  std::string affiliation;
};

struct ApplicationDraftInput {
  std::string name;                  // 联合体名称
  std::string type;                  // "regional" | "industrial"
  std::string target;                // region or industry code
  std::string target_name;           // optional: overrides the taxonomy name
  std::vector<DraftMember> members;  // including the lead
  std::string applicant;             // 申报单位 (secretariat)
  std::string technical_direction;
  std::string key_problems;
  std::string project;  // 依托项目
  DraftExpert team_leader;
  std::vector<DraftExpert> team_members;
  std::string date;  // optional, printed under the title
};

struct ApplicationDraft {
  std::string markdown;
  std::string html;
};

Result<ApplicationDraft> RenderApplicationDraft(const ApplicationDraftInput& input,
                                                const ProgrammeRules& rules);

// Chinese label of an expert's title: 院士（中国科学院）, 知名专家, 高级职称, 其他.
std::string TitleLabel(Title title, const std::string& academy);

// ---- checks -------------------------------------------------------------------

// Role keys whose rule requires a leading enterprise (the lead roles).
std::vector<std::string> LeadRoles(const ProgrammeRules& rules);
// Violation codes: no_team, unknown_expert, duplicate_expert, leader_title, team_too_small.
Result<std::vector<Violation>> CheckTeam(const Store& store, const ProgrammeRules& rules,
                                         const Team& team, bool required);
// Members (ValidateConsortium) and team together, with the fit warnings of
// both; InvalidArgument for a malformed type/region/industry.
Result<ValidationReport> ValidateRecord(const Store& store, const ProgrammeRules& rules,
                                        const ConsortiumRecord& record, bool team_required);
// Warning team_leader_outside_fields: the team leader holds no NSFC field that
// the index's cross-walk (index/index.h FieldToSubfields) maps to a sub-field of
// a target industry (FitTarget of the record: its industry; regional: the lead's
// main industries and the region's). None without a leader or a target.
Result<std::vector<FitWarning>> TeamFitWarnings(const Store& store, const ProgrammeRules& rules,
                                                const ConsortiumRecord& record);
// Whether a consortium may go from current->status (nullptr: a new one) to
// `next`; Conflict naming "status" otherwise.
Status CheckStatusChange(const ConsortiumRecord* current, ConsortiumStatus next);
Status CheckCapacity(const Store& store, const ProgrammeRules& rules,
                     const ConsortiumRecord& record, const Commitments& others);
// The whole check of a write (see the contract); `store` must outlive it.
ConsortiumCheck RegistryCheck(const Store& store, const ProgrammeRules& rules);

// ---- operations ------------------------------------------------------------------

Result<ConsortiumRecord> RegisterConsortium(Store& store, const ProgrammeRules& rules,
                                            const ConsortiumRecord& record,
                                            const std::string& user);
Result<ConsortiumRecord> ReviseConsortium(Store& store, const ProgrammeRules& rules,
                                          const ConsortiumRecord& record, const std::string& user);
// The record's target: its region code for a regional type, else its industry code.
std::string TargetOf(const ProgrammeRules& rules, const ConsortiumRecord& record);
// A draft of the application form with every id resolved to a name.
Result<ApplicationDraft> ConsortiumApplication(const Store& store, const ProgrammeRules& rules,
                                               Id id);

// ---- plan glue -------------------------------------------------------------------
// From the registry to the planner (matcher/planner.h). POST /v1/plan's JSON
// glue (api/plan_json.cpp) reads the body and renders the answer around these.

// One consortium offered to the planner: a registered one or an inline
// candidate of the request.
struct PlanSource {
  std::string id;        // the planner's candidate id: "12" for consortium 12
  Id consortium_id = 0;  // registered ones; 0 for inline candidates
  ConsortiumRecord record;
};

// Whether a consortium in `status` is planned: proposed and applied ones
// always, approved and active ones only when re-planning (they are fixed).
bool PlannedInMode(ConsortiumStatus status, bool replan);

// The registered consortia of `year` (0 = any) that are PlannedInMode, in id order.
Result<std::vector<PlanSource>> RegisteredPlanSources(const Store& store, int year, bool replan);

// Appends one PlanCandidate per source to request->candidates: its id and
// name, its target (TargetOf), its members in roles the rules know, team,
// score, fixed (when re-planning an approved/active one), validity and
// violations (ValidateRecord, team required), and its lead's district, zone,
// park and main industry from the store; the capacity (Expert::capacity) of
// every team expert not yet in request->expert_capacity; and the names of its
// organisations and experts (request->organization_names / expert_names). A
// source ValidateRecord refuses outright (unknown type, region or industry) is
// not planned: it is appended to *malformed with the reason. *warnings (when
// given) receives each planned source's fit warnings by candidate id.
void AddPlanCandidates(const Store& store, const ProgrammeRules& rules,
                       const std::vector<PlanSource>& sources, bool replan, PlanRequest* request,
                       std::vector<RejectedCandidate>* malformed,
                       std::map<std::string, std::vector<FitWarning>>* warnings = nullptr);

}  // namespace consortia
