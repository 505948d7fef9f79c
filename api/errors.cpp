// The one error body of API v1.
#include "api/api.h"

namespace consortia {

nlohmann::json ErrorBody(const Status& status) {
  nlohmann::json error = status.details();
  error["code"] = CodeName(status.code());
  error["message"] = status.message();
  if (!status.field().empty()) error["field"] = status.field();
  return {{"error", std::move(error)}};
}

}  // namespace consortia
