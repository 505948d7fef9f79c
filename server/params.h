// server/params.h — query parameters (HTTP query string or CLI options) and the
// list filters built from them. Shared by the HTTP routes and the CLI so both
// accept exactly the same filters and answer bad values with the same errors.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "data/data.h"

namespace consortia {

using ParamMap = std::map<std::string, std::string, std::less<>>;

// Integer parameter in [min, max]; nullopt if absent. InvalidArgument names the field.
Result<std::optional<std::int64_t>> IntParam(const ParamMap& params, std::string_view name,
                                             std::int64_t min, std::int64_t max);
// Boolean parameter: true/false/1/0/yes/no; nullopt if absent.
Result<std::optional<bool>> BoolParam(const ParamMap& params, std::string_view name);
// InvalidArgument naming the first parameter not in `allowed`.
Status CheckKnownParams(const ParamMap& params, std::initializer_list<std::string_view> allowed);

// GET /v1/organizations: kind, leading, industry, district, zone, park, text, limit, offset.
Result<OrgFilter> ParseOrgFilter(const ParamMap& params);
// GET /v1/experts: title, industry, field, affiliation_id, text, limit, offset.
Result<ExpertFilter> ParseExpertFilter(const ParamMap& params);

inline constexpr int kMaxLimit = 1000;

}  // namespace consortia
