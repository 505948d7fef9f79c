// POST /v1/search: the body reader (api ParseSearchRequest).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = consortia::fuzz::Body(data, size);
  if (body) (void)consortia::ParseSearchRequest(*body);
  return 0;
}
