// PUT /v1/consortia/{id}: a full body, read before the record is looked up
// (api UpdateConsortiumJson with replace, on an id the store does not have).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace consortia;
  auto body = fuzz::Body(data, size);
  if (body)
    (void)UpdateConsortiumJson(fuzz::SmallStore(), fuzz::Rules(), 424242, *body, true, "fuzz");
  return 0;
}
