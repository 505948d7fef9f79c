// POST /v1/consortia: a full registry body or a suggestion (api ParseConsortiumBody).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = consortia::fuzz::Body(data, size);
  if (body) (void)consortia::ParseConsortiumBody(*body, consortia::fuzz::Rules());
  return 0;
}
