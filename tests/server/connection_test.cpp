// Connection handling (server/connection.h): the cap answers 503 with
// Retry-After, a request that trickles in is cut at its deadline, idle
// keep-alive connections are closed, and none of it stops other clients from
// being served. Raw sockets, so the test controls every byte and pause.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "server/server.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

int Connect(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

void Send(int fd, const std::string& s) {
  ASSERT_EQ(::send(fd, s.data(), s.size(), MSG_NOSIGNAL), static_cast<ssize_t>(s.size()));
}

// Reads until the peer closes or `timeout` passes; returns what arrived.
std::string ReadUntilClosed(int fd, milliseconds timeout, bool* closed) {
  std::string out;
  const Clock::time_point end = Clock::now() + timeout;
  *closed = false;
  while (Clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    const int left =
        static_cast<int>(std::chrono::duration_cast<milliseconds>(end - Clock::now()).count());
    if (::poll(&p, 1, std::max(1, left)) <= 0) continue;
    char buf[4096];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      *closed = true;
      break;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

const char* kHealth = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";

class ConnectionTest : public ::testing::Test {
 protected:
  void Start(ServerOptions options) {
    auto store = Store::Open(dir_.File("c.db"));
    ASSERT_TRUE(store.ok());
    store_ = std::move(*store);
    options.host = "127.0.0.1";
    options.port = 0;
    server_ = std::make_unique<Server>(store_.get(), options);
    ASSERT_TRUE(server_->Start().ok());
  }
  void TearDown() override {
    if (server_) server_->Stop();
  }
  // A fresh client's GET /v1/health; the time it took.
  milliseconds HealthTook(int* status) {
    const Clock::time_point t0 = Clock::now();
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(30, 0);
    auto res = client.Get("/v1/health");
    *status = res ? res->status : -1;
    return std::chrono::duration_cast<milliseconds>(Clock::now() - t0);
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Server> server_;
};

TEST_F(ConnectionTest, OverTheCapIsAnswered503WithRetryAfterAtOnce) {
  ServerOptions options;
  options.max_connections = 2;
  Start(options);
  // Two clients in the middle of sending a request hold both admitted places.
  int a = Connect(server_->port()), b = Connect(server_->port());
  ASSERT_GE(a, 0);
  ASSERT_GE(b, 0);
  Send(a, "GET /v1/health HTTP/1.1\r\nHost: x\r\n");
  Send(b, "GET /v1/health HTTP/1.1\r\nHost: x\r\n");
  std::this_thread::sleep_for(milliseconds(200));
  bool closed = false;

  int c = Connect(server_->port());
  ASSERT_GE(c, 0);
  Send(c, kHealth);
  const Clock::time_point t0 = Clock::now();
  const std::string answer = ReadUntilClosed(c, milliseconds(3000), &closed);
  EXPECT_LT(Clock::now() - t0, milliseconds(2000)) << "the third client must not hang";
  EXPECT_NE(answer.find("HTTP/1.1 503"), std::string::npos) << answer;
  EXPECT_NE(answer.find("Retry-After: 1"), std::string::npos) << answer;
  EXPECT_NE(answer.find("\"code\":\"unavailable\""), std::string::npos) << answer;
  EXPECT_TRUE(closed);
  ::close(c);

  // The held clients finish their requests and are served; afterwards new
  // clients are served again.
  Send(a, "\r\n");
  EXPECT_NE(ReadUntilClosed(a, milliseconds(300), &closed).find("200 OK"), std::string::npos);
  ::close(a);
  ::close(b);
  std::this_thread::sleep_for(milliseconds(200));
  int status = 0;
  HealthTook(&status);
  EXPECT_EQ(status, 200);
}

TEST_F(ConnectionTest, AByteAtATimeRequestIsCutAtItsDeadline) {
  ServerOptions options;
  options.request_deadline_ms = 600;
  Start(options);
  int fd = Connect(server_->port());
  ASSERT_GE(fd, 0);
  const Clock::time_point t0 = Clock::now();
  const std::string partial = "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa";
  bool closed = false;
  for (char ch : partial) {
    if (::send(fd, &ch, 1, MSG_NOSIGNAL) != 1) break;  // the server may have cut us already
    ReadUntilClosed(fd, milliseconds(50), &closed);    // one byte every 50 ms: each read is quick
    if (closed) break;
  }
  if (!closed) ReadUntilClosed(fd, milliseconds(2000), &closed);
  const auto held = Clock::now() - t0;
  EXPECT_TRUE(closed);
  EXPECT_GE(held, milliseconds(500));
  EXPECT_LT(held, milliseconds(1500)) << "the deadline covers the whole request, not each byte";
  ::close(fd);
}

TEST_F(ConnectionTest, SlowClientsDoNotDelayOthers) {
  ServerOptions options;
  options.max_connections = 64;
  options.request_deadline_ms = 5000;
  Start(options);
  std::vector<int> slow;
  for (int i = 0; i < 20; ++i) {
    int fd = Connect(server_->port());
    ASSERT_GE(fd, 0);
    Send(fd, "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: a");
    slow.push_back(fd);
  }
  for (int i = 0; i < 5; ++i) {
    int status = 0;
    EXPECT_LT(HealthTook(&status), milliseconds(1000));
    EXPECT_EQ(status, 200);
  }
  for (int fd : slow) ::close(fd);
}

TEST_F(ConnectionTest, IdleKeepAliveConnectionsAreClosed) {
  ServerOptions options;
  options.keep_alive_idle_ms = 300;
  Start(options);
  int fd = Connect(server_->port());
  ASSERT_GE(fd, 0);
  Send(fd, kHealth);
  bool closed = false;
  const std::string first = ReadUntilClosed(fd, milliseconds(2000), &closed);
  EXPECT_NE(first.find("200 OK"), std::string::npos);
  EXPECT_TRUE(closed) << "closed after 300 ms idle";
  ::close(fd);
}

TEST_F(ConnectionTest, StopFinishesWithoutWaitingForIdleConnections) {
  ServerOptions options;
  options.keep_alive_idle_ms = 60'000;
  Start(options);
  int fd = Connect(server_->port());
  ASSERT_GE(fd, 0);
  Send(fd, kHealth);
  bool closed = false;
  ReadUntilClosed(fd, milliseconds(200), &closed);
  const Clock::time_point t0 = Clock::now();
  server_->Stop();
  EXPECT_LT(Clock::now() - t0, milliseconds(2000));
  ::close(fd);
}

TEST_F(ConnectionTest, ClientsAcceptingBrotliGetGzip) {
  // Static files of text types are compressed by httplib; JSON answers are not.
  std::filesystem::create_directories(dir_.File("web"));
  testing::WriteFile(dir_.File("web/app.js"), std::string(20000, 'x'));
  ServerOptions options;
  options.web_root = dir_.File("web");
  Start(options);
  int fd = Connect(server_->port());
  ASSERT_GE(fd, 0);
  Send(fd,
       "GET /app.js HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, deflate, br\r\n"
       "Connection: close\r\n\r\n");
  bool closed = false;
  const std::string answer = ReadUntilClosed(fd, milliseconds(3000), &closed);
  EXPECT_NE(answer.find("200 OK"), std::string::npos);
  EXPECT_NE(answer.find("Content-Encoding: gzip"), std::string::npos) << answer.substr(0, 300);
  ::close(fd);
}

// The value of a metric line "name value" in a Prometheus text body; -1 if absent.
double MetricValue(const std::string& body, const std::string& name) {
  const std::size_t at = body.find("\n" + name + " ");
  return at == std::string::npos ? -1 : std::stod(body.substr(at + name.size() + 2));
}

TEST_F(ConnectionTest, MetricsCountConnectionsAndFirstAnswers) {
  Start(ServerOptions{});
  int status = 0;
  for (int i = 0; i < 3; ++i) HealthTook(&status);
  // One keep-alive connection for the scrapes. The histogram is updated once
  // each first answer is written, so poll briefly for the third.
  httplib::Client client("127.0.0.1", server_->port());
  client.set_keep_alive(true);
  auto res = client.Get("/metrics");
  const std::string count = "consortia_connection_first_answer_seconds_count";
  for (int i = 0; i < 50 && res && MetricValue(res->body, count) < 3; ++i) {
    std::this_thread::sleep_for(milliseconds(20));
    res = client.Get("/metrics");
  }
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/plain"), std::string::npos);
  // 3 health checks + this scraper; its own first answer may be counted by now.
  EXPECT_EQ(MetricValue(res->body, "consortia_connections_accepted_total"), 4) << res->body;
  EXPECT_EQ(MetricValue(res->body, "consortia_connections_rejected_total"), 0);
  const double answered = MetricValue(res->body, count);
  EXPECT_TRUE(answered == 3 || answered == 4) << res->body;
  EXPECT_EQ(MetricValue(res->body, "consortia_connection_first_answer_seconds_bucket{le=\"+Inf\"}"),
            answered);
}

}  // namespace
}  // namespace consortia
