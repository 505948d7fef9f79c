// HTTP integration tests of the matcher routes (search, rules, consortium and
// team suggestions, validation, registry): the real Server with a Catalog and
// the shipped rules, on a small generated demo database, checking content.
#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "demo/demo.h"
#include "matcher/catalog.h"
#include "matcher/rules.h"
#include "server/server.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

using nlohmann::json;
using testing::TempDir;

constexpr const char* kToken = "matcher-token";

class MatcherRoutesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::string db = dir_->File("demo.db");
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = store->release();
    DemoOptions demo;
    demo.organizations = 400;
    demo.experts = 3000;
    auto report = store_->Import(GenerateDemo(demo));
    ASSERT_TRUE(report.ok() && report->ok());
    auto catalog = Catalog::Open(store_, db);
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = catalog->release();
    auto rules = LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
    ASSERT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = new ProgrammeRules(std::move(*rules));
    ServerOptions options;
    options.port = 0;
    options.max_connections = 16;
    options.token = kToken;
    server_ = new Server(store_, options, catalog_, rules_);
    ASSERT_TRUE(server_->Start().ok());
  }
  static void TearDownTestSuite() {
    delete server_;
    delete catalog_;
    delete rules_;
    delete store_;
    delete dir_;
  }

  struct Reply {
    int status = 0;
    json body;
  };
  static Reply Call(const std::string& method, const std::string& path, const json& body = {},
                    bool token = false) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(60);
    httplib::Headers headers;
    if (token) headers.emplace("Authorization", std::string("Bearer ") + kToken);
    httplib::Result res = method == "POST"
                              ? client.Post(path, headers, body.dump(), "application/json")
                              : client.Get(path, headers);
    Reply reply;
    EXPECT_TRUE(res) << path;
    if (!res) return reply;
    reply.status = res->status;
    reply.body = json::parse(res->body, nullptr, false);
    EXPECT_FALSE(reply.body.is_discarded()) << res->body;
    return reply;
  }
  static Id LeadingEnterprise(const std::string& industry) {
    Reply r =
        Call("GET", "/v1/organizations?kind=enterprise&leading=true&limit=1&industry=" + industry);
    EXPECT_EQ(r.status, 200);
    EXPECT_FALSE(r.body["items"].empty());
    return r.body["items"].empty() ? 0 : r.body["items"][0]["id"].get<Id>();
  }

  static TempDir* dir_;
  static Store* store_;
  static Catalog* catalog_;
  static ProgrammeRules* rules_;
  static Server* server_;
};

TempDir* MatcherRoutesTest::dir_ = nullptr;
Store* MatcherRoutesTest::store_ = nullptr;
Catalog* MatcherRoutesTest::catalog_ = nullptr;
ProgrammeRules* MatcherRoutesTest::rules_ = nullptr;
Server* MatcherRoutesTest::server_ = nullptr;

TEST_F(MatcherRoutesTest, RulesAreServedAsLoaded) {
  Reply r = Call("GET", "/v1/rules");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["consortium_types"]["industrial"]["slots"], 10);
  EXPECT_EQ(r.body["consortium_types"]["regional"]["roles"]["municipal_society"]["min"], 3);
  EXPECT_EQ(r.body["team"]["min_size"], 15);
}

TEST_F(MatcherRoutesTest, SearchReturnsKOfTheRequestedKindWithReasons) {
  Reply r = Call("POST", "/v1/search",
                 {{"text", "光刻胶 光刻机 工艺验证"}, {"kinds", {"expert"}}, {"k", 10}});
  ASSERT_EQ(r.status, 200) << r.body.dump();
  ASSERT_EQ(r.body["results"].size(), 10u);
  double previous = 1e9;
  int ic = 0;
  for (const json& hit : r.body["results"]) {
    EXPECT_EQ(hit["kind"], "expert");
    EXPECT_LE(hit["score"].get<double>(), previous + 1e-9);
    previous = hit["score"].get<double>();
    EXPECT_TRUE(hit["why"].contains("text"));
    Reply expert = Call("GET", "/v1/experts/" + std::to_string(hit["id"].get<Id>()));
    for (const json& industry : expert.body["industries"]) ic += industry["code"] == "ic";
  }
  EXPECT_GE(ic, 8) << "a lithography query should rank IC experts first";
}

TEST_F(MatcherRoutesTest, SearchNamesTheBadField) {
  Reply r = Call("POST", "/v1/search", {{"text", "x"}, {"filters", {{"industry", "ic"}}}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body["error"]["field"], "filters.industry") << r.body.dump();
  r = Call("POST", "/v1/search", {{"text", "x"}, {"kinds", {"spaceship"}}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body["error"]["field"], "kinds[0]") << r.body.dump();
}

TEST_F(MatcherRoutesTest, ConsortiumProposalsMeetEveryMinimumAndValidate) {
  const Id lead = LeadingEnterprise("ic");
  Reply r = Call("POST", "/v1/consortia/suggest",
                 {{"type", "industrial"},
                  {"lead_id", lead},
                  {"industry", "ic"},
                  {"problem", "光刻胶"},
                  {"k", 2}});
  ASSERT_EQ(r.status, 200) << r.body.dump();
  ASSERT_EQ(r.body["proposals"].size(), 2u);
  const ConsortiumTypeRule* type = rules_->FindType("industrial");
  for (const json& proposal : r.body["proposals"]) {
    std::map<std::string, int> per_role;
    for (const json& m : proposal["members"]) per_role[m["role"]]++;
    for (const RoleMinimum& minimum : type->roles) {
      EXPECT_GE(per_role[minimum.role], minimum.min) << minimum.role;
    }
    json members = json::array();
    for (const json& m : proposal["members"])
      members.push_back({{"id", m["id"]}, {"role", m["role"]}});
    Reply v = Call("POST", "/v1/consortia/validate",
                   {{"type", "industrial"},
                    {"industry", "ic"},
                    {"members", members},
                    {"applicant_id", proposal["applicant_id"]}});
    ASSERT_EQ(v.status, 200) << v.body.dump();
    EXPECT_TRUE(v.body["valid"].get<bool>()) << v.body.dump();
  }
}

TEST_F(MatcherRoutesTest, InfeasibleSuggestionNamesTheRoleAndTheRelaxation) {
  // The only park in ZGC Haidian Park excluded: a regional consortium there has no park.
  Reply parks = Call("GET", "/v1/organizations?kind=park&park=zgc_haidian");
  ASSERT_EQ(parks.body["total"], 1) << parks.body.dump();
  const Id park = parks.body["items"][0]["id"].get<Id>();
  Reply r = Call("POST", "/v1/consortia/suggest",
                 {{"type", "regional"},
                  {"lead_id", LeadingEnterprise("ai")},
                  {"region", "zgc_haidian"},
                  {"exclude", {park}}});
  EXPECT_EQ(r.status, 422) << r.body.dump();
  EXPECT_EQ(r.body["error"]["code"], "infeasible");
  EXPECT_EQ(r.body["error"]["role"], "park") << r.body.dump();
  EXPECT_EQ(r.body["error"]["eligible"], 0);
  EXPECT_FALSE(r.body["error"]["relaxation"].get<std::string>().empty());
}

TEST_F(MatcherRoutesTest, TeamMeetsSizeLeaderAndCapAndRefusesSmallTeams) {
  Reply r = Call("POST", "/v1/teams/suggest",
                 {{"industry", "ic"}, {"problem", "先进封装"}, {"fields", {"F0402", "F0406"}}});
  ASSERT_EQ(r.status, 200) << r.body.dump();
  const json& team = r.body["teams"][0];
  ASSERT_EQ(team["members"].size(), 15u);
  std::map<Id, int> per_affiliation;
  bool leader_found = false;
  for (const json& m : team["members"]) {
    per_affiliation[m["affiliation_id"].get<Id>()]++;
    if (m["id"] == team["leader_id"]) {
      leader_found = true;
      EXPECT_TRUE(m["title"] == "academician" || m["title"] == "renowned") << m.dump();
    }
  }
  EXPECT_TRUE(leader_found);
  for (const auto& [affiliation, n] : per_affiliation) EXPECT_LE(n, 3) << affiliation;

  Reply small = Call("POST", "/v1/teams/suggest", {{"industry", "ic"}, {"size", 10}});
  EXPECT_EQ(small.status, 400);
  EXPECT_EQ(small.body["error"]["field"], "size");
}

TEST_F(MatcherRoutesTest, RegisteredTeamsUseUpExpertCapacity) {
  const Id lead = LeadingEnterprise("ai");
  Reply s = Call("POST", "/v1/consortia/suggest",
                 {{"type", "industrial"}, {"lead_id", lead}, {"industry", "ai"}, {"k", 1}});
  ASSERT_EQ(s.status, 200) << s.body.dump();
  const json team_body = {{"industry", "ai"}, {"problem", "大模型 多模态"}};
  Reply t = Call("POST", "/v1/teams/suggest", team_body);
  ASSERT_EQ(t.status, 200) << t.body.dump();
  json proposal = s.body["proposals"][0];
  proposal["type"] = "industrial";
  proposal["industry"] = "ai";
  Reply created = Call("POST", "/v1/consortia",
                       {{"from_suggestion", proposal}, {"team", t.body["teams"][0]}}, true);
  ASSERT_EQ(created.status, 201) << created.body.dump();

  Reply again = Call("POST", "/v1/teams/suggest", team_body);
  ASSERT_EQ(again.status, 200) << again.body.dump();
  std::set<Id> before;
  for (const json& m : t.body["teams"][0]["members"]) before.insert(m["id"].get<Id>());
  for (const json& m : again.body["teams"][0]["members"]) {
    const Id id = m["id"].get<Id>();
    if (before.count(id) == 0) continue;
    Reply expert = Call("GET", "/v1/experts/" + std::to_string(id));
    EXPECT_GE(expert.body["capacity"].get<int>(), 2)
        << "expert " << id << " is at capacity in the registry but was proposed again";
  }

  // A caller's commitments (teams served outside the registry) add to the
  // registry's: one short of capacity outside + one registered = full.
  json outside = json::object();
  for (Id id : before) {
    Reply expert = Call("GET", "/v1/experts/" + std::to_string(id));
    const int capacity = expert.body["capacity"].get<int>();
    if (capacity >= 2) outside[std::to_string(id)] = capacity - 1;
  }
  ASSERT_FALSE(outside.empty()) << "no registered member with capacity >= 2";
  json with_outside = team_body;
  with_outside["commitments"] = outside;
  Reply full = Call("POST", "/v1/teams/suggest", with_outside);
  ASSERT_EQ(full.status, 200) << full.body.dump();
  for (const json& m : full.body["teams"][0]["members"]) {
    EXPECT_FALSE(outside.contains(std::to_string(m["id"].get<Id>())))
        << "expert " << m["id"] << " is full (registry + commitments) but was proposed";
  }
}

TEST_F(MatcherRoutesTest, ImportedRecordsAreSearchableAtOnce) {
  json data = {{"organizations", json::array()},
               {"experts",
                {{{"key", "exp.new.quantum"},
                  {"name", "新专家"},
                  {"title", "senior"},
                  {"affiliation", "org-uni-tsinghua"},
                  {"fields", {"F04"}},
                  {"description", "超导量子比特 稀释制冷机 量子纠错 芯片"},
                  {"keywords", {"超导量子比特", "量子纠错"}}}}}};
  Reply imported = Call("POST", "/v1/import", data, true);
  ASSERT_EQ(imported.status, 200) << imported.body.dump();
  EXPECT_TRUE(imported.body["index"]["synced"].get<bool>());
  Reply r = Call("POST", "/v1/search",
                 {{"text", "超导量子比特 量子纠错"}, {"kinds", {"expert"}}, {"k", 5}});
  ASSERT_EQ(r.status, 200);
  bool found = false;
  for (const json& hit : r.body["results"]) found |= hit["name"] == "新专家";
  EXPECT_TRUE(found) << r.body.dump();
}

}  // namespace
}  // namespace consortia
