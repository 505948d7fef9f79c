// The Catalog overload of SuggestConsortium: one index snapshot per request.
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

}  // namespace consortia
