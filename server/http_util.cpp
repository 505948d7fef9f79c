#include "http_util.h"

#include <algorithm>
#include <cctype>

namespace consortia::http {
namespace {

constexpr const char* kJsonType = "application/json; charset=utf-8";
constexpr const char* kUserHeader = "X-Consortia-User";

// Constant-time comparison (for equal lengths) so the token cannot be guessed byte by byte.
bool SameToken(std::string_view given, std::string_view expected) {
  if (expected.empty() || given.size() != expected.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < given.size(); ++i) diff |= given[i] ^ expected[i];
  return diff == 0;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The token of `Authorization: Bearer <token>` (the scheme in any case, RFC 7235);
// nullopt without the header, "" for another scheme.
std::optional<std::string> BearerToken(const httplib::Request& req) {
  if (!req.has_header("Authorization")) return std::nullopt;
  const std::string value = req.get_header_value("Authorization");
  std::string_view v = Trim(value);
  const std::size_t space = v.find_first_of(" \t");
  if (space == std::string_view::npos || !EqualsIgnoreCase(v.substr(0, space), "Bearer")) {
    return std::string();
  }
  return std::string(Trim(v.substr(space)));
}

// Whether the request may read (contacts with the valid token) or write.
Result<bool> CheckAccess(Access access, const httplib::Request& req, const ServerOptions& options) {
  std::optional<std::string> token = BearerToken(req);
  if (access == Access::kRead) {
    if (!token || options.token.empty()) return false;
    if (!SameToken(*token, options.token)) {
      return Status(Code::kUnauthorized, "wrong token", "Authorization");
    }
    return true;
  }
  if (options.token.empty()) {
    return Status(Code::kForbidden, "writes are disabled: start the server with CONSORTIA_TOKEN",
                  "Authorization");
  }
  if (!token) {
    return Status(Code::kUnauthorized, "this endpoint needs 'Authorization: Bearer <token>'",
                  "Authorization");
  }
  if (!SameToken(*token, options.token)) {
    return Status(Code::kUnauthorized, "wrong token", "Authorization");
  }
  return true;
}

Result<ParamMap> QueryParams(const httplib::Request& req, bool accepted) {
  ParamMap out;
  for (const auto& [name, value] : req.params) {
    if (!out.emplace(name, value).second) {
      return Status::InvalidArgument(name + " is given more than once", name);
    }
  }
  if (!accepted) {
    JsonReader r(out);
    if (!r.root().Object({})) return r.status();
  }
  return out;
}

// application/json, with parameters (charset) or not, in any case.
bool IsJsonType(const std::string& content_type) {
  std::string_view media = content_type;
  media = Trim(media.substr(0, media.find(';')));
  return EqualsIgnoreCase(media, "application/json");
}

std::string RegexOf(const std::string& path) {
  static const std::regex kParam("\\{[a-z_]+\\}");
  return std::regex_replace(path, kParam, "([^/]+)");
}

}  // namespace

void Reply(httplib::Response& res, const Result<Answer>& answer) {
  if (!answer.ok()) {
    const Status& s = answer.status();
    res.status = HttpStatus(s.code());
    res.set_content(ErrorBody(s).dump(-1, ' ', false, Json::error_handler_t::replace), kJsonType);
    return;
  }
  res.status = answer->status;
  if (!answer->content_type.empty()) {
    res.set_content(answer->text, answer->content_type.c_str());
  } else {
    res.set_content(answer->body.dump(-1, ' ', false, Json::error_handler_t::replace), kJsonType);
  }
}

Result<Id> Call::PathId() const {
  JsonReader r(ParamMap{{"id", req.matches[1].str()}});
  Id id = 0;
  r["id"].Id(&id);
  if (!r.ok()) return r.status();
  return id;
}

Result<std::string> Call::User() const {
  if (!req.has_header(kUserHeader)) return std::string("token");
  JsonReader r(ParamMap{{kUserHeader, req.get_header_value(kUserHeader)}}, "headers");
  std::string user;
  r[kUserHeader].Text(&user, kMaxFilterText);
  if (r.ok() && user.empty()) r[kUserHeader].Fail("must not be empty");
  if (!r.ok()) return r.status();
  return user;
}

Result<Call> Router::Check(const Entry& entry, const httplib::Request& req) const {
  const Route& route = entry.route;
  auto writer = CheckAccess(route.access, req, *context_.options);
  if (!writer.ok()) return writer.status();
  const bool json_body = route.body != Body::kNone && !req.body.empty();
  if (route.body != Body::kNone && req.body.size() > entry.max_body) {
    return Status(Code::kPayloadTooLarge,
                  "the body is larger than " + std::to_string(entry.max_body) +
                      " bytes, the limit of " + route.method + " " + route.path,
                  "body");
  }
  // Before the query: httplib reads a form-encoded body as query parameters.
  if (json_body && !IsJsonType(req.get_header_value("Content-Type"))) {
    return Status(Code::kUnsupportedMediaType,
                  "the body must be sent as Content-Type: application/json (got '" +
                      req.get_header_value("Content-Type") + "')",
                  "Content-Type");
  }
  auto query = QueryParams(req, route.query);
  if (!query.ok()) return query.status();
  Call call{req, *writer, std::move(query).value(), Json::object()};
  if (route.body == Body::kNone) return call;
  if (req.body.empty()) {
    if (route.body == Body::kOptionalJson) return call;
    return Status::InvalidArgument("body is required: a JSON object", "body");
  }
  if (route.body == Body::kJsonText) return call;
  auto body = ParseJson(req.body);
  if (!body.ok()) return body.status();
  call.body = std::move(body).value();
  return call;
}

void Router::Add(const Route& route, Handler handler) {
  Entry entry{route, 0, std::regex(RegexOf(route.path))};
  const std::size_t server_max = context_.options ? context_.options->max_body_bytes : 0;
  entry.max_body = route.max_body == 0 ? server_max : std::min(route.max_body, server_max);
  entries_.push_back(entry);
  auto serve = [this, entry, handler = std::move(handler)](const httplib::Request& req,
                                                           httplib::Response& res) {
    auto call = Check(entry, req);
    if (!call.ok()) return Reply(res, call.status());
    Reply(res, handler(*call));
  };
  const std::string pattern = RegexOf(route.path);
  if (route.method == "GET") {
    server_->Get(pattern, serve);
  } else if (route.method == "POST") {
    server_->Post(pattern, serve);
  } else if (route.method == "PUT") {
    server_->Put(pattern, serve);
  } else if (route.method == "PATCH") {
    server_->Patch(pattern, serve);
  } else if (route.method == "DELETE") {
    server_->Delete(pattern, serve);
  }
}

std::vector<std::string> Router::MethodsFor(const std::string& path) const {
  std::vector<std::string> out;
  for (const Entry& e : entries_) {
    if (std::regex_match(path, e.pattern) &&
        std::find(out.begin(), out.end(), e.route.method) == out.end()) {
      out.push_back(e.route.method);
    }
  }
  return out;
}

std::vector<RouteInfo> Router::routes() const {
  std::vector<RouteInfo> out;
  for (const Entry& e : entries_) {
    out.push_back({e.route.method, e.route.path, e.route.access == Access::kWrite,
                   e.route.body == Body::kNone ? 0 : e.max_body});
  }
  return out;
}

}  // namespace consortia::http
