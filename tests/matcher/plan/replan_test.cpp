// Re-plan mode: active consortia stay, only the free slots are filled.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "matcher/planner.h"
#include "matcher/rules.h"

namespace consortia {
namespace {

const std::string kRulesPath = std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json";

ProgrammeRules Rules() {
  Result<ProgrammeRules> r = LoadRules(kRulesPath);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return std::move(r).value();
}

PlanCandidate Cand(const std::string& id, const std::string& type, const std::string& target,
                   double score, Id lead, bool fixed = false) {
  PlanCandidate c;
  c.id = id;
  c.type = type;
  c.target = target;
  c.score = score;
  c.fixed = fixed;
  c.members = {{lead, "leading_enterprise"}, {900, "national_society"}};
  return c;
}

TEST(PlannerReplanTest, KeepsFixedAndFillsOnlyFreeSlots) {
  ProgrammeRules rules = Rules();
  for (ConsortiumTypeRule& t : rules.types) t.slots = t.key == "regional" ? 1 : 2;
  rules.capacity.max_consortia_per_organization = 3;
  PlanRequest req;
  req.candidates = {
      Cand("active-ai", "industrial", "ai", 0.1, 1, true),  // kept despite its low score
      Cand("ai-new", "industrial", "ai", 0.9, 2),           // target held by the active one
      Cand("ic-new", "industrial", "ic", 0.8, 3),
      Cand("bio-new", "industrial", "biomed", 0.7, 4),
      Cand("lead1-reg", "regional", "etown", 0.9, 1),  // lead 1 is used up by the active one
      Cand("reg", "regional", "zgc_science_city", 0.3, 5),
  };
  Result<PlanResult> plan = Plan(req, rules);
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  std::set<std::string> ids;
  for (const PlannedConsortium& p : plan->consortia) ids.insert(p.id);
  EXPECT_EQ(ids, (std::set<std::string>{"active-ai", "ic-new", "reg"}));
  EXPECT_TRUE(plan->consortia.front().fixed);
  EXPECT_EQ(plan->consortia.front().id, "active-ai");
  // Society 900 sits in all three: at its (raised) limit of 3.
  bool society_full = false;
  for (const CapacityLoad& l : plan->near_capacity) society_full |= l.id == 900 && l.used == 3;
  EXPECT_TRUE(society_full);
  ASSERT_EQ(plan->slots.size(), 2u);
  for (const SlotFill& s : plan->slots) {
    if (s.type == "industrial") {
      EXPECT_EQ(s.fixed, 1);
      EXPECT_EQ(s.filled, 2);
    }
  }
  // The fixed consortium's score is not part of the new total.
  EXPECT_NEAR(plan->score_total, 0.8 + 0.3, 1e-12);
}

TEST(PlannerReplanTest, ClashingFixedConsortiaAreAConflict) {
  const ProgrammeRules rules = Rules();
  PlanRequest req;
  req.candidates = {Cand("a", "industrial", "ai", 0.5, 1, true),
                    Cand("b", "industrial", "ai", 0.5, 2, true)};
  Result<PlanResult> plan = Plan(req, rules);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), Code::kConflict);
  EXPECT_EQ(plan.status().field(), "candidates[1].target");

  // One leading enterprise in two active consortia is over its limit.
  req.candidates = {Cand("a", "industrial", "ai", 0.5, 1, true),
                    Cand("b", "industrial", "ic", 0.5, 1, true)};
  plan = Plan(req, rules);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), Code::kConflict);
}

TEST(PlannerReplanTest, AllSlotsFixedMeansNothingNewIsChosen) {
  ProgrammeRules rules = Rules();
  for (ConsortiumTypeRule& t : rules.types) t.slots = 1;
  PlanRequest req;
  req.candidates = {
      Cand("a", "industrial", "ai", 0.5, 1, true), Cand("r", "regional", "etown", 0.5, 2, true),
      Cand("b", "industrial", "ic", 0.9, 3), Cand("s", "regional", "zgc_haidian", 0.9, 4)};
  Result<PlanResult> plan = Plan(req, rules);
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  ASSERT_EQ(plan->consortia.size(), 2u);
  EXPECT_TRUE(plan->consortia[0].fixed && plan->consortia[1].fixed);
  EXPECT_TRUE(plan->proven);
}

}  // namespace
}  // namespace consortia
