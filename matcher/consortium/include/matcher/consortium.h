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
//   2. Ranking (RankWeights): each candidate's score is a weighted sum of
//      features in [0, 1] — similarity (the retrieval score), industry fit,
//      complementarity (sub-fields of the target industries the lead lacks),
//      problem relevance (half the text similarity, half the share of the
//      problem's weighted terms the record carries: VectorIndex::MatchText), region,
//      cooperation ties with the lead (Store::TiesOf) and the capabilities the
//      rules ask of the role. Every term and a reason in words come back.
//   3. Composition (matcher/consortium/compose.h): the top pool_per_role candidates per
//      role form the pool; proposals maximise
//        F(S) = Σ score_i + tie_bonus·Σ ties among members
//               − redundancy·Σ_{same role} cosine(profile_i, profile_j)
//      subject to: each role of the type holds exactly max(min, pinned)
//      members, pins and the lead are in, an applicant-eligible society is in
//      (rules' applicant section), and each proposal differs from every
//      earlier one in >= 2 members. The exact oracle is
//      matcher/consortium/compose_exact.h over the same pool.
//   One request is one Suggester (matcher/consortium/suggester.h) whose steps
//   live in suggest.cpp (request, lead), suggest_retrieve.cpp (retrieval and
//   ranking per role, applicant) and suggest_compose.cpp (pool, pair weights,
//   proposals, candidate lists, explanation).
// - Infeasibility (a minimum cannot be met, no applicant, lead not a leading
//   enterprise) is Status::Infeasible naming the role as field; *infeasible
//   (when given) receives the role, the eligible count, the requirement and a
//   relaxation in words.
// - ValidateConsortium checks a member list against the rules and the store
//   and returns every violation (never stops at the first).
// - Thread-safe: only reads the store, the index snapshot and the rules.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"
#include "core/status.h"
#include "data/data.h"
#include "index/index.h"
#include "matcher/rules.h"

namespace consortia {

class Catalog;

// Feature weights of the ranker; a candidate's score is Σ weight·feature.
struct RankWeights {
  double similarity = 1.0;         // retrieval score (profile vs lead+industry+problem)
  double industry = 1.0;           // weight of the target industry in the candidate
  double complementarity = 0.8;    // sub-fields of the target industries the lead lacks
  double problem = 1.0;            // text similarity + weighted problem terms carried
  double region_regional = 1.2;    // regional consortia: in the region 1, same district 0.5
  double region_industrial = 0.2;  // industrial: near the lead (same zone/park 1, district 0.5)
  double ties = 0.8;               // existing cooperation with the lead
  double capability = 0.5;         // share of the role's capabilities (rules) the member has
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
  int k = 3;             // proposals, 1..10
  bool explain = false;  // add the pool and pair weights to the answer
  ConsortiumOptions options;
};

// Machine-readable evidence behind a candidate's score.
struct Evidence {
  std::vector<std::string> industries;               // target industries it lists
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
  std::vector<RoleCandidates> candidates;  // type roles in rules order, then optional roles
  std::vector<Proposal> proposals;
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
};

// InvalidArgument (field named) for a malformed draft: unknown type, missing or
// unknown industry/region. Rule violations are in the report, not the status.
Result<ValidationReport> ValidateConsortium(const Store& store, const ProgrammeRules& rules,
                                            const ConsortiumDraft& draft);

}  // namespace consortia
