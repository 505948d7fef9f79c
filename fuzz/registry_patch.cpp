// PATCH /v1/consortia/{id}: the patch applied to a registered record, and the
// whole route on an id the store does not have (api ApplyConsortiumPatch,
// UpdateConsortiumJson). Nothing is written: the record is a copy.
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace consortia;
  auto body = fuzz::Body(data, size);
  if (!body) return 0;
  ConsortiumRecord record;
  record.id = 7;
  record.name = "集成电路产业创新联合体";
  record.type = "industrial";
  record.industry = "ic";
  record.members = {{1, "leading_enterprise"}, {2, "related_enterprise"}, {3, "municipal_society"}};
  record.applicant_id = 3;
  record.team = {5, {5, 6}};
  record.year = 2026;
  record.revision = 4;
  (void)ApplyConsortiumPatch(*body, &record);
  (void)UpdateConsortiumJson(fuzz::SmallStore(), fuzz::Rules(), 424242, *body, false, "fuzz");
  return 0;
}
