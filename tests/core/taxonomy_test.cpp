#include "core/taxonomy.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace consortia {
namespace {

TEST(TaxonomyTest, HasTheTwelveIndustriesOfTheNotice) {
  ASSERT_EQ(Industries().size(), 12u);
  EXPECT_EQ(FindIndustry("ic")->name, "集成电路");
  EXPECT_EQ(FindIndustry("rural")->name, "乡村振兴");
  EXPECT_EQ(FindIndustry("quantum"), nullptr);
}

TEST(TaxonomyTest, CodesAreUniqueAndSubfieldsHaveKnownParents) {
  std::set<std::string> codes;
  for (const auto& t : Subfields()) {
    EXPECT_TRUE(codes.insert(t.code).second) << t.code;
    EXPECT_NE(FindIndustry(t.parent), nullptr) << t.code;
  }
  codes.clear();
  for (const auto& t : Fields()) EXPECT_TRUE(codes.insert(t.code).second) << t.code;
}

TEST(TaxonomyTest, FourZonesAndSixteenParksInKnownDistricts) {
  int zones = 0, parks = 0;
  for (const auto& r : Regions()) {
    (r.kind == RegionKind::kZone ? zones : parks)++;
    ASSERT_FALSE(r.districts.empty()) << r.code;
    for (const auto& d : r.districts) EXPECT_NE(FindDistrict(d), nullptr) << r.code;
  }
  EXPECT_EQ(zones, 4);
  EXPECT_EQ(parks, 16);
  EXPECT_EQ(Districts().size(), 16u);
}

TEST(TaxonomyTest, RegionContainsMatchesZoneOrPark) {
  EXPECT_TRUE(RegionContains("future_science_city", "future_science_city", ""));
  EXPECT_FALSE(RegionContains("future_science_city", "etown", "zgc_changping"));
  EXPECT_TRUE(RegionContains("zgc_changping", "future_science_city", "zgc_changping"));
  EXPECT_FALSE(RegionContains("nowhere", "etown", ""));
}

TEST(TaxonomyTest, ZonesAndParksByKind) {
  ASSERT_NE(FindZone("etown"), nullptr);
  EXPECT_EQ(FindZone("etown")->kind, RegionKind::kZone);
  EXPECT_EQ(FindZone("zgc_haidian"), nullptr);  // a park, not a zone
  ASSERT_NE(FindPark("zgc_haidian"), nullptr);
  EXPECT_EQ(FindPark("etown"), nullptr);
  EXPECT_EQ(FindPark("nowhere"), nullptr);
  EXPECT_EQ(ZoneCodes(), (std::vector<std::string>{"zgc_science_city", "huairou_science_city",
                                                   "future_science_city", "etown"}));
}

TEST(TaxonomyTest, RegionSpansItsDistricts) {
  EXPECT_TRUE(RegionSpansDistrict("etown", "110115"));
  EXPECT_TRUE(RegionSpansDistrict("etown", "110112"));
  EXPECT_FALSE(RegionSpansDistrict("etown", "110108"));
  EXPECT_TRUE(RegionSpansDistrict("zgc_haidian", "110108"));
  EXPECT_FALSE(RegionSpansDistrict("zgc_haidian", ""));
  EXPECT_FALSE(RegionSpansDistrict("nowhere", "110108"));
}

TEST(TaxonomyTest, EveryRegionHasKnownLeadIndustries) {
  for (const auto& r : Regions()) {
    EXPECT_FALSE(r.industries.empty()) << r.code;
    for (const auto& code : r.industries) EXPECT_NE(FindIndustry(code), nullptr) << r.code;
  }
  // BEIJING.md: E-Town leads in next-generation IT, new energy, biomedicine and
  // intelligent manufacturing; Huairou in materials.
  const auto& etown = FindZone("etown")->industries;
  EXPECT_EQ(std::set<std::string>(etown.begin(), etown.end()),
            (std::set<std::string>{"ngit", "new_energy", "biomed", "smart_mfg"}));
  EXPECT_EQ(FindZone("huairou_science_city")->industries.front(), "new_materials");
}

TEST(TaxonomyTest, ChainNeighboursAreKnownSymmetricAndKeepTcmOffTheDeviceChain) {
  for (const auto& sf : Subfields()) {
    for (const auto& n : ChainNeighbours(sf.code)) {
      ASSERT_NE(FindSubfield(n), nullptr) << sf.code << " -> " << n;
      EXPECT_NE(n, sf.code);
      const auto& back = ChainNeighbours(n);
      EXPECT_NE(std::find(back.begin(), back.end(), sf.code), back.end()) << n << " -> " << sf.code;
    }
  }
  const auto& packaging = ChainNeighbours("ic.packaging");
  EXPECT_NE(std::find(packaging.begin(), packaging.end(), "ic.design"), packaging.end());
  for (const char* sf : {"biomed.device", "biomed.digital", "biomed.vaccine", "ai.nlp"}) {
    const auto& n = ChainNeighbours(sf);
    EXPECT_EQ(std::find(n.begin(), n.end(), "biomed.tcm"), n.end()) << sf;
  }
  EXPECT_TRUE(ChainNeighbours("nowhere").empty());
}

}  // namespace
}  // namespace consortia
