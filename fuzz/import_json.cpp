// POST /v1/import and `consortia import --json`: the JSON importer
// (data ParseJsonDataset, then api ImportJson's shape checks and the store's
// validation against a throwaway in-memory store: valid inputs are written).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace consortia;
  static Store* store = [] {
    auto opened = Store::Open(":memory:");
    if (!opened.ok()) std::abort();
    return opened->release();
  }();
  std::vector<ImportProblem> problems;
  (void)ParseJsonDataset(fuzz::Text(data, size), &problems);
  (void)ImportJson(*store, nullptr, fuzz::Text(data, size));
  return 0;
}
