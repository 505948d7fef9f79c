#include "matcher/rules.h"

#include <gtest/gtest.h>

#include <string>

namespace consortia {
namespace {

const std::string kRulesPath = std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json";

TEST(RulesTest, ShippedFileHasTheNoticesMinimums) {
  Result<ProgrammeRules> rules = LoadRules(kRulesPath);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  const ConsortiumTypeRule* regional = rules->FindType("regional");
  const ConsortiumTypeRule* industrial = rules->FindType("industrial");
  ASSERT_NE(regional, nullptr);
  ASSERT_NE(industrial, nullptr);
  EXPECT_EQ(regional->slots, 5);
  EXPECT_EQ(industrial->slots, 10);
  // RULES.md table: regional 1/–/3/1/1/2, industrial 1/2/3/1/–/2.
  EXPECT_EQ(regional->FindRole("municipal_society")->min, 3);
  EXPECT_EQ(regional->FindRole("park")->min, 1);
  EXPECT_TRUE(regional->FindRole("park")->in_region);
  EXPECT_EQ(regional->FindRole("related_enterprise"), nullptr);
  EXPECT_EQ(industrial->FindRole("related_enterprise")->min, 2);
  EXPECT_EQ(industrial->FindRole("park"), nullptr);
  EXPECT_EQ(industrial->FindRole("university_or_institute")->min, 2);
  EXPECT_EQ(industrial->FindRole("leading_enterprise")->max, 1);
  EXPECT_TRUE(rules->FindRole("national_society")->Admits(OrgKind::kSocietyCommittee));
  EXPECT_FALSE(rules->FindRole("university_or_institute")->Admits(OrgKind::kUniversityCast));
  EXPECT_TRUE(rules->FindRole("leading_enterprise")->requires_leading);
  // Members who must work in the target industries; parks and CAST branches need not.
  for (const char* role :
       {"related_enterprise", "municipal_society", "national_society", "university_or_institute"}) {
    EXPECT_TRUE(rules->FindRole(role)->fits_target) << role;
  }
  EXPECT_FALSE(rules->FindRole("park")->fits_target);
  EXPECT_FALSE(rules->FindRole("cast_branch")->fits_target);
  EXPECT_EQ(rules->team.min_size, 15);
  EXPECT_TRUE(rules->IsLeaderTitle(Title::kAcademician));
  EXPECT_TRUE(rules->IsLeaderTitle(Title::kRenowned));
  EXPECT_FALSE(rules->IsLeaderTitle(Title::kSenior));
  EXPECT_EQ(rules->industries.size(), 12u);
}

struct BadRulesCase {
  const char* name;
  const char* json;
  const char* field;
};

class BadRulesTest : public ::testing::TestWithParam<BadRulesCase> {};

TEST_P(BadRulesTest, IsRefusedNamingTheField) {
  Result<ProgrammeRules> rules = ParseRules(GetParam().json);
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(rules.status().field(), GetParam().field) << rules.status().ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadRulesTest,
    ::testing::Values(BadRulesCase{"no_version", R"({"roles": {}})", "version"},
                      BadRulesCase{"unknown_kind",
                                   R"({"version": "x", "roles": {"park": {"kinds": ["moon"]}}})",
                                   "roles.park.kinds"},
                      BadRulesCase{"undefined_role",
                                   R"({"version": "x", "roles": {"park": {"kinds": ["park"]}},
                        "consortium_types": {"regional": {"target": "region", "slots": 5,
                        "roles": {"lab": {"min": 1}}}}})",
                                   "consortium_types.regional.roles.lab"},
                      BadRulesCase{"negative_min",
                                   R"({"version": "x", "roles": {"park": {"kinds": ["park"]}},
                        "consortium_types": {"regional": {"target": "region", "slots": 5,
                        "roles": {"park": {"min": -1}}}}})",
                                   "consortium_types.regional.roles.park.min"},
                      BadRulesCase{"zero_slots",
                                   R"({"version": "x", "roles": {"park": {"kinds": ["park"]}},
                        "consortium_types": {"regional": {"target": "region", "slots": 0,
                        "roles": {"park": {"min": 1}}}}})",
                                   "consortium_types.regional.slots"},
                      BadRulesCase{"bad_leader_title",
                                   R"({"version": "x", "roles": {"park": {"kinds": ["park"]}},
                        "consortium_types": {"regional": {"target": "region", "slots": 5,
                        "roles": {"park": {"min": 1}}}},
                        "applicant": {"kinds": ["municipal_society"]},
                        "team": {"min_size": 15, "leader_titles": ["wizard"]}})",
                                   "team.leader_titles"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace consortia
