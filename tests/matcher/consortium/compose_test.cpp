// The composition heuristic against the exact branch-and-bound oracle on
// random pools (matcher/consortium/compose.h, matcher/consortium/compose_exact.h).
#include <random>

#include <gtest/gtest.h>

#include "compose.h"
#include "compose_exact.h"

namespace consortia {
namespace {

// Industrial-like slots (1 lead forced, 2 related, 3 municipal, 1 national, 2
// academic) with `per_role` candidates each; scores in [0, 3], same-role
// redundancy penalties, a few tie bonuses across roles.
CompositionProblem RandomProblem(std::mt19937_64& rng, int per_role) {
  CompositionProblem p;
  p.slots = {{"leading_enterprise", 1},
             {"related_enterprise", 2},
             {"municipal_society", 3},
             {"national_society", 1},
             {"university_or_institute", 2}};
  std::uniform_real_distribution<double> score(0.0, 3.0), sim(0.2, 0.95), unit(0.0, 1.0);
  p.members.push_back({"leading_enterprise", 0.0, false, true});
  for (size_t s = 1; s < p.slots.size(); ++s) {
    for (int i = 0; i < per_role; ++i) {
      CompositionMember m;
      m.role = p.slots[s].role;
      m.score = score(rng);
      m.applicant =
          (m.role == "municipal_society" || m.role == "national_society") && unit(rng) < 0.3;
      p.members.push_back(m);
    }
  }
  const size_t n = p.members.size();
  p.pair.assign(n * n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double w = 0;
      if (p.members[i].role == p.members[j].role) w -= 0.8 * sim(rng);
      if (unit(rng) < 0.08) w += 0.5;
      p.pair[i * n + j] = p.pair[j * n + i] = w;
    }
  }
  return p;
}

TEST(ConsortiumComposerTest, ObjectiveSumsScoresAndPairs) {
  CompositionProblem p;
  p.slots = {{"a", 2}};
  p.members = {{"a", 1.0, true, false}, {"a", 2.0, false, false}, {"a", 0.5, false, false}};
  p.pair = {0, -0.25, 0, -0.25, 0, 0.1, 0, 0.1, 0};
  EXPECT_DOUBLE_EQ(CompositionObjective(p, {0, 1}), 2.75);
  EXPECT_DOUBLE_EQ(CompositionObjective(p, {1, 2}), 2.6);
  EXPECT_EQ(CompositionViolation(p, {1, 2}, {}), "applicant");
  EXPECT_EQ(CompositionViolation(p, {0, 1}, {}), "");
  EXPECT_EQ(CompositionViolation(p, {0}, {}), "slot:a");
  EXPECT_EQ(CompositionViolation(p, {0, 1}, {{0, 2}}), "difference");
  // Best with an applicant is {0,1}; {1,2} is better by raw score but has none.
  auto heuristic = ComposeHeuristic(p, 1);
  ASSERT_EQ(heuristic.size(), 1u);
  EXPECT_EQ(heuristic[0].chosen, (std::vector<int>{0, 1}));
  ExactResult exact = ComposeExact(p, {});
  EXPECT_EQ(exact.best.chosen, (std::vector<int>{0, 1}));
}

TEST(ConsortiumComposerTest, ForcedMembersStayAndAlternativesDifferInAThird) {
  std::mt19937_64 rng(7);
  CompositionProblem p = RandomProblem(rng, 6);
  p.members[3].forced = true;  // a related enterprise pinned
  p.min_difference = 3;        // a third of the 8 non-lead members, as suggestions ask
  auto proposals = ComposeHeuristic(p, 3);
  ASSERT_EQ(proposals.size(), 3u);
  std::vector<std::vector<int>> earlier;
  for (const auto& c : proposals) {
    EXPECT_EQ(CompositionViolation(p, c.chosen, earlier), "") << earlier.size();
    EXPECT_NE(std::find(c.chosen.begin(), c.chosen.end(), 3), c.chosen.end());
    EXPECT_NEAR(c.objective, CompositionObjective(p, c.chosen), 1e-9);
    earlier.push_back(c.chosen);
  }
  EXPECT_GE(proposals[0].objective, proposals[1].objective - 1e-9);
}

TEST(ConsortiumComposerTest, NoApplicantMeansNoProposal) {
  std::mt19937_64 rng(3);
  CompositionProblem p = RandomProblem(rng, 4);
  for (auto& m : p.members) m.applicant = false;
  EXPECT_TRUE(ComposeHeuristic(p, 3).empty());
  EXPECT_TRUE(ComposeExact(p, {}).best.chosen.empty());
}

// Tiny pools: the heuristic must find the optimum itself.
TEST(ConsortiumComposerTest, EqualsOptimumOnTinyPools) {
  std::mt19937_64 rng(11);
  int feasible = 0;
  for (int trial = 0; trial < 60; ++trial) {
    CompositionProblem p = RandomProblem(rng, 4);
    ExactResult exact = ComposeExact(p, {});
    auto heuristic = ComposeHeuristic(p, 1);
    if (exact.best.chosen.empty()) {
      EXPECT_TRUE(heuristic.empty());
      continue;
    }
    ASSERT_EQ(heuristic.size(), 1u) << trial;
    EXPECT_NEAR(heuristic[0].objective, exact.best.objective, 1e-9) << trial;
    ++feasible;
  }
  // Most pools must have a member set, or the comparison checks little.
  EXPECT_GE(feasible, 48) << "of 60 pools";  // >= 80 % (60 when written)
  RecordProperty("feasible", feasible);
}

// Realistic pools (10 per role), every proposal rank against the oracle that
// avoids the same earlier proposals: ratio >= 0.95 on every instance, for
// alternatives that differ in 2, 3 (a third of the 8 non-lead members, the
// suggestions' default) and 4 members.
TEST(ConsortiumComposerTest, RatioToOptimumOnRandomPools) {
  std::mt19937_64 rng(2022);
  int checked = 0;
  double worst = 1.0;
  for (int trial = 0; trial < 30; ++trial) {
    CompositionProblem p = RandomProblem(rng, 10);
    p.min_difference = 2 + trial % 3;
    auto proposals = ComposeHeuristic(p, 3);
    std::vector<std::vector<int>> earlier;
    for (const auto& c : proposals) {
      ExactResult exact = ComposeExact(p, earlier);
      ASSERT_TRUE(exact.complete);
      ASSERT_FALSE(exact.best.chosen.empty());
      ASSERT_GT(exact.best.objective, 0);
      const double ratio = c.objective / exact.best.objective;
      EXPECT_LE(ratio, 1.0 + 1e-9);
      EXPECT_GE(ratio, 0.95) << "trial " << trial << " rank " << earlier.size();
      EXPECT_EQ(CompositionViolation(p, c.chosen, earlier), "") << trial;
      worst = std::min(worst, ratio);
      ++checked;
      earlier.push_back(c.chosen);
    }
  }
  EXPECT_GE(checked, 80);
  RecordProperty("worst_ratio", std::to_string(worst));
}

}  // namespace
}  // namespace consortia
