// POST /v1/plan: the body (inline candidates are registry bodies) and the
// planner over a small store (api PlanJson). The search is capped at 20 ms
// and 20,000 nodes per input so that every run stays short; the planner's
// own limits are tested elsewhere.
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace consortia;
  auto body = fuzz::Body(data, size);
  if (!body) return 0;
  if (body->is_object()) {
    auto& b = *body;
    if (!b.contains("time_limit_ms") ||
        (b["time_limit_ms"].is_number_integer() && b["time_limit_ms"].get<std::int64_t>() > 20)) {
      b["time_limit_ms"] = 20;
    }
    if (!b.contains("node_limit") ||
        (b["node_limit"].is_number_integer() && b["node_limit"].get<std::int64_t>() > 20000)) {
      b["node_limit"] = 20000;
    }
  }
  (void)PlanJson(fuzz::SmallStore(), fuzz::Rules(), *body);
  return 0;
}
