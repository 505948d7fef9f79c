// demo/names.h — names for the demo generator: the public institutions of
// shared/domain/BEIJING.md (universities, institutes, national and municipal
// societies, per-district lead industries) and synthesis of plausible
// enterprise, society, institute and person names. Synthetic names never copy a
// real company or person; NameBook keeps names unique within one data set.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/model.h"
#include "random.h"

namespace consortia::detail {

struct PublicInstitution {
  std::string_view slug;  // key suffix, e.g. "tsinghua"
  std::string_view name;
  std::string_view name_en;
  OrgKind kind;  // kUniversity or kResearchInstitute
  std::string_view district;
  std::vector<std::string_view> industries;  // strongest first
};

struct PublicSociety {
  std::string_view name;
  std::string_view name_en;
  std::vector<std::string_view> industries;
};

// Ordered by prominence: a small data set takes the first entries.
const std::vector<PublicInstitution>& PublicInstitutions();
const std::vector<PublicSociety>& NationalSocieties();
const std::vector<PublicSociety>& MunicipalSocieties();

// Lead industries of a district (its zone's, then its ZGC park's).
const std::vector<std::string_view>& DistrictIndustries(std::string_view district);
// Relative share of enterprises located in each district, in taxonomy order.
const std::vector<double>& DistrictWeights();
// The ZGC sub-park lying in a district ("" if none).
std::string_view ParkOfDistrict(std::string_view district);
// The zone a district lies in ("" if none).
std::string_view ZoneOfDistrict(std::string_view district);

struct SynthName {
  std::string zh;
  std::string en;
};

// Unique names within one generated data set (lookup only, never iterated).
class NameBook {
 public:
  bool Claim(const std::string& name) { return used_.insert(name).second; }

 private:
  std::unordered_set<std::string> used_;
};

// 北京芯源微电子科技有限公司 / Beijing Xinyuan Microelectronics Technology Co., Ltd.
SynthName EnterpriseName(DemoRng& rng, NameBook& book, std::string_view district,
                         std::string_view industry, bool listed);
// 北京市集成电路学会 (municipal) or 中国氢能学会 (national); topic drawn from the industry.
SynthName SocietyName(DemoRng& rng, NameBook& book, bool national, std::string_view industry);
// 北京智能感知研究院-style research institute names.
SynthName InstituteName(DemoRng& rng, NameBook& book, std::string_view industry);

struct PersonName {
  std::string zh;
  std::string pinyin;  // lower-case, for synthetic e-mail addresses
};
PersonName RandomPersonName(DemoRng& rng);

// "ic design" -> "Ic Design"-style capitalisation of each word (ASCII only).
std::string Capitalize(std::string_view s);

}  // namespace consortia::detail
