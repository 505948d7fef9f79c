// POST /v1/plan over the registry: registered and inline candidates, distinct
// targets, valid candidates only, re-plan keeps active consortia fixed.
#include <gtest/gtest.h>

#include <set>

#include "api/api.h"
#include "matcher/programme.h"
#include "tests/matcher/programme/programme_fixture.h"

namespace consortia {
namespace {

using json = nlohmann::json;

class ProgrammePlanTest : public testing::ProgrammeWorld {
 protected:
  ProgrammePlanTest() : ProgrammeWorld(5) {}

  Id Register(ConsortiumRecord r) {
    auto c = Admit(r, &rules_, "planner");
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? c->id : 0;
  }
  static std::set<std::string> Ids(const json& list) {
    std::set<std::string> out;
    for (const json& c : list) out.insert(c["id"].get<std::string>());
    return out;
  }
};

TEST_F(ProgrammePlanTest, PlansRegisteredAndInlineCandidatesIntoDistinctSlots) {
  const Id ic_low = Register(Record(0, "industrial"));  // ic, score 1
  const Id ai = Register(Record(1, "industrial"));      // ai, score 2
  ConsortiumRecord ic_high = Record(4, "industrial");
  ic_high.industry = "ic";  // competes with ic_low for the same target
  ic_high.score = 7;
  const Id ic_best = Register(ic_high);
  const Id regional = Register(Record(2, "regional"));  // future_science_city

  // Inline: one valid (set 3, biomed... as software here) and one without a team.
  ConsortiumRecord inline_ok = Record(3, "industrial");
  json ok_body = ToJson(inline_ok);
  for (const char* k : {"id", "assessments", "revision", "created_at", "updated_at"}) {
    ok_body.erase(k);
  }
  ok_body["id"] = "draft-software";
  json no_team = ok_body;
  no_team["id"] = "draft-no-team";
  no_team["industry"] = "new_energy";
  no_team["team"] = nullptr;

  auto plan = PlanJson(*store_, rules_, {{"candidates", {ok_body, no_team}}, {"time_limit_ms", 0}});
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  const json& p = *plan;
  EXPECT_EQ(Ids(p["industrial"]),
            (std::set<std::string>{std::to_string(ai), std::to_string(ic_best), "draft-software"}));
  EXPECT_EQ(Ids(p["regional"]), (std::set<std::string>{std::to_string(regional)}));
  std::set<std::string> targets;
  for (const json& c : p["industrial"]) {
    EXPECT_TRUE(targets.insert(c["industry"].get<std::string>()).second) << "target twice";
    EXPECT_EQ(c["members"].size(), 9u);
    EXPECT_FALSE(c["members"][0]["name"].get<std::string>().empty());
    EXPECT_GT(c["team"]["leader_id"].get<Id>(), 0);
  }
  EXPECT_EQ(p["regional"][0]["region"], "future_science_city");
  EXPECT_EQ(p["regional"][0]["consortium_id"], regional);
  EXPECT_TRUE(p["proven"].get<bool>());
  EXPECT_EQ(p["gap"], 0.0);
  EXPECT_EQ(p["candidates"], 6);
  // objective = scores of the chosen (7 + 2 + 4 + 3) + the zone bonus.
  EXPECT_NEAR(p["score_total"].get<double>(), 16.0, 1e-9);
  EXPECT_GE(p["objective"].get<double>(), 16.0);
  EXPECT_EQ(p["coverage"]["industry_by"]["ic"], std::to_string(ic_best));
  EXPECT_EQ(p["coverage"]["region_by"]["future_science_city"], std::to_string(regional));

  ASSERT_EQ(p["invalid"].size(), 1u);
  EXPECT_EQ(p["invalid"][0]["id"], "draft-no-team");
  EXPECT_NE(p["invalid"][0]["reasons"].get<std::vector<std::string>>()[0].find("科技服务团"),
            std::string::npos)
      << p["invalid"].dump();
  bool ic_low_lost = true;
  for (const json& c : p["industrial"]) ic_low_lost &= c["id"] != std::to_string(ic_low);
  EXPECT_TRUE(ic_low_lost);
  EXPECT_FALSE(p["uncovered"].empty());  // 7 industrial slots stay free
}

TEST_F(ProgrammePlanTest, ReplanKeepsActiveConsortiaFixed) {
  ConsortiumRecord active = Record(0, "industrial");  // ic, score 1
  active.status = ConsortiumStatus::kActive;
  const Id active_id = Register(active);
  ConsortiumRecord challenger = Record(4, "industrial");
  challenger.industry = "ic";
  challenger.score = 9;
  const Id challenger_id = Register(challenger);
  const Id ai = Register(Record(1, "industrial"));

  auto fresh = PlanJson(*store_, rules_, json::object());
  ASSERT_TRUE(fresh.ok()) << fresh.status().ToString();
  EXPECT_EQ(Ids((*fresh)["industrial"]),
            (std::set<std::string>{std::to_string(challenger_id), std::to_string(ai)}));

  auto replan = PlanJson(*store_, rules_, {{"mode", "replan"}});
  ASSERT_TRUE(replan.ok()) << replan.status().ToString();
  EXPECT_EQ(Ids((*replan)["industrial"]),
            (std::set<std::string>{std::to_string(active_id), std::to_string(ai)}));
  for (const json& c : (*replan)["industrial"]) {
    EXPECT_EQ(c["fixed"].get<bool>(), c["id"] == std::to_string(active_id));
  }
  bool fixed_counted = false;
  for (const json& s : (*replan)["slots"]) {
    if (s["type"] == "industrial") fixed_counted = s["fixed"] == 1 && s["filled"] == 2;
  }
  EXPECT_TRUE(fixed_counted) << (*replan)["slots"].dump();

  // The active one fails its assessment: its slot and target go to the challenger.
  ASSERT_TRUE(
      AssessConsortiumJson(*store_, rules_, active_id, {{"year", 2023}, {"passed", false}}, "x")
          .ok());
  replan = PlanJson(*store_, rules_, {{"mode", "replan"}});
  ASSERT_TRUE(replan.ok());
  EXPECT_EQ(Ids((*replan)["industrial"]),
            (std::set<std::string>{std::to_string(challenger_id), std::to_string(ai)}));
}

TEST_F(ProgrammePlanTest, BadBodiesNameTheField) {
  EXPECT_EQ(PlanJson(*store_, rules_, {{"mode", "later"}}).status().field(), "mode");
  EXPECT_EQ(PlanJson(*store_, rules_, {{"time_limit_ms", -1}}).status().field(), "time_limit_ms");
  EXPECT_EQ(
      PlanJson(*store_, rules_, {{"candidates", {{{"members", json::array()}}}}}).status().field(),
      "candidates[0].type");
  EXPECT_EQ(PlanJson(*store_, rules_, {{"limit", 1}}).status().field(), "limit");
  // Nothing registered, nothing inline: an empty plan, every slot unfilled.
  auto empty = PlanJson(*store_, rules_, json::object());
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE((*empty)["industrial"].empty());
  EXPECT_TRUE((*empty)["regional"].empty());
}

}  // namespace
}  // namespace consortia
