// The Catalog overloads of matcher/consortium.h: one index snapshot per request.
// (Own file so that users of the Store/VectorIndex overloads do not link the catalog.)
#include "matcher/catalog.h"
#include "matcher/consortium.h"

namespace consortia {

Result<ConsortiumSuggestion> SuggestConsortium(const Catalog& catalog, const ProgrammeRules& rules,
                                               const ConsortiumRequest& request,
                                               InfeasibleDetail* infeasible) {
  std::shared_ptr<VectorIndex> index = catalog.index();  // kept for the whole request
  if (index == nullptr) return Status::Internal("catalog has no index");
  return SuggestConsortium(catalog.store(), *index, rules, request, infeasible);
}

Result<nlohmann::json> SuggestConsortiumJson(const Catalog& catalog, const ProgrammeRules& rules,
                                             const nlohmann::json& body, nlohmann::json* error) {
  std::shared_ptr<VectorIndex> index = catalog.index();
  if (index == nullptr) return Status::Internal("catalog has no index");
  return SuggestConsortiumJson(catalog.store(), *index, rules, body, error);
}

}  // namespace consortia
