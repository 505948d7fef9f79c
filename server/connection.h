// server/connection.h — internal: how connections are served, so that a few
// clients cannot take the whole server.
//
// cpp-httplib serves each connection on one worker thread for its whole life,
// and its read timeout restarts with every byte. GuardedServer replaces its
// connection loop (the protected extension point process_request, as its TLS
// server does) with one that
// - serves at most `max_connections` connections at once; the next ones are
//   answered 503 with Retry-After and closed (the worker pool is larger than
//   the cap, so the answer is immediate rather than a hang);
// - gives each request a deadline for its request line, headers and body
//   together (`request_deadline_ms`), however slowly the bytes trickle in;
// - closes a keep-alive connection idle for `keep_alive_idle_ms`, after
//   `max_requests_per_connection` requests, and — while more than `busy_share`
//   of the cap is in use — after every answer (Connection: close), so that
//   connections waiting for a worker get one;
// - stops waiting on idle connections as soon as the server stops, so a
//   graceful stop only waits for requests in flight;
// - answers clients that accept Brotli with gzip: httplib compresses Brotli at
//   its slowest quality, which cost more than a second per large file.
// Thread-safe: the counters are atomics; everything else is per connection.
#pragma once

#include <httplib.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace consortia::http {

struct ConnectionLimits {
  int max_connections = 512;
  int spare_workers = 32;  // workers beyond the cap, to answer 503 at once
  int request_deadline_ms = 10'000;
  int keep_alive_idle_ms = 5'000;
  int max_requests_per_connection = 1000;
  double busy_share = 0.75;
  int read_timeout_ms = 10'000;  // longest wait for one read within a request
  int write_timeout_ms = 30'000;
};

// Upper bounds (seconds) of the first-answer histogram buckets.
inline constexpr std::array<double, 12> kFirstAnswerBuckets = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

// Monotonic counters (Prometheus counters and gauges).
struct ConnectionStats {
  std::atomic<std::int64_t> accepted{0};           // connections served (not rejected)
  std::atomic<std::int64_t> rejected{0};           // answered 503 at the cap
  std::atomic<std::int64_t> open{0};               // being served now
  std::atomic<std::int64_t> deadline_exceeded{0};  // requests cut at their deadline
  std::atomic<std::int64_t> idle_closed{0};        // keep-alive connections closed idle
  // Time from accept to the connection's first answer: a histogram.
  std::array<std::atomic<std::int64_t>, kFirstAnswerBuckets.size() + 1> first_answer{};
  std::atomic<double> first_answer_sum{0};
};

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionLimits limits);

  const ConnectionLimits& limits() const { return limits_; }
  const ConnectionStats& stats() const { return stats_; }
  // Worker threads the server's pool needs (cap + spare workers).
  int workers() const { return limits_.max_connections + limits_.spare_workers; }
  // httplib 0.11 listens with a backlog of 5, so a burst of connections has
  // its SYNs dropped and retried seconds later; call after binding.
  bool RaiseListenBacklog(int backlog);
  // Runs before routing on every request (request ids, logging); the 503 at
  // the cap is answered before it is called.
  void set_before_routing(std::function<void(const httplib::Request&, httplib::Response&)> fn);

 private:
  bool process_and_close_socket(socket_t sock) override;
  bool Stopping() const;
  void RecordFirstAnswer(std::chrono::steady_clock::duration waited);

  ConnectionLimits limits_;
  ConnectionStats stats_;
  std::function<void(const httplib::Request&, httplib::Response&)> before_routing_;
};

}  // namespace consortia::http
