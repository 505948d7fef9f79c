// Every registry write over HTTP — create, PATCH, PUT, the POST alias of PATCH,
// status changes, assessments — checked against what a later GET and the
// audit history show.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "tests/server/demo_server.h"

namespace consortia {
namespace {

using nlohmann::json;
using testing::DemoServerTest;
using testing::Exchange;
using testing::IsFieldError;
using testing::Request;

class RegistryRoutesTest : public DemoServerTest {
 protected:
  static Exchange Write(const std::string& method, const std::string& path, const json& body,
                        const std::string& user = "") {
    Request r;
    r.method = method;
    r.path = path;
    r.body = body.dump();
    r.token = kToken;
    if (!user.empty()) r.headers.emplace_back("X-Consortia-User", user);
    return Call(r);
  }
  static std::set<Id> MemberIds(const json& members) {
    std::set<Id> ids;
    for (const json& m : members) ids.insert(m["id"].get<Id>());
    return ids;
  }
};

TEST_F(RegistryRoutesTest, EveryWriteStoresWhatItSays) {
  json body = RegistryBody("ic");
  body["name"] = "集成电路光刻胶创新联合体";
  body["technical_direction"] = "光刻胶配方";
  const std::set<Id> proposed = MemberIds(body["from_suggestion"]["members"]);
  const Id leader = body["team"]["leader_id"].get<Id>();

  // Create.
  Exchange created = Write("POST", "/v1/consortia", body, "alice");
  ASSERT_EQ(created.status, 201) << created.raw;
  const Id id = created.body["id"].get<Id>();
  const std::string one = "/v1/consortia/" + std::to_string(id);
  json stored = Call("GET", one).body;
  EXPECT_EQ(stored["name"], "集成电路光刻胶创新联合体");
  EXPECT_EQ(stored["technical_direction"], "光刻胶配方");
  EXPECT_EQ(stored["type"], "industrial");
  EXPECT_EQ(stored["industry"], "ic");
  EXPECT_EQ(stored["status"], "proposed");
  EXPECT_EQ(MemberIds(stored["members"]), proposed);
  EXPECT_EQ(stored["team"]["leader_id"], leader);
  EXPECT_GE(stored["team"]["members"].size(), 15u);
  const std::int64_t revision = stored["revision"].get<std::int64_t>();

  // PATCH: only the fields given change.
  Exchange patched = Write("PATCH", one, {{"project", "二期工程"}, {"revision", revision}}, "bob");
  ASSERT_EQ(patched.status, 200) << patched.raw;
  stored = Call("GET", one).body;
  EXPECT_EQ(stored["project"], "二期工程");
  EXPECT_EQ(stored["name"], "集成电路光刻胶创新联合体");
  EXPECT_GT(stored["revision"].get<std::int64_t>(), revision);
  // The old revision is stale now.
  Exchange stale = Write("PATCH", one, {{"project", "x"}, {"revision", revision}});
  EXPECT_EQ(stale.status, 409) << stale.raw;
  EXPECT_EQ(stale.body["error"]["field"], "revision");

  // A status change.
  ASSERT_EQ(Write("PATCH", one, {{"status", "applied"}}, "carol").status, 200);
  EXPECT_EQ(Call("GET", one).body["status"], "applied");

  // PUT: the GET answer, edited, replaces the record.
  json replacement = Call("GET", one).body;
  replacement["name"] = "集成电路先进材料创新联合体";
  replacement["technical_direction"] = "先进光刻材料";
  replacement.erase("revision");
  Exchange put = Write("PUT", one, replacement, "dave");
  ASSERT_EQ(put.status, 200) << put.raw;
  stored = Call("GET", one).body;
  EXPECT_EQ(stored["name"], "集成电路先进材料创新联合体");
  EXPECT_EQ(stored["technical_direction"], "先进光刻材料");
  EXPECT_EQ(stored["status"], "applied");
  EXPECT_EQ(MemberIds(stored["members"]), proposed);
  EXPECT_EQ(stored["project"], "二期工程");  // part of the GET answer put back

  // POST /v1/consortia/{id}: the same as PATCH.
  ASSERT_EQ(Write("POST", one, {{"problem", "关键问题：国产光刻胶验证"}}).status, 200);
  EXPECT_EQ(Call("GET", one).body["problem"], "关键问题：国产光刻胶验证");

  // Approved, active, then assessed.
  ASSERT_EQ(Write("PATCH", one, {{"status", "approved"}}).status, 200);
  ASSERT_EQ(Write("PATCH", one, {{"status", "active"}}).status, 200);
  const int year = stored["year"].get<int>();
  Exchange assessed = Write("POST", one + "/assessments",
                            {{"year", year}, {"passed", true}, {"notes", "良好"}}, "assessor");
  ASSERT_EQ(assessed.status, 201) << assessed.raw;
  stored = Call("GET", one).body;
  ASSERT_EQ(stored["assessments"].size(), 1u);
  EXPECT_EQ(stored["assessments"][0]["year"], year);
  EXPECT_EQ(stored["assessments"][0]["passed"], true);
  EXPECT_EQ(stored["assessments"][0]["notes"], "良好");
  EXPECT_EQ(stored["assessments"][0]["user"], "assessor");
  EXPECT_EQ(stored["status"], "active");
  Exchange failed = Write("POST", one + "/assessments", {{"year", year + 1}, {"passed", false}});
  ASSERT_EQ(failed.status, 201) << failed.raw;
  EXPECT_EQ(Call("GET", one).body["status"], "cancelled");

  // The audit history tells who did what.
  json history = Call("GET", one + "/history").body["history"];
  std::vector<std::string> actions, users;
  for (const json& h : history) {
    actions.push_back(h["action"]);
    users.push_back(h["user"]);
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "update", "status", "update", "update",
                                               "status", "status", "assess", "cancel"}));
  EXPECT_EQ(users[0], "alice");
  EXPECT_EQ(users[1], "bob");
  EXPECT_EQ(users[2], "carol");
  EXPECT_EQ(users[3], "dave");
  EXPECT_EQ(users[4], "token");  // no X-Consortia-User
  EXPECT_EQ(history[1]["changes"]["project"]["after"], "二期工程");
}

TEST_F(RegistryRoutesTest, WritesAreCheckedBeforeAnythingIsStored) {
  const json body = RegistryBody("ai");
  const std::size_t before = store_->ListConsortia()->size();
  // No token, a wrong one, no JSON content type, a repeated key, an edge revision.
  Request no_token{"POST", "/v1/consortia", body.dump()};
  EXPECT_EQ(Call(no_token).status, 401);
  Request wrong = no_token;
  wrong.token = "nope";
  EXPECT_EQ(Call(wrong).status, 401);
  Request text = no_token;
  text.token = kToken;
  text.content_type = "text/plain";
  Exchange refused = Call(text);
  EXPECT_EQ(refused.status, 415) << refused.raw;
  EXPECT_EQ(refused.body["error"]["field"], "Content-Type");
  Request twice = no_token;
  twice.token = kToken;
  twice.body = R"({"name": "a", "name": "b", "type": "industrial", "members": []})";
  EXPECT_TRUE(IsFieldError(Call(twice), 400, "name"));
  json edge = body;
  edge["revision"] = json::parse("9223372036854775808");
  EXPECT_TRUE(IsFieldError(Write("POST", "/v1/consortia", edge), 400, "revision"));
  json long_name = body;
  long_name["name"] = std::string(201, 'x');
  EXPECT_TRUE(IsFieldError(Write("POST", "/v1/consortia", long_name), 400, "name"));
  Request user = {"POST", "/v1/consortia", body.dump()};
  user.token = kToken;
  user.headers.emplace_back("X-Consortia-User", std::string(300, 'u'));
  EXPECT_TRUE(IsFieldError(Call(user), 400, "X-Consortia-User"));
  EXPECT_EQ(store_->ListConsortia()->size(), before);

  // The lower-case scheme is the same Bearer (RFC 7235).
  Request lower = {"POST", "/v1/consortia", body.dump()};
  lower.headers.emplace_back("Authorization", std::string("bearer ") + kToken);
  Exchange created = Call(lower);
  ASSERT_EQ(created.status, 201) << created.raw;
  const std::string one = "/v1/consortia/" + std::to_string(created.body["id"].get<Id>());
  EXPECT_TRUE(IsFieldError(Write("PATCH", one, {{"type", "regional"}}), 400, "type"));
  EXPECT_TRUE(IsFieldError(Write("PATCH", one, {{"status", "finished"}}), 400, "status"));
  EXPECT_TRUE(IsFieldError(Write("PATCH", one, {{"from_suggestion", json::object()}}), 400,
                           "from_suggestion"));
  EXPECT_TRUE(IsFieldError(Write("PATCH", one, {{"members", {{{"id", 0}, {"role", "x"}}}}}), 400,
                           "members[0].id"));
  EXPECT_TRUE(IsFieldError(Write("POST", one + "/assessments", {{"year", 2024}}), 400, "passed"));
  EXPECT_TRUE(IsFieldError(Write("POST", one + "/assessments", {{"year", 99999}, {"passed", true}}),
                           400, "year"));
  Exchange missing = Write("PATCH", "/v1/consortia/999999", {{"project", "x"}});
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body["error"]["field"], "id");
  EXPECT_EQ(Call("GET", one).body["status"], "proposed");
}

}  // namespace
}  // namespace consortia
