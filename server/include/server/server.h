// server/server.h — the HTTP API v1 and the `consortia` command line (front header).
//
// Contract
// - Server serves one Store over HTTP/1.1 with JSON bodies everywhere, errors
//   included: {"error": {"code", "message", "field"?, ...details}} (api/api.h
//   ErrorBody). Code -> HTTP status is mapped in one place (server/errors.cpp);
//   every exception is caught at the edge and answered as 500 JSON.
// - Every route declares its access when it is registered and the router
//   checks it: reads are open (a valid token also shows expert contacts, a
//   wrong one is 401); writes need `Authorization: Bearer <token>` (the scheme
//   in any case). With no token configured writes are OFF (403); a wrong or
//   missing token is 401.
// - JSON bodies must be sent as `Content-Type: application/json` (415
//   otherwise), within the route's byte limit (413), as valid JSON without
//   repeated keys (400). Routes() lists every route with its access and limit:
//   the README's table and api/openapi.json (GET /v1/openapi.json) list the same.
// - Route groups live in server/routes_*.cpp and are listed once in
//   server/routes.h.
// - Thread safety: Start() and Stop() may be called from different threads;
//   handlers run on a pool of workers (max_connections + a few spare) and
//   share the (thread-safe) Store.
// - RunCli() is the whole command line; server/main.cpp only calls it. Exit
//   codes: 0 ok, 1 failure or validation problems, 2 usage error.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "data/data.h"

namespace consortia {

class Catalog;
struct ProgrammeRules;

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;    // 0 = any free port (see Server::port())
  std::string token;  // write token; empty = writes disabled (403)
  // Connections (server/connection.h): at most max_connections are served at
  // once (each on its own worker thread); more are answered 503 with
  // Retry-After. A request's line, headers and body must arrive within
  // request_deadline_ms; an idle keep-alive connection is closed after
  // keep_alive_idle_ms, a busy one after max_requests_per_connection answers.
  int max_connections = 512;
  int request_deadline_ms = 10'000;
  int keep_alive_idle_ms = 5'000;
  int max_requests_per_connection = 1000;
  int write_timeout_ms = 30'000;
  std::size_t max_body_bytes = 64u << 20;  // the largest body of any route (import); 413 above
  // A directory served at "/" (the web application's built assets); empty =
  // no web application. API routes never collide: they all start with /v1/.
  std::string web_root;
};

// One route of API v1 as registered.
struct RouteInfo {
  std::string method;              // GET, POST, PUT, PATCH, DELETE
  std::string path;                // "/v1/consortia/{id}"
  bool write = false;              // needs the write token
  std::size_t max_body_bytes = 0;  // routes with a JSON body: its limit; 0: no body
};

class Server {
 public:
  // `store`, `catalog` and `rules` must outlive the server. Without a catalog
  // the search and suggestion routes answer 500 "not configured"; without rules
  // the consortium, team and programme routes do.
  Server(Store* store, ServerOptions options, Catalog* catalog = nullptr,
         const ProgrammeRules* rules = nullptr);
  ~Server();  // stops and joins a running server
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket (port 0 picks a free one). IoError if it cannot.
  Status Bind();
  // The bound port (valid after Bind()).
  int port() const;
  // Serves until Stop(); binds first if Bind() was not called. Blocks.
  Status Run();
  // Binds and serves on a background thread; returns once the socket is bound.
  Status Start();
  // Stops serving (any thread); joins the background thread of Start().
  void Stop();

  // Every route, in registration order, with the limits of `options`.
  static std::vector<RouteInfo> Routes(const ServerOptions& options = {});

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// The `consortia` command line: `consortia <command> [options]`, see --help.
int RunCli(int argc, char** argv);

}  // namespace consortia
