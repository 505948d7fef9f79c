// GET /metrics: the server's counters in the Prometheus text format (0.0.4):
// requests by route and status with their latency, requests in flight, the
// connection counters, the search index and the store.
#include <cstdio>
#include <string>

#include "routes.h"

namespace consortia::http {
namespace {

void Header(std::string* out, const char* name, const char* type, const char* help) {
  *out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
}

void Metric(std::string* out, const char* name, const char* type, const char* help,
            std::int64_t value) {
  Header(out, name, type, help);
  *out += std::string(name) + " " + std::to_string(value) + "\n";
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
  Metric(out, "consortia_http_requests_in_flight", "gauge",
         "Requests being read, handled or answered (this scrape included).", s.in_flight.load());
  const char* name = "consortia_connection_first_answer_seconds";
  Header(out, name, "histogram", "Time from accepting a connection to its first answer.");
  std::int64_t cumulative = 0;
  for (std::size_t i = 0; i <= kFirstAnswerBuckets.size(); ++i) {
    cumulative += s.first_answer[i].load();
    const std::string le =
        i < kFirstAnswerBuckets.size() ? SampleValue(kFirstAnswerBuckets[i]) : "+Inf";
    *out += std::string(name) + "_bucket{le=\"" + le + "\"} " + std::to_string(cumulative) + "\n";
  }
  *out += std::string(name) + "_sum " + SampleValue(s.first_answer_sum.load()) + "\n";
  *out += std::string(name) + "_count " + std::to_string(cumulative) + "\n";
}

void IndexMetrics(const Catalog& catalog, std::string* out) {
  const std::shared_ptr<VectorIndex> index = catalog.index();
  Metric(out, "consortia_index_rows", "gauge", "Records (organisations and experts) in the index.",
         index->size());
  Metric(out, "consortia_index_data_version", "gauge", "The store data version the index reflects.",
         index->data_version());
  Metric(out, "consortia_index_builds_total", "counter",
         "Full index builds since start (at start when no current index was saved, and "
         "background rebuilds).",
         catalog.builds());
  Metric(out, "consortia_index_rebuilding", "gauge", "1 while a background rebuild runs.",
         catalog.rebuilding() ? 1 : 0);
}

Status StoreMetrics(const Store& store, std::string* out) {
  auto counts = store.Count();
  if (!counts.ok()) return counts.status();
  Metric(out, "consortia_store_data_version", "gauge",
         "The store's data version (bumped by every import and delete).", store.DataVersion());
  Header(out, "consortia_store_records", "gauge", "Records in the store, by kind.");
  *out += "consortia_store_records{kind=\"organization\"} " +
          std::to_string(counts->organizations) + "\n";
  *out += "consortia_store_records{kind=\"expert\"} " + std::to_string(counts->experts) + "\n";
  *out += "consortia_store_records{kind=\"tie\"} " + std::to_string(counts->ties) + "\n";
  const DatabaseFiles files = store.Files();
  Header(out, "consortia_store_bytes", "gauge",
         "Bytes on disk of the database file and of its write-ahead log.");
  *out += "consortia_store_bytes{file=\"db\"} " + std::to_string(files.db_bytes) + "\n";
  *out += "consortia_store_bytes{file=\"wal\"} " + std::to_string(files.wal_bytes) + "\n";
  return Status::Ok();
}

}  // namespace

void AddMetricsRoutes(Router& router) {
  const Context ctx = router.context();
  router.Add({"GET", "/metrics"}, [ctx](const Call&) -> Result<Answer> {
    std::string out;
    if (ctx.requests != nullptr) ctx.requests->Render(&out);
    if (ctx.connections != nullptr) ConnectionMetrics(*ctx.connections, &out);
    if (ctx.log != nullptr) {
      Metric(&out, "consortia_log_lines_dropped_total", "counter",
             "Request log lines dropped because stderr did not keep up.", ctx.log->dropped());
    }
    if (ctx.catalog != nullptr) IndexMetrics(*ctx.catalog, &out);
    if (ctx.store != nullptr) {
      if (Status s = StoreMetrics(*ctx.store, &out); !s.ok()) return s;
    }
    return Answer{200, {}, std::move(out), "text/plain; version=0.0.4; charset=utf-8"};
  });
}

}  // namespace consortia::http
