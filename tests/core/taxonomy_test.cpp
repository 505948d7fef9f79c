#include "core/taxonomy.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace consortia
