// server/routes.h — the route groups of API v1. Each group is one file
// (server/routes_<group>.cpp) with one Add*Routes function; to add a group,
// declare it here and append it to kRouteGroups.
#pragma once

#include "http_util.h"

namespace consortia::http {

// GET /v1/health, /v1/taxonomy, /v1/openapi.json, /v1/organizations[/{id}], /v1/experts[/{id}].
void AddCatalogRoutes(Router& router);
// POST /v1/import (write token).
void AddImportRoutes(Router& router);
// POST /v1/search.
void AddSearchRoutes(Router& router);
// GET /v1/rules.
void AddRulesRoutes(Router& router);
// POST /v1/consortia/suggest, POST /v1/consortia/validate.
void AddConsortiumRoutes(Router& router);
// POST /v1/teams/suggest.
void AddTeamRoutes(Router& router);
// The registry (/v1/consortia...), assessments, GET /v1/programme, POST /v1/plan.
void AddProgrammeRoutes(Router& router);

// GET /metrics (Prometheus text format).
void AddMetricsRoutes(Router& router);

using RouteGroup = void (*)(Router&);
inline constexpr RouteGroup kRouteGroups[] = {
    AddCatalogRoutes,    AddImportRoutes, AddSearchRoutes,    AddRulesRoutes,
    AddConsortiumRoutes, AddTeamRoutes,   AddProgrammeRoutes, AddMetricsRoutes,
};

}  // namespace consortia::http
