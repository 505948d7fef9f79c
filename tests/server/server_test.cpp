// HTTP integration tests: the real Server in-process on a free port, over a
// temp database filled with SmallDataset() (and one small GenerateDemo).
#include "server/server.h"
#include "demo/demo.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <set>

#include <nlohmann/json.hpp>

#include "core/taxonomy.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

using nlohmann::json;
using testing::TempDir;

constexpr const char* kToken = "s3cret-token";

struct Running {
  std::unique_ptr<Store> store;
  std::unique_ptr<Server> server;
};

Running StartServer(const std::string& db, const Dataset& data, ServerOptions options) {
  Running r;
  auto store = Store::Open(db);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  r.store = std::move(*store);
  if (!data.organizations.empty()) {
    auto report = r.store->Import(data);
    EXPECT_TRUE(report.ok() && report->ok())
        << (report.ok() && !report->problems.empty() ? report->problems[0].message : "");
  }
  options.host = "127.0.0.1";
  options.port = 0;
  options.max_connections = 16;
  r.server = std::make_unique<Server>(r.store.get(), options);
  Status s = r.server->Start();
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(r.server->port(), 0);
  return r;
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ServerOptions with_token;
    with_token.token = kToken;
    main_ = new Running(StartServer(dir_->File("main.db"), testing::SmallDataset(), with_token));
    ServerOptions no_token;
    no_token.max_body_bytes = 4096;
    open_ = new Running(StartServer(dir_->File("open.db"), testing::SmallDataset(), no_token));
  }
  static void TearDownTestSuite() {
    delete main_;
    delete open_;
    delete dir_;
  }

  struct Reply {
    int status = 0;
    json body;
    std::string allow;
  };

  static Reply Call(const Running& r, const std::string& method, const std::string& path,
                    const std::string& token = "", const std::string& body = "") {
    httplib::Client client("127.0.0.1", r.server->port());
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    httplib::Result res = method == "POST" ? client.Post(path, headers, body, "application/json")
                          : method == "DELETE" ? client.Delete(path, headers)
                                               : client.Get(path, headers);
    Reply reply;
    EXPECT_TRUE(res) << method << " " << path << ": " << httplib::to_string(res.error());
    if (!res) return reply;
    reply.status = res->status;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos)
        << path;
    reply.body = json::parse(res->body, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(reply.body.is_discarded()) << path << ": " << res->body;
    reply.allow = res->get_header_value("Allow");
    return reply;
  }
  static Reply Get(const std::string& path, const std::string& token = "") {
    return Call(*main_, "GET", path, token);
  }

  static std::set<std::string> Keys(const json& page) {
    std::set<std::string> keys;
    for (const json& item : page["items"]) keys.insert(item["key"].get<std::string>());
    return keys;
  }

  static Id IdOf(const std::string& collection, const std::string& key) {
    Reply r = Get("/v1/" + collection + "?limit=1000");
    for (const json& item : r.body["items"]) {
      if (item["key"] == key) return item["id"].get<Id>();
    }
    ADD_FAILURE() << key << " not found in " << collection;
    return 0;
  }

  static void ExpectError(const Reply& r, int status, const std::string& field) {
    EXPECT_EQ(r.status, status) << r.body.dump();
    ASSERT_TRUE(r.body.contains("error")) << r.body.dump();
    EXPECT_TRUE(r.body["error"]["code"].is_string());
    EXPECT_FALSE(r.body["error"]["message"].get<std::string>().empty());
    if (!field.empty()) {
      EXPECT_EQ(r.body["error"].value("field", ""), field) << r.body.dump();
    }
  }

  static TempDir* dir_;
  static Running* main_;
  static Running* open_;
};

TempDir* ServerTest::dir_ = nullptr;
Running* ServerTest::main_ = nullptr;
Running* ServerTest::open_ = nullptr;

TEST_F(ServerTest, HealthReportsCountsAndVersions) {
  Reply r = Get("/v1/health");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body["status"], "ok");
  EXPECT_EQ(r.body["schema_version"], kSchemaVersion);
  EXPECT_GT(r.body["data_version"].get<std::int64_t>(), 0);
  EXPECT_EQ(r.body["organizations"], 5);
  EXPECT_EQ(r.body["experts"], 3);
}

TEST_F(ServerTest, TaxonomyListsEveryVocabulary) {
  Reply r = Get("/v1/taxonomy");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["industries"].size(), Industries().size());
  EXPECT_EQ(r.body["districts"].size(), Districts().size());
  EXPECT_EQ(r.body["fields"].size(), Fields().size());
  EXPECT_EQ(r.body["subfields"].size(), Subfields().size());
  EXPECT_EQ(r.body["capabilities"].size(), Capabilities().size());
  ASSERT_EQ(r.body["regions"].size(), Regions().size());
  int zones = 0, parks = 0;
  for (const json& region : r.body["regions"]) {
    (region["kind"] == "zone" ? zones : parks)++;
    EXPECT_TRUE(region["name"].is_string() && region["name_en"].is_string());
    // Lead industries (the regional fit target besides the lead's), known codes.
    ASSERT_TRUE(region["industries"].is_array()) << region.dump();
    EXPECT_FALSE(region["industries"].empty()) << region.dump();
    for (const json& code : region["industries"]) {
      EXPECT_NE(FindIndustry(code.get<std::string>()), nullptr) << region.dump();
    }
  }
  EXPECT_EQ(zones, 4);
  EXPECT_EQ(parks, 16);
  EXPECT_EQ(r.body["industries"][1]["code"], Industries()[1].code);
  EXPECT_EQ(r.body["industries"][1]["name"], Industries()[1].name);
}

TEST_F(ServerTest, OrganizationFiltersReturnOnlyMatches) {
  Reply r = Get("/v1/organizations?kind=enterprise");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["total"], 3);
  EXPECT_EQ(Keys(r.body), (std::set<std::string>{"ent1", "ent2", "ent3"}));
  for (const json& o : r.body["items"]) {
    EXPECT_EQ(o["kind"], "enterprise");
    EXPECT_TRUE(o["id"].is_number_integer());
    EXPECT_TRUE(o["industries"][0].contains("weight"));
  }
  EXPECT_EQ(Keys(Get("/v1/organizations?kind=enterprise&leading=true").body),
            (std::set<std::string>{"ent1", "ent3"}));
  EXPECT_EQ(Keys(Get("/v1/organizations?leading=false&kind=enterprise").body),
            (std::set<std::string>{"ent2"}));
  EXPECT_EQ(Keys(Get("/v1/organizations?industry=ic").body),
            (std::set<std::string>{"ent1", "ent3"}));
  EXPECT_EQ(Keys(Get("/v1/organizations?district=110108").body),
            (std::set<std::string>{"ent1", "uni"}));
  EXPECT_EQ(Keys(Get("/v1/organizations?zone=zgc_science_city").body),
            (std::set<std::string>{"ent1"}));
  EXPECT_EQ(Keys(Get("/v1/organizations?park=zgc_haidian").body), (std::set<std::string>{"ent1"}));
  EXPECT_EQ(Keys(Get("/v1/organizations?text=quantum").body), (std::set<std::string>{"ent3"}));
  Reply none = Get("/v1/organizations?kind=university&industry=ic");
  EXPECT_EQ(none.body["total"], 0);
  EXPECT_TRUE(none.body["items"].empty());
}

TEST_F(ServerTest, PagingCoversEveryRecordOnce) {
  Reply first = Get("/v1/organizations?kind=enterprise&limit=2");
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.body["items"].size(), 2u);
  EXPECT_EQ(first.body["total"], 3);
  EXPECT_EQ(first.body["limit"], 2);
  EXPECT_EQ(first.body["offset"], 0);
  Reply second = Get("/v1/organizations?kind=enterprise&limit=2&offset=2");
  EXPECT_EQ(second.body["items"].size(), 1u);
  EXPECT_EQ(second.body["total"], 3);
  EXPECT_EQ(second.body["offset"], 2);
  std::set<std::string> all = Keys(first.body);
  for (const std::string& k : Keys(second.body)) EXPECT_TRUE(all.insert(k).second) << k;
  EXPECT_EQ(all, (std::set<std::string>{"ent1", "ent2", "ent3"}));
  EXPECT_TRUE(Get("/v1/organizations?kind=enterprise&offset=10").body["items"].empty());
}

TEST_F(ServerTest, LookupByIdWithTiesAndWrongEntity) {
  Id ent1 = IdOf("organizations", "ent1");
  Reply r = Get("/v1/organizations/" + std::to_string(ent1));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["key"], "ent1");
  EXPECT_EQ(r.body["name"], "芯片一号");
  EXPECT_EQ(r.body["leading"], true);
  EXPECT_EQ(r.body["zone"], "zgc_science_city");
  EXPECT_EQ(r.body["park"], "zgc_haidian");
  EXPECT_EQ(r.body["ties"].size(), 2u);  // e1 -> ent1 and ent1 -> uni
  Reply no_ties = Get("/v1/organizations/" + std::to_string(ent1) + "?ties=false");
  EXPECT_FALSE(no_ties.body.contains("ties"));

  Id e1 = IdOf("experts", "e1");
  Reply expert = Get("/v1/experts/" + std::to_string(e1));
  ASSERT_EQ(expert.status, 200);
  EXPECT_EQ(expert.body["title"], "academician");
  EXPECT_EQ(expert.body["affiliation_id"], IdOf("organizations", "uni"));
  EXPECT_EQ(expert.body["fields"], json::array({"F0402"}));
  EXPECT_EQ(expert.body["ties"].size(), 1u);

  ExpectError(Get("/v1/organizations/" + std::to_string(e1)), 404, "id");
  ExpectError(Get("/v1/experts/" + std::to_string(ent1)), 404, "id");
  ExpectError(Get("/v1/experts/99999999"), 404, "id");
  ExpectError(Get("/v1/organizations/abc"), 400, "id");
  EXPECT_EQ(Get("/v1/experts/99999999").body["error"]["code"], "not_found");
}

TEST_F(ServerTest, ExpertFiltersReturnOnlyMatches) {
  Reply all = Get("/v1/experts");
  EXPECT_EQ(all.body["total"], 3);
  EXPECT_EQ(Keys(Get("/v1/experts?title=academician").body), (std::set<std::string>{"e1"}));
  EXPECT_EQ(Keys(Get("/v1/experts?field=F04").body), (std::set<std::string>{"e1", "e2"}));
  EXPECT_EQ(Keys(Get("/v1/experts?field=F0402").body), (std::set<std::string>{"e1"}));
  EXPECT_EQ(Keys(Get("/v1/experts?industry=ai").body), (std::set<std::string>{"e3"}));
  Id uni = IdOf("organizations", "uni");
  Reply at_uni = Get("/v1/experts?affiliation_id=" + std::to_string(uni));
  EXPECT_EQ(Keys(at_uni.body), (std::set<std::string>{"e1", "e3"}));
  EXPECT_EQ(at_uni.body["total"], 2);
}

TEST_F(ServerTest, ContactsOnlyWithTheWriteToken) {
  Id e1 = IdOf("experts", "e1");
  Reply open = Get("/v1/experts/" + std::to_string(e1));
  EXPECT_FALSE(open.body.contains("email"));
  EXPECT_FALSE(open.body.contains("phone"));
  const Reply listed = Get("/v1/experts");  // kept: the loop must not run over a temporary
  for (const json& e : listed.body["items"]) EXPECT_FALSE(e.contains("email"));

  Reply with = Get("/v1/experts/" + std::to_string(e1), kToken);
  EXPECT_EQ(with.body["email"], "e1@example.cn");
  EXPECT_EQ(with.body["phone"], "010-0000-0000");
  Reply list = Get("/v1/experts?title=academician", kToken);
  EXPECT_EQ(list.body["items"][0]["email"], "e1@example.cn");

  ExpectError(Get("/v1/experts/" + std::to_string(e1), "wrong"), 401, "Authorization");
  // A server without a token never shows contacts.
  EXPECT_FALSE(
      Call(*open_, "GET", "/v1/experts/" + std::to_string(e1), kToken).body.contains("email"));
}

TEST_F(ServerTest, InvalidParametersNameTheField) {
  ExpectError(Get("/v1/organizations?limit=abc"), 400, "limit");
  ExpectError(Get("/v1/organizations?limit=5000"), 400, "limit");
  ExpectError(Get("/v1/organizations?limit=0"), 400, "limit");
  ExpectError(Get("/v1/organizations?offset=-1"), 400, "offset");
  ExpectError(Get("/v1/organizations?kind=spaceship"), 400, "kind");
  ExpectError(Get("/v1/organizations?leading=maybe"), 400, "leading");
  ExpectError(Get("/v1/organizations?industry=steel"), 400, "industry");
  ExpectError(Get("/v1/organizations?zone=zgc_haidian"), 400, "zone");  // a park, not a zone
  ExpectError(Get("/v1/organizations?colour=red"), 400, "colour");
  ExpectError(Get("/v1/experts?title=king"), 400, "title");
  ExpectError(Get("/v1/experts?field=Z99"), 400, "field");
  ExpectError(Get("/v1/experts?affiliation_id=x"), 400, "affiliation_id");
  ExpectError(Get("/v1/experts?limit=1&limit=2"), 400, "limit");
  EXPECT_EQ(Get("/v1/organizations?kind=spaceship").body["error"]["code"], "invalid_argument");
}

TEST_F(ServerTest, UnknownRoutesAndMethodsAnswerJson) {
  Reply r = Get("/v1/spaceships");
  ExpectError(r, 404, "");
  EXPECT_EQ(r.body["error"]["code"], "not_found");
  ExpectError(Get("/"), 404, "");
  Reply wrong_method = Call(*main_, "POST", "/v1/health", "", "{}");
  ExpectError(wrong_method, 405, "");
  EXPECT_EQ(wrong_method.body["error"]["code"], "method_not_allowed");
  EXPECT_EQ(wrong_method.allow, "GET");
  ExpectError(Call(*main_, "DELETE", "/v1/organizations"), 405, "");
  // A body-less PUT (no Content-Length) is still a 405, not httplib's 400.
  httplib::Client client("127.0.0.1", main_->server->port());
  auto put = client.Put("/v1/experts", "", "text/plain");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405) << put->body;
  EXPECT_EQ(json::parse(put->body)["error"]["code"], "method_not_allowed");
  Reply get_import = Get("/v1/import");
  ExpectError(get_import, 405, "");
  EXPECT_EQ(get_import.allow, "POST");
}

TEST_F(ServerTest, ImportNeedsTheToken) {
  const std::string body = R"({"organizations": []})";
  ExpectError(Call(*main_, "POST", "/v1/import", "", body), 401, "Authorization");
  ExpectError(Call(*main_, "POST", "/v1/import", "wrong", body), 401, "Authorization");
  Reply off = Call(*open_, "POST", "/v1/import", kToken, body);
  ExpectError(off, 403, "");
  EXPECT_NE(off.body["error"]["message"].get<std::string>().find("CONSORTIA_TOKEN"),
            std::string::npos);
}

TEST_F(ServerTest, ImportRejectsProblemsAndWritesNothing) {
  Reply before = Get("/v1/health");
  const std::string bad = R"({
    "organizations": [
      {"key": "new1", "name": "新企业", "kind": "enterprise", "district": "110108"},
      {"key": "new2", "name": "坏企业", "kind": "spaceship", "district": "110108"}
    ],
    "experts": [
      {"key": "x1", "name": "某人", "title": "senior", "affiliation": "no-such-org"}
    ]})";
  Reply r = Call(*main_, "POST", "/v1/import", kToken, bad);
  ASSERT_EQ(r.status, 422) << r.body.dump();
  EXPECT_EQ(r.body["error"]["code"], "invalid_import");
  const json& problems = r.body["error"]["problems"];
  ASSERT_FALSE(problems.empty());
  bool kind_problem = false;
  for (const json& p : problems) {
    EXPECT_TRUE(p.contains("file") && p.contains("row") && p.contains("field") &&
                p.contains("message"));
    if (p["field"] == "kind") {
      kind_problem = true;
      EXPECT_EQ(p["row"], 2);
      EXPECT_EQ(p["file"], "organizations");
    }
  }
  EXPECT_TRUE(kind_problem) << problems.dump();

  // Syntactically fine, but the affiliation does not exist: the store rejects it.
  const std::string dangling = R"({"organizations": [
      {"key": "new1", "name": "新企业", "kind": "enterprise", "district": "110108"}],
    "experts": [{"key": "x1", "name": "某人", "title": "senior", "affiliation": "no-such-org"}]})";
  Reply r2 = Call(*main_, "POST", "/v1/import", kToken, dangling);
  ASSERT_EQ(r2.status, 422) << r2.body.dump();
  EXPECT_EQ(r2.body["error"]["problems"][0]["field"], "affiliation");

  // Invalid JSON is 400 here as on every route.
  ExpectError(Call(*main_, "POST", "/v1/import", kToken, "{not json"), 400, "body");
  ExpectError(Call(*main_, "POST", "/v1/import", kToken, ""), 400, "body");

  Reply after = Get("/v1/health");
  EXPECT_EQ(after.body["organizations"], before.body["organizations"]);
  EXPECT_EQ(after.body["experts"], before.body["experts"]);
  EXPECT_EQ(after.body["data_version"], before.body["data_version"]);
  EXPECT_EQ(Get("/v1/organizations?text=新企业").body["total"], 0);
}

TEST_F(ServerTest, ImportWritesAndUpserts) {
  TempDir dir;  // its own server, so the shared one keeps its known contents
  ServerOptions options;
  options.token = kToken;
  Running own = StartServer(dir.File("write.db"), testing::SmallDataset(), options);
  const std::string body = R"({"organizations": [
      {"key": "ent4", "name": "新材料四号", "kind": "enterprise", "district": "110108",
       "industries": [{"code": "new_materials", "weight": 1.0}]}]})";
  Reply r = Call(own, "POST", "/v1/import", kToken, body);
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(r.body["report"]["organizations_inserted"], 1);
  EXPECT_EQ(r.body["report"]["experts_inserted"], 0);
  Reply listed = Call(own, "GET", "/v1/organizations?industry=new_materials");
  EXPECT_EQ(Keys(listed.body), (std::set<std::string>{"ent4"}));
  EXPECT_EQ(Call(own, "GET", "/v1/health").body["organizations"], 6);
  Reply again = Call(own, "POST", "/v1/import", kToken, body);
  EXPECT_EQ(again.body["report"]["organizations_inserted"], 0);
  EXPECT_EQ(again.body["report"]["organizations_updated"], 1);
  EXPECT_EQ(Call(own, "GET", "/v1/health").body["organizations"], 6);
}

TEST_F(ServerTest, OversizeBodyIs413Json) {
  std::string big(10000, ' ');  // the open server accepts 4096 bytes
  Reply r = Call(*open_, "POST", "/v1/import", kToken, "{" + big + "}");
  ExpectError(r, 413, "body");
  EXPECT_EQ(r.body["error"]["code"], "payload_too_large");
}

TEST_F(ServerTest, KeepAliveRequestsDoNotStall) {
  // Without TCP_NODELAY each keep-alive round trip waits ~40 ms for a delayed ACK.
  httplib::Client client("127.0.0.1", main_->server->port());
  client.set_keep_alive(true);
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 200; ++i) {
    auto res = client.Get("/v1/organizations?limit=3");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  EXPECT_LT(ms, 2000) << "200 keep-alive requests took " << ms << " ms";
}

// The same API over a small generated demo: totals must equal what the dataset says.
TEST(ServerDemoTest, FiltersAgreeWithTheGeneratedData) {
  TempDir dir;
  DemoOptions demo;
  demo.organizations = 300;
  demo.experts = 2000;
  Dataset data = GenerateDemo(demo);
  Running r = StartServer(dir.File("demo.db"), data, ServerOptions{});
  httplib::Client client("127.0.0.1", r.server->port());
  auto get = [&](const std::string& path) {
    auto res = client.Get(path);
    EXPECT_TRUE(res && res->status == 200) << path;
    return res ? json::parse(res->body) : json();
  };
  json health = get("/v1/health");
  EXPECT_EQ(health["organizations"], data.organizations.size());
  EXPECT_EQ(health["experts"], data.experts.size());

  int universities = 0, ic = 0, leading = 0;
  for (const Organization& o : data.organizations) {
    universities += o.kind == OrgKind::kUniversity;
    leading += o.leading;
    for (const Weighted& w : o.industries) ic += w.code == "ic";
  }
  int academicians = 0;
  for (const Expert& e : data.experts) academicians += e.title == Title::kAcademician;

  json unis = get("/v1/organizations?kind=university&limit=1000");
  EXPECT_EQ(unis["total"], universities);
  EXPECT_EQ(unis["items"].size(), static_cast<std::size_t>(universities));
  for (const json& o : unis["items"]) EXPECT_EQ(o["kind"], "university");
  EXPECT_EQ(get("/v1/organizations?industry=ic&limit=1")["total"], ic);
  EXPECT_EQ(get("/v1/organizations?leading=true&limit=1")["total"], leading);
  json acad = get("/v1/experts?title=academician&limit=1000");
  EXPECT_EQ(acad["total"], academicians);
  for (const json& e : acad["items"]) {
    EXPECT_EQ(e["title"], "academician");
    EXPECT_FALSE(e.contains("email"));
  }
  EXPECT_GT(universities, 0);
  EXPECT_GT(academicians, 0);
}

}  // namespace
}  // namespace consortia
