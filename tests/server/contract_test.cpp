// The HTTP contract as a whole: the README's route table is the registered
// one; api/openapi.json describes every route, and real answers of every
// route (successes and errors) validate against it; every body and query
// refuses an unknown field and a wrong type with the same error shape; the
// edge values of issue 11 are refused.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "tests/server/demo_server.h"

namespace consortia {
namespace {

using nlohmann::json;
using testing::DemoServerTest;
using testing::Exchange;
using testing::IsFieldError;
using testing::Request;

// "| `GET` | `/v1/health` | read | — | ... |" rows of the README's "HTTP API v1" table.
std::set<std::tuple<std::string, std::string, std::string, std::string>> ReadmeRoutes() {
  std::ifstream in(std::string(CONSORTIA_SOURCE_DIR) + "/README.md");
  std::string line;
  bool in_section = false;
  static const std::regex kRow(
      R"(^\| `(GET|POST|PUT|PATCH|DELETE)` \| `([^`]+)` \| (read|write) \| ([^|]+?) \|.*)");
  std::set<std::tuple<std::string, std::string, std::string, std::string>> out;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) in_section = line == "## HTTP API v1";
    std::smatch m;
    if (in_section && std::regex_match(line, m, kRow)) {
      out.insert({m[1].str(), m[2].str(), m[3].str(), m[4].str()});
    }
  }
  return out;
}

std::string Limit(std::size_t bytes) {
  if (bytes == 0) return "—";
  if (bytes >= (1u << 20)) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes >> 10) + " KiB";
}

TEST(ContractTest, TheReadmeListsExactlyTheRegisteredRoutes) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> registered;
  for (const RouteInfo& r : Server::Routes()) {
    registered.insert({r.method, r.path, r.write ? "write" : "read", Limit(r.max_body_bytes)});
  }
  EXPECT_EQ(registered.size(), Server::Routes().size()) << "a route is registered twice";
  const auto readme = ReadmeRoutes();
  for (const auto& r : registered) {
    EXPECT_TRUE(readme.count(r)) << "README lacks | `" << std::get<0>(r) << "` | `"
                                 << std::get<1>(r) << "` | " << std::get<2>(r) << " | "
                                 << std::get<3>(r) << " |";
  }
  for (const auto& r : readme) {
    EXPECT_TRUE(registered.count(r))
        << "README lists " << std::get<0>(r) << " " << std::get<1>(r) << " (" << std::get<2>(r)
        << ", " << std::get<3>(r) << "), which the server does not register";
  }
  // The methods the router supports, each used.
  std::set<std::string> methods;
  for (const RouteInfo& r : Server::Routes()) methods.insert(r.method);
  EXPECT_EQ(methods, (std::set<std::string>{"GET", "POST", "PUT", "PATCH"}));
}

TEST(ContractTest, TheOpenApiLimitsAreTheCodesLimits) {
  auto doc = ParseJson(OpenApiDocument(), "openapi.json");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const json& s = (*doc)["components"]["schemas"];
  EXPECT_EQ(s["SearchRequest"]["properties"]["text"]["maxLength"], kMaxQueryText);
  EXPECT_EQ(s["TeamRequest"]["properties"]["problem"]["maxLength"], kMaxQueryText);
  EXPECT_EQ(s["ConsortiumSuggestRequest"]["properties"]["pin"]["maxItems"], kMaxIds);
  EXPECT_EQ(s["ConsortiumBody"]["properties"]["name"]["maxLength"], kMaxName);
  EXPECT_EQ(s["ConsortiumBody"]["properties"]["project"]["maxLength"], kMaxLongText);
  EXPECT_EQ(s["ConsortiumBody"]["properties"]["members"]["maxItems"], kMaxMembers);
  EXPECT_EQ(s["PlanRequest"]["properties"]["candidates"]["maxItems"], kMaxCandidates);
  EXPECT_EQ(s["ImportOrganization"]["properties"]["name"]["maxLength"], kMaxName);
  EXPECT_EQ(s["ImportOrganization"]["properties"]["keywords"]["maxItems"], kMaxKeywords);
  // The committed file is what the server serves.
  std::ifstream in(std::string(CONSORTIA_SOURCE_DIR) + "/api/openapi.json", std::ios::binary);
  std::stringstream committed;
  committed << in.rdbuf();
  EXPECT_EQ(committed.str(), std::string(OpenApiDocument()));
}

class ContractServerTest : public DemoServerTest {
 protected:
  // Sends and keeps the exchange for the OpenAPI check.
  Exchange Keep(const Request& r) {
    Exchange e = Call(r);
    json request = nullptr;
    if (!r.body.empty()) request = json::parse(r.body, nullptr, /*allow_exceptions=*/false);
    if (request.is_discarded()) request = nullptr;
    kept_.push_back({{"method", e.method},
                     {"path", e.path},
                     {"status", e.status},
                     {"content_type", e.content_type},
                     {"body", e.body.is_discarded() ? json() : e.body},
                     {"request", request}});
    return e;
  }
  Exchange Keep(const std::string& method, const std::string& path, const json& body = nullptr,
                bool token = false) {
    Request r{method, path, body.is_null() ? "" : body.dump()};
    if (token) r.token = kToken;
    return Keep(r);
  }

  json kept_ = json::array();
};

TEST_F(ContractServerTest, EveryRouteAnswersAsTheOpenApiDocumentSays) {
  // Reads.
  ASSERT_EQ(Keep("GET", "/v1/health").status, 200);
  ASSERT_EQ(Keep("GET", "/v1/taxonomy").status, 200);
  Exchange doc = Keep("GET", "/v1/openapi.json");
  ASSERT_EQ(doc.status, 200);
  EXPECT_EQ(doc.raw, std::string(OpenApiDocument()));
  ASSERT_EQ(Keep("GET", "/v1/rules").status, 200);
  ASSERT_EQ(Keep("GET", "/metrics").status, 200);
  Exchange orgs = Keep("GET", "/v1/organizations?kind=enterprise&limit=3");
  ASSERT_EQ(orgs.status, 200);
  const std::string org = std::to_string(orgs.body["items"][0]["id"].get<Id>());
  Keep("GET", "/v1/organizations?limit=abc");
  ASSERT_EQ(Keep("GET", "/v1/organizations/" + org).status, 200);
  Keep("GET", "/v1/organizations/99999999");
  Exchange experts = Keep("GET", "/v1/experts?title=academician&limit=2", nullptr, true);
  ASSERT_EQ(experts.status, 200);
  EXPECT_TRUE(experts.body["items"][0].contains("email"));
  const std::string expert = std::to_string(experts.body["items"][0]["id"].get<Id>());
  ASSERT_EQ(Keep("GET", "/v1/experts/" + expert + "?ties=false").status, 200);
  Keep("GET", "/v1/experts/" + expert, nullptr, false);

  // Import: a good dataset, record problems, invalid JSON, no token.
  const json dataset = {{"organizations",
                         {{{"key", "contract.ent"},
                           {"name", "契约测试企业"},
                           {"kind", "enterprise"},
                           {"district", "110108"},
                           {"industries", {{{"code", "ic"}, {"weight", 1}}}}}}}};
  ASSERT_EQ(Keep("POST", "/v1/import", dataset, true).status, 200);
  json bad = dataset;
  bad["organizations"][0]["kind"] = "spaceship";
  Exchange problems = Keep("POST", "/v1/import", bad, true);
  EXPECT_EQ(problems.status, 422);
  EXPECT_EQ(problems.body["error"]["field"], "organizations[0].kind");
  Keep(Request{"POST", "/v1/import", "{not json", "application/json", kToken});
  Keep("POST", "/v1/import", dataset, false);

  // Matchmaking.
  ASSERT_EQ(Keep("POST", "/v1/search", {{"text", "光刻胶"}, {"k", 5}}).status, 200);
  Keep("POST", "/v1/search", {{"text", "x"}, {"k", 0}});
  Keep(Request{"POST", "/v1/search", R"({"text": "x"})", "text/plain"});
  Keep(Request{"POST", "/v1/search", "{\"text\": \"" + std::string(70000, 'x') + "\"}"});
  const Id lead = LeadingEnterprise("ic");
  ASSERT_EQ(Keep("POST", "/v1/consortia/suggest",
                 {{"type", "industrial"},
                  {"lead_id", lead},
                  {"industry", "ic"},
                  {"k", 1},
                  {"explain", true}})
                .status,
            200);
  Exchange parks = Call("GET", "/v1/organizations?kind=park&park=zgc_haidian");
  Exchange infeasible = Keep("POST", "/v1/consortia/suggest",
                             {{"type", "regional"},
                              {"lead_id", LeadingEnterprise("ai")},
                              {"region", "zgc_haidian"},
                              {"exclude", {parks.body["items"][0]["id"]}}});
  EXPECT_EQ(infeasible.status, 422);
  EXPECT_EQ(infeasible.body["error"]["role"], "park");
  ASSERT_EQ(Keep("POST", "/v1/consortia/validate",
                 {{"type", "industrial"},
                  {"industry", "ic"},
                  {"members", {{{"id", lead}, {"role", "leading_enterprise"}}}}})
                .status,
            200);
  ASSERT_EQ(Keep("POST", "/v1/teams/suggest", {{"industry", "ic"}, {"explain", true}}).status, 200);
  Keep("POST", "/v1/teams/suggest", {{"industry", "ic"}, {"size", 3}});

  // The registry.
  ASSERT_EQ(Keep("GET", "/v1/consortia?status=proposed").status, 200);
  Exchange refused = Keep("POST", "/v1/consortia",
                          {{"type", "industrial"},
                           {"industry", "ic"},
                           {"members", {{{"id", lead}, {"role", "leading_enterprise"}}}}},
                          true);
  EXPECT_EQ(refused.status, 422);
  EXPECT_FALSE(refused.body["error"]["violations"].empty());
  Exchange created = Keep("POST", "/v1/consortia", RegistryBody("biomed"), true);
  ASSERT_EQ(created.status, 201) << created.raw;
  const std::string one = "/v1/consortia/" + std::to_string(created.body["id"].get<Id>());
  Exchange current = Keep("GET", one);
  ASSERT_EQ(current.status, 200);
  Keep("GET", "/v1/consortia/424242");
  ASSERT_EQ(Keep("PATCH", one, {{"project", "一期"}}, true).status, 200);
  Keep("PATCH", one, {{"status", "active"}}, true);  // proposed -> active: 409
  json replacement = Keep("GET", one).body;
  replacement["name"] = "生物医药契约测试联合体";
  ASSERT_EQ(Keep("PUT", one, replacement, true).status, 200);
  ASSERT_EQ(Keep("POST", one, {{"status", "applied"}}, true).status, 200);
  ASSERT_EQ(Keep("PATCH", one, {{"status", "approved"}}, true).status, 200);
  ASSERT_EQ(Keep("POST", one + "/assessments",
                 {{"year", current.body["year"]}, {"passed", true}, {"notes", "良好"}}, true)
                .status,
            201);
  ASSERT_EQ(Keep("GET", one + "/history").status, 200);
  ASSERT_EQ(Keep("GET", one + "/application?format=html").status, 200);
  ASSERT_EQ(Keep("GET", one + "/application").status, 200);
  ASSERT_EQ(Keep("GET", "/v1/programme").status, 200);
  ASSERT_EQ(Keep(Request{"POST", "/v1/plan", "", ""}).status, 200);
  ASSERT_EQ(Keep("POST", "/v1/plan", {{"mode", "replan"}, {"time_limit_ms", 2000}}).status, 200);
  Keep("POST", "/v1/plan", json::parse(R"({"year": 9223372036854775808})"));

  // Outside the routes.
  Keep("GET", "/v1/spaceships");
  Keep("DELETE", "/v1/organizations");

  // Every route answered 2xx; every answer validates.
  testing::TempDir dir;
  json routes = json::array();
  for (const RouteInfo& r : Server::Routes()) {
    routes.push_back({{"method", r.method},
                      {"path", r.path},
                      {"write", r.write},
                      {"max_body_bytes", r.max_body_bytes}});
  }
  dir.Write("openapi.json", doc.raw);
  dir.Write("routes.json", routes.dump());
  dir.Write("exchanges.json", kept_.dump(-1, ' ', false, json::error_handler_t::replace));
  const std::string cmd = "/usr/bin/python3 " + std::string(CONSORTIA_SOURCE_DIR) +
                          "/tests/server/openapi_check.py " + dir.File("openapi.json") + " " +
                          dir.File("routes.json") + " " + dir.File("exchanges.json") + " 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe)) output.append(buf, n);
  const int status = ::pclose(pipe);
  std::printf("%s", output.c_str());
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find(" 0 problem(s)"), std::string::npos) << output;
}

// A body or query that names a field no route knows, and one of the wrong type:
// every route answers 400 {"error": {"code": "invalid_argument", "message":
// "<field> ...", "field": "<field>"}} and nothing else.
TEST_F(ContractServerTest, EveryBodyAndQueryRefusesUnknownFieldsAndWrongTypesAlike) {
  auto expect_shape = [](const Exchange& e, const std::string& field) {
    EXPECT_TRUE(IsFieldError(e, 400, field));
    EXPECT_EQ(e.body["error"]["code"], "invalid_argument") << e.raw;
    EXPECT_EQ(e.body["error"].size(), 3u) << e.raw;  // code, message, field
  };
  // Wrong types of a real field, per route (path template -> field, body or query).
  const std::map<std::string, std::pair<std::string, json>> wrong_body = {
      {"POST /v1/import", {"organizations", {{"organizations", "many"}}}},
      {"POST /v1/search", {"k", {{"text", "x"}, {"k", "ten"}}}},
      {"POST /v1/consortia/suggest", {"lead_id", {{"type", "industrial"}, {"lead_id", "one"}}}},
      {"POST /v1/consortia/validate", {"members", {{"type", "industrial"}, {"members", 5}}}},
      {"POST /v1/teams/suggest", {"size", {{"industry", "ic"}, {"size", 15.5}}}},
      {"POST /v1/consortia",
       {"year", {{"type", "industrial"}, {"members", json::array()}, {"year", "x"}}}},
      {"PATCH /v1/consortia/{id}", {"score", {{"score", "high"}}}},
      {"PUT /v1/consortia/{id}", {"members", {{"type", "industrial"}, {"members", "all"}}}},
      {"POST /v1/consortia/{id}", {"team", {{"team", 7}}}},
      {"POST /v1/consortia/{id}/assessments", {"passed", {{"year", 2024}, {"passed", "yes"}}}},
      {"POST /v1/plan", {"registered", {{"registered", 1}}}},
  };
  const std::map<std::string, std::string> wrong_query = {
      {"/v1/organizations", "limit=many"}, {"/v1/organizations/{id}", "ties=perhaps"},
      {"/v1/experts", "affiliation_id=x"}, {"/v1/experts/{id}", "ties=2"},
      {"/v1/consortia", "year=soon"},      {"/v1/consortia/{id}/application", "format=pdf"},
  };
  const Id lead = LeadingEnterprise("ic");
  Exchange created = Call("POST", "/v1/consortia", RegistryBody("ai"), true);
  ASSERT_EQ(created.status, 201) << created.raw;
  const Id consortium = created.body["id"].get<Id>();
  int body_routes = 0, query_routes = 0;
  for (const RouteInfo& route : Server::Routes()) {
    const Id id = route.path.rfind("/v1/consortia/", 0) == 0 ? consortium : lead;
    const std::string path =
        std::regex_replace(route.path, std::regex("\\{id\\}"), std::to_string(id));
    SCOPED_TRACE(route.method + " " + route.path);
    // An unknown query parameter, on every route.
    Request unknown_param{route.method, path + "?zzz_unknown=1"};
    unknown_param.token = kToken;
    if (route.max_body_bytes > 0) unknown_param.body = "{}";
    expect_shape(Call(unknown_param), "zzz_unknown");
    if (route.max_body_bytes > 0) {
      ++body_routes;
      Request unknown{route.method, path, R"({"zzz_unknown": 1})"};
      unknown.token = kToken;
      Exchange e = Call(unknown);
      expect_shape(e, "zzz_unknown");
      EXPECT_EQ(e.body["error"]["message"].get<std::string>().rfind(
                    "zzz_unknown is an unknown field (allowed: ", 0),
                0u)
          << e.raw;
      Request array{route.method, path, "[]"};
      array.token = kToken;
      expect_shape(Call(array), "body");
      auto it = wrong_body.find(route.method + " " + route.path);
      ASSERT_NE(it, wrong_body.end()) << "no wrong-type case for this route";
      Request wrong{route.method, path, it->second.second.dump()};
      wrong.token = kToken;
      expect_shape(Call(wrong), it->second.first);
    }
    if (auto q = wrong_query.find(route.path); q != wrong_query.end() && route.method == "GET") {
      ++query_routes;
      Request wrong{route.method, path + "?" + q->second};
      const std::string field = q->second.substr(0, q->second.find('='));
      expect_shape(Call(wrong), field);
    }
  }
  EXPECT_EQ(body_routes, static_cast<int>(wrong_body.size()));
  EXPECT_EQ(query_routes, static_cast<int>(wrong_query.size()));
}

// Issue 11's edge values, each refused with 400 naming the field.
TEST_F(ContractServerTest, EdgeValuesAreRefusedNamingTheField) {
  const std::string big = "9223372036854775808";  // 2^63
  EXPECT_TRUE(
      IsFieldError(Call("POST", "/v1/plan", json::parse(R"({"year": )" + big + "}")), 400, "year"));
  EXPECT_TRUE(IsFieldError(
      Call("POST", "/v1/search", json::parse(R"({"text": "x", "k": )" + big + "}")), 400, "k"));
  EXPECT_TRUE(IsFieldError(Call("GET", "/v1/organizations?offset=" + big), 400, "offset"));
  EXPECT_TRUE(IsFieldError(Call("GET", "/v1/organizations?text=ab%00cd"), 400, "text"));
  EXPECT_TRUE(IsFieldError(Call("GET", "/v1/experts?text=%C3%28"), 400, "text"));
  EXPECT_TRUE(
      IsFieldError(Call("POST", "/v1/search", {{"text", std::string("a\0b", 3)}}), 400, "text"));
  EXPECT_TRUE(IsFieldError(
      Call("POST", "/v1/search", {{"text", std::string(kMaxQueryText + 1, 'x')}}), 400, "text"));
  std::string longest;
  while (longest.size() < 3 * kMaxQueryText) longest += "光刻";  // 2,000 characters
  EXPECT_EQ(Call("POST", "/v1/search", {{"text", longest}}).status, 200);
  EXPECT_TRUE(IsFieldError(Call(Request{"POST", "/v1/search", R"({"text": "a", "text": "b"})"}),
                           400, "text"));
  EXPECT_TRUE(IsFieldError(Call(Request{"POST", "/v1/search", R"({"text": )"}), 400, "body"));
  Exchange large = Call(Request{"POST", "/v1/search", std::string(70 << 10, ' ')});
  EXPECT_EQ(large.status, 413);
  EXPECT_EQ(large.body["error"]["field"], "body");
  Exchange form =
      Call(Request{"POST", "/v1/search", "text=x", "application/x-www-form-urlencoded"});
  EXPECT_EQ(form.status, 415);
  EXPECT_EQ(form.body["error"]["field"], "Content-Type");
  EXPECT_EQ(
      Call(Request{"POST", "/v1/search", R"({"text": "光刻"})", "Application/JSON; charset=UTF-8"})
          .status,
      200);
  EXPECT_TRUE(IsFieldError(
      Call("POST", "/v1/teams/suggest", {{"industry", "ic"}, {"pin", {5, 6, 5}}}), 400, "pin[2]"));
  EXPECT_TRUE(IsFieldError(
      Call("POST", "/v1/consortia/suggest",
           {{"type", "industrial"}, {"lead_id", 1}, {"problem", std::string(2001, 'p')}}),
      400, "problem"));
}

}  // namespace
}  // namespace consortia
