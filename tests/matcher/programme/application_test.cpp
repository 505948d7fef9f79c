// The application draft of a registered consortium: names resolved from the store.
#include <gtest/gtest.h>

#include "matcher/programme.h"
#include "tests/matcher/programme/programme_fixture.h"

namespace consortia {
namespace {

class ProgrammeApplicationTest : public testing::ProgrammeWorld {};

TEST_F(ProgrammeApplicationTest, DraftHasTheSectionsAndTheNames) {
  ConsortiumRecord r = Record(1, "industrial");
  r.name = "人工智能产业创新联合体";
  auto c = RegisterConsortium(*store_, rules_, r, "x");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  auto draft = ConsortiumApplication(*store_, rules_, c->id);
  ASSERT_TRUE(draft.ok()) << draft.status().ToString();
  for (const std::string* text : {&draft->markdown, &draft->html}) {
    for (const char* s : {"联合体名称", "牵头单位(龙头企业)", "成员单位", "申报单位(秘书处)",
                          "技术方向与拟解决的关键问题", "依托项目", "科技服务团", "团长",
                          "人工智能产业创新联合体", "产业创新联合体", "人工智能",
                          "北方芯材科技有限公司1", "北京市第2学会1", "中国科学院微电子研究所1",
                          "王院士1_0", "专家1_14", "清华大学1", "高密度互连良率", "中试线"}) {
      EXPECT_NE(text->find(s), std::string::npos) << s;
    }
  }
  EXPECT_NE(draft->html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_EQ(draft->markdown.find("<html"), std::string::npos);
  EXPECT_EQ(ConsortiumApplication(*store_, rules_, 4242).status().code(), Code::kNotFound);
}

}  // namespace
}  // namespace consortia
