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

// `subfields` are taxonomy sub-field codes (may be empty: then the primary
// industry's sub-fields are used); `industries` is non-empty. With `english`,
// the record is bilingual (see kBilingualShare).
ComposedText ComposeText(DemoRng& rng, TextKind kind, const std::vector<Weighted>& industries,
                         const std::vector<std::string>& subfields, bool english);

}  // namespace consortia::detail
