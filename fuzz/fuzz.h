// fuzz/fuzz.h — shared by the fuzz targets (one per request body parser,
// importer and the rules file). Each target defines LLVMFuzzerTestOneInput:
// libFuzzer calls it (scripts/fuzz.sh, clang), or fuzz/driver.cpp does (the
// smoke runs of the test suite, GCC). A target must never crash, throw or
// leak, whatever the bytes: a parser answers bad input with a Status.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "core/json_reader.h"
#include "data/data.h"
#include "matcher/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace consortia::fuzz {

inline std::string_view Text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The body as the router reads it (the one reader: no repeated keys, depth
// limit); nullopt where the router answers 400 before any parser runs.
inline std::optional<nlohmann::json> Body(const std::uint8_t* data, std::size_t size) {
  auto body = ParseJson(Text(data, size));
  if (!body.ok()) return std::nullopt;
  return std::move(body).value();
}

// The shipped rules, loaded once.
inline const ProgrammeRules& Rules() {
  static const ProgrammeRules* rules = [] {
    auto loaded = LoadRules(CONSORTIA_SOURCE_DIR "/rules/bast-2022.json");
    if (!loaded.ok()) std::abort();
    return new ProgrammeRules(std::move(loaded).value());
  }();
  return *rules;
}

// A small in-memory store (a few organisations, experts and one consortium).
Store& SmallStore();

}  // namespace consortia::fuzz
