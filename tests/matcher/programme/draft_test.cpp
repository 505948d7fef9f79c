#include "matcher/programme.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "matcher/rules.h"

namespace consortia {
namespace {

const std::string kRulesPath = std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json";

ProgrammeRules Rules() {
  Result<ProgrammeRules> r = LoadRules(kRulesPath);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return std::move(r).value();
}

DraftMember Named(Id id, const char* role, const char* name) {
  DraftMember m;
  m.member.id = id;
  m.member.role = role;
  m.name = name;
  return m;
}

ApplicationDraftInput Industrial() {
  ApplicationDraftInput in;
  in.name = "集成电路<script>alert(1)</script>创新联合体";
  in.type = "industrial";
  in.target = "ic";
  const std::pair<const char*, const char*> members[] = {
      {"北方芯材科技有限公司", "leading_enterprise"},
      {"京华微电子有限公司", "related_enterprise"},
      {"燕园封测有限公司", "related_enterprise"},
      {"北京电子学会", "municipal_society"},
      {"北京半导体学会", "municipal_society"},
      {"北京材料学会", "municipal_society"},
      {"中国电子学会", "national_society"},
      {"清华大学", "university_or_institute"},
      {"中国科学院微电子研究所", "university_or_institute"},
      {"海淀区科协", "cast_branch"}};
  Id id = 0;
  for (const auto& [name, role] : members) in.members.push_back(Named(++id, role, name));
  in.applicant = "北京电子学会";
  in.technical_direction = "先进封装 & 测试";
  in.key_problems = "高密度互连良率\n热管理";
  in.project = "12英寸先进封装中试线 | 一期";
  in.team_leader = {"王院士", Title::kAcademician, "CAS", "研究员", "中国科学院微电子研究所"};
  in.team_members = {{"李明", Title::kSenior, "", "教授", "清华大学"},
                     {"张华", Title::kRenowned, "", "", "北方芯材科技有限公司"}};
  in.date = "2024-05-01";
  return in;
}

TEST(ApplicationDraftTest, ContainsEverySectionInBothFormats) {
  const ProgrammeRules rules = Rules();
  Result<ApplicationDraft> d = RenderApplicationDraft(Industrial(), rules);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  for (const std::string* text : {&d->markdown, &d->html}) {
    for (const char* section :
         {"联合体名称", "类型", "所属产业", "牵头单位(龙头企业)", "成员单位", "申报单位(秘书处)",
          "技术方向与拟解决的关键问题", "依托项目", "科技服务团", "团长"}) {
      EXPECT_NE(text->find(section), std::string::npos) << section;
    }
    EXPECT_NE(text->find("产业创新联合体"), std::string::npos);  // type name from the rules
    EXPECT_NE(text->find("集成电路"), std::string::npos);        // target name from the taxonomy
    EXPECT_NE(text->find("北方芯材科技有限公司"), std::string::npos);
    EXPECT_NE(text->find("院士（中国科学院），研究员"), std::string::npos);
    EXPECT_NE(text->find("中国科学院微电子研究所"), std::string::npos);
    EXPECT_NE(text->find("共 3 人"), std::string::npos);
  }
}

TEST(ApplicationDraftTest, RoleNamesComeFromTheRules) {
  ProgrammeRules rules = Rules();
  Result<ApplicationDraft> d = RenderApplicationDraft(Industrial(), rules);
  ASSERT_TRUE(d.ok());
  for (const char* role : {"leading_enterprise", "related_enterprise", "municipal_society",
                           "national_society", "university_or_institute", "cast_branch"}) {
    EXPECT_NE(d->markdown.find(rules.FindRole(role)->name), std::string::npos) << role;
  }
  // The lead's role comes first, then the type's roles in the rules' order.
  std::vector<size_t> at;
  at.push_back(d->markdown.find("| " + rules.FindRole("leading_enterprise")->name + " |"));
  for (const RoleMinimum& m : rules.FindType("industrial")->roles) {
    if (m.role != "leading_enterprise")
      at.push_back(d->markdown.find("| " + rules.FindRole(m.role)->name + " |"));
  }
  at.push_back(d->markdown.find("| " + rules.FindRole("cast_branch")->name + " |"));
  for (size_t i = 0; i < at.size(); ++i) {
    ASSERT_NE(at[i], std::string::npos) << i;
    if (i > 0) {
      EXPECT_LT(at[i - 1], at[i]) << i;
    }
  }
  // A renamed role shows its new name.
  rules.roles.at("municipal_society").name = "北京市级学会";
  d = RenderApplicationDraft(Industrial(), rules);
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->html.find("北京市级学会"), std::string::npos);
}

TEST(ApplicationDraftTest, EscapesUserText) {
  Result<ApplicationDraft> d = RenderApplicationDraft(Industrial(), Rules());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->html.find("<script>"), std::string::npos);
  EXPECT_NE(d->html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(d->html.find("先进封装 &amp; 测试"), std::string::npos);
  EXPECT_NE(d->html.find("高密度互连良率<br>热管理"), std::string::npos);
  EXPECT_EQ(d->markdown.find("<script>"), std::string::npos);
  EXPECT_NE(d->markdown.find("&lt;script&gt;"), std::string::npos);
}

TEST(ApplicationDraftTest, HtmlIsSelfContainedAndPrintable) {
  Result<ApplicationDraft> d = RenderApplicationDraft(Industrial(), Rules());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(d->html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(d->html.find("@media print"), std::string::npos);
  EXPECT_EQ(d->html.find("<script"), std::string::npos);
  EXPECT_EQ(d->html.find("http"), std::string::npos);  // no external resources
  EXPECT_EQ(d->html.find("src="), std::string::npos);
}

TEST(ApplicationDraftTest, RegionalDraftNamesTheRegion) {
  ApplicationDraftInput in = Industrial();
  in.type = "regional";
  in.target = "huairou_science_city";
  in.members.push_back(Named(11, "park", "怀柔科学城园区"));
  Result<ApplicationDraft> d = RenderApplicationDraft(in, Rules());
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->markdown.find("| 所属区域 | 怀柔科学城 |"), std::string::npos) << d->markdown;
  EXPECT_NE(d->markdown.find("| 类型 | 区域创新联合体 |"), std::string::npos);
  EXPECT_NE(d->markdown.find("| 园区 | 怀柔科学城园区 |"), std::string::npos);
}

TEST(ApplicationDraftTest, TableCellsEscapePipes) {
  Result<ApplicationDraft> d = RenderApplicationDraft(Industrial(), Rules());
  ASSERT_TRUE(d.ok());
  // The project is a paragraph, the name a cell.
  EXPECT_NE(d->markdown.find("12英寸先进封装中试线 | 一期"), std::string::npos);
  ApplicationDraftInput in = Industrial();
  in.name = "A|B";
  d = RenderApplicationDraft(in, Rules());
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->markdown.find("| 联合体名称 | A\\|B |"), std::string::npos);
}

TEST(ApplicationDraftTest, BadInputNamesTheField) {
  ApplicationDraftInput in = Industrial();
  in.type = "sectoral";
  EXPECT_EQ(RenderApplicationDraft(in, Rules()).status().field(), "type");
  in = Industrial();
  in.members.erase(in.members.begin());
  EXPECT_EQ(RenderApplicationDraft(in, Rules()).status().field(), "members");
  in = Industrial();
  in.members[2].member.role = "mascot";
  EXPECT_EQ(RenderApplicationDraft(in, Rules()).status().field(), "members[2].role");
  in = Industrial();
  in.target = "moon";
  EXPECT_EQ(RenderApplicationDraft(in, Rules()).status().field(), "target");
}

}  // namespace
}  // namespace consortia
