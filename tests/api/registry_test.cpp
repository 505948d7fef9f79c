// The registry service: rules, team, capacity and slot checks on every write,
// suggestions registered in one call, status changes, assessments, history.
#include <gtest/gtest.h>

#include "api/api.h"
#include "matcher/programme.h"
#include "tests/matcher/programme/programme_fixture.h"

namespace consortia {
namespace {

using json = nlohmann::json;
using testing::ProgrammeWorld;

class ProgrammeRegistryTest : public ProgrammeWorld {
 protected:
  json Body(const ConsortiumRecord& r) {
    json j = ToJson(r);
    for (const char* k : {"id", "assessments", "revision", "created_at", "updated_at"}) j.erase(k);
    return j;
  }
  std::size_t Rows() { return store_->ListConsortia()->size(); }
};

TEST_F(ProgrammeRegistryTest, CreatesFromAFullBodyWithNamesResolved) {
  auto created = CreateConsortiumJson(*store_, rules_, Body(Record(0, "industrial")), "alice");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ((*created)["status"], "proposed");
  EXPECT_EQ((*created)["target"], "ic");
  EXPECT_EQ((*created)["target_name"], "集成电路");
  EXPECT_EQ((*created)["members"][0]["name"], "北方芯材科技有限公司0");
  EXPECT_EQ((*created)["members"][0]["role_name"], "龙头企业(牵头单位)");
  EXPECT_EQ((*created)["applicant_name"], "北京市第1学会0");
  EXPECT_EQ((*created)["team"]["leader"]["name"], "王院士0_0");
  EXPECT_EQ((*created)["team"]["members"].size(), 15u);
  auto history = ConsortiumHistoryJson(*store_, (*created)["id"].get<Id>());
  ASSERT_TRUE(history.ok());
  ASSERT_EQ((*history)["history"].size(), 1u);
  EXPECT_EQ((*history)["history"][0]["user"], "alice");
  EXPECT_EQ((*history)["history"][0]["action"], "create");
}

TEST_F(ProgrammeRegistryTest, StatusFollowsTheTransitionsFromCreateOn) {
  // A new consortium starts as proposed: a body asking for more is refused, no row written.
  json active = Body(Record(0, "industrial"));
  active["status"] = "active";
  auto refused = CreateConsortiumJson(*store_, rules_, active, "alice");
  EXPECT_EQ(refused.status().code(), Code::kConflict);
  EXPECT_EQ(refused.status().field(), "status");
  EXPECT_NE(refused.status().message().find("候选（proposed）"), std::string::npos)
      << refused.status().message();
  EXPECT_EQ(Rows(), 0u);

  auto created = CreateConsortiumJson(*store_, rules_, Body(Record(0, "industrial")), "alice");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  const Id id = (*created)["id"].get<Id>();
  // One step at a time: proposed -> approved skips applied.
  auto skip = UpdateConsortiumJson(*store_, rules_, id, {{"status", "approved"}}, false, "a");
  EXPECT_EQ(skip.status().code(), Code::kConflict);
  EXPECT_EQ(skip.status().field(), "status");
  EXPECT_EQ(store_->GetConsortium(id)->status, ConsortiumStatus::kProposed);
  EXPECT_TRUE(UpdateConsortiumJson(*store_, rules_, id, {{"status", "applied"}}, false, "a").ok());
  // Back is not a step either.
  auto back = UpdateConsortiumJson(*store_, rules_, id, {{"status", "proposed"}}, false, "a");
  EXPECT_EQ(back.status().code(), Code::kConflict);
  EXPECT_EQ(store_->GetConsortium(id)->status, ConsortiumStatus::kApplied);
}

TEST_F(ProgrammeRegistryTest, CreatesFromASuggestionAndATeamInOneCall) {
  const ConsortiumRecord r = Record(1, "regional");
  json proposal = {{"rank", 1},
                   {"score", 3.25},
                   {"applicant_id", r.applicant_id},
                   {"terms", json::object()},
                   {"members", json::array()}};
  for (const Member& m : r.members) {
    proposal["members"].push_back({{"id", m.id}, {"role", m.role}, {"name", "x"}, {"score", 0.5}});
  }
  proposal["type"] = "regional";
  proposal["region"] = r.region;
  proposal["problem"] = "智能网联";
  json team = {{"leader_id", r.team.leader_id}, {"members", json::array()}, {"score", 2.0}};
  for (Id e : r.team.members) team["members"].push_back({{"id", e}, {"name", "y"}});
  json body = {{"from_suggestion", proposal}, {"team", {{"teams", {team}}}}, {"year", 2023}};
  auto created = CreateConsortiumJson(*store_, rules_, body, "bob");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ((*created)["type"], "regional");
  EXPECT_EQ((*created)["region"], "zgc_science_city");
  EXPECT_EQ((*created)["name"], "中关村科学城区域创新联合体");  // default name
  EXPECT_EQ((*created)["problem"], "智能网联");
  EXPECT_EQ((*created)["score"], 3.25);
  EXPECT_EQ((*created)["year"], 2023);
  EXPECT_EQ((*created)["members"].size(), r.members.size());
  EXPECT_EQ((*created)["team"]["leader_id"], r.team.leader_id);

  // An inline lead (id 0) cannot be registered.
  proposal["members"][0]["id"] = 0;
  auto inline_lead = CreateConsortiumJson(*store_, rules_, {{"from_suggestion", proposal}}, "bob");
  EXPECT_EQ(inline_lead.status().field(), "from_suggestion.members[0].id");
}

TEST_F(ProgrammeRegistryTest, RuleViolationsAreRefusedWithEveryReasonAndLeaveNothing) {
  ConsortiumRecord r = Record(0, "industrial");
  r.members.erase(r.members.begin() + 1);                             // one municipal society short
  r.members.push_back({IdOf(0, "park"), "university_or_institute"});  // wrong kind
  auto refused = CreateConsortiumJson(*store_, rules_, Body(r), "alice");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Code::kInfeasible);
  EXPECT_EQ(refused.status().field(), "members");
  const json error = ErrorBody(refused.status());
  EXPECT_EQ(error["error"]["code"], "infeasible");
  std::set<std::string> codes;
  for (const json& v : error["error"]["violations"]) codes.insert(v["code"]);
  EXPECT_TRUE(codes.count("below_minimum")) << error.dump();
  EXPECT_TRUE(codes.count("wrong_kind")) << error.dump();
  EXPECT_EQ(Rows(), 0u);

  EXPECT_EQ(
      CreateConsortiumJson(*store_, rules_, {{"members", json::array()}}, "a").status().field(),
      "type");
  EXPECT_EQ(CreateConsortiumJson(*store_, rules_, {{"type", "industrial"}, {"bogus", 1}}, "a")
                .status()
                .field(),
            "bogus");
  EXPECT_EQ(Rows(), 0u);
}

TEST_F(ProgrammeRegistryTest, TeamsAreCheckedAgainstTheRules) {
  ConsortiumRecord r = Record(0, "industrial");
  r.team.leader_id = IdOf(0, "e1");  // a senior expert cannot lead
  auto v = CheckTeam(*store_, rules_, r.team, true);
  ASSERT_TRUE(v.ok());
  ASSERT_EQ(v->size(), 1u);
  EXPECT_EQ((*v)[0].code, "leader_title");

  r = Record(0, "industrial");
  r.team.members.pop_back();                // 14 experts
  r.team.members.push_back(IdOf(0, "e3"));  // a duplicate
  r.team.members.push_back(999999);         // unknown
  v = CheckTeam(*store_, rules_, r.team, true);
  std::set<std::string> codes;
  for (const Violation& x : *v) codes.insert(x.code);
  EXPECT_EQ(codes, (std::set<std::string>{"duplicate_expert", "unknown_expert"}));
  r.team.members.pop_back();
  r.team.members.pop_back();
  v = CheckTeam(*store_, rules_, r.team, true);
  ASSERT_EQ(v->size(), 1u);
  EXPECT_EQ((*v)[0].code, "team_too_small");

  // No team: fine while proposed, refused from applied on.
  r = Record(0, "industrial");
  r.team = {};
  auto proposed = RegisterConsortium(*store_, rules_, r, "a");
  ASSERT_TRUE(proposed.ok()) << proposed.status().ToString();
  auto applied =
      UpdateConsortiumJson(*store_, rules_, proposed->id, {{"status", "applied"}}, false, "a");
  EXPECT_EQ(applied.status().code(), Code::kInfeasible);
  EXPECT_EQ(applied.status().field(), "team");
  EXPECT_EQ(store_->GetConsortium(proposed->id)->status, ConsortiumStatus::kProposed);
}

TEST_F(ProgrammeRegistryTest, CapacityAcrossConsortiaNamesTheMember) {
  ASSERT_TRUE(RegisterConsortium(*store_, rules_, Record(0, "industrial"), "a").ok());
  const Id shared = IdOf(0, "mun1");

  ConsortiumRecord second = Record(1, "industrial");
  second.members[1].id = shared;  // set 0's society in a second consortium: allowed (2)
  second.applicant_id = IdOf(1, "mun2");
  ASSERT_TRUE(RegisterConsortium(*store_, rules_, second, "a").ok());

  ConsortiumRecord third = Record(2, "industrial");
  third.members[2].id = shared;  // a third one: over max_consortia_per_organization
  third.applicant_id = IdOf(2, "mun1");
  auto refused = RegisterConsortium(*store_, rules_, third, "a");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Code::kConflict);
  EXPECT_EQ(refused.status().field(), "members[2].id");
  EXPECT_NE(refused.status().message().find("北京市第1学会0"), std::string::npos)
      << refused.status().message();

  ConsortiumRecord lead_twice = Record(2, "industrial");
  lead_twice.members[7].id = IdOf(0, "lead");  // leads set 0; here a related enterprise
  refused = RegisterConsortium(*store_, rules_, lead_twice, "a");
  EXPECT_EQ(refused.status().field(), "members[7].id");
  EXPECT_NE(refused.status().message().find("龙头企业最多 1 个"), std::string::npos)
      << refused.status().message();

  ConsortiumRecord busy_expert = Record(2, "industrial");
  busy_expert.team.members[3] = IdOf(0, "e3");  // capacity 1, already on set 0's team
  refused = RegisterConsortium(*store_, rules_, busy_expert, "a");
  EXPECT_EQ(refused.status().field(), "team.members[3]");
  EXPECT_EQ(store_->ListConsortia()->size(), 2u);

  // Cancelling the first frees its members.
  const Id first = store_->ListConsortia()->front().id;
  ASSERT_TRUE(
      UpdateConsortiumJson(*store_, rules_, first, {{"status", "cancelled"}}, false, "a").ok());
  EXPECT_TRUE(RegisterConsortium(*store_, rules_, busy_expert, "a").ok());
  EXPECT_EQ(store_->Commitments(LeadRoles(rules_))->experts.at(IdOf(0, "e3")), 1);
}

TEST_F(ProgrammeRegistryTest, StatusChangesPatchesAndTheirHistory) {
  auto c = RegisterConsortium(*store_, rules_, Record(0, "industrial"), "alice");
  ASSERT_TRUE(c.ok());
  const Id id = c->id;
  EXPECT_EQ(UpdateConsortiumJson(*store_, rules_, id, {{"status", "active"}}, false, "bob")
                .status()
                .field(),
            "status");  // proposed -> active skips two steps
  for (const char* s : {"applied", "approved", "active"}) {
    auto u = UpdateConsortiumJson(*store_, rules_, id, {{"status", s}}, false, "bob");
    ASSERT_TRUE(u.ok()) << s << ": " << u.status().ToString();
  }
  auto patched = UpdateConsortiumJson(*store_, rules_, id,
                                      {{"project", "二期"}, {"technical_direction", "Chiplet"}},
                                      false, "carol");
  ASSERT_TRUE(patched.ok());
  EXPECT_EQ((*patched)["project"], "二期");
  EXPECT_EQ((*patched)["status"], "active");
  EXPECT_EQ(UpdateConsortiumJson(*store_, rules_, id, {{"type", "regional"}}, false, "x")
                .status()
                .field(),
            "type");
  EXPECT_EQ(
      UpdateConsortiumJson(*store_, rules_, id, {{"project", "x"}, {"revision", 1}}, false, "x")
          .status()
          .field(),
      "revision");  // stale

  // PUT replaces the members: a rules-breaking replacement is refused, nothing changes.
  ConsortiumRecord smaller = Record(0, "industrial");
  smaller.members.pop_back();
  json body = ToJson(smaller);
  body.erase("id");
  body.erase("status");  // kept as stored (active)
  auto put = UpdateConsortiumJson(*store_, rules_, id, body, true, "dave");
  EXPECT_EQ(put.status().code(), Code::kInfeasible);
  EXPECT_EQ(store_->GetConsortium(id)->members.size(), 9u);

  auto history = ConsortiumHistoryJson(*store_, id);
  ASSERT_TRUE(history.ok());
  const json& h = (*history)["history"];
  ASSERT_EQ(h.size(), 5u);
  EXPECT_EQ(h[1]["action"], "status");
  EXPECT_EQ(h[1]["changes"]["status"]["before"], "proposed");
  EXPECT_EQ(h[3]["changes"]["status"]["after"], "active");
  EXPECT_EQ(h[4]["user"], "carol");
  EXPECT_EQ(h[4]["changes"]["project"]["after"], "二期");

  ASSERT_TRUE(
      UpdateConsortiumJson(*store_, rules_, id, {{"status", "cancelled"}}, false, "x").ok());
  auto after_cancel = UpdateConsortiumJson(*store_, rules_, id, {{"project", "x"}}, false, "x");
  EXPECT_EQ(after_cancel.status().code(), Code::kConflict);  // cancelled is final
}

TEST_F(ProgrammeRegistryTest, ApprovalNeedsAFreeSlotAndAFreeTarget) {
  ProgrammeRules one_slot = rules_;
  for (ConsortiumTypeRule& t : one_slot.types) t.slots = 1;
  ConsortiumRecord a = Record(0, "industrial");
  a.status = ConsortiumStatus::kApproved;
  ASSERT_TRUE(Admit(a, &one_slot).ok());
  ConsortiumRecord b = Record(1, "industrial");
  b.status = ConsortiumStatus::kApproved;
  auto full = Admit(b, &one_slot);  // applies, then approval is refused
  EXPECT_EQ(full.status().code(), Code::kConflict);
  EXPECT_EQ(full.status().field(), "status");
  EXPECT_NE(full.status().message().find("名额已全部"), std::string::npos)
      << full.status().message();

  ConsortiumRecord same_target = Record(2, "industrial");
  same_target.industry = "ic";
  same_target.status = ConsortiumStatus::kActive;
  auto clash = Admit(same_target);
  EXPECT_EQ(clash.status().code(), Code::kConflict);
  EXPECT_NE(clash.status().message().find("集成电路"), std::string::npos)
      << clash.status().message();
  // Competing applications are fine: it stays applied.
  EXPECT_EQ(store_->ListConsortia()->back().status, ConsortiumStatus::kApplied);
}

TEST_F(ProgrammeRegistryTest, AFailedAssessmentCancelsAndFreesTheSlot) {
  ConsortiumRecord r = Record(0, "industrial");
  r.status = ConsortiumStatus::kActive;
  auto ind = Admit(r);
  ASSERT_TRUE(ind.ok()) << ind.status().ToString();
  ConsortiumRecord g = Record(1, "regional");
  g.status = ConsortiumStatus::kApproved;
  ASSERT_TRUE(Admit(g).ok());
  ASSERT_TRUE(RegisterConsortium(*store_, rules_, Record(2, "industrial"), "x").ok());

  auto programme = ProgrammeJson(*store_, rules_);
  ASSERT_TRUE(programme.ok());
  auto slot = [](const json& p, const std::string& type) {
    for (const json& s : p["slots"]) {
      if (s["type"] == type) return s;
    }
    return json();
  };
  EXPECT_EQ(slot(*programme, "industrial")["filled"], 1);
  EXPECT_EQ(slot(*programme, "industrial")["free"], 9);
  EXPECT_EQ(slot(*programme, "regional")["filled"], 1);
  ASSERT_EQ((*programme)["industries_covered"].size(), 1u);
  EXPECT_EQ((*programme)["industries_covered"][0]["code"], "ic");
  EXPECT_EQ((*programme)["regions_covered"][0]["code"], "zgc_science_city");
  EXPECT_EQ((*programme)["consortia"].size(), 3u);
  EXPECT_EQ((*programme)["counts"]["proposed"], 1);

  auto passed = AssessConsortiumJson(*store_, rules_, ind->id,
                                     {{"year", 2023}, {"passed", true}, {"notes", "良好"}}, "x");
  ASSERT_TRUE(passed.ok()) << passed.status().ToString();
  EXPECT_EQ((*passed)["status"], "active");
  auto failed = AssessConsortiumJson(*store_, rules_, ind->id, {{"year", 2024}, {"passed", false}},
                                     "assessor");
  ASSERT_TRUE(failed.ok());
  EXPECT_EQ((*failed)["status"], "cancelled");
  EXPECT_EQ((*failed)["assessments"].size(), 2u);
  programme = ProgrammeJson(*store_, rules_);
  EXPECT_EQ(slot(*programme, "industrial")["filled"], 0);
  EXPECT_EQ(slot(*programme, "industrial")["free"], 10);
  EXPECT_TRUE((*programme)["industries_covered"].empty());
  auto history = ConsortiumHistoryJson(*store_, ind->id);
  EXPECT_EQ((*history)["history"].back()["action"], "cancel");
  EXPECT_EQ((*history)["history"].back()["user"], "assessor");

  // Only approved/active consortia are assessed; bodies are checked.
  const Id proposed = store_->ListConsortia()->back().id;
  EXPECT_EQ(AssessConsortiumJson(*store_, rules_, proposed, {{"year", 2023}, {"passed", true}}, "x")
                .status()
                .code(),
            Code::kConflict);
  EXPECT_EQ(AssessConsortiumJson(*store_, rules_, proposed, {{"year", 2023}}, "x").status().field(),
            "passed");
}

TEST_F(ProgrammeRegistryTest, ListFilters) {
  ConsortiumRecord a = Record(0, "industrial");
  a.status = ConsortiumStatus::kApplied;
  ASSERT_TRUE(Admit(a).ok());
  ConsortiumRecord b = Record(1, "regional");
  b.year = 2023;
  ASSERT_TRUE(RegisterConsortium(*store_, rules_, b, "x").ok());
  ConsortiumFilter f;
  EXPECT_EQ((*ListConsortiaJson(*store_, rules_, f))["total"], 2);
  f.status = "applied";
  auto applied = ListConsortiaJson(*store_, rules_, f);
  ASSERT_EQ((*applied)["total"], 1);
  EXPECT_EQ((*applied)["consortia"][0]["lead"]["name"], "北方芯材科技有限公司0");
  EXPECT_EQ((*applied)["consortia"][0]["team_size"], 15);
  f = {};
  f.year = 2023;
  EXPECT_EQ((*ListConsortiaJson(*store_, rules_, f))["consortia"][0]["type"], "regional");
  f = {};
  f.type = "national";
  EXPECT_EQ(ListConsortiaJson(*store_, rules_, f).status().field(), "type");
}

}  // namespace
}  // namespace consortia
