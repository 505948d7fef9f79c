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
  std::vector<std::string> target_industries;  // the industry, or the lead's industries
  std::set<std::string> complementary;         // target sub-fields the lead lacks
  const Region* region = nullptr;              // regional only
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

// Scores one retrieved record for `role`; similarity is the retrieval score.
ScoredCandidate RankCandidate(const RankContext& context, const RoleRule& role,
                              const ProfileRecord& record, double similarity);

// Chinese name of a tie kind ("联合研发").
const char* TieKindName(TieKind kind);

}  // namespace consortia::detail
