// POST /v1/consortia/validate: the body reader and the rules check over a
// small store (api ValidateConsortiumJson).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace consortia;
  auto body = fuzz::Body(data, size);
  if (!body) return 0;
  (void)ParseConsortiumDraft(*body);
  (void)ValidateConsortiumJson(fuzz::SmallStore(), fuzz::Rules(), *body);
  return 0;
}
