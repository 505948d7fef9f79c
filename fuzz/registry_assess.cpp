// POST /v1/consortia/{id}/assessments: the body reader (api
// AssessConsortiumJson, on an id the store does not have: nothing is written).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace consortia;
  auto body = fuzz::Body(data, size);
  if (body) (void)AssessConsortiumJson(fuzz::SmallStore(), fuzz::Rules(), 424242, *body, "fuzz");
  return 0;
}
