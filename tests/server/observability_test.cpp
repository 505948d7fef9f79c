// Observability (server/metrics.h, server/request_log.h): X-Request-Id on
// every answer, /metrics by route pattern and status with latency histograms,
// the index and store gauges, and one JSON log line per request.
#include <gtest/gtest.h>
#include <httplib.h>

#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "matcher/catalog.h"
#include "metrics.h"
#include "request_log.h"
#include "server/server.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

using nlohmann::json;
using testing::TempDir;

constexpr const char* kToken = "observability-token";

// The value of the sample `series` ("name{labels}" exactly as rendered); -1 if absent.
double Sample(const std::string& body, const std::string& series) {
  const std::size_t at = body.find("\n" + series + " ");
  return at == std::string::npos ? -1 : std::stod(body.substr(at + series.size() + 2));
}

class ObservabilityTest : public ::testing::Test {
 protected:
  void Start(bool request_log, bool catalog = true) {
    auto store = Store::Open(dir_.File("o.db"));
    ASSERT_TRUE(store.ok());
    store_ = std::move(*store);
    auto report = store_->Import(testing::SmallDataset());
    ASSERT_TRUE(report.ok() && report->ok());
    if (catalog) {
      auto opened = Catalog::Open(store_.get(), dir_.File("o.db"));
      ASSERT_TRUE(opened.ok()) << opened.status().ToString();
      catalog_ = std::move(*opened);
    }
    ServerOptions options;
    options.port = 0;
    options.token = kToken;
    options.max_body_bytes = 1 << 20;
    options.request_log = request_log;
    server_ = std::make_unique<Server>(store_.get(), options, catalog_.get());
    ASSERT_TRUE(server_->Start().ok());
  }

  httplib::Result Get(const std::string& path, const httplib::Headers& headers = {}) {
    httplib::Client client("127.0.0.1", server_->port());
    return client.Get(path, headers);
  }
  std::string Metrics() {
    auto res = Get("/metrics");
    EXPECT_TRUE(res && res->status == 200);
    return res ? res->body : "";
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Catalog> catalog_;
  std::unique_ptr<Server> server_;
};

TEST_F(ObservabilityTest, EveryAnswerCarriesARequestId) {
  Start(false, false);
  const std::regex generated("[0-9a-f]{32}");
  std::set<std::string> seen;
  for (const char* path : {"/v1/health", "/v1/nowhere", "/v1/organizations/abc", "/metrics"}) {
    auto res = Get(path);
    ASSERT_TRUE(res) << path;
    const std::string id = res->get_header_value("X-Request-Id");
    EXPECT_TRUE(std::regex_match(id, generated)) << path << ": '" << id << "'";
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 4u) << "a fresh id per request";

  // A sane incoming id is echoed; anything else is replaced.
  auto kept = Get("/v1/health", {{"X-Request-Id", "lb-7f3a:42/retry=1"}});
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->get_header_value("X-Request-Id"), "lb-7f3a:42/retry=1");
  for (const std::string& bad : {std::string(129, 'a'), std::string("a b"), std::string("<x>"),
                                 std::string("\xe4\xb8\xad")}) {
    auto res = Get("/v1/health", {{"X-Request-Id", bad}});
    ASSERT_TRUE(res);
    EXPECT_TRUE(std::regex_match(res->get_header_value("X-Request-Id"), generated)) << bad;
  }

  // Errors answered before routing carry one too: 405, and a request without a
  // Content-Length that httplib refuses.
  httplib::Client client("127.0.0.1", server_->port());
  auto not_allowed = client.Delete("/v1/health");
  ASSERT_TRUE(not_allowed);
  EXPECT_EQ(not_allowed->status, 405);
  EXPECT_TRUE(std::regex_match(not_allowed->get_header_value("X-Request-Id"), generated));
}

TEST_F(ObservabilityTest, MetricsCountRequestsByRoutePatternAndStatus) {
  Start(false);
  for (int i = 0; i < 3; ++i) Get("/v1/health");
  Get("/v1/organizations/424242");  // 404 through the route
  Get("/v1/organizations/424243");
  Get("/v1/organizations/abc");  // 400
  Get("/v1/no/such/route");
  httplib::Client client("127.0.0.1", server_->port());
  auto import = client.Post("/v1/import", {{"Authorization", std::string("Bearer ") + kToken}},
                            R"({"organizations": [{"key": "m1", "name": "度量一号",
                                "kind": "enterprise", "district": "110108"}]})",
                            "application/json");
  ASSERT_TRUE(import);
  ASSERT_EQ(import->status, 200) << import->body;

  const std::string m = Metrics();
  EXPECT_EQ(
      Sample(m, R"(consortia_http_requests_total{method="GET",route="/v1/health",status="200"})"),
      3)
      << m;
  EXPECT_EQ(Sample(m,
                   "consortia_http_requests_total{method=\"GET\",route=\"/v1/organizations/"
                   "{id}\",status=\"404\"}"),
            2);
  EXPECT_EQ(Sample(m,
                   "consortia_http_requests_total{method=\"GET\",route=\"/v1/organizations/"
                   "{id}\",status=\"400\"}"),
            1);
  EXPECT_EQ(Sample(m, R"(consortia_http_requests_total{method="GET",route="none",status="404"})"),
            1);
  EXPECT_EQ(
      Sample(m, R"(consortia_http_requests_total{method="POST",route="/v1/import",status="200"})"),
      1);
  EXPECT_EQ(m.find("424242"), std::string::npos) << "raw paths never become labels";
  EXPECT_EQ(m.find("no/such"), std::string::npos);

  // One histogram per route: its count is the route's requests, its buckets cumulative.
  const std::string health = R"(method="GET",route="/v1/health")";
  EXPECT_EQ(Sample(m, "consortia_http_request_duration_seconds_count{" + health + "}"), 3);
  EXPECT_EQ(Sample(m, "consortia_http_request_duration_seconds_bucket{" + health + ",le=\"+Inf\"}"),
            3);
  EXPECT_LE(
      Sample(m, "consortia_http_request_duration_seconds_bucket{" + health + ",le=\"0.001\"}"),
      Sample(m, "consortia_http_request_duration_seconds_bucket{" + health + ",le=\"0.01\"}"));
  EXPECT_GT(Sample(m, "consortia_http_request_duration_seconds_sum{" + health + "}"), 0);
  // This scrape is in flight while it renders.
  EXPECT_GE(Sample(m, "consortia_http_requests_in_flight"), 1);

  // The index and the store agree after the import.
  auto counts = store_->Count();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(Sample(m, "consortia_index_rows"), counts->organizations + counts->experts);
  EXPECT_EQ(Sample(m, "consortia_index_data_version"), store_->DataVersion());
  EXPECT_EQ(Sample(m, "consortia_store_data_version"), store_->DataVersion());
  EXPECT_EQ(Sample(m, R"(consortia_store_records{kind="organization"})"), counts->organizations);
  EXPECT_EQ(Sample(m, "consortia_index_builds_total"), 1);
  const DatabaseFiles files = store_->Files();
  EXPECT_GE(Sample(m, R"(consortia_store_bytes{file="db"})"), 4096);
  EXPECT_GT(Sample(m, R"(consortia_store_bytes{file="db"})") +
                Sample(m, R"(consortia_store_bytes{file="wal"})"),
            8192);
  EXPECT_EQ(Sample(m, R"(consortia_store_bytes{file="db"})"), files.db_bytes);

  // Every sample line is "name{labels} value" or "name value"; each family has a TYPE.
  const std::regex sample(R"([a-z_]+(\{([a-z_]+="[^"]*",?)+\})? ([-+0-9.e]+|\+Inf))");
  std::istringstream lines(m);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("# HELP ", 0) == 0 || line.rfind("# TYPE ", 0) == 0) continue;
    EXPECT_TRUE(std::regex_match(line, sample)) << line;
  }
}

TEST_F(ObservabilityTest, HealthShowsTheIndexBesideTheStore) {
  Start(false);
  auto res = Get("/v1/health");
  ASSERT_TRUE(res);
  const json health = json::parse(res->body);
  ASSERT_TRUE(health.contains("index")) << health.dump();
  EXPECT_EQ(health["index"]["rows"],
            health["organizations"].get<int>() + health["experts"].get<int>());
  EXPECT_EQ(health["index"]["data_version"], health["data_version"]);
  EXPECT_EQ(health["index"]["rebuilding"], false);
}

TEST_F(ObservabilityTest, ConcurrentRequestsAreAllCounted) {
  Start(false, false);
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([this] {
      httplib::Client client("127.0.0.1", server_->port());
      client.set_keep_alive(true);
      for (int i = 0; i < 25; ++i) client.Get("/v1/health");
    });
  }
  for (std::thread& c : clients) c.join();
  const std::string m = Metrics();
  EXPECT_EQ(
      Sample(m, R"(consortia_http_requests_total{method="GET",route="/v1/health",status="200"})"),
      100);
}

TEST_F(ObservabilityTest, OneJsonLinePerRequestOnStderr) {
  ::testing::internal::CaptureStderr();
  Start(true, false);
  Get("/v1/health", {{"X-Request-Id", "trace-1"}});
  Get("/v1/organizations/77777");
  Get("/v1/organizations", {{"X-Request-Id", "trace-3"}});
  server_.reset();  // a stop writes every queued line
  const std::string err = ::testing::internal::GetCapturedStderr();
  std::vector<json> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    json j = json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << "not JSON: " << line;
    lines.push_back(j);
  }
  ASSERT_EQ(lines.size(), 3u) << err;
  for (const json& j : lines) {
    for (const char* key :
         {"time", "request_id", "method", "route", "path", "status", "ms", "bytes", "remote"}) {
      EXPECT_TRUE(j.contains(key)) << key << " in " << j.dump();
    }
    EXPECT_TRUE(std::regex_match(j["time"].get<std::string>(),
                                 std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
        << j.dump();
    EXPECT_EQ(j["remote"], "127.0.0.1");
    EXPECT_GE(j["ms"].get<double>(), 0);
  }
  EXPECT_EQ(lines[0]["request_id"], "trace-1");
  EXPECT_EQ(lines[0]["route"], "/v1/health");
  EXPECT_EQ(lines[0]["status"], 200);
  EXPECT_GT(lines[0]["bytes"].get<int>(), 10);
  EXPECT_EQ(lines[1]["route"], "/v1/organizations/{id}");
  EXPECT_EQ(lines[1]["path"], "/v1/organizations/77777");
  EXPECT_EQ(lines[1]["status"], 404);
  EXPECT_EQ(lines[2]["request_id"], "trace-3");
  EXPECT_EQ(lines[2]["method"], "GET");
}

TEST(RequestLogTest, LinesAreJsonWhateverThePath) {
  http::LogEntry e;
  e.path = "/v1/\xff\xfe" + std::string(5000, 'x');
  e.method = "GET";
  e.status = 404;
  e.ms = 1.23456;
  const std::string line = http::FormatLogLine(e);
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  const json j = json::parse(line);
  EXPECT_LE(j["path"].get<std::string>().size(), 1010u);
  EXPECT_DOUBLE_EQ(j["ms"].get<double>(), 1.235);
}

TEST(RequestLogTest, AFullQueueDropsLinesInsteadOfBlocking) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string line(4096, 'x');
  // Nobody reads the pipe: once it is full the queue fills, and further lines
  // are dropped and counted, never waited for; the stop gives up on the pipe
  // after its grace period instead of hanging.
  auto log = std::make_unique<http::RequestLog>(fds[1], 10);
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < 200; ++i) log->Write(line + "\n");
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_GT(log->dropped(), 100);
  const auto stop = std::chrono::steady_clock::now();
  log.reset();
  const auto stop_took = std::chrono::steady_clock::now() - stop;
  EXPECT_LT(stop_took, http::RequestLog::kStopGrace + std::chrono::seconds(1));
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST(RequestIdTest, SaneIdsAreKept) {
  EXPECT_EQ(http::SaneRequestId("abc-123_x.y:z/w+v="), "abc-123_x.y:z/w+v=");
  EXPECT_EQ(http::SaneRequestId(""), "");
  EXPECT_EQ(http::SaneRequestId(std::string(128, 'a')), std::string(128, 'a'));
  EXPECT_EQ(http::SaneRequestId(std::string(129, 'a')), "");
  EXPECT_EQ(http::SaneRequestId("a\nb"), "");
  EXPECT_NE(http::NewRequestId(), http::NewRequestId());
}

TEST(MetricsTest, LabelsAreEscapedAndMethodsBounded) {
  http::RequestMetrics metrics;
  metrics.Record("BREW", "none", 404, 0.002);
  metrics.Record("GET", "a\"b\\c", 200, 100);
  std::string out;
  metrics.Render(&out);
  EXPECT_NE(out.find(R"(method="other",route="none",status="404")"), std::string::npos) << out;
  EXPECT_NE(out.find(R"(route="a\"b\\c")"), std::string::npos) << out;
  EXPECT_NE(out.find(R"(route="a\"b\\c",le="30"} 0)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"(route="a\"b\\c",le="+Inf"} 1)"), std::string::npos) << out;
}

}  // namespace
}  // namespace consortia
