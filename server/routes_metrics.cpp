// GET /metrics: the server's counters in the Prometheus text format (0.0.4).
#include <cstdio>
#include <string>

#include "routes.h"

namespace consortia::http {
namespace {

void Metric(std::string* out, const char* name, const char* type, const char* help,
            std::int64_t value) {
  *out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n" +
          name + " " + std::to_string(value) + "\n";
}

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

void ConnectionMetrics(const ConnectionStats& s, std::string* out) {
  Metric(out, "consortia_connections_open", "gauge", "Connections being served.", s.open.load());
  Metric(out, "consortia_connections_accepted_total", "counter",
         "Connections served (below the connection cap).", s.accepted.load());
  Metric(out, "consortia_connections_rejected_total", "counter",
         "Connections answered 503 at the connection cap.", s.rejected.load());
  Metric(out, "consortia_requests_deadline_exceeded_total", "counter",
         "Requests whose line, headers and body did not arrive within the deadline.",
         s.deadline_exceeded.load());
  Metric(out, "consortia_connections_idle_closed_total", "counter",
         "Keep-alive connections closed after the idle limit.", s.idle_closed.load());
  const char* name = "consortia_connection_first_answer_seconds";
  *out += std::string("# HELP ") + name +
          " Time from accepting a connection to its first answer.\n# TYPE " + name + " histogram\n";
  std::int64_t cumulative = 0;
  for (std::size_t i = 0; i <= kFirstAnswerBuckets.size(); ++i) {
    cumulative += s.first_answer[i].load();
    const std::string le = i < kFirstAnswerBuckets.size() ? Number(kFirstAnswerBuckets[i]) : "+Inf";
    *out += std::string(name) + "_bucket{le=\"" + le + "\"} " + std::to_string(cumulative) + "\n";
  }
  *out += std::string(name) + "_sum " + Number(s.first_answer_sum.load()) + "\n";
  *out += std::string(name) + "_count " + std::to_string(cumulative) + "\n";
}

}  // namespace

void AddMetricsRoutes(Router& router) {
  const Context ctx = router.context();
  router.Add({"GET", "/metrics"}, [ctx](const Call&) -> Result<Answer> {
    std::string out;
    if (ctx.connections != nullptr) ConnectionMetrics(*ctx.connections, &out);
    return Answer{200, {}, std::move(out), "text/plain; version=0.0.4; charset=utf-8"};
  });
}

}  // namespace consortia::http
