// tests/server/http_client.h — one HTTP exchange with the real server, for the
// server tests: any method, any headers, the raw body, the parsed answer.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace consortia::testing {

struct Exchange {
  std::string method;
  std::string path;          // as sent, with the query
  std::string request_body;  // raw
  int status = 0;
  std::string content_type;
  std::string allow;
  std::string raw;
  nlohmann::json body;  // parsed when the answer is JSON, else null
};

struct Request {
  std::string method = "GET";
  std::string path;
  std::string body;                               // sent as is
  std::string content_type = "application/json";  // with a body; "" = no header
  std::string token;                              // "Bearer <token>" when not empty
  std::vector<std::pair<std::string, std::string>> headers;
};

inline Exchange Send(int port, const Request& r) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(120);
  httplib::Headers headers;
  if (!r.token.empty()) headers.emplace("Authorization", "Bearer " + r.token);
  for (const auto& [name, value] : r.headers) headers.emplace(name, value);
  httplib::Request req;
  req.method = r.method;
  req.path = r.path;
  req.headers = headers;
  req.body = r.body;
  // (httplib itself sends text/plain for a body without a Content-Type.)
  if (!r.body.empty() && !r.content_type.empty()) req.set_header("Content-Type", r.content_type);
  auto res = client.send(req);
  Exchange e{r.method, r.path, r.body};
  EXPECT_TRUE(res) << r.method << " " << r.path << ": " << httplib::to_string(res.error());
  if (!res) return e;
  e.status = res->status;
  e.content_type = res->get_header_value("Content-Type");
  e.allow = res->get_header_value("Allow");
  e.raw = res->body;
  if (e.content_type.find("application/json") != std::string::npos) {
    e.body = nlohmann::json::parse(res->body, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(e.body.is_discarded()) << r.path << ": " << res->body.substr(0, 300);
  }
  return e;
}

// The one error shape: {"error": {"code", "message", "field"}} with `field` set,
// the message starting with it; returns whether it held.
inline ::testing::AssertionResult IsFieldError(const Exchange& e, int status,
                                               const std::string& field) {
  const nlohmann::json& error =
      e.body.is_object() ? e.body.value("error", nlohmann::json()) : nlohmann::json();
  if (e.status != status || !error.is_object() || !error.contains("code") ||
      !error.contains("message") || error.value("field", "") != field ||
      error["message"].get<std::string>().rfind(field, 0) != 0) {
    return ::testing::AssertionFailure()
           << e.method << " " << e.path << " " << e.request_body.substr(0, 200) << " -> "
           << e.status << " " << e.raw.substr(0, 400) << " (wanted " << status << " on field "
           << field << ")";
  }
  return ::testing::AssertionSuccess();
}

}  // namespace consortia::testing
