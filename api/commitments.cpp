// Registry commitments folded into suggestion requests (see programme.h).
#include <set>
#include <string>

#include "api/api.h"
#include "matcher/programme.h"

namespace consortia {

Status AddCommitmentsToConsortiumBody(const Store& store, const ProgrammeRules& rules,
                                      nlohmann::json* body) {
  if (!body->is_object()) return Status::Ok();
  auto exclude = body->find("exclude");
  if (exclude != body->end() && !exclude->is_array()) return Status::Ok();
  auto commitments = store.Commitments(LeadRoles(rules));
  if (!commitments.ok()) return commitments.status();

  std::set<Id> keep;  // the lead and pins are the caller's explicit choice
  if (auto lead = body->find("lead_id"); lead != body->end() && lead->is_number_integer()) {
    keep.insert(lead->get<Id>());
  }
  if (auto pin = body->find("pin"); pin != body->end() && pin->is_array()) {
    for (const auto& id : *pin) {
      if (id.is_number_integer()) keep.insert(id.get<Id>());
    }
  }
  std::set<Id> full;
  for (const auto& [id, count] : commitments->organizations) {
    if (count >= rules.capacity.max_consortia_per_organization) full.insert(id);
  }
  for (const auto& [id, count] : commitments->leads) {
    if (count >= rules.capacity.max_consortia_per_leading_enterprise) full.insert(id);
  }
  if (exclude != body->end()) {
    for (const auto& id : *exclude) {
      if (id.is_number_integer()) full.erase(id.get<Id>());
    }
  }
  for (Id id : full) {
    if (keep.count(id) == 0) (*body)["exclude"].push_back(id);
  }
  return Status::Ok();
}

}  // namespace consortia
