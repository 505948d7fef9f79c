// matcher/consortium/suggester.h — internal: one SuggestConsortium request
// (matcher/consortium.h) as an object whose steps Run() takes in order:
//   suggest.cpp          CheckRequest, LoadLead, PrepareRanking
//   suggest_retrieve.cpp AssignPins, RetrieveAndRank (per role: query, search
//                        with the role's filter, rank), EnsureApplicant
//   suggest_compose.cpp  Compose: the pool and its pair weights, the member
//                        sets (compose.h), proposals with their fit
//                        warnings, candidate lists, explain
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compose.h"
#include "core/taxonomy.h"
#include "matcher/consortium.h"
#include "rank.h"

namespace consortia::detail {

// Fills *out (when given) and returns Infeasible naming the role.
Status Fail(InfeasibleDetail* out, const std::string& role, std::int64_t eligible, int required,
            const std::string& relaxation, const std::string& message);
// Whether the record may take the role: its kind, and leading if the role asks.
bool Admits(const RoleRule& role, const ProfileRecord& rec);
// v scaled to unit length (NormalizeL2).
std::vector<float> Normalised(std::vector<float> v);

class Suggester {
 public:
  Suggester(const Store& store, const VectorIndex& index, const ProgrammeRules& rules,
            const ConsortiumRequest& req, InfeasibleDetail* infeasible)
      : store_(store), index_(index), rules_(rules), req_(req), infeasible_(infeasible) {}

  Result<ConsortiumSuggestion> Run();

 private:
  struct RoleState {
    const RoleRule* rule = nullptr;
    const RoleMinimum* minimum = nullptr;  // null for optional roles
    std::vector<ScoredCandidate> ranked;   // all retrieved + pins, best first
    std::vector<Id> pins;
    std::int64_t eligible = 0;
  };

  // What the composer works on: the lead first, then each role's best.
  struct Pool {
    CompositionProblem problem;
    std::vector<ScoredCandidate> members;
    std::vector<int> ties;  // members.size()², i < j: cooperation ties between i and j
    std::vector<PoolExplanation::Pair> pairs;  // non-zero pair weights (explain only)
  };

  // ---- suggest.cpp: the request and the lead
  Status CheckRequest();
  Status CheckSizes();
  Status LoadLead();
  Status PrepareRanking();

  // ---- suggest_retrieve.cpp: candidates per role, and an applicant
  Result<ProfileRecord> RecordOf(Id id, const char* field);
  Status AssignPins();
  Result<std::vector<float>> RoleQuery(const RoleRule& role);
  double Similarity(const RoleState& rs, Id id, const ProfileRecord& rec);
  Filter RoleFilter(const RoleState& rs, bool in_region) const;
  Status RetrieveAndRank();
  Status InfeasibleRole(const RoleState& rs, std::int64_t eligible, bool hard_region);
  bool ApplicantEligible(Id id);
  static bool ApplicantKind(const ProgrammeRules& rules, OrgKind kind);
  Status EnsureApplicant();
  Status RequestedApplicant();
  // Members the role takes in every proposal: max(min, sizes[role], pins);
  // an optional role only its sizes[role] or its pins.
  int SlotSize(const RoleState& rs) const;
  size_t PoolSize(const RoleState& rs) const;

  // ---- suggest_compose.cpp: member sets
  Status Compose();
  ScoredCandidate LeadCandidate() const;
  Pool BuildPool() const;
  Status AddPairWeights(Pool* pool) const;
  int MinDifference(const CompositionProblem& problem) const;
  Proposal ToProposal(const Pool& pool, const Composition& composition);
  std::vector<FitWarning> ProposalWarnings(const Proposal& proposal);
  const Organization* OrganizationOf(Id id);
  void ListCandidates();
  void Explain(Pool pool);

  const Store& store_;
  const VectorIndex& index_;
  const ProgrammeRules& rules_;
  const ConsortiumRequest& req_;
  InfeasibleDetail* infeasible_;
  const ConsortiumTypeRule* type_ = nullptr;
  const Region* region_ = nullptr;
  bool regional_ = false;
  const RoleRule* lead_role_ = nullptr;
  const RoleMinimum* lead_min_ = nullptr;
  Organization lead_;
  std::vector<float> lead_vec_;
  RankContext ctx_;
  std::vector<RoleState> roles_;
  std::map<Id, bool> applicant_cache_;
  std::map<Id, Organization> org_cache_;  // proposal members, for their fit warnings
  std::vector<Id> pins_;                  // req_.pin, then a requested applicant not pinned
  std::map<std::string, size_t> extra_pool_;
  ConsortiumSuggestion out_;
};

}  // namespace consortia::detail
