// The one place where Code becomes an HTTP status (the body is api/ ErrorBody).
#include "http_util.h"

namespace consortia::http {

int HttpStatus(Code code) {
  switch (code) {
    case Code::kOk:
      return 200;
    case Code::kInvalidArgument:
      return 400;
    case Code::kUnauthorized:
      return 401;
    case Code::kForbidden:
      return 403;
    case Code::kNotFound:
      return 404;
    case Code::kConflict:
      return 409;
    case Code::kMethodNotAllowed:
      return 405;
    case Code::kPayloadTooLarge:
      return 413;
    case Code::kUnsupportedMediaType:
      return 415;
    case Code::kInfeasible:
    case Code::kInvalidImport:
      return 422;
    case Code::kIoError:
    case Code::kCorruption:
    case Code::kInternal:
      return 500;
  }
  return 500;
}

}  // namespace consortia::http
