// matcher/team.h — S&T service teams (科技服务团): at least rules.team.min_size
// experts led by an academician or a renowned expert, covering the requested
// fields (front header of the team builder).
//
// Contract
// - Pipeline: ParseTeamRequest (JSON body -> TeamRequest, every bad value named)
//   -> BuildTeamPool (retrieval: a few hundred candidates from the catalog's
//   index with filters pushed into FAISS, plus a second search restricted to the
//   leader titles, plus pins and consortium members' experts) -> SelectTeams
//   (ranking and selection on the plain pool: greedy + swap local search) ->
//   TeamsToJson. SuggestTeamsJson runs all of it; POST /v1/teams/suggest and
//   `consortia suggest team` are thin wrappers over it.
// - SelectTeams and SolveTeamExact take a TeamProblem only (no store, no index),
//   so tests and benchmarks build pools by hand.
// - Rules come from ProgrammeRules (min size, leader titles, default
//   affiliation cap); nothing here hard-codes them.
// - Errors: bad input is InvalidArgument naming the field ("size",
//   "leader_titles", "fields[1].code", ...); unknown pinned ids NotFound ("pin");
//   a well-formed request the pool cannot satisfy is Infeasible with the
//   constraint as field and TeamInfeasibility::relaxation saying what would help.
// - Thread-safe: everything is a pure function of its inputs (the catalog is
//   thread-safe).
//
// Objective (maximised; README-ready)
//   For a team S (the leader is the member holding the best leader title):
//     F(S) = coverage(S) + relevance(S) + leader(S) + affiliation(S)
//   coverage(S)    = w_cov · Σ_f ŵ_f · (1 − Π_{e∈S} (1 − a_ef))
//                    ŵ_f: requested field weights normalised to sum 1;
//                    a_ef: how well expert e covers field f — same code or a
//                    child code 0.8, the parent code 0.5, a sibling 0.25, else 0.
//                    Diminishing returns: a second expert in a field adds
//                    0.8·0.2 = 0.16 where the first added 0.8.
//   relevance(S)   = w_rel / size · Σ_{e∈S} r_e   (r_e: index score, clamped to [0,1])
//   leader(S)      = w_lead · max_{e∈S, title allowed} q(title_e)
//                    (academician 1.0 > renowned 0.6 > senior 0.3 > other 0)
//   affiliation(S) = w_aff / size · #{e ∈ S : e's affiliation is a consortium member}
//   F is monotone submodular (a weighted coverage plus modular terms plus a max).
//   Hard constraints: |S| = size (>= rules.team.min_size); at least one member
//   holds a title of leader_titles; at most max_per_affiliation members per
//   affiliation (experts without an affiliation are uncapped); pins in;
//   exclusions out; experts whose commitments reach their capacity out.
// - Selection: for each of the best few leader candidates, greedy by marginal
//   gain from pins + leader, then best-improvement single swaps until none
//   improves; the best team wins. Alternatives (k > 1) have different leaders.
// - SolveTeamExact: branch and bound on the same pool; upper bound F(S) + the
//   sum of the r best marginal gains of the remaining candidates (valid because
//   F is submodular). Exponential: an oracle for pools of about 30.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"
#include "core/status.h"
#include "matcher/catalog.h"
#include "matcher/rules.h"

namespace consortia {

// Objective weights and coverage affinities (documented defaults; a request may
// override the w_* through "objective": {"coverage":..,"relevance":..,...}).
struct TeamWeights {
  double coverage = 1.0;
  double relevance = 0.5;
  double leader = 0.2;
  double affiliation = 0.1;
  // a_ef by relation of the expert's code to the requested field code.
  double same_field = 0.8;      // same code, or the expert's code is a child of it
  double parent_field = 0.5;    // the expert holds the requested code's parent
  double sibling_field = 0.25;  // same parent
  // q(title) for the leader term, indexed by Title.
  double title_quality[kTitleCount] = {1.0, 0.6, 0.3, 0.0};
};

struct FieldWeight {
  std::string code;
  double weight = 1.0;  // > 0
};

// What the caller asks for (POST /v1/teams/suggest body).
struct TeamRequest {
  std::string industry;              // industry code (optional)
  std::string problem;               // free text (optional)
  std::vector<FieldWeight> fields;   // NSFC codes; empty = derived from the pool
  std::vector<Id> members;           // consortium member organisations (bonus)
  int size = 0;                      // 0 = rules.team.min_size
  std::vector<Title> leader_titles;  // empty = rules.team.leader_titles
  int max_per_affiliation = 0;       // 0 = rules.team.max_per_affiliation_default
  std::vector<Id> pin;
  std::vector<Id> exclude;
  std::map<Id, int> commitments;  // expert id -> teams already served
  int k = 1;                      // alternative teams, 1..5
  bool explain = false;
  TeamWeights weights;
  int pool_size = 300;   // relevance candidates retrieved
  int leader_pool = 60;  // leader-title candidates retrieved
};

// One candidate as the selector sees it.
struct TeamCandidate {
  Id id = 0;
  std::string name;
  Title title = Title::kOther;
  Id affiliation_id = 0;  // 0 = none (uncapped)
  std::vector<std::string> fields;
  double relevance = 0;            // [0, 1]
  bool member_affiliated = false;  // affiliation is one of the consortium's members
  bool pinned = false;
  int capacity = 1;  // teams the expert may serve on (Expert::capacity)
};

// The selection problem on a plain pool: everything SelectTeams needs.
struct TeamProblem {
  std::vector<TeamCandidate> pool;  // eligible candidates only (capacity/exclusions applied)
  std::vector<FieldWeight> fields;  // requested fields (weights need not sum to 1)
  bool fields_derived = false;      // no fields requested: the pool's top fields
  int size = 15;
  std::vector<Title> leader_titles;
  int max_per_affiliation = 3;
  int k = 1;
  TeamWeights weights;
  int leader_tries = 8;  // leader candidates tried by SelectTeams
  bool local_search = true;
};

struct TeamTerms {
  double coverage = 0, relevance = 0, leader = 0, affiliation = 0;
  double total() const { return coverage + relevance + leader + affiliation; }
};

struct TeamMember {
  int index = 0;     // into TeamProblem::pool
  double score = 0;  // marginal value: F(S) - F(S - member)
  std::string why;
  // Pool indexes, best first (one or two): the best swap-ins among experts
  // similar to the member (else any who may replace them), distinct across the
  // team's members whenever the pool has enough non-members (DescribeTeam).
  std::vector<int> backups;
};

// A team as the selector chose it from a pool (indexes into TeamProblem::pool);
// the registry's form of a team is core/model.h's Team {leader_id, members}.
struct SelectedTeam {
  int leader = -1;                                   // pool index
  std::vector<TeamMember> members;                   // leader first
  std::map<std::string, std::vector<int>> coverage;  // field -> members with a_ef >= parent_field
  TeamTerms terms;
  double score = 0;
};

struct TeamStats {
  double greedy_score = 0;  // best greedy team before swaps
  int swaps = 0;
  int evaluations = 0;
};

// Why a request cannot be met: field = the constraint, relaxation = what would help.
struct TeamInfeasibility {
  std::string field;
  std::string message;
  std::string relaxation;
};

// ---- objective ---------------------------------------------------------------

// a_ef for an expert's codes against one requested field code.
double FieldAffinity(const std::vector<std::string>& expert_fields, const std::string& field,
                     const TeamWeights& weights);
// F(S) broken into its terms; `members` are pool indexes.
TeamTerms EvaluateTeam(const TeamProblem& problem, const std::vector<int>& members);

// ---- selection ------------------------------------------------------------------

// Greedy + swaps; up to problem.k teams (distinct leaders), best first. Infeasible
// (with *why filled when given) if no team meets the hard constraints.
Result<std::vector<SelectedTeam>> SelectTeams(const TeamProblem& problem,
                                              TeamStats* stats = nullptr,
                                              TeamInfeasibility* why = nullptr);
// Fills members' scores, why, backups and the coverage of a chosen member set.
SelectedTeam DescribeTeam(const TeamProblem& problem, std::vector<int> members);
// Checks pool-level feasibility before selection (size, leader, caps, pins).
Status CheckTeamFeasible(const TeamProblem& problem, const TeamRequest* request,
                         TeamInfeasibility* why);

// ---- retrieval ---------------------------------------------------------------------

// Retrieval: every candidate the index finds for a request (relevance hits,
// leader-title hits, consortium members' experts, pins, and excluded
// leader-title experts for diagnostics), with the store's attributes, then
// AssembleTeamProblem.
Result<TeamProblem> BuildTeamPool(const Catalog& catalog, const TeamRequest& request,
                                  TeamInfeasibility* why);
// From found candidates to the selection problem: drops exclusions and experts
// whose commitments reach their capacity (a pinned one is Infeasible "pin"),
// marks pins and consortium members' experts, derives fields when none were
// requested (relevance-weighted top 5 of the 50 most relevant), and diagnoses a
// missing leader (Infeasible "leader_titles" with a relaxation).
Result<TeamProblem> AssembleTeamProblem(const TeamRequest& request,
                                        std::vector<TeamCandidate> found, TeamInfeasibility* why);

}  // namespace consortia
