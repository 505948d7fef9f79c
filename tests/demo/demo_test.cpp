// Tests of GenerateDemo (data/data.h): determinism, sizes, validity of every
// code and reference, sector vocabulary in the text, proportions when scaled.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/taxonomy.h"
#include "data/data.h"
#include "demo/demo.h"
#include "vocabulary.h"

namespace consortia {
namespace {

// The default data set, generated once for the read-only tests.
const Dataset& Default() {
  static const Dataset kData = GenerateDemo(DemoOptions{});
  return kData;
}

bool ValidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : -1;
    if (n < 0 || i + n >= s.size() + (n == 0 ? 1 : 0)) return false;
    for (int k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    }
    i += n + 1;
  }
  return true;
}

bool ValidKey(std::string_view key) {
  if (key.empty() || key.size() > 128) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == ':' ||
           c == '-';
  });
}

std::map<std::string, int> KindCounts(const Dataset& d) {
  std::map<std::string, int> counts;
  for (const auto& o : d.organizations) {
    counts[std::string(ToString(o.kind)) + (o.leading ? "+leading" : "")]++;
  }
  return counts;
}

std::map<Title, int> TitleCounts(const Dataset& d) {
  std::map<Title, int> counts;
  for (const auto& e : d.experts) counts[e.title]++;
  return counts;
}

std::string Text(const Organization& o) {
  std::string t = o.name + " " + o.description;
  for (const auto& k : o.keywords) t += " " + k;
  return t;
}

void CheckWeights(const std::vector<Weighted>& ws, const std::string& who) {
  ASSERT_FALSE(ws.empty()) << who;
  ASSERT_LE(ws.size(), 3u) << who;
  std::set<std::string> seen;
  for (const auto& w : ws) {
    EXPECT_NE(FindIndustry(w.code), nullptr) << who << " industry " << w.code;
    EXPECT_GT(w.weight, 0.0) << who;
    EXPECT_LE(w.weight, 1.0) << who;
    EXPECT_LE(w.weight, ws.front().weight) << who << ": primary must be heaviest";
    EXPECT_TRUE(seen.insert(w.code).second) << who << " duplicate industry " << w.code;
  }
}

void CheckKeywords(const std::vector<std::string>& keywords, const std::string& who) {
  EXPECT_GE(keywords.size(), 3u) << who;
  EXPECT_LE(keywords.size(), 8u) << who;
  std::set<std::string> distinct(keywords.begin(), keywords.end());
  EXPECT_EQ(distinct.size(), keywords.size()) << who;
  for (const auto& k : keywords) EXPECT_TRUE(ValidUtf8(k)) << who;
}

TEST(DemoTest, SameSeedSameDataDifferentSeedDifferentData) {
  DemoOptions options;
  options.organizations = 400;
  options.experts = 3000;
  const Dataset a = GenerateDemo(options);
  const Dataset b = GenerateDemo(options);
  EXPECT_EQ(a.organizations, b.organizations);
  EXPECT_EQ(a.experts, b.experts);
  EXPECT_EQ(a.ties, b.ties);
  // The contract's form of determinism: byte-identical JSON.
  EXPECT_EQ(ToJson(a, false, true).dump(), ToJson(b, false, true).dump());
  options.seed += 1;
  const Dataset c = GenerateDemo(options);
  EXPECT_NE(a.organizations, c.organizations);
  EXPECT_NE(a.experts, c.experts);
  // Keys of the public institutions do not depend on the seed.
  EXPECT_EQ(a.organizations.front().key, c.organizations.front().key);
}

TEST(DemoTest, DefaultSizesAreNearTheTargets) {
  const Dataset& d = Default();
  EXPECT_EQ(d.organizations.size(), 1500u);
  EXPECT_EQ(d.experts.size(), 20000u);
  auto kinds = KindCounts(d);
  EXPECT_EQ(kinds["park"], 16);
  EXPECT_EQ(kinds["district_cast"], 16);
  EXPECT_NEAR(kinds["enterprise+leading"], 200, 10);
  EXPECT_GT(kinds["enterprise"], kinds["enterprise+leading"]);  // related ones are the bulk
  EXPECT_NEAR(kinds["municipal_society"], 190, 10);
  EXPECT_NEAR(kinds["national_society"], 60, 5);
  EXPECT_GE(kinds["society_committee"], kinds["national_society"]);
  EXPECT_LE(kinds["society_committee"], 3 * kinds["national_society"]);
  EXPECT_NEAR(kinds["university"] + kinds["research_institute"], 90, 5);
  EXPECT_GT(kinds["university_cast"], 0);
  EXPECT_GT(kinds["park_cast"], 0);
  EXPECT_GT(kinds["enterprise_cast"], 0);

  auto titles = TitleCounts(d);
  EXPECT_EQ(titles[Title::kAcademician], 250);
  EXPECT_EQ(titles[Title::kRenowned], 7500);
  EXPECT_EQ(titles[Title::kSenior], 10750);
  EXPECT_EQ(titles[Title::kOther], 1500);

  int expert_ties = 0;
  for (const auto& t : d.ties) expert_ties += t.from_key.rfind("exp-", 0) == 0;
  EXPECT_NEAR(expert_ties / 20000.0, 0.3, 0.05);
}

TEST(DemoTest, EveryCodeIsValid) {
  const Dataset& d = Default();
  int staff_zero = 0, societies = 0;
  for (const auto& o : d.organizations) {
    SCOPED_TRACE(o.key);
    EXPECT_FALSE(o.name.empty());
    EXPECT_TRUE(ValidUtf8(o.name) && ValidUtf8(o.name_en) && ValidUtf8(o.description));
    EXPECT_FALSE(o.description.empty());
    ASSERT_NE(FindDistrict(o.district), nullptr) << o.district;
    if (!o.zone.empty()) {
      const Region* z = FindRegion(o.zone);
      ASSERT_NE(z, nullptr);
      EXPECT_EQ(z->kind, RegionKind::kZone);
      EXPECT_NE(std::find(z->districts.begin(), z->districts.end(), o.district),
                z->districts.end());
    }
    if (!o.park.empty()) {
      const Region* p = FindRegion(o.park);
      ASSERT_NE(p, nullptr);
      EXPECT_EQ(p->kind, RegionKind::kPark);
      EXPECT_EQ(p->districts.front(), o.district);
    }
    CheckWeights(o.industries, o.key);
    for (const auto& s : o.subfields) {
      const Term* t = FindSubfield(s);
      ASSERT_NE(t, nullptr) << s;
      EXPECT_TRUE(std::any_of(o.industries.begin(), o.industries.end(),
                              [&](const Weighted& w) { return w.code == t->parent; }))
          << s << " outside the record's industries";
    }
    EXPECT_FALSE(o.capabilities.empty());
    for (const auto& c : o.capabilities) EXPECT_NE(FindCapability(c), nullptr) << c;
    CheckKeywords(o.keywords, o.key);
    EXPECT_EQ(o.leading, o.kind == OrgKind::kEnterprise && o.leading);
    if (IsSociety(o.kind)) {
      ++societies;
      staff_zero += o.staff == 0;
      EXPECT_GE(o.staff, 0);
      EXPECT_LE(o.staff, 30);
      EXPECT_GE(o.expert_team, 10);
      EXPECT_LE(o.expert_team, 500);
    }
    if (o.kind == OrgKind::kUniversity || o.kind == OrgKind::kResearchInstitute) {
      for (const char* c : {"rnd", "laboratory", "academic_exchange"}) {
        EXPECT_NE(std::find(o.capabilities.begin(), o.capabilities.end(), c), o.capabilities.end());
      }
    }
  }
  EXPECT_GT(staff_zero, 0);              // some societies cannot be applicants
  EXPECT_LT(staff_zero, societies / 2);  // but most can

  for (const auto& e : d.experts) {
    SCOPED_TRACE(e.key);
    EXPECT_FALSE(e.name.empty());
    EXPECT_TRUE(ValidUtf8(e.name) && ValidUtf8(e.description));
    ASSERT_FALSE(e.fields.empty());
    EXPECT_LE(e.fields.size(), 3u);
    for (const auto& f : e.fields) EXPECT_NE(FindField(f), nullptr) << f;
    CheckWeights(e.industries, e.key);
    CheckKeywords(e.keywords, e.key);
    EXPECT_GE(e.capacity, 1);
    EXPECT_LE(e.capacity, 3);
    if (e.title == Title::kAcademician) {
      EXPECT_TRUE(e.academy == "CAS" || e.academy == "CAE") << e.academy;
    } else {
      EXPECT_TRUE(e.academy.empty());
    }
    if (!e.email.empty()) {
      EXPECT_NE(e.email.find("@example.cn"), std::string::npos);
    }
    if (!e.phone.empty()) {
      EXPECT_EQ(e.phone.rfind("010-", 0), 0u);
    }
  }
}

TEST(DemoTest, KeysAreUniqueAndReferencesResolve) {
  const Dataset& d = Default();
  std::map<std::string, const Organization*> orgs;
  std::set<std::string> keys, org_names;
  for (const auto& o : d.organizations) {
    EXPECT_TRUE(ValidKey(o.key)) << o.key;
    EXPECT_TRUE(keys.insert(o.key).second) << "duplicate key " << o.key;
    EXPECT_TRUE(org_names.insert(o.name).second) << "duplicate name " << o.name;
    orgs[o.key] = &o;
  }
  for (const auto& e : d.experts) {
    EXPECT_TRUE(ValidKey(e.key)) << e.key;
    EXPECT_TRUE(keys.insert(e.key).second) << "duplicate key " << e.key;
  }
  for (const auto& o : d.organizations) {
    if (o.kind == OrgKind::kSocietyCommittee) {
      ASSERT_TRUE(orgs.count(o.parent_key)) << o.key << " parent " << o.parent_key;
      EXPECT_EQ(orgs[o.parent_key]->kind, OrgKind::kNationalSociety);
      EXPECT_EQ(o.name.rfind(orgs[o.parent_key]->name, 0), 0u) << o.name;
    } else {
      EXPECT_TRUE(o.parent_key.empty()) << o.key;
    }
  }
  for (const auto& e : d.experts) {
    ASSERT_TRUE(orgs.count(e.affiliation_key)) << e.key << " -> " << e.affiliation_key;
    const OrgKind k = orgs[e.affiliation_key]->kind;
    EXPECT_TRUE(k == OrgKind::kUniversity || k == OrgKind::kResearchInstitute ||
                k == OrgKind::kEnterprise || IsSociety(k))
        << e.affiliation_key;
  }
  std::set<std::tuple<std::string, std::string, TieKind, int>> ties;
  std::map<std::string, int> leading_ties;
  for (const auto& t : d.ties) {
    EXPECT_TRUE(keys.count(t.from_key)) << t.from_key;
    EXPECT_TRUE(orgs.count(t.to_key)) << t.to_key;
    EXPECT_NE(t.from_key, t.to_key);
    EXPECT_GE(t.year, 2015);
    EXPECT_LE(t.year, 2024);
    EXPECT_TRUE(ties.insert({t.from_key, t.to_key, t.kind, t.year}).second)
        << "duplicate tie " << t.from_key << " -> " << t.to_key;
    if (orgs.count(t.from_key) && orgs[t.from_key]->leading) leading_ties[t.from_key]++;
  }
  for (const auto& o : d.organizations) {
    if (!o.leading) continue;
    EXPECT_GE(leading_ties[o.key], 3) << o.key;
    EXPECT_LE(leading_ties[o.key], 12) << o.key;
  }
  // Most academicians work at universities and institutes.
  int academic = 0, academicians = 0;
  for (const auto& e : d.experts) {
    if (e.title != Title::kAcademician) continue;
    ++academicians;
    const OrgKind k = orgs[e.affiliation_key]->kind;
    academic += k == OrgKind::kUniversity || k == OrgKind::kResearchInstitute;
  }
  EXPECT_GT(academic, academicians * 7 / 10);
}

TEST(DemoTest, SixteenParksWithTheirCodes) {
  const Dataset& d = Default();
  std::map<std::string, const Organization*> parks;
  for (const auto& o : d.organizations) {
    if (o.kind == OrgKind::kPark) parks[o.park] = &o;
  }
  ASSERT_EQ(parks.size(), 16u);
  for (const Region& r : Regions()) {
    if (r.kind != RegionKind::kPark) continue;
    ASSERT_TRUE(parks.count(r.code)) << r.code;
    EXPECT_EQ(parks[r.code]->name, r.name);
    EXPECT_EQ(parks[r.code]->district, r.districts.front());
  }
  // Public names are there.
  std::set<std::string> names;
  for (const auto& o : d.organizations) names.insert(o.name);
  for (const char* n :
       {"清华大学", "北京大学", "中国科学院计算技术研究所", "北京智源人工智能研究院",
        "中国电子学会", "北京电子学会", "北京市海淀区科学技术协会"}) {
    EXPECT_TRUE(names.count(n)) << n;
  }
}

TEST(DemoTest, TextCarriesSectorVocabulary) {
  const Dataset& d = Default();
  // For every industry: records whose primary industry it is mention one of
  // its sub-fields' terms (directions, choke points or topics).
  for (const Term& industry : Industries()) {
    std::vector<std::string> terms;
    for (const auto& v : detail::SubfieldVocabularies()) {
      if (v.subfield.substr(0, v.subfield.find('.')) != industry.code) continue;
      terms.emplace_back(v.topic.zh);
      for (const auto& t : v.directions) terms.emplace_back(t.zh);
      for (const auto& t : v.chokepoints) terms.emplace_back(t.zh);
    }
    int total = 0, mention = 0;
    for (const auto& o : d.organizations) {
      if (o.industries.front().code != industry.code) continue;
      ++total;
      const std::string text = Text(o);
      mention += std::any_of(terms.begin(), terms.end(), [&](const std::string& t) {
        return text.find(t) != std::string::npos;
      });
    }
    ASSERT_GT(total, 0) << industry.code;
    EXPECT_GE(mention, total * 9 / 10) << industry.code;
  }
  // The IC vocabulary in IC records, and IC terms absent from biomed ones.
  const std::vector<std::string> ic = {"光刻", "EDA",  "刻蚀", "封装", "碳化硅",
                                       "晶圆", "量测", "芯片", "硅片", "半导体"};
  int ic_total = 0, ic_mention = 0, bio_total = 0, bio_ic = 0;
  for (const auto& o : d.organizations) {
    const std::string text = Text(o);
    const bool has_ic = std::any_of(ic.begin(), ic.end(), [&](const std::string& t) {
      return text.find(t) != std::string::npos;
    });
    if (o.industries.front().code == "ic") ic_total++, ic_mention += has_ic;
    if (o.industries.size() == 1 && o.industries.front().code == "biomed") {
      bio_total++, bio_ic += has_ic;
    }
  }
  EXPECT_GE(ic_mention, ic_total * 9 / 10);
  EXPECT_LT(bio_ic, bio_total / 5);
  // Related sectors overlap: AI chips appear in both AI and IC records.
  int ai_chip_ai = 0, ai_chip_ic = 0;
  for (const auto& o : d.organizations) {
    if (Text(o).find("AI芯片") == std::string::npos) continue;
    for (const auto& w : o.industries) {
      ai_chip_ai += w.code == "ai";
      ai_chip_ic += w.code == "ic";
    }
  }
  EXPECT_GT(ai_chip_ai, 0);
  EXPECT_GT(ai_chip_ic, 0);
  // English keywords on about 30% of records.
  std::set<std::string> english;
  for (const auto& v : detail::SubfieldVocabularies()) {
    for (const auto& t : v.directions) {
      if (t.en != t.zh) english.emplace(t.en);
    }
  }
  int with_english = 0;
  for (const auto& e : d.experts) {
    with_english += std::any_of(e.keywords.begin(), e.keywords.end(),
                                [&](const std::string& k) { return english.count(k) > 0; });
  }
  EXPECT_NEAR(with_english / 20000.0, 0.3, 0.08);
}

TEST(DemoTest, LeadingEnterprisesFollowRegionalLeadIndustries) {
  const Dataset& d = Default();
  auto share = [&](const std::string& zone, const std::set<std::string>& lead) {
    int total = 0, in_lead = 0;
    for (const auto& o : d.organizations) {
      if (!o.leading || o.zone != zone) continue;
      ++total;
      in_lead += lead.count(o.industries.front().code) > 0;
    }
    return total == 0 ? 0.0 : static_cast<double>(in_lead) / total;
  };
  EXPECT_GT(share("etown", {"ngit", "new_energy", "biomed", "smart_mfg"}), 0.6);
  EXPECT_GT(share("zgc_science_city", {"ai", "ic", "software"}), 0.6);
  EXPECT_GT(share("future_science_city", {"new_energy", "smart_mfg", "biomed"}), 0.6);
  // Every industry has leading enterprises to build consortia around.
  std::set<std::string> covered;
  for (const auto& o : d.organizations) {
    if (o.leading) covered.insert(o.industries.front().code);
  }
  EXPECT_EQ(covered.size(), Industries().size());
}

TEST(DemoTest, ScaledRunKeepsProportionsAndReportsProgress) {
  DemoOptions options;
  options.organizations = 10000;
  options.experts = 100000;
  std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> calls;
  options.progress = [&](std::string_view stage, std::int64_t done, std::int64_t total) {
    calls[std::string(stage)].push_back({done, total});
  };
  const Dataset big = GenerateDemo(options);
  EXPECT_EQ(big.organizations.size(), 10000u);
  EXPECT_EQ(big.experts.size(), 100000u);

  auto small = KindCounts(Default());
  auto large = KindCounts(big);
  for (const char* kind : {"enterprise+leading", "enterprise", "municipal_society",
                           "national_society", "society_committee"}) {
    const double a = small[kind] / 1500.0, b = large[kind] / 10000.0;
    EXPECT_NEAR(b / a, 1.0, 0.15) << kind;
  }
  const double academic_small = (small["university"] + small["research_institute"]) / 1500.0;
  const double academic_large = (large["university"] + large["research_institute"]) / 10000.0;
  EXPECT_NEAR(academic_large / academic_small, 1.0, 0.15);
  auto titles = TitleCounts(big);
  EXPECT_EQ(titles[Title::kAcademician], 1250);
  EXPECT_EQ(titles[Title::kRenowned], 37500);
  EXPECT_EQ(titles[Title::kSenior], 53750);

  for (const char* stage : {"organizations", "experts", "ties"}) {
    const auto& c = calls[stage];
    ASSERT_FALSE(c.empty()) << stage;
    EXPECT_LE(c.size(), 45u) << stage;  // about every 5%, not every record
    EXPECT_EQ(c.back().first, c.back().second) << stage;
    for (std::size_t i = 1; i < c.size(); ++i) EXPECT_GT(c[i].first, c[i - 1].first) << stage;
  }
  EXPECT_GE(calls["experts"].size(), 18u);
}

TEST(DemoTest, ImportsIntoTheStoreWithoutProblems) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto report = (*store)->Import(Default());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  for (std::size_t i = 0; i < std::min<std::size_t>(report->problems.size(), 10); ++i) {
    const auto& p = report->problems[i];
    ADD_FAILURE() << p.file << ":" << p.row << " " << p.field << ": " << p.message;
  }
  EXPECT_EQ(report->organizations_inserted, 1500);
  EXPECT_EQ(report->experts_inserted, 20000);
  EXPECT_EQ(report->ties_inserted, static_cast<int>(Default().ties.size()));
}

}  // namespace
}  // namespace consortia
