// Chinese words of the consortium matcher (words.h).
#include "words.h"

#include "core/taxonomy.h"

namespace consortia::detail {

std::string IndustryName(const std::string& code) {
  const Term* t = FindIndustry(code);
  return t != nullptr ? t->name : code;
}

std::string SubfieldName(const std::string& code) {
  const Term* t = FindSubfield(code);
  return t != nullptr ? t->name : code;
}

std::string KindName(OrgKind kind) {
  switch (kind) {
    case OrgKind::kEnterprise:
      return "企业";
    case OrgKind::kMunicipalSociety:
      return "市学会";
    case OrgKind::kNationalSociety:
      return "全国学会";
    case OrgKind::kSocietyCommittee:
      return "全国学会专业委员会";
    case OrgKind::kPark:
      return "园区";
    case OrgKind::kUniversity:
      return "高校";
    case OrgKind::kResearchInstitute:
      return "科研院所";
    case OrgKind::kDistrictCast:
      return "区科协";
    case OrgKind::kParkCast:
      return "园区科协";
    case OrgKind::kUniversityCast:
      return "高校科协";
    case OrgKind::kEnterpriseCast:
      return "企业科协";
  }
  return std::string(ToString(kind));
}

std::string KindNames(const std::vector<OrgKind>& kinds) {
  std::vector<std::string> names;
  for (OrgKind k : kinds) names.push_back(KindName(k));
  return JoinZh(names, "或");
}

std::string JoinZh(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string PlaceName(const Organization& org) {
  std::string out;
  if (const Term* d = FindDistrict(org.district)) out = d->name;
  std::vector<std::string> regions;
  for (const std::string* code : {&org.zone, &org.park}) {
    if (const Region* r = FindRegion(*code)) regions.push_back(r->name);
  }
  if (!regions.empty()) {
    out = out.empty() ? JoinZh(regions) : out + "（" + JoinZh(regions) + "）";
  }
  return out.empty() ? "未登记地点" : out;
}

std::string Who(const Organization& org) {
  return org.name + "（id " + std::to_string(org.id) + "）";
}

}  // namespace consortia::detail
