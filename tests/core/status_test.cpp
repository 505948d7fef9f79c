#include "core/status.h"

#include <gtest/gtest.h>

namespace consortia {
namespace {

TEST(StatusTest, CarriesCodeMessageAndField) {
  Status s = Status::InvalidArgument("must be 1..1000", "limit");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Code::kInvalidArgument);
  EXPECT_EQ(s.ToString(), "invalid_argument: must be 1..1000 (field: limit)");
  Result<int> r = Status::NotFound("no such id", "id");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().field(), "id");
  Result<int> v = 7;
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, 7);
}

}  // namespace
}  // namespace consortia
