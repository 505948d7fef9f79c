// core/model.h — the records every module shares: organisations, experts, ties,
// and the consortium vocabulary (Member, Team, target, registry status) that the
// registry, validation, the planner and the application drafts all speak.
//
// Contract: plain value types, no behaviour beyond enum <-> string mapping.
// Wire names are parsed and printed here only (Parse* / ToString).
// Ids are assigned by the store from ONE id space shared by organisations and
// experts, so an id alone names an entity (the API's `like`, `pin`, `exclude`).
// `key` is the user's stable external identifier, unique across organisations
// and experts; imports upsert by key and ties refer to keys. Codes (industry,
// district, zone, park, field, capability) are those of core/taxonomy.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace consortia {

using Id = std::int64_t;  // 0 means "not stored yet"

enum class OrgKind {
  kEnterprise,
  kMunicipalSociety,
  kNationalSociety,
  kSocietyCommittee,  // a professional committee of a national society
  kPark,
  kUniversity,
  kResearchInstitute,
  kDistrictCast,
  kParkCast,
  kUniversityCast,
  kEnterpriseCast,
};
inline constexpr int kOrgKindCount = 11;

enum class Title { kAcademician, kRenowned, kSenior, kOther };
inline constexpr int kTitleCount = 4;

enum class TieKind { kJointRnd, kTechTransfer, kStandard, kInternational, kBrand, kJointProject };
inline constexpr int kTieKindCount = 6;

// Wire names: "enterprise", "municipal_society", ...; "academician", ...;
// "joint_rnd", "technology_transfer", "standard", "international", "brand", "joint_project".
std::string_view ToString(OrgKind kind);
std::string_view ToString(Title title);
std::string_view ToString(TieKind kind);
std::optional<OrgKind> ParseOrgKind(std::string_view s);
std::optional<Title> ParseTitle(std::string_view s);
std::optional<TieKind> ParseTieKind(std::string_view s);
bool IsSociety(OrgKind kind);  // municipal, national or committee
bool IsCast(OrgKind kind);     // district/park/university/enterprise CAST

struct Weighted {
  std::string code;
  double weight = 1.0;  // in (0, 1]
  bool operator==(const Weighted&) const = default;
};

struct Organization {
  Id id = 0;
  std::string key;
  std::string name;     // Chinese name (required)
  std::string name_en;  // English name where known
  OrgKind kind = OrgKind::kEnterprise;
  bool leading = false;    // leading enterprise (only for kind == enterprise)
  std::string parent_key;  // society_committee: its national society's key
  Id parent_id = 0;
  std::string district;  // district code, e.g. "110108"
  std::string zone;      // zone code of the 三城一区, or empty
  std::string park;      // ZGC sub-park code, or empty
  std::vector<Weighted> industries;
  std::vector<std::string> subfields;     // sub-field codes, e.g. "ic.design"
  std::vector<std::string> capabilities;  // capability codes
  int staff = 0;                          // societies: full-time staff
  int expert_team = 0;                    // societies: size of their expert team
  std::string description;
  std::vector<std::string> keywords;
  bool operator==(const Organization&) const = default;
};

struct Expert {
  Id id = 0;
  std::string key;
  std::string name;
  Title title = Title::kOther;
  std::string academy;  // academicians: "CAS" or "CAE"
  std::string affiliation_key;
  Id affiliation_id = 0;
  std::vector<std::string> fields;  // NSFC discipline codes, e.g. "F0402"
  std::vector<Weighted> industries;
  std::string description;
  std::vector<std::string> keywords;
  int capacity = 1;   // number of service teams the expert may serve on
  std::string email;  // contact details: served only with the write token
  std::string phone;
  bool operator==(const Expert&) const = default;
};

// A cooperation tie: from an organisation or expert to an organisation.
struct Tie {
  std::string from_key;
  std::string to_key;
  Id from_id = 0;
  Id to_id = 0;
  TieKind kind = TieKind::kJointRnd;
  int year = 0;
  bool operator==(const Tie&) const = default;
};

struct Dataset {
  std::vector<Organization> organizations;
  std::vector<Expert> experts;
  std::vector<Tie> ties;
};

// ---- consortia -------------------------------------------------------------------

// A consortium member: an organisation in a role of the rules.
struct Member {
  Id id = 0;         // organisation id (0: an inline profile that is not stored)
  std::string role;  // a role key of the rules ("leading_enterprise", ...)
  bool operator==(const Member&) const = default;
};

// A consortium's S&T service team (科技服务团).
struct Team {
  Id leader_id = 0;         // 0 = no team yet
  std::vector<Id> members;  // expert ids; may repeat the leader once
  bool operator==(const Team&) const = default;
};

// What a consortium type is for (rules: consortium_types.*.target): one region
// (a zone or a ZGC park) or one industry.
enum class ConsortiumTarget { kRegion, kIndustry };

// A registered consortium's status: proposed -> applied -> approved -> active,
// each of them -> cancelled (final).
enum class ConsortiumStatus { kProposed, kApplied, kApproved, kActive, kCancelled };
inline constexpr ConsortiumStatus kConsortiumStatuses[] = {
    ConsortiumStatus::kProposed, ConsortiumStatus::kApplied, ConsortiumStatus::kApproved,
    ConsortiumStatus::kActive, ConsortiumStatus::kCancelled};

// Wire names: "region", "industry"; "proposed", "applied", "approved", "active", "cancelled".
std::string_view ToString(ConsortiumTarget target);
std::string_view ToString(ConsortiumStatus status);
std::optional<ConsortiumTarget> ParseConsortiumTarget(std::string_view s);
std::optional<ConsortiumStatus> ParseConsortiumStatus(std::string_view s);
// Approved or active: the consortium holds one of its type's slots and its target.
bool HoldsSlot(ConsortiumStatus status);

}  // namespace consortia
