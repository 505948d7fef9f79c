// Helpers of the demo tests: the default data set, generated once per test
// process, and what the sector vocabularies say a word belongs to.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "core/taxonomy.h"
#include "demo/demo.h"
#include "vocabulary.h"

namespace consortia::testing {

inline const Dataset& DefaultDemo() {
  static const Dataset kData = GenerateDemo(DemoOptions{});
  return kData;
}

// The industries whose sub-fields' vocabularies (topics, directions, choke
// points, in Chinese or English) have `word`.
inline const std::set<std::string>& IndustriesOfWord(std::string_view word) {
  static const std::map<std::string, std::set<std::string>, std::less<>> kOwners = [] {
    std::map<std::string, std::set<std::string>, std::less<>> owners;
    for (const detail::SubfieldVocabulary& v : detail::SubfieldVocabularies()) {
      const std::string industry = FindSubfield(v.subfield)->parent;
      auto add = [&](const detail::DemoTerm& t) {
        owners[std::string(t.zh)].insert(industry);
        owners[std::string(t.en)].insert(industry);
      };
      add(v.topic);
      for (const auto* list : {&v.directions, &v.chokepoints}) {
        for (const detail::DemoTerm& t : *list) add(t);
      }
    }
    return owners;
  }();
  static const std::set<std::string> kNone;
  auto it = kOwners.find(word);
  return it == kOwners.end() ? kNone : it->second;
}

// True if `word` is a term of `industry`'s sub-fields and of no other
// industry's: 动力电池 is 新能源's own, AI芯片 (IC and AI) is neither's.
inline bool OwnTermOf(std::string_view word, std::string_view industry) {
  const std::set<std::string>& owners = IndustriesOfWord(word);
  return owners.size() == 1 && *owners.begin() == industry;
}

}  // namespace consortia::testing
