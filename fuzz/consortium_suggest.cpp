// POST /v1/consortia/suggest: the body reader (api ParseConsortiumRequest).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = consortia::fuzz::Body(data, size);
  if (body) (void)consortia::ParseConsortiumRequest(*body);
  return 0;
}
