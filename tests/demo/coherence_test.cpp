// Coherence of the default demo set, as a domain expert would read it: every
// record's name, sub-fields, keywords and description agree; societies and
// committees are distinct bodies whose committees fit their parent's
// discipline; experts' NSFC codes, keywords and affiliation agree (through the
// one sub-field -> NSFC table of core/disciplines.h, SubfieldFieldTable(),
// which the index reads too); titles are those of an
// expert pool a society draws on.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/disciplines.h"
#include "core/taxonomy.h"
#include "demo/demo.h"
#include "names.h"
#include "vocabulary.h"

namespace consortia {
namespace {

using detail::DemoTerm;
using detail::FindVocabulary;
using detail::SubfieldVocabularies;
using detail::SubfieldVocabulary;

const Dataset& Default() {
  static const Dataset kData = GenerateDemo(DemoOptions{});
  return kData;
}

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Every word a record of sub-field `s` may use as a keyword: its topic,
// directions and choke points, in Chinese and English.
const std::set<std::string>& Vocabulary(std::string_view subfield) {
  static const std::map<std::string, std::set<std::string>, std::less<>> kWords = [] {
    std::map<std::string, std::set<std::string>, std::less<>> words;
    for (const SubfieldVocabulary& v : SubfieldVocabularies()) {
      auto& w = words[std::string(v.subfield)];
      w.emplace(v.topic.zh);
      w.emplace(v.topic.en);
      for (const auto* list : {&v.directions, &v.chokepoints}) {
        for (const DemoTerm& t : *list) {
          w.emplace(t.zh);
          w.emplace(t.en);
        }
      }
    }
    return words;
  }();
  static const std::set<std::string> kNone;
  auto it = kWords.find(subfield);
  return it == kWords.end() ? kNone : it->second;
}

bool IsIndustryName(std::string_view word, const std::vector<Weighted>& industries) {
  return std::any_of(industries.begin(), industries.end(),
                     [&](const Weighted& w) { return FindIndustry(w.code)->name == word; });
}

// Sub-fields of the record's industries.
std::vector<std::string> SubfieldsOfIndustries(const std::vector<Weighted>& industries) {
  std::vector<std::string> out;
  for (const Term& t : Subfields()) {
    if (std::any_of(industries.begin(), industries.end(),
                    [&](const Weighted& w) { return w.code == t.parent; })) {
      out.push_back(t.code);
    }
  }
  return out;
}

const DemoTerm* TermOf(std::string_view subfield, std::string_view zh) {
  const SubfieldVocabulary* v = FindVocabulary(subfield);
  return v == nullptr ? nullptr : detail::FindTerm(*v, zh);
}

bool IsDirection(std::string_view subfield, std::string_view zh) {
  const SubfieldVocabulary* v = FindVocabulary(subfield);
  return v != nullptr && std::any_of(v->directions.begin(), v->directions.end(),
                                     [&](const DemoTerm& t) { return t.zh == zh; });
}

TEST(DemoCoherenceTest, KeywordsComeFromTheRecordsOwnSubfields) {
  const Dataset& d = Default();
  for (const Organization& o : d.organizations) {
    SCOPED_TRACE(o.key + " " + o.name);
    ASSERT_FALSE(o.subfields.empty());
    for (const std::string& k : o.keywords) {
      const bool own =
          IsIndustryName(k, o.industries) ||
          std::any_of(o.subfields.begin(), o.subfields.end(),
                      [&](const std::string& s) { return Vocabulary(s).count(k) > 0; });
      EXPECT_TRUE(own) << "keyword '" << k << "' is not of the record's sub-fields";
    }
  }
  // An expert has at most two sub-fields: his keywords are those of a sub-field
  // where his main direction (the first keyword) lies and at most one other,
  // a neighbouring one (detail::NeighboursOf: chip design and packaging, not
  // chip design and stem cells).
  for (const Expert& e : d.experts) {
    SCOPED_TRACE(e.key);
    const std::vector<std::string> mine = SubfieldsOfIndustries(e.industries);
    bool explained = false;
    for (const std::string& s1 : mine) {
      if (!IsDirection(s1, e.keywords.front())) continue;
      const auto& neighbours = detail::NeighboursOf(s1);
      for (const std::string& s2 : mine) {
        if (s2 != s1 && std::find(neighbours.begin(), neighbours.end(), s2) == neighbours.end()) {
          continue;
        }
        explained = explained || std::all_of(e.keywords.begin(), e.keywords.end(), [&](auto& k) {
                      return Vocabulary(s1).count(k) || Vocabulary(s2).count(k) ||
                             IsIndustryName(k, e.industries);
                    });
      }
    }
    EXPECT_TRUE(explained) << ::testing::PrintToString(e.keywords);
  }
}

// Words in names and the sub-fields a body of that name must work on: written
// from the domain, not from the generator's tables.
TEST(DemoCoherenceTest, NamesSayWhatTheRecordWorksOn) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> kNameWords = {
      {"封装", {"ic.packaging"}},
      {"集成电路设计", {"ic.design"}},
      {"芯片设计", {"ic.design"}},
      {"化合物半导体", {"ic.compound"}},
      {"第三代半导体", {"ic.compound"}},
      {"功率半导体", {"ic.compound"}},
      {"半导体装备", {"ic.equipment"}},
      {"光刻", {"ic.materials", "ic.equipment", "ic.manufacturing"}},
      {"光伏", {"new_energy.pv"}},
      {"风电", {"new_energy.wind"}},
      {"风能", {"new_energy.wind"}},
      {"氢能", {"new_energy.hydrogen"}},
      {"燃料电池", {"new_energy.hydrogen"}},
      {"储能", {"new_energy.storage"}},
      {"电池", {"new_energy.storage", "new_energy.nev", "new_energy.hydrogen"}},
      {"汽车", {"new_energy.nev"}},
      {"电网", {"new_energy.grid"}},
      {"碳纤维", {"new_materials.composite"}},
      {"复合材料", {"new_materials.composite"}},
      {"高分子", {"new_materials.polymer"}},
      {"稀土", {"new_materials.rare_earth"}},
      {"陶瓷", {"new_materials.inorganic", "new_materials.composite"}},
      {"合金", {"new_materials.metal"}},
      {"石墨烯", {"new_materials.nano"}},
      {"纳米", {"new_materials.nano"}},
      {"疫苗", {"biomed.vaccine"}},
      {"抗体", {"biomed.antibody"}},
      {"基因", {"biomed.cell_gene", "rural.seed"}},
      {"医疗器械", {"biomed.device"}},
      {"中医", {"biomed.tcm"}},
      {"中药", {"biomed.tcm"}},
      {"脑机接口", {"biomed.bci", "ai.brain"}},
      {"合成生物", {"biomed.synbio"}},
      {"机器人", {"smart_mfg.robotics", "ai.systems", "biomed.device"}},
      {"数控", {"smart_mfg.cnc"}},
      {"增材制造", {"smart_mfg.cnc"}},
      {"航空", {"smart_mfg.aerospace", "rural.agri_machinery"}},  // 农业航空: drones
      {"航天", {"smart_mfg.aerospace"}},
      {"工业互联网", {"smart_mfg.industrial_internet"}},
      {"工业软件", {"software.industrial"}},
      {"操作系统", {"software.basic"}},
      {"数据库", {"software.basic"}},
      {"网络安全", {"ngit.security"}},
      {"密码", {"ngit.security"}},
      {"云计算", {"ngit.computing"}},
      {"显示", {"ngit.display"}},
      {"卫星", {"ngit.communication", "smart_city.transport", "smart_mfg.aerospace"}},
      {"机器学习", {"ai.ml"}},
      {"计算机视觉", {"ai.vision"}},
      {"自然语言", {"ai.nlp"}},
      {"类脑", {"ai.brain"}},
      {"金融科技", {"digital_economy.fintech"}},
      {"区块链", {"digital_economy.fintech"}},
      {"知识产权", {"st_services.ip"}},
      {"专利", {"st_services.ip"}},
      {"检验检测", {"st_services.testing"}},
      {"技术转移", {"st_services.transfer"}},
      {"交通", {"smart_city.transport"}},
      {"环境", {"smart_city.environment"}},
      {"种业", {"rural.seed"}},
      {"育种", {"rural.seed"}},
      {"农机", {"rural.agri_machinery"}},
      {"食品", {"rural.food"}},
  };
  const Dataset& d = Default();
  std::map<std::string, const Organization*> by_key;
  for (const Organization& o : d.organizations) by_key[o.key] = &o;
  int checked = 0;
  for (const Organization& o : d.organizations) {
    if (IsCast(o.kind) || o.kind == OrgKind::kPark) continue;  // named after a place or parent
    std::string name = o.name;
    if (o.kind == OrgKind::kSocietyCommittee) name = name.substr(by_key[o.parent_key]->name.size());
    for (const auto& [word, subfields] : kNameWords) {
      if (name.find(word) == std::string::npos) continue;
      ++checked;
      EXPECT_TRUE(std::any_of(subfields.begin(), subfields.end(),
                              [&](const std::string& s) { return Contains(o.subfields, s); }))
          << o.key << " " << o.name << " works on " << ::testing::PrintToString(o.subfields);
    }
  }
  EXPECT_GT(checked, 250);  // the test reads many names, not a handful
}

// 北京市云计算学会 and 北京云计算研究会 are near-twins: equal once these are gone.
std::string Stem(std::string name) {
  for (const char* part : {"专业委员会", "研究会", "学会", "协会", "北京市", "北京", "中国"}) {
    for (std::size_t p; (p = name.find(part)) != std::string::npos;) {
      name.erase(p, std::string_view(part).size());
    }
  }
  return name;
}

TEST(DemoCoherenceTest, SocietiesAndCommitteesHaveNoNearTwins) {
  // Public national and municipal societies of shared/domain/BEIJING.md that
  // are distinct bodies with one stem (a national and a Beijing one).
  const std::set<std::set<std::string>> kPublicPairs = {
      {"中国电子学会", "北京电子学会"},
      {"中国计算机学会", "北京计算机学会"},
      {"中国通信学会", "北京通信学会"},
      {"中国自动化学会", "北京自动化学会"},
      {"中国图象图形学学会", "北京图象图形学学会"},
      {"中国生物工程学会", "北京生物工程学会"},
      {"中国神经科学学会", "北京神经科学学会"},
      {"中国抗癌协会", "北京抗癌协会"},
  };
  std::map<std::string, std::set<std::string>> by_stem;
  int societies = 0;
  for (const Organization& o : Default().organizations) {
    if (!IsSociety(o.kind)) continue;
    ++societies;
    by_stem[Stem(o.name)].insert(o.name);
  }
  EXPECT_GT(societies, 300);
  for (const auto& [stem, names] : by_stem) {
    if (names.size() < 2) continue;
    EXPECT_TRUE(kPublicPairs.count(names))
        << "near-twins on '" << stem << "': " << ::testing::PrintToString(names);
  }
}

TEST(DemoCoherenceTest, CommitteesFitTheirParentsDiscipline) {
  std::map<std::string, const Organization*> by_key;
  for (const Organization& o : Default().organizations) by_key[o.key] = &o;
  int committees = 0;
  for (const Organization& o : Default().organizations) {
    if (o.kind != OrgKind::kSocietyCommittee) continue;
    ++committees;
    const Organization& parent = *by_key.at(o.parent_key);
    for (const std::string& s : o.subfields) {
      EXPECT_TRUE(Contains(parent.subfields, s))
          << o.name << " works on " << s << ", outside " << parent.name << "'s "
          << ::testing::PrintToString(parent.subfields);
    }
    for (const Weighted& w : o.industries) {
      EXPECT_TRUE(std::any_of(parent.industries.begin(), parent.industries.end(),
                              [&](const Weighted& p) { return p.code == w.code; }))
          << o.name << " in " << w.code;
    }
  }
  EXPECT_GT(committees, 60);
}

TEST(DemoCoherenceTest, ExpertsCodesKeywordsAndAffiliationAgree) {
  const Dataset& d = Default();
  std::map<std::string, const Organization*> by_key;
  for (const Organization& o : d.organizations) by_key[o.key] = &o;
  int specific = 0, child_codes = 0, ic_optics = 0, ic_experts = 0, ic_child = 0;
  for (const Expert& e : d.experts) {
    SCOPED_TRACE(e.key + " " + ::testing::PrintToString(e.keywords) + " " +
                 ::testing::PrintToString(e.fields));
    const std::vector<std::string> mine = SubfieldsOfIndustries(e.industries);
    const std::string& main = e.keywords.front();  // the main direction
    std::vector<std::string> main_subfields, used;
    for (const std::string& s : mine) {
      if (IsDirection(s, main)) main_subfields.push_back(s);
      if (std::any_of(e.keywords.begin(), e.keywords.end(),
                      [&](const std::string& k) { return Vocabulary(s).count(k) > 0; })) {
        used.push_back(s);
      }
    }
    ASSERT_FALSE(main_subfields.empty());
    // His first code is one of his main sub-field's, and his own code when
    // his main direction has one (MEMS传感器 -> F0407).
    EXPECT_TRUE(std::any_of(main_subfields.begin(), main_subfields.end(), [&](auto& s) {
      const auto& codes = FieldsOfSubfield(s);
      return std::find(codes.begin(), codes.end(), e.fields.front()) != codes.end();
    }));
    std::set<std::string_view> own;
    bool all_own = true;
    for (const std::string& s : main_subfields) {
      const DemoTerm* t = TermOf(s, main);
      if (t->field.empty()) all_own = false;
      own.insert(t->field);
    }
    if (all_own) {
      ++specific;
      EXPECT_TRUE(own.count(e.fields.front())) << main;
    }
    // Every code is one of a sub-field his keywords are about.
    for (const std::string& f : e.fields) {
      child_codes += !FindField(f)->parent.empty();
      EXPECT_TRUE(std::any_of(used.begin(), used.end(), [&](auto& s) {
        const auto& codes = FieldsOfSubfield(s);
        return std::find(codes.begin(), codes.end(), f) != codes.end();
      })) << f;
    }
    // Optics (F05) among IC experts only for optics: lithography optics, or a
    // second line of work in displays or optical communication.
    if (e.industries.front().code == "ic" && Contains(e.fields, "F05")) {
      ++ic_optics;
      EXPECT_TRUE(std::any_of(e.keywords.begin(), e.keywords.end(), [](const std::string& k) {
        return k.find("光刻") != std::string::npos || Vocabulary("ngit.display").count(k) ||
               Vocabulary("ngit.communication").count(k);
      }));
    }
    // An IC expert holds a microelectronics code at the child level (F0402,
    // F0406, ...), not only the parent F04; or, when his main direction is
    // another discipline's (光刻胶: B05), that discipline's code.
    if (e.industries.front().code == "ic") {
      ++ic_experts;
      const bool child = std::any_of(e.fields.begin(), e.fields.end(), [](const std::string& f) {
        return f.rfind("F04", 0) == 0 && f.size() == 5;
      });
      ic_child += child;
      EXPECT_TRUE(child || all_own) << main;
    }
    // He works on what his affiliation works on.
    const Organization& org = *by_key.at(e.affiliation_key);
    EXPECT_TRUE(std::any_of(main_subfields.begin(), main_subfields.end(),
                            [&](auto& s) { return Contains(org.subfields, s); }))
        << org.name << " " << ::testing::PrintToString(org.subfields);
    EXPECT_TRUE(std::any_of(org.industries.begin(), org.industries.end(),
                            [&](auto& w) { return w.code == e.industries.front().code; }));
  }
  EXPECT_GT(specific, 500);  // e.g. F0407 (MEMS), B05 (photoresist), E1207 (车路协同)
  EXPECT_GT(child_codes, 0.15 * Default().experts.size());  // F0402, E0607, E1207, ...
  EXPECT_GT(ic_experts, 1000);
  EXPECT_GT(ic_child, ic_experts * 9 / 10);
  EXPECT_LT(ic_optics, ic_experts / 20);
}

TEST(DemoCoherenceTest, TitlesAreThoseOfAnExpertPool) {
  std::map<Title, double> share;
  const double n = static_cast<double>(Default().experts.size());
  for (const Expert& e : Default().experts) share[e.title] += 1.0 / n;
  EXPECT_GE(share[Title::kAcademician], 0.005);
  EXPECT_LE(share[Title::kAcademician], 0.02);
  EXPECT_GE(share[Title::kRenowned], 0.30);
  EXPECT_LE(share[Title::kRenowned], 0.45);
  EXPECT_GE(share[Title::kSenior], 0.45);
  EXPECT_LE(share[Title::kSenior], 0.60);
  EXPECT_GE(share[Title::kOther], 0.03);
  EXPECT_LE(share[Title::kOther], 0.10);
}

// The tables the generator reads are consistent with the taxonomy and each other.
TEST(DemoCoherenceTest, VocabularyTablesAgree) {
  const auto& table = SubfieldFieldTable();
  ASSERT_EQ(table.size(), Subfields().size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    SCOPED_TRACE(std::string(table[i].subfield));
    EXPECT_EQ(table[i].subfield, Subfields()[i].code);
    ASSERT_FALSE(table[i].fields.empty());
    for (std::string_view c : table[i].fields) EXPECT_NE(FindField(c), nullptr) << c;
    const SubfieldVocabulary& v = *FindVocabulary(table[i].subfield);
    for (const auto* list : {&v.directions, &v.chokepoints}) {
      for (const DemoTerm& t : *list) {
        if (t.field.empty()) continue;
        EXPECT_TRUE(std::find(table[i].fields.begin(), table[i].fields.end(), t.field) !=
                    table[i].fields.end())
            << t.zh << " -> " << t.field;
      }
    }
  }
  auto check_theme = [](const detail::DemoTheme& t, const std::vector<std::string_view>& within) {
    SCOPED_TRACE(std::string(t.name.zh));
    ASSERT_FALSE(t.subfields.empty());
    for (std::string_view s : t.subfields) {
      EXPECT_NE(FindSubfield(s), nullptr) << s;
      if (!within.empty()) {
        EXPECT_NE(std::find(within.begin(), within.end(), s), within.end()) << s;
      }
    }
    for (std::string_view f : t.focus) {
      EXPECT_TRUE(std::any_of(t.subfields.begin(), t.subfields.end(), [&](std::string_view s) {
        return TermOf(s, f) != nullptr;
      })) << f;
    }
  };
  std::set<std::string> stems;
  for (const auto& t : detail::Themes()) {
    check_theme(t, {});
    EXPECT_TRUE(stems.insert(Stem(std::string(t.name.zh))).second) << t.name.zh;
  }
  for (const auto* list : {&detail::NationalSocieties(), &detail::MunicipalSocieties()}) {
    for (const auto& s : *list) {
      check_theme({{s.name, s.name_en}, s.subfields, s.focus}, {});
      for (const auto& c : s.committees) check_theme(c, s.subfields);
    }
  }
  for (const auto& inst : detail::PublicInstitutions()) {
    check_theme({{inst.name, inst.name_en}, inst.subfields, inst.focus}, {});
  }
}

}  // namespace
}  // namespace consortia
