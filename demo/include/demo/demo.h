// demo/demo.h — the deterministic synthetic demo data set (front header of the
// demo module). Linked by the command line (`consortia demo|generate`), tests
// and benchmarks; never by the server library.
//
// The places, industries and institutions carry public names
// (shared/domain/BEIJING.md); every enterprise, expert, description, tie and
// number is generated and describes no real company or person.
#pragma once

#include "data/data.h"

namespace consortia {

struct DemoOptions {
  std::uint64_t seed = 20220616;  // the notice's date
  int organizations = 1500;       // total, including the fixed public institutions
  int experts = 20000;
  ProgressFn progress;
};

// Deterministic: the same options give byte-identical JSON (ToJson(data, false, true)).
// Public names (districts, parks, universities, institutes, societies) come from
// shared/domain/BEIJING.md; enterprises, experts, descriptions and ties are synthetic.
Dataset GenerateDemo(const DemoOptions& options);

}  // namespace consortia
