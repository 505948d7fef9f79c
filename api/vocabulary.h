// api/vocabulary.h — internal to api/: the code predicates and choice lists the
// request parsers hand to the reader (core/json_reader.h).
#pragma once

#include <string>
#include <string_view>

namespace consortia::api_internal {

bool IsIndustry(std::string_view code);
bool IsSubfield(std::string_view code);
bool IsDistrict(std::string_view code);
bool IsZone(std::string_view code);
bool IsPark(std::string_view code);
bool IsRegion(std::string_view code);  // zone or park
bool IsField(std::string_view code);   // NSFC discipline code
bool IsCapability(std::string_view code);
bool IsTitle(std::string_view name);
bool IsEntityKind(std::string_view name);  // "expert" or an organisation kind

std::string OrgKindChoices();  // "enterprise, municipal_society, ..."
std::string TitleChoices();    // "academician, renowned, senior, other"

}  // namespace consortia::api_internal
