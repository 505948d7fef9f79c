// The registry -> the planner's candidates (matcher/programme.h, plan glue).
#include <gtest/gtest.h>

#include <set>

#include "matcher/programme.h"
#include "tests/matcher/programme/programme_fixture.h"

namespace consortia {
namespace {

class PlanCandidatesTest : public testing::ProgrammeWorld {
 protected:
  Id Register(ConsortiumRecord r) {
    auto c = Admit(r);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? c->id : 0;
  }
  static std::set<Id> Ids(const std::vector<PlanSource>& sources) {
    std::set<Id> ids;
    for (const PlanSource& s : sources) ids.insert(s.consortium_id);
    return ids;
  }
};

TEST_F(PlanCandidatesTest, PlanTakesApplicationsReplanAlsoTheHeldSlots) {
  EXPECT_TRUE(PlannedInMode(ConsortiumStatus::kProposed, false));
  EXPECT_TRUE(PlannedInMode(ConsortiumStatus::kApplied, false));
  EXPECT_FALSE(PlannedInMode(ConsortiumStatus::kActive, false));
  EXPECT_TRUE(PlannedInMode(ConsortiumStatus::kActive, true));
  EXPECT_TRUE(PlannedInMode(ConsortiumStatus::kApproved, true));
  EXPECT_FALSE(PlannedInMode(ConsortiumStatus::kCancelled, true));

  const Id proposed = Register(Record(0, "industrial"));
  ConsortiumRecord active = Record(1, "regional");
  active.status = ConsortiumStatus::kActive;
  const Id active_id = Register(active);

  auto plan = RegisteredPlanSources(*store_, 0, /*replan=*/false);
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(Ids(*plan), (std::set<Id>{proposed}));
  auto replan = RegisteredPlanSources(*store_, 0, /*replan=*/true);
  ASSERT_TRUE(replan.ok());
  EXPECT_EQ(Ids(*replan), (std::set<Id>{proposed, active_id}));
  EXPECT_EQ(replan->front().id, std::to_string(proposed));
  auto other_year = RegisteredPlanSources(*store_, 2030, /*replan=*/true);
  ASSERT_TRUE(other_year.ok());
  EXPECT_TRUE(other_year->empty());

  PlanRequest request;
  std::vector<RejectedCandidate> malformed;
  AddPlanCandidates(*store_, rules_, *replan, /*replan=*/true, &request, &malformed);
  EXPECT_TRUE(malformed.empty());
  ASSERT_EQ(request.candidates.size(), 2u);
  const PlanCandidate& industrial = request.candidates[0];
  EXPECT_EQ(industrial.target, "ic");
  EXPECT_FALSE(industrial.fixed);
  EXPECT_TRUE(industrial.valid);
  EXPECT_EQ(industrial.members, Record(0, "industrial").members);
  EXPECT_EQ(industrial.team, Record(0, "industrial").team);
  EXPECT_EQ(industrial.lead_zone, "etown");
  EXPECT_EQ(industrial.lead_district, "110115");
  EXPECT_EQ(industrial.lead_industry, "ic");
  const PlanCandidate& regional = request.candidates[1];
  EXPECT_EQ(regional.target, "zgc_science_city");
  EXPECT_TRUE(regional.fixed);
  EXPECT_EQ(request.expert_capacity.size(), 30u);  // two teams of 15 (leader included)
  EXPECT_EQ(request.expert_capacity.at(IdOf(0, "e0")), 1);
}

TEST_F(PlanCandidatesTest, InvalidIsPlannedAsInvalidMalformedIsNotPlanned) {
  ConsortiumRecord no_team = Record(2, "industrial");
  no_team.team = {};
  ConsortiumRecord unknown_region = Record(3, "regional");
  unknown_region.region = "atlantis";
  std::vector<PlanSource> sources = {{"inline-1", 0, no_team}, {"inline-2", 0, unknown_region}};
  PlanRequest request;
  std::vector<RejectedCandidate> malformed;
  AddPlanCandidates(*store_, rules_, sources, /*replan=*/false, &request, &malformed);
  ASSERT_EQ(request.candidates.size(), 1u);
  EXPECT_FALSE(request.candidates[0].valid);
  EXPECT_FALSE(request.candidates[0].violations.empty());
  ASSERT_EQ(malformed.size(), 1u);
  EXPECT_EQ(malformed[0].id, "inline-2");
  EXPECT_EQ(malformed[0].target, "atlantis");
  ASSERT_EQ(malformed[0].reasons.size(), 1u);
}

}  // namespace
}  // namespace consortia
