// The expert stage of GenerateDemo: titles in the planned proportions,
// affiliations weighted by institution size; each expert works on one of the
// affiliation's sub-fields (maybe a second one), has a main direction there,
// and holds the NSFC codes of that work (core/disciplines.h's SubfieldFieldTable(), the main
// direction's own code first where it has one); industries follow from the
// sub-fields, text from their vocabularies.
#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <unordered_set>

#include "core/disciplines.h"
#include "core/taxonomy.h"
#include "demo/demo.h"
#include "generator.h"
#include "names.h"
#include "text.h"
#include "vocabulary.h"

namespace consortia::detail {
namespace {

// Affiliation pools per title: academicians mostly at universities/institutes.
const std::vector<Pool>& AffiliationPools() {
  static const std::vector<Pool> kPools = {Pool::kAcademic, Pool::kLeading, Pool::kRelated,
                                           Pool::kSociety};
  return kPools;
}
const std::vector<double>& AffiliationWeights(Title title) {
  static const std::vector<double> kAcademician = {0.82, 0.15, 0.0, 0.03};
  static const std::vector<double> kRenowned = {0.55, 0.2, 0.1, 0.15};
  static const std::vector<double> kSenior = {0.4, 0.2, 0.25, 0.15};
  static const std::vector<double> kOther = {0.35, 0.2, 0.35, 0.1};
  switch (title) {
    case Title::kAcademician:
      return kAcademician;
    case Title::kRenowned:
      return kRenowned;
    case Title::kSenior:
      return kSenior;
    default:
      return kOther;
  }
}

void AddField(std::vector<std::string>* fields, std::string_view code) {
  if (std::find(fields->begin(), fields->end(), code) == fields->end()) fields->emplace_back(code);
}

// Codes of a sub-field that no term of it claims (DemoTerm::field): an expert
// may hold them beside his main code whatever his direction.
std::vector<std::string_view> GeneralCodes(std::string_view subfield) {
  const SubfieldVocabulary& v = *FindVocabulary(subfield);
  std::vector<std::string_view> general;
  for (std::string_view code : FieldsOfSubfield(subfield)) {
    bool claimed = false;
    for (const auto* list : {&v.directions, &v.chokepoints}) {
      for (const DemoTerm& t : *list) claimed = claimed || t.field == code;
    }
    if (!claimed) general.push_back(code);
  }
  return general;
}

// The expert's main direction in `subfield`: often one the affiliation is
// known for (its keywords; more often at a narrow body such as
// 北京量子信息科学研究院 or a committee), else any.
const DemoTerm& MainDirection(DemoRng& rng, const std::vector<std::string>& subfields,
                              const Organization& org) {
  const std::string_view subfield = subfields.front();
  const SubfieldVocabulary& v = *FindVocabulary(subfield);
  // A second line of work in another industry is reached through a bridge
  // (碳化硅功率器件 leads from compound semiconductors to the grid): he works
  // on its side of it.
  if (subfields.size() > 1) {
    std::vector<const DemoTerm*> bridge;
    for (std::string_view zh : BridgeTerms(subfields[1], subfield)) {
      for (const DemoTerm& t : v.directions) {
        if (t.zh == zh) bridge.push_back(&t);
      }
    }
    if (!bridge.empty()) return *rng.Pick(bridge);
  }
  std::vector<const DemoTerm*> known;
  for (const std::string& k : org.keywords) {
    for (const DemoTerm& t : v.directions) {
      if (t.zh == k) known.push_back(&t);
    }
  }
  if (!known.empty() && rng.Chance(org.subfields.size() <= 2 ? 0.85 : 0.6)) {
    return *rng.Pick(known);
  }
  return rng.Pick(v.directions);
}

// An enterprise of 科技服务业 (technology transfer, testing, IP services).
bool IsServiceFirm(const Organization& org) {
  return org.kind == OrgKind::kEnterprise && org.industries.front().code == "st_services";
}

// An expert's position at his affiliation, by its kind and his title.
std::string_view Position(DemoRng& rng, const Organization& org, Title title) {
  using List = std::vector<std::string_view>;
  static const std::array<List, 4> kUniversity = {
      List{"教授、博士生导师", "教授"}, List{"教授、博士生导师", "教授", "研究员、博士生导师"},
      List{"副教授、硕士生导师", "副教授", "副研究员"}, List{"讲师", "助理研究员", "工程师"}};
  static const std::array<List, 4> kInstitute = {
      List{"研究员", "研究员、博士生导师"}, List{"研究员、博士生导师", "研究员", "正高级工程师"},
      List{"副研究员", "高级工程师"}, List{"助理研究员", "工程师"}};
  static const std::array<List, 4> kEnterprise = {
      List{"首席科学家", "技术委员会主任"},
      List{"首席技术官、正高级工程师", "总工程师", "研究院院长、正高级工程师",
           "首席专家、教授级高级工程师"},
      List{"高级工程师", "研发总监、高级工程师", "技术总监、高级工程师",
           "产品线总工程师、高级工程师"},
      List{"工程师", "研发工程师", "项目经理"}};
  static const std::array<List, 4> kServiceFirm = {
      List{"首席科学家", "专家委员会主任"},
      List{"合伙人、正高级工程师", "总经理、研究员", "首席咨询师、正高级工程师"},
      List{"高级咨询师", "部门经理、高级工程师", "项目总监、高级工程师"},
      List{"咨询师", "项目经理"}};
  static const std::array<List, 4> kSociety = {
      List{"副理事长", "学术委员会主任", "名誉理事长"},
      List{"副理事长、研究员", "常务理事、教授级高级工程师", "副秘书长、正高级工程师"},
      List{"理事、高级工程师", "副秘书长、高级工程师", "专家委员会委员、副研究员"},
      List{"秘书处工程师", "学术部主管"}};
  static const std::array<List, 4> kCommittee = {
      List{"主任委员", "名誉主任委员"},
      List{"副主任委员、教授", "副主任委员、研究员", "副主任委员、正高级工程师"},
      List{"委员、副教授", "委员、高级工程师", "秘书长、高级工程师"}, List{"秘书、工程师"}};
  const int t = title == Title::kAcademician ? 0
                : title == Title::kRenowned  ? 1
                : title == Title::kSenior    ? 2
                                             : 3;
  switch (org.kind) {
    case OrgKind::kUniversity:
      return rng.Pick(kUniversity[t]);
    case OrgKind::kResearchInstitute:
      return rng.Pick(kInstitute[t]);
    case OrgKind::kSocietyCommittee:
      return rng.Pick(kCommittee[t]);
    default:
      return rng.Pick(IsSociety(org.kind)  ? kSociety[t]
                      : IsServiceFirm(org) ? kServiceFirm[t]
                                           : kEnterprise[t]);
  }
}

// "120余" for a count of 20 or more, the count itself for a smaller one.
std::string About(int n) {
  return n >= 20 ? std::to_string(n / 10 * 10) + "余" : std::to_string(n);
}

// What an expert's description says of him beside his work (text.h's facts):
// his affiliation and position, academy, years in the field and achievements
// in proportion to his title, and for some an award.
TextFacts ExpertFacts(DemoRng& rng, const Expert& e, const Organization& org, TextKind kind) {
  const int t = e.title == Title::kAcademician ? 0
                : e.title == Title::kRenowned  ? 1
                : e.title == Title::kSenior    ? 2
                                               : 3;
  struct Range {
    int lo, hi;
  };
  static constexpr Range kYears[] = {{30, 45}, {15, 32}, {8, 20}, {3, 9}};
  static constexpr Range kProjects[] = {{8, 20}, {3, 12}, {1, 6}, {1, 3}};
  static constexpr Range kPapers[] = {{200, 500}, {60, 250}, {15, 80}, {3, 20}};
  static constexpr Range kPatents[] = {{30, 150}, {10, 80}, {3, 30}, {1, 8}};
  static const std::array<std::vector<std::string_view>, 4> kAwards = {
      std::vector<std::string_view>{"国家科学技术进步奖一等奖", "国家技术发明奖二等奖",
                                    "国家自然科学奖二等奖", "国家科学技术进步奖二等奖"},
      std::vector<std::string_view>{"国家科学技术进步奖二等奖", "北京市科学技术奖一等奖",
                                    "省部级科学技术奖一等奖", "中国专利优秀奖"},
      std::vector<std::string_view>{"北京市科学技术奖二等奖", "省部级科学技术奖二等奖"},
      std::vector<std::string_view>{}};
  static constexpr double kAwardChance[] = {0.9, 0.3, 0.1, 0.0};
  auto draw = [&](Range r) { return rng.Int(r.lo, r.hi); };

  TextFacts facts;
  facts.Set('a', org.name);
  facts.Set('t', std::string(Position(rng, org, e.title)));
  if (e.title == Title::kAcademician) {
    facts.Set('h', e.academy == "CAS" ? "中国科学院院士，" : "中国工程院院士，");
  }
  facts.Set('n', About(draw(kYears[t])));
  facts.Set('v', t <= 1 || (t == 2 && rng.Chance(0.6)) ? "主持" : "参与");
  facts.Set('p', std::to_string(draw(kProjects[t])));
  facts.Set('q', About(draw(kPapers[t])));
  const int patents = draw(kPatents[t]);
  if (e.industries.front().code != "st_services") {  // IP and transfer work is not patented
    facts.Set('z', std::to_string(kind == TextKind::kEnterpriseExpert ? patents * 3 / 2 : patents));
  }
  facts.Set('k', std::to_string(rng.Int(1, t <= 1 ? 12 : 4)));
  if (rng.Chance(kAwardChance[t])) facts.Set('w', std::string(rng.Pick(kAwards[t])));
  return facts;
}

}  // namespace

void GenerateExperts(DemoRng rng, const DemoPlan& plan, const std::vector<Organization>& orgs,
                     const OrgIndex& index, const ProgressFn& progress,
                     std::vector<Expert>* experts) {
  // Titles in exact planned numbers, shuffled (Fisher-Yates with our PRNG).
  std::vector<Title> titles;
  titles.reserve(plan.experts);
  const int fixed = plan.academicians + plan.renowned + plan.senior;
  for (int i = 0; i < plan.experts; ++i) {
    titles.push_back(i < plan.academicians                   ? Title::kAcademician
                     : i < plan.academicians + plan.renowned ? Title::kRenowned
                     : i < fixed                             ? Title::kSenior
                                                             : Title::kOther);
  }
  for (int i = plan.experts - 1; i > 0; --i) std::swap(titles[i], titles[rng.Below(i + 1)]);

  std::unordered_set<std::string> colleagues;  // affiliation key + "/" + name
  std::unordered_set<std::string> contacts;    // e-mail addresses and phone numbers
  DemoProgress report(progress, "experts", plan.experts);
  experts->reserve(plan.experts);
  for (int i = 0; i < plan.experts; ++i) {
    Expert& e = experts->emplace_back();
    char key[24];
    std::snprintf(key, sizeof key, "exp-%07d", i + 1);
    e.key = key;
    e.title = titles[i];

    int aff = -1;
    for (int tries = 0; aff < 0 && tries < 8; ++tries) {
      const Pool pool = AffiliationPools()[rng.Weighted(AffiliationWeights(e.title))];
      aff = index.PickWeighted(rng, pool);
    }
    if (aff < 0) aff = static_cast<int>(rng.Below(orgs.size()));  // tiny data sets
    const Organization& org = orgs[aff];
    e.affiliation_key = org.key;
    // Two colleagues of one name could not be told apart: names are unique
    // within an affiliation.
    PersonName name = RandomPersonName(rng);
    while (!colleagues.insert(org.key + "/" + name.zh).second) name = RandomPersonName(rng);
    e.name = std::move(name.zh);
    if (e.title == Title::kAcademician) {
      const bool academic = PoolOf(org) == Pool::kAcademic;
      e.academy = rng.Chance(academic ? 0.55 : 0.25) ? "CAS" : "CAE";
    }

    // Sub-fields: one of the affiliation's (its primary industry's more often),
    // maybe a neighbouring second one, the affiliation's own when it has one.
    std::vector<std::string> subfields;
    std::vector<double> w;
    for (const std::string& s : org.subfields) {
      double weight = 0.3;
      for (const Weighted& x : org.industries) {
        if (x.code == IndustryOfSubfield(s)) weight = x.weight;
      }
      w.push_back(weight);
    }
    subfields.push_back(
        org.subfields.empty()
            ? std::string(SubfieldVocabularies()[rng.Pick(SubfieldsOf(org.industries.front().code))]
                              .subfield)
            : org.subfields[rng.Weighted(w)]);
    const auto& neighbours = NeighboursOf(subfields.front());
    std::vector<std::string_view> at_home;
    for (std::string_view n : neighbours) {
      if (std::find(org.subfields.begin(), org.subfields.end(), n) != org.subfields.end()) {
        at_home.push_back(n);
      }
    }
    // A second line of work away from home only at a broad affiliation (a
    // fuel-cell society's expert does not turn to EV chassis), and mostly
    // within his industry.
    std::vector<std::string_view> within;
    for (std::string_view n : neighbours) {
      if (IndustryOfSubfield(n) == IndustryOfSubfield(subfields.front())) within.push_back(n);
    }
    const bool broad = org.subfields.size() >= 3;
    const double r = rng.Real();
    if (!at_home.empty() && r < 0.4) {
      subfields.emplace_back(rng.Pick(at_home));
    } else if (broad && !within.empty() && r < 0.52) {
      subfields.emplace_back(rng.Pick(within));
    } else if (broad && !neighbours.empty() && r < 0.55) {
      subfields.emplace_back(rng.Pick(neighbours));
    }
    for (const std::string& s : subfields) {
      const std::string_view industry = IndustryOfSubfield(s);
      const bool known = std::any_of(e.industries.begin(), e.industries.end(),
                                     [&](const Weighted& x) { return x.code == industry; });
      if (known) continue;
      e.industries.push_back({std::string(industry),
                              e.industries.empty() ? 1.0 : RoundWeight(0.3 + 0.4 * rng.Real())});
    }

    // NSFC codes: the main direction's own code, else the sub-field's first;
    // sometimes a general second code of it, or the second sub-field's first.
    const DemoTerm& main = MainDirection(rng, subfields, org);
    const auto& codes = FieldsOfSubfield(subfields.front());
    AddField(&e.fields, main.field.empty() ? std::string_view(codes.front()) : main.field);
    const std::vector<std::string_view> general = GeneralCodes(subfields.front());
    if (!main.field.empty() && rng.Chance(0.5)) {
      AddField(&e.fields, codes.front());  // a photoresist chemist (B05) in semiconductor materials
    } else if (general.size() > 1 && rng.Chance(0.25)) {
      AddField(&e.fields, rng.Pick(general));
    }
    if (subfields.size() > 1 && rng.Chance(0.5))
      AddField(&e.fields, FieldsOfSubfield(subfields[1]).front());

    const TextKind kind = PoolOf(org) == Pool::kAcademic  ? TextKind::kExpert
                          : PoolOf(org) == Pool::kSociety ? TextKind::kSocietyExpert
                          : IsServiceFirm(org)            ? TextKind::kServiceExpert
                                                          : TextKind::kEnterpriseExpert;
    ComposedText text =
        ComposeText(rng, kind, e.industries, subfields, TextFocus{{}, {main.zh}, true},
                    ExpertFacts(rng, e, org, kind), rng.Chance(kBilingualShare));
    e.description = std::move(text.description);
    e.keywords = std::move(text.keywords);

    e.capacity = rng.Chance(0.85) ? 1 : rng.Int(2, 3);
    // Contacts are a person's own: never shared with another expert.
    if (rng.Chance(0.4)) {
      for (int tries = 0;; ++tries) {  // bench-size sets may need longer numbers
        e.email =
            name.pinyin + std::to_string(rng.Int(1, tries < 20 ? 999 : 999999)) + "@example.cn";
        if (contacts.insert(e.email).second) break;
      }
    }
    if (rng.Chance(0.3)) {
      do {
        char phone[16];
        std::snprintf(phone, sizeof phone, "010-%08d", rng.Int(50000000, 89999999));
        e.phone = phone;
      } while (!contacts.insert(e.phone).second);
    }
    report.Update(i + 1);
  }
  report.Update(plan.experts);
}

}  // namespace consortia::detail
