// server/http_util.h — internal helpers shared by the route groups: the Router
// (registers handlers and remembers routes for 405 answers), JSON replies,
// error replies, query parameters and the write-token check.
#pragma once

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

// Code -> HTTP status, and the error body; the only mapping (server/errors.cpp).
int HttpStatus(Code code);
Json ErrorJson(const Status& status);
Json ErrorJson(std::string_view code, std::string_view message, std::string_view field = {});

void ReplyJson(httplib::Response& res, int http_status, const Json& body);
void ReplyError(httplib::Response& res, const Status& status);
void ReplyError(httplib::Response& res, int http_status, std::string_view code,
                std::string_view message, std::string_view field = {});

// Query string -> ParamMap; a repeated parameter is InvalidArgument naming it.
Result<ParamMap> QueryParams(const httplib::Request& req);

// The request body as JSON; InvalidArgument on field "body" if it is not JSON.
Result<Json> JsonBody(const httplib::Request& req);

// What a request may see/do, decided from `Authorization: Bearer <token>`.
enum class Access { kPublic, kWriter };
// Writes: Forbidden if no token is configured, Unauthorized if missing or wrong.
Status RequireWriter(const httplib::Request& req, const ServerOptions& options);
// Reads: kWriter with the valid token, kPublic without one; a wrong token is
// Unauthorized (a caller who sends a token wants to know it is wrong).
Result<Access> ReadAccess(const httplib::Request& req, const ServerOptions& options);

// Shared by every route group.
struct Context {
  Store* store = nullptr;
  const ServerOptions* options = nullptr;
  Catalog* catalog = nullptr;                    // search, suggestions (null: 500 "not configured")
  const ProgrammeRules* rules = nullptr;         // programme rules (null: 500 "not configured")
  const ConnectionStats* connections = nullptr;  // GET /metrics
};

// A handler returns a non-OK Status to answer with the JSON error for it.
using Handler = std::function<Status(const httplib::Request&, httplib::Response&)>;

class Router {
 public:
  Router(httplib::Server* server, Context context) : server_(server), context_(context) {}

  void Get(const std::string& pattern, Handler handler);
  void Post(const std::string& pattern, Handler handler);
  void Delete(const std::string& pattern, Handler handler);

  // Methods with a route whose pattern matches `path` (for 405 + Allow).
  std::vector<std::string> MethodsFor(const std::string& path) const;
  const Context& context() const { return context_; }

 private:
  httplib::Server::Handler Wrap(Handler handler) const;
  void Remember(const char* method, const std::string& pattern);

  struct Route {
    std::string method;
    std::regex pattern;
  };
  httplib::Server* server_;
  Context context_;
  std::vector<Route> routes_;
};

// Parses a path id ("/v1/experts/42"); InvalidArgument naming "id" if not a positive integer.
Result<Id> PathId(const httplib::Request& req, int match_index = 1);

}  // namespace consortia::http
