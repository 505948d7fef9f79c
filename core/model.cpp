#include "core/model.h"

#include <array>
#include <iterator>

namespace consortia {
namespace {

constexpr std::array<std::string_view, kOrgKindCount> kOrgKindNames = {
    "enterprise", "municipal_society", "national_society",   "society_committee",
    "park",       "university",        "research_institute", "district_cast",
    "park_cast",  "university_cast",   "enterprise_cast"};
constexpr std::array<std::string_view, kTitleCount> kTitleNames = {"academician", "renowned",
                                                                   "senior", "other"};
constexpr std::array<std::string_view, kTieKindCount> kTieKindNames = {
    "joint_rnd", "technology_transfer", "standard", "international", "brand", "joint_project"};
constexpr std::array<std::string_view, 2> kTargetNames = {"region", "industry"};
constexpr std::array<std::string_view, std::size(kConsortiumStatuses)> kStatusNames = {
    "proposed", "applied", "approved", "active", "cancelled"};

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<std::string_view, N>& names, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(OrgKind kind) { return kOrgKindNames[static_cast<int>(kind)]; }
std::string_view ToString(Title title) { return kTitleNames[static_cast<int>(title)]; }
std::string_view ToString(TieKind kind) { return kTieKindNames[static_cast<int>(kind)]; }
std::optional<OrgKind> ParseOrgKind(std::string_view s) { return Parse<OrgKind>(kOrgKindNames, s); }
std::optional<Title> ParseTitle(std::string_view s) { return Parse<Title>(kTitleNames, s); }
std::optional<TieKind> ParseTieKind(std::string_view s) { return Parse<TieKind>(kTieKindNames, s); }

std::string_view ToString(ConsortiumTarget target) {
  return kTargetNames[static_cast<int>(target)];
}
std::string_view ToString(ConsortiumStatus status) {
  const auto i = static_cast<std::size_t>(status);
  return i < kStatusNames.size() ? kStatusNames[i] : std::string_view();
}
std::optional<ConsortiumTarget> ParseConsortiumTarget(std::string_view s) {
  return Parse<ConsortiumTarget>(kTargetNames, s);
}
std::optional<ConsortiumStatus> ParseConsortiumStatus(std::string_view s) {
  return Parse<ConsortiumStatus>(kStatusNames, s);
}
bool HoldsSlot(ConsortiumStatus status) {
  return status == ConsortiumStatus::kApproved || status == ConsortiumStatus::kActive;
}

bool IsSociety(OrgKind kind) {
  return kind == OrgKind::kMunicipalSociety || kind == OrgKind::kNationalSociety ||
         kind == OrgKind::kSocietyCommittee;
}
bool IsCast(OrgKind kind) {
  return kind == OrgKind::kDistrictCast || kind == OrgKind::kParkCast ||
         kind == OrgKind::kUniversityCast || kind == OrgKind::kEnterpriseCast;
}

}  // namespace consortia
