// The programme rules file (matcher ParseRules), read at start-up.
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)consortia::ParseRules(consortia::fuzz::Text(data, size));
  return 0;
}
