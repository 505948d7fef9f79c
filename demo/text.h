// demo/text.h — descriptions and keywords of demo records, composed from the
// sector vocabularies (demo/vocabulary.h) with sentence templates per kind
// of record, so that records of one sector share that sector's vocabulary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "random.h"

namespace consortia::detail {

enum class TextKind {
  kLeadingEnterprise,
  kRelatedEnterprise,
  kUniversity,
  kInstitute,
  kNationalSociety,
  kMunicipalSociety,
  kCommittee,
  kPark,
  kCast,
  kExpert,
};

// Share of records whose text is bilingual: the English term beside the Chinese
// one in the description ("光刻胶（photoresist）") and among the keywords.
inline constexpr double kBilingualShare = 0.3;

struct ComposedText {
  std::string description;
  std::vector<std::string> keywords;  // 3..8, distinct
};

// What a record centres on: `topic` names it in the description ({S}; empty:
// the first sub-field's topic) and `terms` (zh of terms of the record's
// sub-fields) come first in its description and keywords.
struct TextFocus {
  std::string_view topic;
  std::vector<std::string_view> terms;
};

// `subfields` are taxonomy sub-field codes (may be empty: then the primary
// industry's sub-fields are used); `industries` is non-empty. Keywords are terms
// of those sub-fields (directions, choke points, topics, in Chinese and, for a
// bilingual record, English) and the name of the primary industry. With
// `english`, the record is bilingual (see kBilingualShare).
ComposedText ComposeText(DemoRng& rng, TextKind kind, const std::vector<Weighted>& industries,
                         const std::vector<std::string>& subfields, const TextFocus& focus,
                         bool english);

}  // namespace consortia::detail
