#include "core/taxonomy.h"

#include <gtest/gtest.h>

#include <set>

#include "core/model.h"
#include "core/status.h"

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

TEST(ModelTest, EnumNamesRoundTrip) {
  for (int i = 0; i < kOrgKindCount; ++i) {
    auto kind = static_cast<OrgKind>(i);
    EXPECT_EQ(ParseOrgKind(ToString(kind)), kind);
  }
  for (int i = 0; i < kTitleCount; ++i) {
    auto title = static_cast<Title>(i);
    EXPECT_EQ(ParseTitle(ToString(title)), title);
  }
  for (int i = 0; i < kTieKindCount; ++i) {
    auto kind = static_cast<TieKind>(i);
    EXPECT_EQ(ParseTieKind(ToString(kind)), kind);
  }
  EXPECT_FALSE(ParseOrgKind("spaceship").has_value());
  EXPECT_TRUE(IsSociety(OrgKind::kSocietyCommittee));
  EXPECT_FALSE(IsSociety(OrgKind::kPark));
  EXPECT_TRUE(IsCast(OrgKind::kParkCast));
}

TEST(StatusTest, CarriesCodeMessageAndField) {
  Status s = Status::InvalidArgument("must be 1..1000", "limit");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Code::kInvalidArgument);
  EXPECT_EQ(s.ToString(), "invalid_argument: must be 1..1000 (field: limit)");
  Result<int> r = Status::NotFound("no such id", "id");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().field(), "id");
  Result<int> v = 7;
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, 7);
}

}  // namespace
}  // namespace consortia
