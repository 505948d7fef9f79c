// tests/server/demo_server.h — the real Server with a Catalog and the shipped
// rules over a small generated demo database, started once per test suite,
// with helpers that find ids and build valid registry bodies from suggestions.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "demo/demo.h"
#include "matcher/catalog.h"
#include "matcher/rules.h"
#include "server/server.h"
#include "tests/server/http_client.h"
#include "tests/test_util.h"

namespace consortia::testing {

class DemoServerTest : public ::testing::Test {
 protected:
  static constexpr const char* kToken = "demo-server-token";

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

  static Exchange Call(const std::string& method, const std::string& path,
                       const nlohmann::json& body = nullptr, bool token = false) {
    Request r;
    r.method = method;
    r.path = path;
    if (!body.is_null()) r.body = body.dump();
    if (token) r.token = kToken;
    return Send(server_->port(), r);
  }
  static Exchange Call(const Request& r) { return Send(server_->port(), r); }

  // The nth leading enterprise of `industry` that no registered consortium holds.
  static Id LeadingEnterprise(const std::string& industry, int nth = 0) {
    Exchange e =
        Call("GET", "/v1/organizations?kind=enterprise&leading=true&limit=50&industry=" + industry);
    EXPECT_EQ(e.status, 200);
    auto committed = store_->Commitments();
    EXPECT_TRUE(committed.ok());
    for (const auto& item : e.body["items"]) {
      const Id id = item["id"].get<Id>();
      if (committed.ok() && committed->organizations.count(id) != 0) continue;
      if (nth-- == 0) return id;
    }
    ADD_FAILURE() << "no free leading enterprise in " << industry;
    return 0;
  }

  // A registry body (from_suggestion + team) for an industrial consortium in
  // `industry` led by its nth leading enterprise.
  static nlohmann::json RegistryBody(const std::string& industry, int nth = 0) {
    Exchange s = Call("POST", "/v1/consortia/suggest",
                      {{"type", "industrial"},
                       {"lead_id", LeadingEnterprise(industry, nth)},
                       {"industry", industry},
                       {"k", 1}});
    EXPECT_EQ(s.status, 200) << s.raw;
    Exchange t = Call("POST", "/v1/teams/suggest", {{"industry", industry}});
    EXPECT_EQ(t.status, 200) << t.raw;
    nlohmann::json proposal = s.body["proposals"][0];
    proposal["type"] = "industrial";
    proposal["industry"] = industry;
    return {{"from_suggestion", proposal}, {"team", t.body["teams"][0]}};
  }

  static TempDir* dir_;
  static Store* store_;
  static Catalog* catalog_;
  static ProgrammeRules* rules_;
  static Server* server_;
};

inline TempDir* DemoServerTest::dir_ = nullptr;
inline Store* DemoServerTest::store_ = nullptr;
inline Catalog* DemoServerTest::catalog_ = nullptr;
inline ProgrammeRules* DemoServerTest::rules_ = nullptr;
inline Server* DemoServerTest::server_ = nullptr;

}  // namespace consortia::testing
