// server/request_log.h — internal to server/: one structured line per answered
// request, and the request ids echoed as X-Request-Id.
//
// - FormatLogLine renders one request as one line of JSON:
//     {"time":"2026-11-30T08:15:02.114Z","request_id":"…","method":"POST",
//      "route":"/v1/consortia/{id}","path":"/v1/consortia/7","status":200,
//      "ms":3.218,"bytes":1840,"remote":"127.0.0.1"}
//   `route` is the registered pattern ("static", "none" otherwise, as in the
//   metrics); `bytes` counts the answer's body as sent; invalid UTF-8 in the
//   path is replaced, and a path is cut at 1000 bytes.
// - RequestLog writes lines to a file descriptor (stderr) from its own thread,
//   so a slow or blocked stderr never holds up a request: at most `max_queued`
//   lines wait, later ones are dropped and counted (dropped()). The destructor
//   writes whatever is queued, so a graceful stop loses no line — unless the
//   descriptor takes nothing for kStopGrace (a pipe nobody reads), when the
//   rest is dropped rather than the stop hung.
// - Request ids: an incoming X-Request-Id is kept when it is sane (1–128
//   characters of A–Z a–z 0–9 and . _ : / + = -); otherwise a fresh one (32
//   hex digits, random) is made.
// Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace consortia::http {

struct LogEntry {
  std::chrono::system_clock::time_point time;  // when the answer was written
  std::string request_id;
  std::string method;
  std::string route;
  std::string path;
  int status = 0;
  double ms = 0;
  std::int64_t bytes = 0;
  std::string remote;
};

// One line of JSON, ending in '\n'.
std::string FormatLogLine(const LogEntry& entry);

// `id` if it is a sane request id, else "".
std::string SaneRequestId(std::string_view id);
std::string NewRequestId();

class RequestLog {
 public:
  static constexpr std::chrono::milliseconds kStopGrace{1000};

  explicit RequestLog(int fd, std::size_t max_queued = 10000);
  ~RequestLog();
  RequestLog(const RequestLog&) = delete;
  RequestLog& operator=(const RequestLog&) = delete;

  // Queues one line; never blocks on the descriptor.
  void Write(std::string line);
  // Lines dropped because the queue was full.
  std::int64_t dropped() const;

 private:
  void Run();
  bool WriteOut(std::string_view data);

  const int fd_;
  const std::size_t max_queued_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::string> queue_;  // guarded by mu_
  bool stop_ = false;              // guarded by mu_
  std::int64_t dropped_ = 0;       // guarded by mu_
  // When a stopping writer gives up on a descriptor that takes nothing.
  std::atomic<std::chrono::steady_clock::time_point> give_up_at_{
      std::chrono::steady_clock::time_point::max()};
  std::thread writer_;
};

}  // namespace consortia::http
