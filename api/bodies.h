// api/bodies.h — internal to api/: registry bodies read at any path, so that
// POST /v1/plan's inline candidates ("candidates[3].members[2].id") and the
// registry routes (the body itself) share one reader.
#pragma once

#include "api/api.h"

namespace consortia::api_internal {

// Reads a full consortium body or a suggestion (see ParseConsortiumBody) at `v`
// into *record, defaults applied; problems go to v's reader. "id" is accepted
// and left to the caller (GET shows it; the plan names inline candidates by it).
void ReadConsortiumBody(const JsonReader::Value& v, const ProgrammeRules& rules,
                        ConsortiumRecord* record);

}  // namespace consortia::api_internal
