// Crash safety of the real server: `consortia serve` is killed with SIGKILL at
// random moments while clients import batches and write the registry over
// HTTP (with the token), then restarted, again and again. After every kill:
//
// - the database passes PRAGMA integrity_check (and foreign_key_check);
// - imports are all or nothing: each batch carries a marker in every record
//   name, and a batch's organisations, experts and ties are all there or
//   none (the store's totals equal the base plus the batches present);
// - every acknowledged write is present: the clients log what was answered
//   2xx before the kill; an acknowledged import batch is whole, an
//   acknowledged registry write (create, change, cancel) is in the record and
//   each record's audit history has one entry per revision;
// - the index agrees with the store once restarted: /v1/health and /metrics
//   report index rows = organisations + experts and the same data version.
//
// `crash_test --kills N [--seed S] [--max-delay-ms M]`; ctest runs a short
// version (a few kills); `build/tests/crash_test --kills 100` is the long one.
// Every round prints one line: when it was killed and what was checked.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/data.h"
#include "demo/demo.h"
#include "tests/server_process.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

using nlohmann::json;
using testing::ServerProcess;
using testing::TempDir;

struct Options {
  int kills = 4;
  std::uint64_t seed = 20261130;
  int max_delay_ms = 2500;  // a kill lands 100..max ms after the writers start
};
Options g_options;

constexpr const char* kToken = "crash-token";
const httplib::Headers kAuth = {{"Authorization", std::string("Bearer ") + kToken},
                                {"X-Consortia-User", "crash-test"}};

// ---- what the clients were told -----------------------------------------------

struct Batch {
  std::string marker;  // in every record's name: "崩溃批3_7号"
  int organizations = 0, experts = 0, ties = 0;
  bool acked = false;
};

struct ConsortiumLog {
  std::int64_t revision = 0;  // the last acknowledged revision
  std::string direction;      // its technical_direction
  std::string status;         // its status
  bool write_in_flight = false;
};

class AckLog {
 public:
  void Sent(const Batch& batch) {
    std::lock_guard lock(mu_);
    batches_.push_back(batch);
  }
  void Acked(const std::string& marker) {
    std::lock_guard lock(mu_);
    for (Batch& b : batches_) {
      if (b.marker == marker) b.acked = true;
    }
  }
  void RegistrySent(Id id) {
    std::lock_guard lock(mu_);
    consortia_[id].write_in_flight = true;
    touched_.insert(id);
  }
  void RegistryAcked(Id id, const json& answer) {
    std::lock_guard lock(mu_);
    ConsortiumLog& c = consortia_[id];
    c.revision = answer.value("revision", std::int64_t{0});
    c.direction = answer.value("technical_direction", "");
    c.status = answer.value("status", "");
    c.write_in_flight = false;
    touched_.insert(id);
    ++registry_acks_;
  }
  // The consortia written (or being written) since the last call.
  std::map<Id, ConsortiumLog> TakeTouched() {
    std::lock_guard lock(mu_);
    std::map<Id, ConsortiumLog> out;
    for (Id id : touched_) out[id] = consortia_[id];
    touched_.clear();
    return out;
  }
  std::vector<Batch> batches() const {
    std::lock_guard lock(mu_);
    return batches_;
  }
  int registry_acks() const {
    std::lock_guard lock(mu_);
    return registry_acks_;
  }

 private:
  mutable std::mutex mu_;
  std::vector<Batch> batches_;
  std::map<Id, ConsortiumLog> consortia_;
  std::set<Id> touched_;
  int registry_acks_ = 0;
};

// ---- HTTP helpers ---------------------------------------------------------------

struct Answer {
  int status = 0;  // 0: no answer (the server is gone)
  json body;
};

Answer Call(httplib::Client& client, const std::string& method, const std::string& path,
            const json& body = nullptr) {
  httplib::Result res = method == "GET" ? client.Get(path, kAuth)
                        : method == "PATCH"
                            ? client.Patch(path, kAuth, body.dump(), "application/json")
                            : client.Post(path, kAuth, body.dump(), "application/json");
  Answer a;
  if (!res) return a;
  a.status = res->status;
  a.body = json::parse(res->body, nullptr, false);
  return a;
}

// Batch `b` of round `r`: n organisations, an expert at each, a tie from each
// expert to its organisation; every name carries the marker.
json BatchBody(int r, int b, int n, Batch* batch) {
  batch->marker = "崩溃批" + std::to_string(r) + "_" + std::to_string(b) + "号";
  json orgs = json::array(), experts = json::array(), ties = json::array();
  const std::string prefix = "crash." + std::to_string(r) + "." + std::to_string(b) + ".";
  for (int i = 0; i < n; ++i) {
    const std::string org = prefix + "o" + std::to_string(i);
    const std::string exp = prefix + "e" + std::to_string(i);
    orgs.push_back({{"key", org},
                    {"name", batch->marker + "机构" + std::to_string(i)},
                    {"kind", "enterprise"},
                    {"district", "110108"},
                    {"industries", {{{"code", "ic"}, {"weight", 1}}}},
                    {"description", "集成电路封装测试与工艺验证 " + std::to_string(i)}});
    experts.push_back({{"key", exp},
                       {"name", batch->marker + "专家" + std::to_string(i)},
                       {"title", "senior"},
                       {"affiliation", org},
                       {"fields", {"F0402"}},
                       {"industries", {{{"code", "ic"}}}}});
    ties.push_back({{"from", exp}, {"to", org}, {"kind", "joint_rnd"}, {"year", 2021}});
  }
  batch->organizations = batch->experts = batch->ties = n;
  return {{"organizations", orgs}, {"experts", experts}, {"ties", ties}};
}

// ---- the test ----------------------------------------------------------------------

class CrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.File("crash.db");
    auto store = Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    DemoOptions demo;
    demo.organizations = 400;
    demo.experts = 3000;
    auto report = (*store)->Import(GenerateDemo(demo));
    ASSERT_TRUE(report.ok() && report->ok());
    auto counts = (*store)->Count();
    ASSERT_TRUE(counts.ok());
    base_ = *counts;
  }

  bool StartServer() {
    server_ = std::make_unique<ServerProcess>();
    if (server_->Start(db_, kToken, dir_.File("server.log"), {"--no-request-log"})) return true;
    ADD_FAILURE() << server_->message();
    return false;
  }

  // A valid registry body from the server's own suggestions (made once).
  json RegistryBody(httplib::Client& client) {
    Answer leads =
        Call(client, "GET", "/v1/organizations?kind=enterprise&leading=true&industry=ic&limit=5");
    EXPECT_EQ(leads.status, 200);
    if (leads.status != 200 || leads.body["items"].empty()) return nullptr;
    const Id lead = leads.body["items"][0]["id"].get<Id>();
    Answer s = Call(client, "POST", "/v1/consortia/suggest",
                    {{"type", "industrial"}, {"lead_id", lead}, {"industry", "ic"}, {"k", 1}});
    Answer t = Call(client, "POST", "/v1/teams/suggest", {{"industry", "ic"}});
    EXPECT_EQ(s.status, 200) << s.body.dump();
    EXPECT_EQ(t.status, 200) << t.body.dump();
    if (s.status != 200 || t.status != 200) return nullptr;
    json proposal = s.body["proposals"][0];
    proposal["type"] = "industrial";
    proposal["industry"] = "ic";
    return {{"from_suggestion", proposal}, {"team", t.body["teams"][0]}};
  }

  // Imports batches until the server stops answering.
  void ImportWriter(int round, std::uint64_t seed) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(60);
    std::mt19937_64 random(seed);
    for (int b = 0;; ++b) {
      // Mostly small batches, some large ones (long transactions to land in).
      const int n = random() % 4 == 0 ? 500 + static_cast<int>(random() % 1500)
                                      : 5 + static_cast<int>(random() % 60);
      Batch batch;
      const json body = BatchBody(round, b, n, &batch);
      log_.Sent(batch);
      Answer a = Call(client, "POST", "/v1/import", body);
      if (a.status == 0) return;  // killed
      ASSERT_EQ(a.status, 200) << a.body.dump().substr(0, 500);
      log_.Acked(batch.marker);
    }
  }

  // Creates a consortium, changes it a few times, cancels it; again and again.
  void RegistryWriter(int round, const json& body) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(60);
    for (int cycle = 0;; ++cycle) {
      Answer created = Call(client, "POST", "/v1/consortia", body);
      if (created.status == 0) return;
      ASSERT_EQ(created.status, 201) << created.body.dump().substr(0, 500);
      const Id id = created.body["id"].get<Id>();
      log_.RegistryAcked(id, created.body);
      for (int i = 0; i < 6; ++i) {
        const std::string direction = "第" + std::to_string(round) + "轮第" +
                                      std::to_string(cycle) + "次修改" + std::to_string(i);
        log_.RegistrySent(id);
        Answer changed = Call(client, "PATCH", "/v1/consortia/" + std::to_string(id),
                              {{"technical_direction", direction}});
        if (changed.status == 0) return;
        ASSERT_EQ(changed.status, 200) << changed.body.dump().substr(0, 500);
        log_.RegistryAcked(id, changed.body);
      }
      log_.RegistrySent(id);
      Answer cancelled =
          Call(client, "PATCH", "/v1/consortia/" + std::to_string(id), {{"status", "cancelled"}});
      if (cancelled.status == 0) return;
      ASSERT_EQ(cancelled.status, 200) << cancelled.body.dump().substr(0, 500);
      log_.RegistryAcked(id, cancelled.body);
    }
  }

  // Cancels what an unacknowledged create may have left registered, so the
  // next round's creates are not refused for capacity.
  void CancelLeftovers(httplib::Client& client) {
    Answer list = Call(client, "GET", "/v1/consortia");
    ASSERT_EQ(list.status, 200);
    for (const json& c : list.body["consortia"]) {
      if (c["status"] == "cancelled") continue;
      const Id id = c["id"].get<Id>();
      Answer a =
          Call(client, "PATCH", "/v1/consortia/" + std::to_string(id), {{"status", "cancelled"}});
      ASSERT_EQ(a.status, 200) << a.body.dump();
      log_.RegistryAcked(id, a.body);
    }
  }

  // The file as the kill left it, opened by a connection of its own (which
  // recovers the WAL as the restarted server will).
  void CheckFile() {
    auto problems = CheckDatabase(db_);
    ASSERT_TRUE(problems.ok()) << problems.status().ToString();
    for (const std::string& p : *problems) ADD_FAILURE() << "integrity: " << p;
  }

  // Everything else the kill must not have broken, through the restarted
  // server; returns a one-line summary. Batches and consortia are checked once
  // after the kill that followed them (nothing writes them later), the totals
  // every time.
  std::string Check(httplib::Client& client) {
    // Imports: each batch whole or absent; acknowledged ones whole.
    const std::vector<Batch> batches = log_.batches();
    int acked = 0, unacked_present = 0, unacked_absent = 0;
    for (std::size_t i = whole_.size(); i < batches.size(); ++i) {
      const Batch& b = batches[i];
      const std::string text = httplib::detail::encode_query_param(b.marker);
      Answer o = Call(client, "GET", "/v1/organizations?limit=1&text=" + text);
      Answer e = Call(client, "GET", "/v1/experts?limit=1&text=" + text);
      EXPECT_EQ(o.status, 200);
      EXPECT_EQ(e.status, 200);
      const std::int64_t orgs = o.body.value("total", -1), exps = e.body.value("total", -1);
      const bool whole = orgs == b.organizations && exps == b.experts;
      EXPECT_TRUE(whole || (orgs == 0 && exps == 0))
          << b.marker << " is partly there: " << orgs << "/" << b.organizations
          << " organisations, " << exps << "/" << b.experts << " experts";
      if (b.acked) {
        EXPECT_TRUE(whole) << b.marker << " was acknowledged but is missing";
        ++acked;
      } else {
        ++(whole ? unacked_present : unacked_absent);
      }
      whole_.push_back(whole);
    }
    std::int64_t organizations = base_.organizations, experts = base_.experts, ties = base_.ties;
    for (std::size_t i = 0; i < batches.size(); ++i) {
      if (!whole_[i]) continue;
      organizations += batches[i].organizations;
      experts += batches[i].experts;
      ties += batches[i].ties;
    }
    Answer health = Call(client, "GET", "/v1/health");
    EXPECT_EQ(health.status, 200);
    const json& h = health.body;
    EXPECT_EQ(h.value("organizations", -1), organizations) << "a batch wrote outside its marker";
    EXPECT_EQ(h.value("experts", -1), experts);
    EXPECT_EQ(h.value("ties", -1), ties) << "ties of a batch without its records, or lost";

    // The registry: acknowledged writes present, one audit entry per revision.
    int registry_checked = 0;
    for (const auto& [id, c] : log_.TakeTouched()) {
      Answer got = Call(client, "GET", "/v1/consortia/" + std::to_string(id));
      EXPECT_EQ(got.status, 200) << "consortium " << id << " was acknowledged but is missing";
      if (got.status != 200) continue;
      const std::int64_t revision = got.body.value("revision", std::int64_t{0});
      if (revision == c.revision) {
        EXPECT_EQ(got.body.value("technical_direction", ""), c.direction) << id;
        EXPECT_EQ(got.body.value("status", ""), c.status) << id;
      } else {
        // One write may have committed without its answer arriving.
        EXPECT_TRUE(c.write_in_flight && revision == c.revision + 1)
            << "consortium " << id << ": revision " << revision << ", acknowledged " << c.revision;
      }
      Answer history = Call(client, "GET", "/v1/consortia/" + std::to_string(id) + "/history");
      EXPECT_EQ(history.status, 200);
      EXPECT_EQ(static_cast<std::int64_t>(history.body["history"].size()), revision)
          << "consortium " << id << ": a write without its audit entry, or the reverse";
      ++registry_checked;
    }

    // The index agrees with the store.
    const json index = h.value("index", json::object());
    EXPECT_EQ(index.value("rows", -1), organizations + experts);
    EXPECT_EQ(index.value("data_version", -1), h.value("data_version", -2));
    httplib::Result metrics = client.Get("/metrics");
    EXPECT_TRUE(metrics && metrics->status == 200);
    if (metrics) {
      EXPECT_NE(metrics->body.find("\nconsortia_index_rows " +
                                   std::to_string(organizations + experts) + "\n"),
                std::string::npos);
      EXPECT_NE(metrics->body.find("\nconsortia_store_data_version " +
                                   std::to_string(h.value("data_version", -2)) + "\n"),
                std::string::npos);
    }
    char line[400];
    std::snprintf(line, sizeof line,
                  "integrity ok; new batches: %d acked whole, unacked %d whole / %d absent; "
                  "%d consortia written; index rows %lld = store, data version %lld",
                  acked, unacked_present, unacked_absent, registry_checked,
                  static_cast<long long>(organizations + experts),
                  static_cast<long long>(h.value("data_version", -2)));
    return line;
  }

  TempDir dir_;
  std::string db_;
  Store::Counts base_;
  AckLog log_;
  std::vector<bool> whole_;  // per batch checked: whether it was there
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(CrashTest, KilledAtRandomMomentsLosesNothingAcknowledged) {
  std::mt19937_64 random(g_options.seed);
  ASSERT_TRUE(StartServer());
  json registry_body;
  {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(60);
    registry_body = RegistryBody(client);
    ASSERT_FALSE(registry_body.is_null());
  }
  const auto started = std::chrono::steady_clock::now();
  for (int round = 1; round <= g_options.kills; ++round) {
    {
      httplib::Client client("127.0.0.1", server_->port());
      client.set_read_timeout(60);
      CancelLeftovers(client);
    }
    std::thread imports([&, seed = random()] { ImportWriter(round, seed); });
    std::thread registry([&] { RegistryWriter(round, registry_body); });
    const int delay = 100 + static_cast<int>(random() % (g_options.max_delay_ms - 99));
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    server_->Signal(SIGKILL);
    EXPECT_EQ(server_->Wait(), 128 + SIGKILL);
    imports.join();
    registry.join();
    if (::testing::Test::HasFatalFailure()) return;

    CheckFile();
    ASSERT_TRUE(StartServer()) << "round " << round << ": the server does not restart";
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(60);
    const std::string summary = Check(client);
    std::printf("crash round %d/%d: killed after %d ms; %s\n", round, g_options.kills, delay,
                summary.c_str());
    std::fflush(stdout);
    if (::testing::Test::HasFailure()) {
      std::printf("server log:\n%s\n", server_->log().substr(0, 4000).c_str());
      return;
    }
  }
  server_->Signal(SIGTERM);
  EXPECT_EQ(server_->Wait(), 0);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf(
      "crash test: %d kills, %zu import batches (%d registry writes acknowledged) in %.1f s\n",
      g_options.kills, log_.batches().size(), log_.registry_acks(), seconds);
}

}  // namespace
}  // namespace consortia

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      const std::string prefix = std::string(name) + "=";
      if (a.rfind(prefix, 0) == 0) return argv[i] + prefix.size();
      if (a == name && i + 1 < argc) return argv[++i];
      return nullptr;
    };
    if (const char* v = value("--kills")) {
      consortia::g_options.kills = std::atoi(v);
    } else if (const char* v = value("--seed")) {
      consortia::g_options.seed = std::strtoull(v, nullptr, 10);
    } else if (const char* v = value("--max-delay-ms")) {
      consortia::g_options.max_delay_ms = std::max(200, std::atoi(v));
    } else {
      std::fprintf(stderr, "usage: crash_test [--kills N] [--seed S] [--max-delay-ms M]\n");
      return 2;
    }
  }
  return RUN_ALL_TESTS();
}
