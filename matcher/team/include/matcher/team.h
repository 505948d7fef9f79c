// matcher/team.h — S&T service teams (科技服务团): at least rules.team.min_size
// experts led by an academician or a renowned expert, covering the requested
// fields (front header of the team builder).
//
// Contract
// - Pipeline: ParseTeamRequest (JSON body -> TeamRequest, every bad value named)
//   -> BuildTeamPool (retrieval: a few hundred candidates from the catalog's
//   index with filters pushed into FAISS, plus a search restricted to the
//   leader titles, one per requested field, pins, the leader and consortium
//   members' experts) -> SelectTeams
//   (ranking and selection on the plain pool: greedy + swap local search) ->
//   TeamsToJson. SuggestTeamsJson runs all of it; POST /v1/teams/suggest and
//   `consortia suggest team` are thin wrappers over it.
// - SelectTeams and SolveTeamExact take a TeamProblem only (no store, no index),
//   so tests and benchmarks build pools by hand.
// - Rules come from ProgrammeRules (min size, leader titles, default
//   affiliation cap); nothing here hard-codes them.
// - Errors: bad input is InvalidArgument naming the field ("size",
//   "leader_titles", "fields[1].code", ...); unknown pinned ids NotFound ("pin",
//   "leader_id");
//   a well-formed request the pool cannot satisfy is Infeasible with the
//   constraint as field and TeamInfeasibility::relaxation saying what would help.
// - Thread-safe: everything is a pure function of its inputs (the catalog is
//   thread-safe).
//
// Objective (maximised; README-ready)
//   For a team S (the leader is the member with the best leader value, or the
//   request's leader_id):
//     F(S) = coverage(S) + relevance(S) + leader(S) + affiliation(S) + titles(S)
//   coverage(S)    = w_cov · Σ_f ŵ_f · c_f(S), ŵ_f the requested field weights
//                    normalised to sum 1, and per field
//                    c_f(S) = (1 − β)·(1 − Π_{e∈S} (1 − h_ef)) + β·(1 − Π_{e∈S} (1 − a_ef))
//                    h_ef: 0.8 if e holds f (the same code or a child code), else 0;
//                    a_ef: the same 0.8 for holders, 0.5 for the parent code,
//                    0.25 for a sibling (same parent), else 0;
//                    β = partial_share 0.25: a field only near experts touch counts
//                    at most 0.25 of a field, one holder 0.8 — holders beat any
//                    number of parent or sibling matches. Diminishing returns: a
//                    second holder adds 0.8·0.2 = 0.16 where the first added 0.8.
//   relevance(S)   = w_rel / size · Σ_{e∈S} r_e   (r_e: index score, clamped to [0,1])
//   leader(S)      = w_lead · max_{e∈S, title allowed} q(title_e) · (1 + fit_e) / 2
//                    q: academician 1.0 > renowned 0.6 > senior 0.3 > other 0;
//                    fit_e = (focus_e + r_e) / 2, focus_e the share of e's codes
//                    that hold a requested field (weighted by ŵ_f / max ŵ): an
//                    academician working on the problem's fields leads, not one
//                    whose main work lies elsewhere. With leader_id only that
//                    expert may lead.
//   affiliation(S) = w_aff / size · #{e ∈ S : e's affiliation is a consortium member}
//   titles(S)      = w_title / size · Σ_{e∈S} m(title_e), m: academician and
//                    renowned 1, senior 0.5, other 0 — among otherwise equal
//                    experts, renowned (正高) before senior (副高) before other;
//                    small: each step is worth a relevance gain of 0.06, and an
//                    academician member is worth no more than a renowned one
//                    (academicians are few and lead teams).
//   F is monotone submodular (weighted coverage functions plus modular terms plus
//   a max of fixed values).
//   Hard constraints: |S| = size (>= rules.team.min_size); at least one member
//   holds a title of leader_titles (with leader_id: that expert, pinned);
//   at most max_per_affiliation members per affiliation (experts without an
//   affiliation are uncapped); pins in; exclusions out; experts whose
//   commitments reach their capacity out.
// - Selection: for each of the best few leader candidates, greedy by marginal
//   gain from pins + leader, then best-improvement single swaps until none
//   improves; the best team wins. Alternatives (k > 1) differ from every earlier
//   team in at least min_difference members (|S_t \ S_j| >= min_difference, a
//   constraint of the search like the affiliation cap) and have another leader
//   when one can lead (always the same one with leader_id).
// - Coverage as reported: a field is covered only by members holding it or a
//   child code; parent and sibling codes make it partial; otherwise uncovered.
// - SolveTeamExact: branch and bound on the same pool; upper bound F(S) + the
//   sum of the r best marginal gains of the remaining candidates (valid because
//   F is submodular). Exponential: an oracle for pools of about 30.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
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
  double titles = 0.06;  // member titles: member_quality(title) per member
  // a_ef by relation of the expert's code to the requested field code.
  double same_field = 0.8;      // same code, or the expert's code is a child of it
  double parent_field = 0.5;    // the expert holds the requested code's parent
  double sibling_field = 0.25;  // same parent
  // β: the most a field that no member holds can count (parent/sibling matches).
  double partial_share = 0.25;
  // q(title) for the leader term, indexed by Title.
  double title_quality[kTitleCount] = {1.0, 0.6, 0.3, 0.0};
  // The titles term's value of a member's title: an academician member counts
  // as a renowned one (academicians are few, and lead teams).
  double member_quality[kTitleCount] = {1.0, 1.0, 0.5, 0.0};
};

struct FieldWeight {
  std::string code;
  double weight = 1.0;  // > 0
};

// How an expert's code relates to a requested field code (NSFC numbering: a
// 5-character code's parent is its 3-character prefix).
enum class FieldRelation { kNone, kSibling, kParent, kChild, kSame };
// "same", "child" (the expert's code is a child of the field: holds it),
// "parent" (the expert holds only the field's parent), "sibling", "none".
std::string_view ToString(FieldRelation relation);
inline bool Holds(FieldRelation r) {
  return r == FieldRelation::kSame || r == FieldRelation::kChild;
}

struct FieldMatch {
  FieldRelation relation = FieldRelation::kNone;
  std::string code;  // the expert's code that relates best ("" for kNone)
};
// The best relation of an expert's codes to one field code.
FieldMatch MatchField(const std::vector<std::string>& expert_fields, const std::string& field);

// What the caller asks for (POST /v1/teams/suggest body).
struct TeamRequest {
  std::string industry;              // industry code (optional)
  std::string problem;               // free text (optional)
  std::vector<FieldWeight> fields;   // NSFC codes; empty = derived from the pool
  std::vector<Id> members;           // consortium member organisations (bonus)
  int size = 0;                      // 0 = rules.team.min_size
  std::vector<Title> leader_titles;  // empty = rules.team.leader_titles
  Id leader_id = 0;                  // 0 = chosen; else this expert leads (pinned)
  int max_per_affiliation = 0;       // 0 = rules.team.max_per_affiliation_default
  std::vector<Id> pin;
  std::vector<Id> exclude;
  std::map<Id, int> commitments;  // expert id -> teams already served
  int k = 1;                      // alternative teams, 1..5
  int min_difference = 5;         // alternatives differ from each earlier team in >= this many
  bool explain = false;
  TeamWeights weights;
  int pool_size = 300;   // relevance candidates retrieved
  int leader_pool = 60;  // leader-title candidates retrieved
  int field_pool = 60;   // candidates retrieved per requested (or candidate) field
};

// One candidate as the selector sees it.
struct TeamCandidate {
  Id id = 0;
  std::string name;
  Title title = Title::kOther;
  Id affiliation_id = 0;         // 0 = none (uncapped)
  std::string affiliation_name;  // for answers; may be filled after selection
  std::vector<std::string> fields;
  double relevance = 0;            // [0, 1]
  bool member_affiliated = false;  // affiliation is one of the consortium's members
  bool pinned = false;
  int capacity = 1;  // teams the expert may serve on (Expert::capacity)
};

// Holders of a requested field (the code or a child code) at each stage.
struct FieldSupply {
  int database = -1;  // experts in the database (-1: unknown, no store)
  int found = 0;      // among the candidates retrieved (before exclusions and capacity)
  int eligible = 0;   // in the pool
};

// The selection problem on a plain pool: everything SelectTeams needs.
struct TeamProblem {
  std::vector<TeamCandidate> pool;  // eligible candidates only (capacity/exclusions applied)
  std::vector<FieldWeight> fields;  // requested fields (weights need not sum to 1)
  bool fields_derived = false;      // no fields requested: derived from the pool
  std::vector<FieldSupply> supply;  // per fields[i] (may be empty)
  int size = 15;
  std::vector<Title> leader_titles;
  Id leader_id = 0;  // the designated leader (pinned, in the pool), or 0
  int max_per_affiliation = 3;
  int k = 1;
  int min_difference = 5;
  TeamWeights weights;
  int leader_tries = 8;  // leader candidates tried by SelectTeams
  bool local_search = true;
};

struct TeamTerms {
  double coverage = 0, relevance = 0, leader = 0, affiliation = 0, titles = 0;
  double total() const { return coverage + relevance + leader + affiliation + titles; }
};

struct TeamMember {
  int index = 0;     // into TeamProblem::pool
  double score = 0;  // marginal value: F(S) - F(S - member)
  std::string why;   // Chinese, names beside codes (MemberWhy)
  // Pool indexes, best first (one or two): the best swap-ins among experts
  // similar to the member (else any who may replace them), distinct across the
  // team's members whenever the pool has enough non-members (DescribeTeam).
  std::vector<int> backups;
};

enum class CoverageStatus { kCovered, kPartial, kUncovered };
std::string_view ToString(CoverageStatus status);  // "covered", "partial", "uncovered"

// How a team covers one requested field.
struct FieldCoverage {
  std::string field;
  CoverageStatus status = CoverageStatus::kUncovered;
  // Members that hold or touch the field (pool index and how): holders first,
  // then parent, then sibling matches; each group in the team's order.
  std::vector<std::pair<int, FieldMatch>> by;
};

// A team as the selector chose it from a pool (indexes into TeamProblem::pool);
// the registry's form of a team is core/model.h's Team {leader_id, members}.
struct SelectedTeam {
  int leader = -1;                    // pool index
  std::vector<TeamMember> members;    // leader first
  std::vector<FieldCoverage> fields;  // per TeamProblem::fields, in order
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

// a_ef for an expert's codes against one requested field code (the affinity of
// MatchField's relation).
double FieldAffinity(const std::vector<std::string>& expert_fields, const std::string& field,
                     const TeamWeights& weights);
// F(S) broken into its terms; `members` are pool indexes.
TeamTerms EvaluateTeam(const TeamProblem& problem, const std::vector<int>& members);

// ---- selection ------------------------------------------------------------------

// Greedy + swaps; up to problem.k teams, best first, each differing from every
// earlier one in >= problem.min_difference members (fewer teams when no more
// such team exists). Infeasible (with *why filled when given) if no team meets
// the hard constraints.
Result<std::vector<SelectedTeam>> SelectTeams(const TeamProblem& problem,
                                              TeamStats* stats = nullptr,
                                              TeamInfeasibility* why = nullptr);
// Fills members' scores, why, backups and the coverage of a chosen member set.
SelectedTeam DescribeTeam(const TeamProblem& problem, std::vector<int> members);
// A member's reasons in Chinese: leader, title, fields held (code and name) or
// touched, relevance, affiliation (by name when known), pinned.
std::string MemberWhy(const TeamProblem& problem, int index, bool leader);
// Checks pool-level feasibility before selection (size, leader, caps, pins).
Status CheckTeamFeasible(const TeamProblem& problem, const TeamRequest* request,
                         TeamInfeasibility* why);

// ---- Chinese labels of answers ------------------------------------------------------

// "F0407 微机电系统" (the code alone when core/taxonomy.h does not know it).
std::string FieldLabel(std::string_view code);
// 院士, 知名专家, 高级职称, 其他职称.
std::string_view TitleLabel(Title title);

// ---- retrieval ---------------------------------------------------------------------

// Retrieval: every candidate the index finds for a request (relevance hits,
// leader-title hits, the best candidates for each requested field — or, with
// no fields, for each code of the pool and of the industry — consortium
// members' experts, pins and the leader, and excluded leader-title experts for
// diagnostics), with the store's attributes, re-scored by the request's query;
// the database's holders of each field counted; then AssembleTeamProblem.
Result<TeamProblem> BuildTeamPool(const Catalog& catalog, const TeamRequest& request,
                                  TeamInfeasibility* why);
// From found candidates to the selection problem: drops exclusions and experts
// whose commitments reach their capacity (a pinned one or the leader is
// Infeasible "pin" / "leader_id"), checks the leader's title (Infeasible
// "leader_id"), marks pins and consortium members' experts, derives fields when
// none were requested (DeriveTeamFields), counts each field's holders, and
// diagnoses a missing leader (Infeasible "leader_titles" with a relaxation).
Result<TeamProblem> AssembleTeamProblem(const TeamRequest& request,
                                        std::vector<TeamCandidate> found, TeamInfeasibility* why);
// Fields for a request that names none: several distinct codes relevant to the
// problem rather than one. Each candidate's relevance is shared among its
// codes; the codes with the most relevance mass among the 100 most relevant
// candidates are taken, most massive first, while their mass is at least 5 %
// of the top one's, up to 5 — skipping a code whose child is taken (a child
// replaces a taken parent: the specific code wins) and a code whose topics
// (index/ cross-walk sub-fields) all belong to codes already taken (F0407 MEMS
// within F0406's manufacturing). If fewer than 3, the codes of `industry`'s
// sub-fields that candidates hold follow, under the same rules, ranked by the
// share of their sub-fields in the industry times their best holder's
// relevance (the industry's own codes before those it shares). Weights 0.5 + 0.5 · mass / top mass
// (0.5 for industry codes), so secondary fields still count.
std::vector<FieldWeight> DeriveTeamFields(const std::vector<TeamCandidate>& pool,
                                          const std::string& industry);

}  // namespace consortia
