// matcher/matcher.h — the matcher module's front header: everything that turns
// the catalog (store + vector index) into the programme's answers.
//
// Contract
// - Retrieval and ranking are apart: Catalog (catalog.h) retrieves candidates
//   from the vector index with every filter pushed into the search; the
//   composer, the team builder and the planner rank and select with richer
//   features, and each has an exact solver beside its heuristic as the oracle
//   (consortium_exact.h, team_exact.cpp, planner_search.h).
// - The programme's minimums, slots, team size, leader titles and capacities
//   are data (rules.h, rules/bast-2022.json), never literals in code.
// - Every entry point returns Status/Result: InvalidArgument names the field of
//   a malformed request, Infeasible explains which rule cannot be met and what
//   relaxation would help, NotFound names the missing id. Nothing throws.
// - The *Json functions are the HTTP contract; server/ routes are thin
//   wrappers over them, so the same logic is tested without a server.
// - Thread safety: all functions are safe to call concurrently; they read the
//   Store (thread-safe) and a VectorIndex snapshot held for the request.
#pragma once

#include "matcher/application_draft.h"  // 申请表 drafts as Markdown and HTML
#include "matcher/catalog.h"            // store + index in step; POST /v1/search
#include "matcher/consortium.h"         // suggestions and validation of member sets
#include "matcher/planner.h"            // the 5 + 10 slot plan with proof of optimality
#include "matcher/programme.h"          // registry, assessments, plan over registered consortia
#include "matcher/rules.h"              // programme rules as data
#include "matcher/team.h"               // service teams of >= 15 experts
