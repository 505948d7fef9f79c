// `consortia import --csv DIR`: the CSV importer (data ParseCsvDataset). The
// input is organizations.csv, experts.csv and ties.csv separated by the byte
// 0x1E (a missing part is a missing file), written to a private directory.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fs = std::filesystem;
  static const fs::path dir = [] {
    std::error_code ec;
    fs::path base =
        fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    fs::path d = base / ("consortia-fuzz-csv-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  const std::string_view text = consortia::fuzz::Text(data, size);
  const char* files[] = {"organizations.csv", "experts.csv", "ties.csv"};
  std::size_t start = 0;
  for (int i = 0; i < 3; ++i) {
    std::error_code ec;
    fs::remove(dir / files[i], ec);
    if (start > text.size()) continue;
    std::size_t end = text.find('\x1e', start);
    if (end == std::string_view::npos) end = text.size();
    std::ofstream(dir / files[i], std::ios::binary) << text.substr(start, end - start);
    start = end + 1;
  }
  std::vector<consortia::ImportProblem> problems;
  (void)consortia::ParseCsvDataset(dir.string(), &problems);
  return 0;
}
