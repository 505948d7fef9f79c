// matcher/consortium.h — consortium suggestions and validation (front header).
//
// Contract
// - SuggestConsortium answers "which partners, and which complete member sets,
//   for this leading enterprise": retrieval, ranking and composition apart.
//   1. Retrieval: per role of the consortium type (and the optional CAST
//      branches) the VectorIndex returns retrieve_per_role candidates for a
//      query made of the lead's profile, the industry code, the problem text
//      and the role's capabilities; the filter (role kinds, exclusions, the
//      region for in-region roles) is pushed into the search. Regional
//      consortia also retrieve in the region for every role.
//      Roles whose rule fits_target also retrieve within the target
//      industries (FitTarget below), so the pool is not short of members that
//      work on what the consortium works on.
//   2. Ranking (RankWeights): each candidate's score is a weighted sum of
//      features in [0, 1] — similarity (the retrieval score), industry fit to
//      the target, complementarity (chain neighbours of the lead's sub-fields,
//      within the target, that the lead lacks; never more than the problem
//      relevance when a problem is given, so no member comes in on
//      complementarity alone), problem relevance (half the text similarity,
//      half the share of the problem's weighted terms the record carries:
//      VectorIndex::MatchText), region (regional: in the region; industrial: near the lead,
//      not for societies, whose address says nothing), cooperation ties with
//      the lead (Store::TiesOf; weighted by the problem relevance), the
//      capabilities the rules ask of the role, and — for a role that
//      fits_target — a heavy penalty when the candidate is outside the target.
//      Every term and a reason in Chinese come back.
//   3. Composition (matcher/consortium/compose.h): the top pool_per_role candidates per
//      role form the pool; proposals maximise
//        F(S) = Σ score_i + tie_bonus·Σ ties among members
//               − redundancy·Σ_{same role} cosine(profile_i, profile_j)
//      subject to: each role of the type holds exactly max(min, sizes[role],
//      pinned) members (an optional role only when sized or pinned), pins and
//      the lead are in, an applicant-eligible society is in (the requested
//      applicant_id, pinned, when given; rules' applicant section), and each
//      proposal differs from every earlier one in >= MinDifference members
//      (by default a third of the non-lead members). The exact oracle is
//      matcher/consortium/compose_exact.h over the same pool.
//   4. Each proposal carries its FitWarnings (below); the lead's own ones are
//      also the answer's warnings.
//   One request is one Suggester (matcher/consortium/suggester.h) whose steps
//   live in suggest.cpp (request, lead), suggest_retrieve.cpp (retrieval and
//   ranking per role, applicant) and suggest_compose.cpp (pool, pair weights,
//   proposals, candidate lists, explanation).
// - Infeasibility (a minimum cannot be met, no applicant, lead not a leading
//   enterprise) is Status::Infeasible naming the role as field; *infeasible
//   (when given) receives the role, the eligible count, the requirement and a
//   relaxation, in Chinese, organisations named.
// - ValidateConsortium checks a member list against the rules and the store
//   and returns every violation (never stops at the first), messages in
//   Chinese with names, and the FitWarnings of the list.
// - FitWarnings are not rule violations (a consortium with warnings is valid
//   and can be registered); they say where a member set does not fit its
//   target. Defined once here and used by validation, suggestions, the
//   registry and the plan (matcher/programme.h adds the team leader's).
// - Thread-safe: only reads the store, the index snapshot and the rules.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"
#include "core/status.h"
#include "core/taxonomy.h"
#include "data/data.h"
#include "index/index.h"
#include "matcher/rules.h"

namespace consortia {

class Catalog;

// Feature weights of the ranker; a candidate's score is Σ weight·feature.
struct RankWeights {
  double similarity = 1.0;         // retrieval score (profile vs lead+industry+problem)
  double industry = 1.0;           // weight of the target industry in the candidate
  double complementarity = 0.6;    // chain gaps of the lead within the target (≤ relevance)
  double problem = 1.0;            // text similarity + weighted problem terms carried
  double region_regional = 1.2;    // regional consortia: in the region 1, same district 0.5
  double region_industrial = 0.2;  // industrial: near the lead (same zone/park 1, district 0.5)
  double ties = 0.5;               // existing cooperation with the lead (× 0.4..1 by relevance)
  double capability = 0.5;         // share of the role's capabilities (rules) the member has
  double off_target = 2.0;         // penalty: a fits_target role's candidate outside the target
};

struct ConsortiumOptions {
  int retrieve_per_role = 30;  // k′: candidates retrieved per role
  int pool_per_role = 10;      // best ranked per role that the composer may use
  int list_per_role = 10;      // candidates listed per role in the answer
  RankWeights weights;
  double tie_bonus = 0.3;   // per cooperation tie between two non-lead members
  double redundancy = 0.5;  // λ: penalty per unit of cosine between same-role members
  int restarts = 0;         // extra heuristic local searches per proposal
};

struct ConsortiumRequest {
  std::string type;                  // "regional" | "industrial"
  Id lead_id = 0;                    // a stored leading enterprise, or
  std::optional<Organization> lead;  // an inline profile (not stored)
  std::string industry;              // required for industrial
  std::string region;                // required for regional: zone or park code
  std::string problem;
  std::vector<Id> pin;
  std::vector<Id> exclude;
  // Members per role, at least the rules' minimum (default: the minimum); an
  // optional role (cast_branch) sized here takes that many.
  std::map<std::string, int> sizes;
  Id applicant_id = 0;  // the applicant (申报单位): pinned into its role; 0 = the best eligible
  // Alternatives differ from every earlier proposal in at least this many
  // members: a share (0, 1) of the non-lead members, rounded up, or a count
  // (a whole number >= 1); at most the members that are not pinned.
  double min_difference = 1.0 / 3.0;
  int k = 3;             // proposals, 1..10
  bool explain = false;  // add the pool and pair weights to the answer
  ConsortiumOptions options;
};

// Warning codes:
//   lead_outside_industry  industrial: the lead lists no target industry;
//   lead_outside_region    regional: the lead lies neither in the region nor
//                          in one of its districts;
//   member_outside_target  a member in a role whose rule fits_target lists no
//                          target industry;
//   team_leader_outside_fields (matcher/programme.h) the team leader holds no
//                          NSFC field mapped to a sub-field of a target industry.
struct FitWarning {
  std::string code;
  std::string role;     // the member's role ("" for the team leader)
  Id member_id = 0;     // the organisation (0: the team leader, or an inline lead)
  Id expert_id = 0;     // the team leader
  std::string name;     // the member's or the expert's name
  std::string message;  // the reason, in Chinese
};

// Machine-readable evidence behind a candidate's score.
struct Evidence {
  std::vector<std::string> industries;               // target industries it lists
  bool in_target = true;                             // lists a target industry (FitTarget)
  std::vector<std::string> complementary_subfields;  // target sub-fields the lead lacks
  std::vector<std::string> matched_keywords;         // weighted problem terms it carries
  std::vector<std::string> capabilities;             // role capabilities it has
  std::vector<std::string> ties;                     // tie kinds with the lead ("joint_rnd:2021")
  bool in_region = false;
};

struct ScoredCandidate {
  Id id = 0;
  std::string name;
  OrgKind kind = OrgKind::kEnterprise;
  std::string role;
  double score = 0;
  std::vector<std::pair<std::string, double>> terms;  // weighted; Σ = score
  std::vector<std::string> reasons;                   // in words, Chinese first
  Evidence evidence;
  bool pinned = false;
  bool applicant_eligible = false;  // society with staff and expert team per the rules
};

struct RoleCandidates {
  std::string role;
  std::string name;                         // Chinese role name
  int min = 0;                              // 0 for optional roles (CAST branches)
  std::int64_t eligible = 0;                // records passing the role's filter
  std::vector<ScoredCandidate> candidates;  // best first
};

struct ProposalMember {
  Id id = 0;  // 0 for an inline lead
  std::string role;
  std::string name;
  double score = 0;
};

struct Proposal {
  std::vector<ProposalMember> members;  // roles in the rules' order, best first within
  Id applicant_id = 0;
  std::string applicant_name;
  std::vector<FitWarning> warnings;                   // FitWarnings of the member set
  double score = 0;                                   // F(S)
  std::vector<std::pair<std::string, double>> terms;  // member_scores, tie_bonus, redundancy
};

// The scored pool as the composer saw it (for "explain").
struct PoolExplanation {
  struct Pair {
    Id a = 0, b = 0;
    double weight = 0;  // tie_bonus·tie − redundancy·cosine (same role)
    int ties = 0;
    double cosine = 0;
  };
  std::vector<ScoredCandidate> members;            // the pool, lead first
  std::vector<std::pair<std::string, int>> slots;  // role -> size
  std::vector<Pair> pairs;                         // non-zero weights only
  double tie_bonus = 0;
  double redundancy = 0;
  int min_difference = 2;
};

struct ConsortiumSuggestion {
  std::string type;
  Id lead_id = 0;
  std::string lead_name;
  std::string target;                      // the region or industry code
  std::string target_name;                 // its Chinese name
  int min_difference = 0;                  // what the alternatives were held to
  std::vector<RoleCandidates> candidates;  // type roles in rules order, then optional roles
  std::vector<Proposal> proposals;
  std::vector<FitWarning> warnings;  // about the lead and the target (also in every proposal)
  std::optional<PoolExplanation> explanation;
};

struct InfeasibleDetail {
  std::string role;
  std::int64_t eligible = 0;
  int required = 0;
  std::string relaxation;
};

// Library form of POST /v1/consortia/suggest over a store and an index snapshot.
Result<ConsortiumSuggestion> SuggestConsortium(const Store& store, const VectorIndex& index,
                                               const ProgrammeRules& rules,
                                               const ConsortiumRequest& request,
                                               InfeasibleDetail* infeasible = nullptr);
Result<ConsortiumSuggestion> SuggestConsortium(const Catalog& catalog, const ProgrammeRules& rules,
                                               const ConsortiumRequest& request,
                                               InfeasibleDetail* infeasible = nullptr);

// ---- fit to the target ------------------------------------------------------------

// What a consortium works on. Industrial: its industry. Regional: the lead's
// main industries (weight >= 0.8 of its largest) at 1 and its second lines
// (>= 0.7 of its largest) at their relative weight, the consortium's industry
// when one is given, and the region's lead industries (core/taxonomy.h
// Region::industries) at kRegionIndustryWeight.
struct FitTarget {
  static constexpr double kRegionIndustryWeight = 0.6;
  bool regional = false;
  const Region* region = nullptr;                          // regional only
  std::vector<std::pair<std::string, double>> industries;  // code, weight in (0, 1]; main first
  bool empty() const { return industries.empty(); }
  double WeightOf(const std::string& industry) const;  // 0 outside the target
  // Lists a target industry (weight > 0).
  bool Contains(const std::vector<Weighted>& industries) const;
  std::string Names() const;  // "人工智能、集成电路、软件和信息服务业"
};

// `type` regional or not; `lead` may be null (no lead industries then).
FitTarget MakeFitTarget(bool regional, const std::string& industry, const std::string& region,
                        const Organization* lead);

struct FitMember {
  Member member;
  const Organization* org = nullptr;  // null: unknown (no warning about it)
};

// The FitWarnings of a member list of type `type` (a type key of the rules;
// none for an unknown type). The lead is the member in a role whose rule
// requires_leading; its industries and the region make the target.
std::vector<FitWarning> FitWarnings(const ProgrammeRules& rules, const std::string& type,
                                    const std::string& industry, const std::string& region,
                                    const std::vector<FitMember>& members);

// ---- validation ------------------------------------------------------------

struct ConsortiumDraft {
  std::string type;
  std::string industry;
  std::string region;
  std::vector<Member> members;
  Id applicant_id = 0;  // 0: any eligible member will do
};

// Violation codes: unknown_role (not a role of the rules; roles of the rules
// outside the type, e.g. cast_branch, are allowed extras), unknown_member,
// duplicate_member, wrong_kind, lead_not_leading,
// below_minimum, above_maximum, outside_region, no_applicant,
// applicant_not_member, applicant_wrong_kind, applicant_no_staff,
// applicant_no_expert_team, unknown_applicant.
struct Violation {
  std::string code;
  std::string role;  // "" when not about a role
  Id member_id = 0;  // 0 when not about a member
  std::string message;
};

struct ValidationReport {
  bool valid = true;
  std::vector<Violation> violations;
  std::vector<FitWarning> warnings;  // never make the report invalid
};

// InvalidArgument (field named) for a malformed draft: unknown type, missing or
// unknown industry/region. Rule violations are in the report, not the status.
Result<ValidationReport> ValidateConsortium(const Store& store, const ProgrammeRules& rules,
                                            const ConsortiumDraft& draft);

}  // namespace consortia
