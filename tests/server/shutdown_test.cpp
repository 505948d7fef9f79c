// Graceful shutdown of the real `consortia serve` process: SIGTERM while a
// request is in flight still answers it and exits 0; idle keep-alive
// connections do not hold the stop up; a second signal stops at once. The
// server builds its index at start (two OpenMP threads), as in production.
// Its request log is read from its stderr.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "data/data.h"
#include "tests/server_process.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using testing::ServerProcess;
using testing::TempDir;

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

bool SendAll(int fd, const std::string& s) {
  return ::send(fd, s.data(), s.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(s.size());
}

std::string ReadUntilClosed(int fd, milliseconds timeout) {
  std::string out;
  const Clock::time_point end = Clock::now() + timeout;
  while (Clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    char buf[4096];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

class ShutdownTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(dir_.File("s.db"));
    ASSERT_TRUE(store.ok());
    auto report = (*store)->Import(testing::SmallDataset());
    ASSERT_TRUE(report.ok() && report->ok());
    // No saved index: the server builds one at start, with OpenMP threads.
    ASSERT_TRUE(server_.Start(dir_.File("s.db"), "t0ken", dir_.File("server.log"), {},
                              {"OMP_NUM_THREADS=2"}))
        << server_.message();
  }

  TempDir dir_;
  ServerProcess server_;
};

TEST_F(ShutdownTest, SigtermAnswersTheRequestInFlightThenExitsZero) {
  const std::string body = R"({"codes": {"industries": ["ic"]}, "k": 3})";
  const std::string head =
      "POST /v1/search HTTP/1.1\r\nHost: x\r\nX-Request-Id: in-flight-1\r\n"
      "Content-Type: application/json\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n";
  const int fd = Connect(server_.port());
  ASSERT_GE(fd, 0);
  // Headers and half the body arrive; then SIGTERM; then the rest.
  ASSERT_TRUE(SendAll(fd, head + body.substr(0, 10)));
  std::this_thread::sleep_for(milliseconds(200));
  server_.Signal(SIGTERM);
  std::this_thread::sleep_for(milliseconds(300));
  EXPECT_EQ(server_.Wait(milliseconds(0)), -1) << "still running: a request is in flight";
  EXPECT_LT(Connect(server_.port()), 0) << "no new connections once stopping";
  ASSERT_TRUE(SendAll(fd, body.substr(10)));
  const std::string answer = ReadUntilClosed(fd, milliseconds(10'000));
  ::close(fd);
  EXPECT_NE(answer.find("HTTP/1.1 200"), std::string::npos) << answer.substr(0, 400);
  EXPECT_NE(answer.find("\"results\""), std::string::npos) << answer.substr(0, 400);
  EXPECT_NE(answer.find("Connection: close"), std::string::npos);
  EXPECT_NE(answer.find("X-Request-Id: in-flight-1"), std::string::npos);
  EXPECT_EQ(server_.Wait(milliseconds(10'000)), 0) << server_.log();

  const std::string log = server_.log();
  EXPECT_NE(log.find("consortia: stopping (signal 15)"), std::string::npos) << log;
  EXPECT_NE(log.find("consortia: stopped"), std::string::npos) << log;
  // The in-flight request was logged, as one JSON line.
  const std::size_t at = log.find("\"request_id\":\"in-flight-1\"");
  ASSERT_NE(at, std::string::npos) << log;
  const std::size_t line_start = log.rfind('\n', at) + 1;
  const nlohmann::json line =
      nlohmann::json::parse(log.substr(line_start, log.find('\n', at) - line_start));
  EXPECT_EQ(line["route"], "/v1/search");
  EXPECT_EQ(line["status"], 200);
  EXPECT_EQ(line["method"], "POST");
}

TEST_F(ShutdownTest, IdleKeepAliveConnectionsDoNotHoldTheStopUp) {
  const int fd = Connect(server_.port());
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(SendAll(fd, "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(milliseconds(200));  // answered; now idle
  const Clock::time_point t0 = Clock::now();
  server_.Signal(SIGTERM);
  EXPECT_EQ(server_.Wait(milliseconds(5'000)), 0) << server_.log();
  EXPECT_LT(Clock::now() - t0, milliseconds(3'000));
  ::close(fd);
}

TEST_F(ShutdownTest, ASecondSignalStopsAtOnce) {
  const int fd = Connect(server_.port());
  ASSERT_GE(fd, 0);
  // A request that keeps the graceful stop waiting (its body never comes).
  ASSERT_TRUE(SendAll(fd,
                      "POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100\r\n\r\n{"));
  std::this_thread::sleep_for(milliseconds(200));
  server_.Signal(SIGTERM);
  std::this_thread::sleep_for(milliseconds(300));
  EXPECT_EQ(server_.Wait(milliseconds(0)), -1);
  const Clock::time_point t0 = Clock::now();
  server_.Signal(SIGINT);
  EXPECT_EQ(server_.Wait(milliseconds(5'000)), 1) << server_.log();
  EXPECT_LT(Clock::now() - t0, milliseconds(2'000));
  EXPECT_NE(server_.log().find("second signal"), std::string::npos);
  ::close(fd);
}

}  // namespace
}  // namespace consortia
