// server/http_util.h — internal to server/: the Router and the one reply.
//
// - Every route is declared once, with its method, path template
//   ("/v1/consortia/{id}"), access level (read or write) and body (none, JSON,
//   optional JSON, with a byte limit). The router, not the handler, checks the
//   token, the query string (each parameter once; none for routes that take
//   none), the body's size (413), its Content-Type (415 unless
//   application/json) and its JSON (400: invalid, a key given twice, too deep).
// - A handler gets a Call and returns Result<Answer>; Reply() writes every
//   answer and every error (ErrorBody of api/api.h, Code -> HTTP status in
//   server/errors.cpp), so no route writes a response itself.
// - The router remembers the routes: MethodsFor() for 405 + Allow, routes()
//   for Server::Routes().
#pragma once

#include <cstddef>
#include <functional>
#include <regex>
#include <string>
#include <vector>

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "connection.h"
#include "core/status.h"
#include "data/data.h"
#include "matcher/catalog.h"
#include "matcher/rules.h"
#include "server/server.h"

namespace consortia::http {

using Json = nlohmann::json;

// Code -> HTTP status: the only mapping (server/errors.cpp).
int HttpStatus(Code code);

// What a route answers: JSON, or text with its content type (application drafts).
struct Answer {
  int status = 200;
  Json body;
  std::string text;
  std::string content_type;  // set: `text` is sent instead of `body`
};

// The one function that writes a response: the answer, or ErrorBody(status).
void Reply(httplib::Response& res, const Result<Answer>& answer);

// Shared by every route group.
struct Context {
  Store* store = nullptr;
  const ServerOptions* options = nullptr;
  Catalog* catalog = nullptr;                    // search, suggestions (null: 500 "not configured")
  const ProgrammeRules* rules = nullptr;         // programme rules (null: 500 "not configured")
  const ConnectionStats* connections = nullptr;  // GET /metrics
};

enum class Access { kRead, kWrite };
// kJsonText: checked like kJson (size, Content-Type, not empty) but parsed by
// the handler itself (the import: data/'s parser reads the records).
enum class Body { kNone, kJson, kOptionalJson, kJsonText };

// Body limits per route (bytes), each also capped by ServerOptions::max_body_bytes.
inline constexpr std::size_t kSmallBody = 64u << 10;    // search, validate, assessments
inline constexpr std::size_t kMediumBody = 256u << 10;  // suggestions
inline constexpr std::size_t kLargeBody = 1u << 20;     // registry writes
inline constexpr std::size_t kPlanBody = 4u << 20;      // the plan's inline candidates

struct Route {
  std::string method;  // GET, POST, PUT, PATCH, DELETE
  std::string path;    // "/v1/consortia/{id}"
  Access access = Access::kRead;
  Body body = Body::kNone;
  std::size_t max_body = 0;  // JSON bodies; 0 = ServerOptions::max_body_bytes
  bool query = false;        // the handler reads a query string (otherwise none is accepted)
};

// One request as a handler sees it (checked by the router).
struct Call {
  const httplib::Request& req;
  bool writer = false;  // carries the valid write token
  ParamMap query;       // each parameter once
  Json body;            // the JSON body; {} for an optional body that was not sent

  // The path's {id}: a positive integer, else InvalidArgument on "id".
  Result<Id> PathId() const;
  // The audit user: X-Consortia-User (1..200 characters), default "token".
  Result<std::string> User() const;
};

using Handler = std::function<Result<Answer>(const Call&)>;

class Router {
 public:
  Router(httplib::Server* server, Context context) : server_(server), context_(context) {}

  void Add(const Route& route, Handler handler);

  // Methods with a route whose path matches `path` (for 405 + Allow).
  std::vector<std::string> MethodsFor(const std::string& path) const;
  std::vector<RouteInfo> routes() const;
  const Context& context() const { return context_; }

 private:
  struct Entry {
    Route route;
    std::size_t max_body = 0;  // the effective limit
    std::regex pattern;
  };
  Result<Call> Check(const Entry& entry, const httplib::Request& req) const;

  httplib::Server* server_;
  Context context_;
  std::vector<Entry> entries_;
};

}  // namespace consortia::http
