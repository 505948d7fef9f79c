// Optimality of the planner against the exhaustive oracle (plan_exact.h) on
// small random instances, and the contract of a search stopped by a limit.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "matcher/planner.h"
#include "matcher/rules.h"
#include "plan_exact.h"

namespace consortia {
namespace {

const std::string kRulesPath = std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json";

ProgrammeRules SmallRules(int regional_slots, int industrial_slots) {
  Result<ProgrammeRules> rules = LoadRules(kRulesPath);
  EXPECT_TRUE(rules.ok()) << rules.status().ToString();
  ProgrammeRules r = std::move(rules).value();
  for (ConsortiumTypeRule& t : r.types)
    t.slots = t.key == "regional" ? regional_slots : industrial_slots;
  return r;
}

// A small instance with frequent capacity conflicts: few organisations, few
// experts, leading enterprises shared between candidates.
PlanRequest RandomRequest(unsigned seed, int n) {
  std::mt19937 rng(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const std::vector<std::string> regions = {"zgc_science_city", "huairou_science_city",
                                            "future_science_city", "zgc_chaoyang", "zgc_fengtai"};
  const std::vector<std::string> industries = {"ai", "ic", "biomed", "new_energy", "rural"};
  const std::vector<std::string> zones = {"", "zgc_science_city", "etown", "future_science_city"};
  PlanRequest req;
  for (int i = 0; i < n; ++i) {
    PlanCandidate c;
    c.id = "c" + std::to_string(i);
    const bool regional = uniform(0, 2) == 0;
    c.type = regional ? "regional" : "industrial";
    c.target = regional ? regions[uniform(0, 3 + (seed % 2))] : industries[uniform(0, 4)];
    c.members.push_back({1000 + uniform(0, 5), "leading_enterprise"});
    std::set<Id> used = {c.members[0].id};
    for (int k = 0; k < 3; ++k) {
      const Id id = 2000 + uniform(0, 9);
      if (used.insert(id).second) c.members.push_back({id, "municipal_society"});
    }
    c.applicant_id = c.members.back().id;
    c.team.leader_id = 3000 + uniform(0, 4);
    for (int k = 0; k < 2; ++k) c.team.members.push_back(3000 + uniform(0, 14));
    c.score = uniform(0, 100) / 100.0;
    c.valid = uniform(0, 9) != 0;
    c.lead_zone = zones[uniform(0, 3)];
    req.candidates.push_back(std::move(c));
  }
  for (Id e = 3000; e < 3015; ++e) {
    if (uniform(0, 2) == 0) req.expert_capacity[e] = 2;
  }
  if (seed % 3 == 0) req.expert_commitments[3001] = 1;
  if (seed % 5 == 0) req.organization_commitments[2003] = 1;
  req.options.balance.zone_bonus = seed % 2 ? 0.1 : 0.0;
  req.options.time_limit_ms = 0;
  return req;
}

std::vector<int> Indices(const PlanRequest& req, const PlanResult& plan) {
  std::vector<int> ids;
  for (const PlannedConsortium& p : plan.consortia) {
    for (size_t i = 0; i < req.candidates.size(); ++i) {
      if (req.candidates[i].id == p.id) ids.push_back(static_cast<int>(i));
    }
  }
  return ids;
}

TEST(PlannerOptimalityTest, MatchesExhaustiveSearchOnSmallRandomInstances) {
  const ProgrammeRules rules = SmallRules(2, 3);
  int with_conflict = 0;
  for (unsigned seed = 1; seed <= 150; ++seed) {
    const PlanRequest req = RandomRequest(seed, 12 + static_cast<int>(seed % 7));
    Result<PlanResult> plan = Plan(req, rules);
    ASSERT_TRUE(plan.ok()) << plan.status().ToString();
    const std::vector<int> ids = Indices(req, *plan);
    std::string why;
    ASSERT_TRUE(PlanAdmissible(req, rules, ids, &why)) << "seed " << seed << ": " << why;
    const ExactPlan exact = PlanExact(req, rules);
    ASSERT_TRUE(PlanAdmissible(req, rules, exact.chosen, &why)) << "seed " << seed << ": " << why;
    EXPECT_NEAR(PlanObjective(req, rules, exact.chosen), exact.objective, 1e-12);
    const double oracle = exact.objective;
    EXPECT_NEAR(plan->objective, oracle, 1e-9) << "seed " << seed;
    EXPECT_NEAR(plan->objective, PlanObjective(req, rules, ids), 1e-9) << "seed " << seed;
    EXPECT_TRUE(plan->proven);
    EXPECT_EQ(plan->gap, 0.0);
    EXPECT_NEAR(plan->upper_bound, oracle, 1e-9);
    // The greedy (best per target by score) plan is often inadmissible here,
    // which is what makes these cases worth checking.
    for (const Uncovered& u : plan->uncovered) with_conflict += u.reason == "capacity_conflict";
  }
  EXPECT_GT(with_conflict, 10);
}

TEST(PlannerOptimalityTest, ReplanMatchesExhaustiveSearch) {
  const ProgrammeRules rules = SmallRules(2, 3);
  int checked = 0;
  for (unsigned seed = 200; seed < 350; ++seed) {
    PlanRequest req = RandomRequest(seed, 14);
    // Fix the first valid candidate of each type, if the pair is admissible.
    std::set<std::string> fixed_types;
    for (PlanCandidate& c : req.candidates) {
      if (c.valid && fixed_types.insert(c.type).second) c.fixed = true;
    }
    std::vector<int> fixed_ids;
    for (size_t i = 0; i < req.candidates.size(); ++i) {
      if (req.candidates[i].fixed) fixed_ids.push_back(static_cast<int>(i));
    }
    std::string why;
    if (!PlanAdmissible(req, rules, fixed_ids, &why)) continue;
    Result<PlanResult> plan = Plan(req, rules);
    ASSERT_TRUE(plan.ok()) << plan.status().ToString();
    const std::vector<int> ids = Indices(req, *plan);
    for (int f : fixed_ids) EXPECT_NE(std::find(ids.begin(), ids.end(), f), ids.end());
    ASSERT_TRUE(PlanAdmissible(req, rules, ids, &why)) << "seed " << seed << ": " << why;
    EXPECT_NEAR(plan->objective, PlanExact(req, rules).objective, 1e-9) << "seed " << seed;
    ++checked;
  }
  // The first valid candidates of the two types often clash; 59 of the 150
  // pairs were admissible when this was written.
  EXPECT_GE(checked, 50);
}

TEST(PlannerOptimalityTest, StoppedSearchReturnsAdmissiblePlanAndValidBound) {
  const ProgrammeRules rules = SmallRules(2, 3);
  int stopped = 0;
  for (unsigned seed = 1; seed <= 60; ++seed) {
    PlanRequest req = RandomRequest(seed, 18);
    const double oracle = PlanExact(req, rules).objective;
    for (long long limit : {1LL, 2LL, 4LL}) {
      req.options.node_limit = limit;
      Result<PlanResult> plan = Plan(req, rules);
      ASSERT_TRUE(plan.ok()) << plan.status().ToString();
      std::string why;
      ASSERT_TRUE(PlanAdmissible(req, rules, Indices(req, *plan), &why)) << why;
      EXPECT_GE(plan->gap, 0.0);
      EXPECT_LE(plan->objective, oracle + 1e-9);
      EXPECT_GE(plan->upper_bound, oracle - 1e-9) << "seed " << seed << " limit " << limit;
      if (!plan->proven) {
        ++stopped;
        EXPECT_EQ(plan->stopped_by, "node_limit");
        EXPECT_NEAR(plan->gap, (plan->upper_bound - plan->objective) / plan->upper_bound, 1e-12);
      } else {
        EXPECT_NEAR(plan->objective, oracle, 1e-9);
      }
    }
  }
  EXPECT_GT(stopped, 5);
}

}  // namespace
}  // namespace consortia
