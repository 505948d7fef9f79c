// The demo set committed in demo/dataset/ is exactly what the generator makes, so
// `consortia demo` (which generates) serves the data a reader can inspect.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "data/data.h"
#include "demo/demo.h"

namespace consortia {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(DemoCommittedTest, CommittedCsvEqualsTheGeneratorsOutput) {
  const std::filesystem::path committed =
      std::filesystem::path(CONSORTIA_SOURCE_DIR) / "demo/dataset";
  const std::filesystem::path fresh =
      std::filesystem::temp_directory_path() / ("consortia_demo_" + std::to_string(::getpid()));
  std::filesystem::create_directories(fresh);
  ASSERT_TRUE(WriteCsvDataset(GenerateDemo({}), fresh.string()).ok());
  for (const char* name : {"organizations.csv", "experts.csv", "ties.csv"}) {
    const std::string want = ReadFile(committed / name);
    ASSERT_FALSE(want.empty()) << "missing " << (committed / name)
                               << "; regenerate with: consortia generate --organizations 1500 "
                                  "--experts 20000 --csv demo/dataset";
    EXPECT_TRUE(want == ReadFile(fresh / name)) << name << " differs from the generator's output";
  }
  std::filesystem::remove_all(fresh);
}

}  // namespace
}  // namespace consortia
