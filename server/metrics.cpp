// Request counters and latency histograms per route (server/metrics.h).
#include "metrics.h"

#include <cmath>
#include <cstdio>

namespace consortia::http {
namespace {

std::string_view MethodLabel(std::string_view method) {
  for (std::string_view known : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
    if (method == known) return known;
  }
  return "other";
}

}  // namespace

std::string LabelValue(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string SampleValue(double value) {
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  char buf[32];
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", value);
  }
  return buf;
}

void RequestMetrics::Record(std::string_view method, std::string_view route, int status,
                            double seconds) {
  std::size_t bucket = 0;
  while (bucket < kLatencyBuckets.size() && seconds > kLatencyBuckets[bucket]) ++bucket;
  std::lock_guard lock(mu_);
  Series& s = series_[{std::string(MethodLabel(method)), std::string(route)}];
  ++s.by_status[status];
  ++s.buckets[bucket];
  s.sum += seconds;
  ++s.count;
}

void RequestMetrics::Render(std::string* out) const {
  std::lock_guard lock(mu_);
  *out +=
      "# HELP consortia_http_requests_total Requests answered, by method, route (the registered "
      "pattern) and status.\n# TYPE consortia_http_requests_total counter\n";
  for (const auto& [key, s] : series_) {
    const std::string labels =
        "method=\"" + LabelValue(key.first) + "\",route=\"" + LabelValue(key.second) + "\"";
    for (const auto& [status, n] : s.by_status) {
      *out += "consortia_http_requests_total{" + labels + ",status=\"" + std::to_string(status) +
              "\"} " + std::to_string(n) + "\n";
    }
  }
  const char* name = "consortia_http_request_duration_seconds";
  *out += std::string("# HELP ") + name +
          " Time from a request's first bytes to its answer written, by method and route.\n" +
          "# TYPE " + name + " histogram\n";
  for (const auto& [key, s] : series_) {
    const std::string labels =
        "method=\"" + LabelValue(key.first) + "\",route=\"" + LabelValue(key.second) + "\"";
    std::int64_t cumulative = 0;
    for (std::size_t i = 0; i <= kLatencyBuckets.size(); ++i) {
      cumulative += s.buckets[i];
      const std::string le =
          i < kLatencyBuckets.size() ? SampleValue(kLatencyBuckets[i]) : std::string("+Inf");
      *out += std::string(name) + "_bucket{" + labels + ",le=\"" + le + "\"} " +
              std::to_string(cumulative) + "\n";
    }
    *out += std::string(name) + "_sum{" + labels + "} " + SampleValue(s.sum) + "\n";
    *out += std::string(name) + "_count{" + labels + "} " + std::to_string(s.count) + "\n";
  }
}

}  // namespace consortia::http
