// matcher/consortium/rank.h — internal: the ranker of consortium candidates
// (features, weighted score, reasons). See matcher/consortium.h for the
// feature list and RankWeights.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/taxonomy.h"
#include "index/index.h"
#include "matcher/consortium.h"

namespace consortia::detail {

struct RankContext {
  bool regional = false;
  ProfileRecord lead;
  FitTarget target;                     // industries the consortium works on
  std::set<std::string> complementary;  // chain gaps: target sub-fields next to the lead's it lacks
  const Region* region = nullptr;       // regional only
  std::string problem;
  std::vector<float> problem_text;  // EmbedText(problem); empty without a model
  const ProfileModel* model = nullptr;
  // The problem's words prepared for the index's lexical relevance (null
  // without a problem); index gives each candidate's match and text profile.
  std::shared_ptr<const TextQuery> problem_query;
  const VectorIndex* index = nullptr;
  std::map<Id, std::vector<Tie>> lead_ties;  // other organisation -> ties with the lead
  RankWeights weights;
};

// Full relevance: a problem feature at or above this earns complementarity
// and ties in full; below, they scale down with it (relevance gate).
inline constexpr double kFullRelevance = 0.4;

// Scores one retrieved record for `role`; similarity is the retrieval score.
ScoredCandidate RankCandidate(const RankContext& context, const RoleRule& role,
                              const ProfileRecord& record, double similarity);

// Chinese name of a tie kind ("联合研发").
const char* TieKindName(TieKind kind);

}  // namespace consortia::detail
