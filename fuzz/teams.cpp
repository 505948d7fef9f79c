// POST /v1/teams/suggest: the body reader against the rules (api ParseTeamRequest).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = consortia::fuzz::Body(data, size);
  if (body) (void)consortia::ParseTeamRequest(*body, consortia::fuzz::Rules());
  return 0;
}
