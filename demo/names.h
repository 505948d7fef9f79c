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
#include "vocabulary.h"

namespace consortia::detail {

struct PublicInstitution {
  std::string_view slug;  // key suffix, e.g. "tsinghua"
  std::string_view name;
  std::string_view name_en;
  OrgKind kind;  // kUniversity or kResearchInstitute
  std::string_view district;
  std::vector<std::string_view> subfields;   // strongest first; its industries follow (at most 3)
  std::vector<std::string_view> focus = {};  // terms of those sub-fields it is known for
};

// A public society: its disciplines as sub-fields (primary first, at most 3
// industries) and, for a national society, the professional committees it may
// have, each on a discipline of its own (the committee's sub-fields are among
// the society's).
struct PublicSociety {
  std::string_view name;
  std::string_view name_en;
  std::vector<std::string_view> subfields;
  std::vector<std::string_view> focus = {};
  std::vector<DemoTheme> committees = {};
  std::string_view committee_suffix = "专业委员会";  // 中华医学会 has 分会
};

// Ordered by prominence: a small data set takes the first entries.
const std::vector<PublicInstitution>& PublicInstitutions();
const std::vector<PublicSociety>& NationalSocieties();
const std::vector<PublicSociety>& MunicipalSocieties();

// What makes two society names near-twins: the name without 北京市/北京/中国 and
// 专业委员会/研究会/学会/协会 (北京市云计算研究会 and 北京云计算学会 share 云计算).
std::string SocietyStem(std::string_view name);

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

// 北京芯源微电子科技有限公司 / Beijing Xinyuan Microelectronics Technology Co., Ltd.;
// the middle is one of `middles` (words that fit the enterprise's sub-fields).
SynthName EnterpriseName(DemoRng& rng, NameBook& book, std::string_view district,
                         const std::vector<DemoTerm>& middles, bool listed);
// 北京市先进封装学会 (municipal) or 中国先进封装学会 (national) from `theme`; empty if
// the theme's stem is taken in `stems` (then the caller tries another theme).
SynthName SocietyName(DemoRng& rng, NameBook& book, NameBook& stems, bool national,
                      const DemoTheme& theme);
// 北京市海淀区先进封装学会: a district society, for data sets larger than the themes.
SynthName DistrictSocietyName(DemoRng& rng, NameBook& book, NameBook& stems,
                              const DemoTheme& theme);
// 北京先进封装研究院-style research institute names.
SynthName InstituteName(DemoRng& rng, NameBook& book, const DemoTheme& theme);

struct PersonName {
  std::string zh;
  std::string pinyin;  // lower-case, for synthetic e-mail addresses
};
PersonName RandomPersonName(DemoRng& rng);

// "ic design" -> "Ic Design"-style capitalisation of each word (ASCII only).
std::string Capitalize(std::string_view s);

}  // namespace consortia::detail
