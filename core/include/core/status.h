// core/status.h — Status and Result<T>: how every module reports failure.
//
// Contract: functions that can fail for reasons outside the programmer's control
// (bad input, missing records, I/O, infeasible requests) return a Status or a
// Result<T> instead of throwing. FAISS and SQLite exceptions/error codes are
// converted inside index/ and data/. server/ maps Code to HTTP status in one
// place (server/errors.cpp).
//
// A Status may carry details: a JSON object whose members travel with the error
// (rule violations, the infeasible role with its eligible/required counts and a
// suggested relaxation, import problems). api/ renders them into the error body
// {"error": {"code", "message", "field", ...details}}, so every route answers
// through one function. Status is cheap to copy (the details are shared,
// immutable) and thread-compatible.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json_fwd.hpp>

namespace consortia {

enum class Code {
  kOk = 0,
  kInvalidArgument,       // user input is malformed or out of range (HTTP 400)
  kNotFound,              // an id/key/route does not exist (HTTP 404)
  kConflict,              // the request conflicts with stored state (HTTP 409)
  kUnauthorized,          // missing/wrong token (HTTP 401)
  kForbidden,             // writes disabled: no token configured (HTTP 403)
  kInfeasible,            // well-formed request that the rules cannot satisfy (HTTP 422)
  kInvalidImport,         // a dataset whose records have problems, listed in details (HTTP 422)
  kMethodNotAllowed,      // the route exists, not with this method (HTTP 405)
  kPayloadTooLarge,       // a body over the route's limit (HTTP 413)
  kUnsupportedMediaType,  // a body that is not declared as JSON (HTTP 415)
  kIoError,               // file system / database failure (HTTP 500)
  kCorruption,            // stored data is inconsistent (HTTP 500)
  kInternal,              // a bug (HTTP 500)
};

const char* CodeName(Code code);  // "invalid_argument", "not_found", ...

class Status {
 public:
  Status() = default;
  Status(Code code, std::string message, std::string field = {})
      : code_(code), message_(std::move(message)), field_(std::move(field)) {}

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string msg, std::string field = {}) {
    return {Code::kInvalidArgument, std::move(msg), std::move(field)};
  }
  static Status NotFound(std::string msg, std::string field = {}) {
    return {Code::kNotFound, std::move(msg), std::move(field)};
  }
  static Status Conflict(std::string msg, std::string field = {}) {
    return {Code::kConflict, std::move(msg), std::move(field)};
  }
  static Status Infeasible(std::string msg, std::string field = {}) {
    return {Code::kInfeasible, std::move(msg), std::move(field)};
  }
  static Status IoError(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status Internal(std::string msg) { return {Code::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& field() const { return field_; }
  std::string ToString() const;  // "invalid_argument: message (field: x)"

  // The same status with `details` (a JSON object; its members join the error
  // body) merged over any details it already had.
  Status WithDetails(const nlohmann::json& details) const;
  // The details: a JSON object, empty when there are none.
  const nlohmann::json& details() const;
  bool has_details() const { return details_ != nullptr; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
  std::string field_;
  std::shared_ptr<const nlohmann::json> details_;  // null: none
};

// Result<T>: a value or a non-OK Status. Access value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace consortia
