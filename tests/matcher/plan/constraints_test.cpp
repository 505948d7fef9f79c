// The planner's hard constraints and its report, on hand-written cases.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "matcher/planner.h"
#include "matcher/rules.h"

namespace consortia {
namespace {

const std::string kRulesPath = std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json";

const ProgrammeRules& Rules() {
  static const ProgrammeRules rules = [] {
    Result<ProgrammeRules> r = LoadRules(kRulesPath);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(r).value();
  }();
  return rules;
}

// A candidate led by `lead` with societies `others` and team `experts`.
PlanCandidate Cand(const std::string& id, const std::string& type, const std::string& target,
                   double score, Id lead, std::vector<Id> others = {},
                   std::vector<Id> experts = {}) {
  PlanCandidate c;
  c.id = id;
  c.type = type;
  c.target = target;
  c.score = score;
  c.members.push_back({lead, "leading_enterprise"});
  for (Id o : others) c.members.push_back({o, "municipal_society"});
  if (!experts.empty()) {
    c.team.leader_id = experts.front();
    c.team.members.assign(experts.begin() + 1, experts.end());
  }
  c.applicant_id = others.empty() ? 0 : others.front();
  return c;
}

std::set<std::string> ChosenIds(const PlanResult& plan) {
  std::set<std::string> ids;
  for (const PlannedConsortium& p : plan.consortia) ids.insert(p.id);
  return ids;
}

const Uncovered* FindUncovered(const PlanResult& plan, const std::string& target) {
  for (const Uncovered& u : plan.uncovered) {
    if (u.target == target) return &u;
  }
  return nullptr;
}

TEST(PlannerConstraintsTest, SlotsComeFromTheRulesAndTargetsAreDistinct) {
  PlanRequest req;
  // Two candidates per industry for all 12 industries, and 2 per region for 8 regions.
  const std::vector<std::string> regions = {
      "zgc_science_city", "huairou_science_city", "future_science_city", "etown",
      "zgc_chaoyang",     "zgc_haidian",          "zgc_fengtai",         "zgc_tongzhou"};
  Id next = 1;
  for (const std::string& ind : Rules().industries) {
    for (int k = 0; k < 2; ++k) {
      req.candidates.push_back(
          Cand(ind + std::to_string(k), "industrial", ind, 0.5 + 0.1 * k, next++));
    }
  }
  for (const std::string& reg : regions) {
    for (int k = 0; k < 2; ++k) {
      req.candidates.push_back(
          Cand(reg + std::to_string(k), "regional", reg, 0.4 + 0.1 * k, next++));
    }
  }
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  std::map<std::string, int> per_type;
  std::set<std::pair<std::string, std::string>> targets;
  for (const PlannedConsortium& p : plan->consortia) {
    ++per_type[p.type];
    EXPECT_TRUE(targets.insert({p.type, p.target}).second) << "two consortia for " << p.target;
    EXPECT_EQ(p.id.back(), '1') << "the better candidate of each target wins: " << p.id;
    // The runner-up is the other candidate of the same type and target.
    EXPECT_EQ(p.runner_up, p.id.substr(0, p.id.size() - 1) + "0") << p.id;
    EXPECT_DOUBLE_EQ(p.runner_up_score, p.score - 0.1) << p.id;
  }
  EXPECT_EQ(per_type["regional"], Rules().FindType("regional")->slots);
  EXPECT_EQ(per_type["industrial"], Rules().FindType("industrial")->slots);
  EXPECT_TRUE(plan->proven);
  EXPECT_EQ(plan->gap, 0.0);
  // 12 industries for 10 slots: two are reported as left out because slots are full.
  int full = 0;
  for (const Uncovered& u : plan->uncovered)
    full += u.type == "industrial" && u.reason == "slots_full";
  EXPECT_EQ(full,
            static_cast<int>(Rules().industries.size()) - Rules().FindType("industrial")->slots);
  // Regions without any candidate are named.
  const Uncovered* u = FindUncovered(*plan, "zgc_pinggu");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->reason, "no_candidate");
  EXPECT_NE(u->detail.find("中关村平谷园"), std::string::npos) << u->detail;
}

TEST(PlannerConstraintsTest, RunnerUpIsTheBestOtherValidCandidateOfTheSlot) {
  PlanRequest req;
  req.candidates.push_back(Cand("ic-best", "industrial", "ic", 0.9, 1));
  req.candidates.push_back(Cand("ic-invalid", "industrial", "ic", 0.8, 2));
  req.candidates.back().valid = false;
  req.candidates.push_back(Cand("ic-second", "industrial", "ic", 0.7, 3));
  req.candidates.push_back(Cand("ic-third", "industrial", "ic", 0.6, 4));
  req.candidates.push_back(Cand("ai-other-target", "industrial", "ai", 0.95, 5));
  req.candidates.push_back(Cand("ai-alone", "industrial", "ai", 0.1, 6));
  req.candidates.push_back(Cand("reg-alone", "regional", "etown", 0.5, 7));
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  std::map<std::string, const PlannedConsortium*> by_id;
  for (const PlannedConsortium& p : plan->consortia) by_id[p.id] = &p;
  ASSERT_TRUE(by_id.count("ic-best"));
  EXPECT_EQ(by_id["ic-best"]->runner_up, "ic-second");  // the invalid one never is
  EXPECT_DOUBLE_EQ(by_id["ic-best"]->runner_up_score, 0.7);
  ASSERT_TRUE(by_id.count("ai-other-target"));
  EXPECT_EQ(by_id["ai-other-target"]->runner_up, "ai-alone");
  ASSERT_TRUE(by_id.count("reg-alone"));
  EXPECT_EQ(by_id["reg-alone"]->runner_up, "");  // nobody else wants the slot
}

TEST(PlannerConstraintsTest, LeadingEnterpriseLimitIsRespected) {
  // Enterprise 7 leads the best candidate in two industries; its limit (rules:
  // max_consortia_per_leading_enterprise) allows only one.
  ASSERT_EQ(Rules().capacity.max_consortia_per_leading_enterprise, 1);
  PlanRequest req;
  req.candidates = {Cand("ai-7", "industrial", "ai", 0.9, 7),
                    Cand("ic-7", "industrial", "ic", 0.8, 7),
                    Cand("ic-8", "industrial", "ic", 0.5, 8)};
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"ai-7", "ic-8"}));
  EXPECT_NEAR(plan->objective, 0.9 + 0.5, 1e-12);
  // Enterprise 7 is at its limit.
  bool near = false;
  for (const CapacityLoad& l : plan->near_capacity) {
    near |= l.kind == "organization" && l.id == 7 && l.used == 1 && l.limit == 1;
  }
  EXPECT_TRUE(near);
}

TEST(PlannerConstraintsTest, OrganisationLimitCountsEveryRole) {
  // Society 50 sits in three candidates; N = max_consortia_per_organization.
  const int n = Rules().capacity.max_consortia_per_organization;
  PlanRequest req;
  for (int k = 0; k <= n; ++k) {
    req.candidates.push_back(Cand("c" + std::to_string(k), "industrial", Rules().industries[k],
                                  1.0 - 0.1 * k, 100 + k, {50}));
  }
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(static_cast<int>(plan->consortia.size()), n);
  EXPECT_EQ(ChosenIds(*plan).count("c" + std::to_string(n)), 0u);
  const Uncovered* u = FindUncovered(*plan, Rules().industries[n]);
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->reason, "capacity_conflict");
  EXPECT_NE(u->detail.find("单位 id 50 已达上限"), std::string::npos) << u->detail;

  // An outside commitment lowers the limit by one.
  req.organization_commitments[50] = 1;
  plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(static_cast<int>(plan->consortia.size()), n - 1);
}

TEST(PlannerConstraintsTest, ExpertCapacityIsRespected) {
  PlanRequest req;
  req.candidates = {Cand("a", "industrial", "ai", 0.9, 1, {}, {500, 501}),
                    Cand("b", "industrial", "ic", 0.8, 2, {}, {600, 501}),
                    Cand("c", "industrial", "biomed", 0.7, 3, {}, {700, 501})};
  Result<PlanResult> plan = Plan(req, Rules());  // default expert capacity 1
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"a"}));

  req.expert_capacity[501] = 2;
  plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"a", "b"}));

  req.expert_capacity[501] = 3;
  req.expert_commitments[501] = 1;  // already on one team elsewhere
  plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"a", "b"}));

  // The team leader counts too.
  req = {};
  req.candidates = {Cand("a", "industrial", "ai", 0.9, 1, {}, {500}),
                    Cand("b", "industrial", "ic", 0.8, 2, {}, {600, 500})};
  plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"a"}));
}

TEST(PlannerConstraintsTest, InvalidCandidatesAreNeverChosenAndAreReported) {
  PlanRequest req;
  PlanCandidate bad = Cand("bad", "industrial", "ai", 5.0, 1);
  bad.valid = false;
  bad.violations = {"municipal_society: 1 of 3"};
  PlanCandidate bad2 = Cand("bad2", "industrial", "rural", 5.0, 3);
  bad2.valid = false;
  req.candidates = {bad, bad2, Cand("ok", "industrial", "ai", 0.1, 2)};
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"ok"}));
  ASSERT_EQ(plan->invalid.size(), 2u);
  EXPECT_EQ(plan->invalid[0].id, "bad");
  EXPECT_EQ(plan->invalid[0].reasons, std::vector<std::string>{"municipal_society: 1 of 3"});
  const Uncovered* u = FindUncovered(*plan, "rural");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->reason, "no_valid_candidate");
  EXPECT_EQ(u->detail, "乡村振兴（产业创新联合体）没有符合规则的候选（1 个不符合）");
  const Uncovered* slots = FindUncovered(*plan, "");
  ASSERT_NE(slots, nullptr);
  EXPECT_EQ(slots->reason, "slots_unfilled");
}

TEST(PlannerConstraintsTest, ZoneBonusPrefersSpreadOverTheZones) {
  // Without the bonus the two Haidian leads win; with it a lead in 亦庄 does.
  PlanRequest req;
  req.candidates = {Cand("ai-hd", "industrial", "ai", 0.60, 1),
                    Cand("ai-et", "industrial", "ai", 0.58, 2),
                    Cand("ic-hd", "industrial", "ic", 0.70, 3)};
  req.candidates[0].lead_zone = "zgc_science_city";
  req.candidates[1].lead_zone = "etown";
  req.candidates[2].lead_zone = "zgc_science_city";
  req.options.balance.zone_bonus = 0.0;
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"ai-hd", "ic-hd"}));
  req.options.balance.zone_bonus = 0.05;
  plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(ChosenIds(*plan), (std::set<std::string>{"ai-et", "ic-hd"}));
  EXPECT_NEAR(plan->balance, 0.10, 1e-12);
  EXPECT_NEAR(plan->objective, 0.58 + 0.70 + 0.10, 1e-12);
}

TEST(PlannerConstraintsTest, CoverageMatrixPlacesConsortia) {
  PlanRequest req;
  PlanCandidate ind = Cand("ai-1", "industrial", "ai", 0.9, 1);
  ind.lead_zone = "zgc_science_city";
  ind.lead_park = "zgc_haidian";
  PlanCandidate reg = Cand("hr-1", "regional", "huairou_science_city", 0.8, 2);
  reg.lead_industry = "new_materials";
  req.candidates = {ind, reg};
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_TRUE(plan.ok());
  const Coverage& cov = plan->coverage;
  EXPECT_EQ(cov.industries, Rules().industries);
  EXPECT_EQ(cov.regions.size(), 20u);
  EXPECT_EQ(cov.industry_by.at("ai"), "ai-1");
  EXPECT_EQ(cov.region_by.at("huairou_science_city"), "hr-1");
  std::set<std::tuple<std::string, std::string, std::string>> cells;
  for (const CoverageCell& c : cov.cells) {
    for (const std::string& id : c.consortia) cells.insert({c.region, c.industry, id});
  }
  EXPECT_EQ(cells, (std::set<std::tuple<std::string, std::string, std::string>>{
                       {"zgc_science_city", "ai", "ai-1"},
                       {"zgc_haidian", "ai", "ai-1"},
                       {"huairou_science_city", "new_materials", "hr-1"}}));
}

TEST(PlannerConstraintsTest, BadInputNamesTheField) {
  PlanRequest req;
  req.candidates = {Cand("a", "industrial", "ai", 0.5, 1), Cand("a", "industrial", "ic", 0.5, 2)};
  Result<PlanResult> plan = Plan(req, Rules());
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().field(), "candidates[1].id");

  req.candidates = {Cand("a", "sectoral", "ai", 0.5, 1)};
  EXPECT_EQ(Plan(req, Rules()).status().field(), "candidates[0].type");
  req.candidates = {Cand("a", "regional", "moon", 0.5, 1)};
  EXPECT_EQ(Plan(req, Rules()).status().field(), "candidates[0].target");
  req.candidates = {Cand("a", "industrial", "ai", -1, 1)};
  EXPECT_EQ(Plan(req, Rules()).status().field(), "candidates[0].score");
  req.candidates = {Cand("a", "industrial", "ai", 1, 1)};
  req.candidates[0].members.push_back({9, "mascot"});
  EXPECT_EQ(Plan(req, Rules()).status().field(), "candidates[0].members[1].role");
  EXPECT_EQ(Plan(req, Rules()).status().code(), Code::kInvalidArgument);
}

}  // namespace
}  // namespace consortia
