#include "core/status.h"

#include <nlohmann/json.hpp>

namespace consortia {

const char* CodeName(Code code) {
  switch (code) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidArgument:
      return "invalid_argument";
    case Code::kNotFound:
      return "not_found";
    case Code::kConflict:
      return "conflict";
    case Code::kUnauthorized:
      return "unauthorized";
    case Code::kForbidden:
      return "forbidden";
    case Code::kInfeasible:
      return "infeasible";
    case Code::kInvalidImport:
      return "invalid_import";
    case Code::kMethodNotAllowed:
      return "method_not_allowed";
    case Code::kPayloadTooLarge:
      return "payload_too_large";
    case Code::kUnsupportedMediaType:
      return "unsupported_media_type";
    case Code::kIoError:
      return "io_error";
    case Code::kCorruption:
      return "corruption";
    case Code::kInternal:
      return "internal";
  }
  return "internal";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string s = std::string(CodeName(code_)) + ": " + message_;
  if (!field_.empty()) s += " (field: " + field_ + ")";
  return s;
}

Status Status::WithDetails(const nlohmann::json& details) const {
  nlohmann::json merged = has_details() ? *details_ : nlohmann::json::object();
  if (details.is_object()) merged.update(details);
  Status out = *this;
  out.details_ = std::make_shared<const nlohmann::json>(std::move(merged));
  return out;
}

const nlohmann::json& Status::details() const {
  static const nlohmann::json* const kNone = new nlohmann::json(nlohmann::json::object());
  return has_details() ? *details_ : *kNone;
}

}  // namespace consortia
