// The fit of a member set to its target (matcher/consortium.h FitTarget,
// FitWarnings) on hand-made organisations: what the target is, and which
// members are flagged, with Chinese reasons that name them.
#include <gtest/gtest.h>

#include "matcher/consortium.h"
#include "matcher/rules.h"

namespace consortia {
namespace {

class FitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto rules = LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
    ASSERT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = std::move(*rules);
  }

  static Organization Org(Id id, const std::string& name, OrgKind kind,
                          std::vector<Weighted> industries, const std::string& district = "",
                          const std::string& zone = "", const std::string& park = "") {
    Organization o;
    o.id = id;
    o.name = name;
    o.kind = kind;
    o.industries = std::move(industries);
    o.district = district;
    o.zone = zone;
    o.park = park;
    return o;
  }

  ProgrammeRules rules_;
};

TEST_F(FitTest, RegionalTargetIsTheLeadsMainIndustriesAndTheRegions) {
  // An AI enterprise with a digital-medicine sideline, in Haidian.
  const Organization lead = Org(1, "京思通智能技术有限公司", OrgKind::kEnterprise,
                                {{"ai", 1.0}, {"biomed", 0.55}}, "110108", "zgc_science_city");
  const FitTarget t = MakeFitTarget(true, "", "zgc_science_city", &lead);
  EXPECT_EQ(t.WeightOf("ai"), 1.0);
  EXPECT_EQ(t.WeightOf("ic"), FitTarget::kRegionIndustryWeight);  // the region's lead industries
  EXPECT_EQ(t.WeightOf("software"), FitTarget::kRegionIndustryWeight);
  EXPECT_EQ(t.WeightOf("biomed"), 0.0);  // a sideline of the lead is not its main industry
  EXPECT_FALSE(t.Contains({{"biomed", 1.0}}));
  EXPECT_TRUE(t.Contains({{"biomed", 1.0}, {"ai", 0.3}}));
  EXPECT_EQ(t.Names(), "人工智能、集成电路、软件和信息服务业");

  // A second line close to the main one (an optical-chip maker) is in, at its relative weight.
  const Organization chips = Org(2, "北京清昊信息技术股份有限公司", OrgKind::kEnterprise,
                                 {{"ngit", 1.0}, {"ic", 0.79}}, "110112");
  const FitTarget tongzhou = MakeFitTarget(true, "", "zgc_tongzhou", &chips);
  EXPECT_EQ(tongzhou.WeightOf("ngit"), 1.0);
  EXPECT_DOUBLE_EQ(tongzhou.WeightOf("ic"), 0.79);  // not a lead industry of 通州园
  EXPECT_TRUE(tongzhou.Contains({{"ic", 1.0}}));

  // A regional request naming an industry adds it: the sideline counts then.
  const FitTarget widened = MakeFitTarget(true, "biomed", "zgc_science_city", &lead);
  EXPECT_EQ(widened.WeightOf("biomed"), 1.0);
  EXPECT_EQ(widened.WeightOf("ai"), 1.0);
  EXPECT_TRUE(widened.Contains({{"biomed", 1.0}}));

  const FitTarget industrial = MakeFitTarget(false, "ic", "", &lead);
  ASSERT_EQ(industrial.industries.size(), 1u);
  EXPECT_EQ(industrial.industries[0].first, "ic");
}

TEST_F(FitTest, MembersOutsideTheTargetAreWarnedWithTheirNames) {
  const Organization lead = Org(1, "北芯微电子有限公司", OrgKind::kEnterprise, {{"ic", 1.0}});
  const Organization soc =
      Org(2, "北京生物医药学会", OrgKind::kMunicipalSociety, {{"biomed", 1.0}});
  const Organization ok = Org(3, "北京电子学会", OrgKind::kMunicipalSociety, {{"ic", 0.4}});
  const Organization food =
      Org(4, "中国食品科学技术学会", OrgKind::kNationalSociety, {{"rural", 1}});
  const Organization cast = Org(5, "海淀区科协", OrgKind::kDistrictCast, {{"rural", 1.0}});
  const std::vector<FitMember> members = {
      {{1, "leading_enterprise"}, &lead}, {{2, "municipal_society"}, &soc},
      {{3, "municipal_society"}, &ok},    {{4, "national_society"}, &food},
      {{5, "cast_branch"}, &cast},  // a platform: any industry
      {{6, "municipal_society"}, nullptr}};
  const auto w = FitWarnings(rules_, "industrial", "ic", "", members);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].code, "member_outside_target");
  EXPECT_EQ(w[0].member_id, 2);
  EXPECT_EQ(w[0].role, "municipal_society");
  EXPECT_EQ(w[0].name, "北京生物医药学会");
  EXPECT_EQ(
      w[0].message,
      "北京生物医药学会（市学会）的产业为生物医药健康，不在本联合体的目标产业（集成电路）之内");
  EXPECT_EQ(w[1].member_id, 4);

  // The same members for a rural-revitalisation consortium: the chip lead is flagged.
  const auto rural = FitWarnings(rules_, "industrial", "rural", "", members);
  ASSERT_FALSE(rural.empty());
  EXPECT_EQ(rural[0].code, "lead_outside_industry");
  EXPECT_NE(rural[0].message.find("不含本产业联合体的目标产业乡村振兴"), std::string::npos)
      << rural[0].message;
  EXPECT_TRUE(FitWarnings(rules_, "national", "ic", "", members).empty());  // unknown type
}

TEST_F(FitTest, ARegionalLeadOutsideItsRegionIsWarned) {
  const Organization daxing = Org(1, "亦庄辰康生物科技有限公司", OrgKind::kEnterprise,
                                  {{"biomed", 1.0}}, "110115", "", "zgc_daxing_yizhuang");
  const std::vector<FitMember> members = {{{1, "leading_enterprise"}, &daxing}};
  auto w = FitWarnings(rules_, "regional", "", "zgc_yanqing", members);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].code, "lead_outside_region");
  EXPECT_EQ(w[0].message,
            "牵头单位亦庄辰康生物科技有限公司位于大兴区（中关村大兴-亦庄园），不在中关村延庆园内");
  // In the E-Town zone's districts: no warning.
  EXPECT_TRUE(FitWarnings(rules_, "regional", "", "etown", members).empty());
}

}  // namespace
}  // namespace consortia
