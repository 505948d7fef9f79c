#include "core/model.h"

#include <gtest/gtest.h>

namespace consortia {
namespace {

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

TEST(ModelTest, ConsortiumVocabularyRoundTrips) {
  for (ConsortiumStatus s : kConsortiumStatuses) {
    EXPECT_EQ(ParseConsortiumStatus(ToString(s)), s);
  }
  for (ConsortiumTarget t : {ConsortiumTarget::kRegion, ConsortiumTarget::kIndustry}) {
    EXPECT_EQ(ParseConsortiumTarget(ToString(t)), t);
  }
  // The wire names are the registry's and the rules' strings.
  EXPECT_EQ(ToString(ConsortiumStatus::kProposed), "proposed");
  EXPECT_EQ(ToString(ConsortiumStatus::kCancelled), "cancelled");
  EXPECT_EQ(ToString(ConsortiumTarget::kRegion), "region");
  EXPECT_FALSE(ParseConsortiumStatus("done").has_value());
  EXPECT_FALSE(ParseConsortiumStatus("Active").has_value());
  EXPECT_FALSE(ParseConsortiumTarget("zone").has_value());
  EXPECT_TRUE(ToString(static_cast<ConsortiumStatus>(99)).empty());
  EXPECT_TRUE(HoldsSlot(ConsortiumStatus::kApproved));
  EXPECT_TRUE(HoldsSlot(ConsortiumStatus::kActive));
  EXPECT_FALSE(HoldsSlot(ConsortiumStatus::kApplied));
  EXPECT_FALSE(HoldsSlot(ConsortiumStatus::kCancelled));
}

TEST(ModelTest, MembersAndTeamsCompareByValue) {
  EXPECT_EQ((Member{1, "leading_enterprise"}), (Member{1, "leading_enterprise"}));
  EXPECT_NE((Member{1, "leading_enterprise"}), (Member{1, "municipal_society"}));
  EXPECT_EQ((Team{5, {6, 7}}), (Team{5, {6, 7}}));
  EXPECT_NE((Team{5, {6, 7}}), (Team{5, {7, 6}}));
}

}  // namespace
}  // namespace consortia
