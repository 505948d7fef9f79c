#include "vocabulary.h"

#include "core/model.h"
#include "core/taxonomy.h"
#include "index/index.h"

namespace consortia::api_internal {

bool IsIndustry(std::string_view code) { return FindIndustry(code) != nullptr; }
bool IsSubfield(std::string_view code) { return FindSubfield(code) != nullptr; }
bool IsDistrict(std::string_view code) { return FindDistrict(code) != nullptr; }
bool IsRegion(std::string_view code) { return FindRegion(code) != nullptr; }
bool IsField(std::string_view code) { return FindField(code) != nullptr; }
bool IsCapability(std::string_view code) { return FindCapability(code) != nullptr; }
bool IsTitle(std::string_view name) { return ParseTitle(name).has_value(); }
bool IsEntityKind(std::string_view name) { return ParseEntityKind(name).has_value(); }

bool IsZone(std::string_view code) {
  const Region* r = FindRegion(code);
  return r != nullptr && r->kind == RegionKind::kZone;
}

bool IsPark(std::string_view code) {
  const Region* r = FindRegion(code);
  return r != nullptr && r->kind == RegionKind::kPark;
}

std::string OrgKindChoices() {
  std::string out;
  for (int i = 0; i < kOrgKindCount; ++i) {
    if (i) out += ", ";
    out += ToString(static_cast<OrgKind>(i));
  }
  return out;
}

std::string TitleChoices() {
  std::string out;
  for (int i = 0; i < kTitleCount; ++i) {
    if (i) out += ", ";
    out += ToString(static_cast<Title>(i));
  }
  return out;
}

}  // namespace consortia::api_internal
