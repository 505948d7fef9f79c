// server/metrics.h — internal to server/: requests counted by route and
// status, with a latency histogram per route, for GET /metrics (Prometheus
// text format 0.0.4).
//
// - A route is labelled by the pattern it was registered with
//   ("/v1/consortia/{id}"), never by the raw path, so the number of series is
//   bounded: the registered routes, "static" (the web application's files) and
//   "none" (no route: 404, 405, malformed requests, 503 at the cap). Methods
//   outside GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS are labelled "other".
// - Latency runs from the request's first bytes to its answer being written.
// - Thread-safe: one mutex around a small map, taken once per request.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace consortia::http {

// Upper bounds (seconds) of the request latency histogram buckets.
inline constexpr std::array<double, 14> kLatencyBuckets = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

// A Prometheus label value: backslash, double quote and newline escaped.
std::string LabelValue(std::string_view value);
// A sample value: integers as integers, others with 6 significant digits.
std::string SampleValue(double value);

class RequestMetrics {
 public:
  void Record(std::string_view method, std::string_view route, int status, double seconds);
  // Appends consortia_http_requests_total and consortia_http_request_duration_seconds.
  void Render(std::string* out) const;

 private:
  struct Series {
    std::map<int, std::int64_t> by_status;
    std::array<std::int64_t, kLatencyBuckets.size() + 1> buckets{};  // the last: +Inf
    double sum = 0;
    std::int64_t count = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, std::string>, Series> series_;  // (method, route)
};

}  // namespace consortia::http
