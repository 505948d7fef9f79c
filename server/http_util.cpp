#include "http_util.h"

#include <charconv>
#include <exception>

namespace consortia::http {
namespace {

constexpr const char* kJsonType = "application/json; charset=utf-8";

// Constant-time comparison (for equal lengths) so the token cannot be guessed byte by byte.
bool SameToken(std::string_view given, std::string_view expected) {
  if (expected.empty() || given.size() != expected.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < given.size(); ++i) diff |= given[i] ^ expected[i];
  return diff == 0;
}

// The bearer token of the request; nullopt without an Authorization header.
std::optional<std::string> BearerToken(const httplib::Request& req) {
  if (!req.has_header("Authorization")) return std::nullopt;
  std::string value = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (value.size() < kBearer.size() || value.compare(0, kBearer.size(), kBearer) != 0) {
    return std::string();
  }
  return value.substr(kBearer.size());
}

}  // namespace

void ReplyJson(httplib::Response& res, int http_status, const Json& body) {
  res.status = http_status;
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), kJsonType);
}

void ReplyError(httplib::Response& res, const Status& status) {
  ReplyJson(res, HttpStatus(status.code()), ErrorJson(status));
}

void ReplyError(httplib::Response& res, int http_status, std::string_view code,
                std::string_view message, std::string_view field) {
  ReplyJson(res, http_status, ErrorJson(code, message, field));
}

Result<Json> JsonBody(const httplib::Request& req) {
  Json body = Json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return Status::InvalidArgument("body is not valid JSON", "body");
  return body;
}

Result<ParamMap> QueryParams(const httplib::Request& req) {
  ParamMap out;
  for (const auto& [name, value] : req.params) {
    if (!out.emplace(name, value).second) {
      return Status::InvalidArgument("parameter '" + name + "' is given more than once", name);
    }
  }
  return out;
}

Status RequireWriter(const httplib::Request& req, const ServerOptions& options) {
  if (options.token.empty()) {
    return Status(Code::kForbidden, "writes are disabled: start the server with CONSORTIA_TOKEN");
  }
  auto token = BearerToken(req);
  if (!token) {
    return Status(Code::kUnauthorized, "this endpoint needs 'Authorization: Bearer <token>'",
                  "Authorization");
  }
  if (!SameToken(*token, options.token)) {
    return Status(Code::kUnauthorized, "wrong token", "Authorization");
  }
  return Status::Ok();
}

Result<Access> ReadAccess(const httplib::Request& req, const ServerOptions& options) {
  auto token = BearerToken(req);
  if (!token || options.token.empty()) return Access::kPublic;
  if (!SameToken(*token, options.token)) {
    return Status(Code::kUnauthorized, "wrong token", "Authorization");
  }
  return Access::kWriter;
}

httplib::Server::Handler Router::Wrap(Handler handler) const {
  return [handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
    Status status = handler(req, res);
    if (!status.ok()) ReplyError(res, status);
  };
}

void Router::Remember(const char* method, const std::string& pattern) {
  routes_.push_back({method, std::regex(pattern)});
}

void Router::Get(const std::string& pattern, Handler handler) {
  Remember("GET", pattern);
  server_->Get(pattern, Wrap(std::move(handler)));
}

void Router::Post(const std::string& pattern, Handler handler) {
  Remember("POST", pattern);
  server_->Post(pattern, Wrap(std::move(handler)));
}

void Router::Delete(const std::string& pattern, Handler handler) {
  Remember("DELETE", pattern);
  server_->Delete(pattern, Wrap(std::move(handler)));
}

std::vector<std::string> Router::MethodsFor(const std::string& path) const {
  std::vector<std::string> out;
  for (const Route& r : routes_) {
    if (std::regex_match(path, r.pattern) &&
        std::find(out.begin(), out.end(), r.method) == out.end()) {
      out.push_back(r.method);
    }
  }
  return out;
}

Result<Id> PathId(const httplib::Request& req, int match_index) {
  std::string s = req.matches[match_index].str();
  Id id = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || id <= 0) {
    return Status::InvalidArgument("id must be a positive integer, got '" + s + "'", "id");
  }
  return id;
}

}  // namespace consortia::http
