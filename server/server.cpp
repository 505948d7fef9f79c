#include "server/server.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <thread>

#include "connection.h"
#include "http_util.h"
#include "metrics.h"
#include "request_context.h"
#include "request_log.h"
#include "routes.h"

namespace consortia {
namespace {

http::ConnectionLimits LimitsOf(const ServerOptions& o) {
  http::ConnectionLimits limits;
  limits.max_connections = o.max_connections;
  limits.request_deadline_ms = o.request_deadline_ms;
  limits.keep_alive_idle_ms = o.keep_alive_idle_ms;
  limits.max_requests_per_connection = o.max_requests_per_connection;
  limits.read_timeout_ms = o.request_deadline_ms;
  limits.write_timeout_ms = o.write_timeout_ms;
  return limits;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

}  // namespace

class Server::Impl {
 public:
  Impl(Store* store, ServerOptions options, Catalog* catalog, const ProgrammeRules* rules)
      : options_(std::move(options)),
        http_(LimitsOf(options_)),
        log_(options_.request_log ? std::make_unique<http::RequestLog>(STDERR_FILENO) : nullptr),
        router_(&http_,
                {store, &options_, catalog, rules, &http_.stats(), &requests_, log_.get()}) {
    // Without TCP_NODELAY small keep-alive responses stall ~40 ms on delayed ACKs.
    http_.set_tcp_nodelay(true);
    http_.set_payload_max_length(options_.max_body_bytes);
    http_.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, const std::exception_ptr& ep) {
          std::string what = "unknown exception";
          try {
            if (ep) std::rethrow_exception(ep);
          } catch (const std::exception& e) {
            what = e.what();
          } catch (...) {
          }
          http::Reply(res, Status::Internal("internal error: " + what));
        });
    http_.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) { return OnError(req, res); }));
    // Every answer, errors and the 503 at the cap included, carries a request
    // id, and is counted and logged just before it is written: a client that
    // reads /metrics or the log after its answer finds its request there.
    // Answers written while the server stops say Connection: close.
    http_.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (http_.stopping()) {  // the connection closes after this answer
        res.headers.erase("Keep-Alive");
        res.set_header("Connection", "close");
      }
      http::RequestContext& context = http::CurrentRequest();
      if (context.id.empty()) context.id = http::SaneRequestId(req.get_header_value(kRequestId));
      if (context.id.empty()) context.id = http::NewRequestId();
      res.set_header(kRequestId, context.id);
      Answered(req, res);
    });
    for (http::RouteGroup add : http::kRouteGroups) add(router_);
    if (!options_.web_root.empty()) http_.set_mount_point("/", options_.web_root);
  }

  ~Impl() { Stop(); }

  Status Bind() {
    if (port_ > 0) return Status::Ok();
    if (options_.port == 0) {
      port_ = http_.bind_to_any_port(options_.host);
      if (port_ <= 0) port_ = 0;
    } else if (http_.bind_to_port(options_.host, options_.port)) {
      port_ = options_.port;
    }
    if (port_ == 0) {
      return Status::IoError("cannot listen on " + options_.host + ":" +
                             std::to_string(options_.port) +
                             " (address in use, or not a local address?)");
    }
    // Every connection the cap admits can wait in the accept queue.
    http_.RaiseListenBacklog(options_.max_connections + 64);
    return Status::Ok();
  }

  Status Run() {
    Status s = Bind();
    if (!s.ok()) return s;
    if (!http_.listen_after_bind()) return Status::IoError("the server stopped with an error");
    return Status::Ok();
  }

  Status Start() {
    Status s = Bind();
    if (!s.ok()) return s;
    thread_ = std::thread([this] { http_.listen_after_bind(); });
    // stop() only works once the accept loop runs; wait for it.
    while (!http_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return Status::Ok();
  }

  void Stop() {
    http_.stop();
    if (thread_.joinable()) thread_.join();
  }

  int port() const { return port_; }

 private:
  static constexpr const char* kRequestId = "X-Request-Id";

  // An answer about to be written: the metrics and the request log.
  void Answered(const httplib::Request& req, const httplib::Response& res) {
    const http::RequestContext& context = http::CurrentRequest();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - context.start).count();
    std::string route = context.route;
    if (route.empty()) {
      route = res.status < 400 && (req.method == "GET" || req.method == "HEAD") ? "static" : "none";
    }
    requests_.Record(req.method, route, res.status, seconds);
    if (!log_) return;
    http::LogEntry entry;
    entry.time = std::chrono::system_clock::now();
    entry.request_id = context.id;
    entry.method = req.method;
    entry.route = std::move(route);
    entry.path = req.path;
    entry.status = res.status;
    entry.ms = seconds * 1000;
    entry.bytes = req.method == "HEAD" ? 0 : static_cast<std::int64_t>(res.body.size());
    entry.remote = context.remote;
    log_->Write(http::FormatLogLine(entry));
  }

  // Every 4xx/5xx without a body gets a JSON one; 404 on a known path with
  // another method becomes 405.
  httplib::Server::HandlerResponse OnError(const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    // httplib answers 400 before routing when e.g. a POST has no Content-Length;
    // a path it knows or does not know still deserves 405 or 404.
    const bool routable = (res.status == 404 || res.status == 400) && !req.path.empty();
    std::vector<std::string> methods = router_.MethodsFor(req.path);
    const bool method_known =
        std::find(methods.begin(), methods.end(), req.method) != methods.end() ||
        (req.method == "HEAD" && std::find(methods.begin(), methods.end(), "GET") != methods.end());
    Status error;
    if (routable && !methods.empty() && !method_known) {
      res.set_header("Allow", Join(methods, ", "));
      error = Status(Code::kMethodNotAllowed, req.method + " is not allowed on " + req.path +
                                                  " (allowed: " + Join(methods, ", ") + ")");
    } else if (routable && methods.empty()) {
      error = Status::NotFound("no route " + req.method + " " + req.path +
                               " (GET /v1/openapi.json lists every route)");
    } else if (res.status == 404) {
      error = Status::NotFound("not found: " + req.path);
    } else if (res.status == 413) {
      error = Status(
          Code::kPayloadTooLarge,
          "the body is larger than " + std::to_string(options_.max_body_bytes) + " bytes", "body");
    } else if (res.status == 400) {
      error = Status::InvalidArgument("malformed HTTP request");
    } else {
      error = Status(Code::kInternal, "HTTP error " + std::to_string(res.status));
    }
    const int status = res.status;
    http::Reply(res, error);
    if (error.code() == Code::kInternal) res.status = status;
    return httplib::Server::HandlerResponse::Handled;
  }

  ServerOptions options_;
  http::GuardedServer http_;
  http::RequestMetrics requests_;
  std::unique_ptr<http::RequestLog> log_;  // null: no request log
  http::Router router_;
  std::thread thread_;
  int port_ = 0;
};

Server::Server(Store* store, ServerOptions options, Catalog* catalog, const ProgrammeRules* rules)
    : impl_(std::make_unique<Impl>(store, std::move(options), catalog, rules)) {}
Server::~Server() = default;
Status Server::Bind() { return impl_->Bind(); }
int Server::port() const { return impl_->port(); }
Status Server::Run() { return impl_->Run(); }
Status Server::Start() { return impl_->Start(); }
void Server::Stop() { impl_->Stop(); }

std::vector<RouteInfo> Server::Routes(const ServerOptions& options) {
  httplib::Server unused;
  http::Router router(&unused, {nullptr, &options, nullptr, nullptr});
  for (http::RouteGroup add : http::kRouteGroups) add(router);
  return router.routes();
}

}  // namespace consortia
