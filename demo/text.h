// demo/text.h — descriptions and keywords of demo records, composed from the
// sector vocabularies (demo/vocabulary.h) and from the record's own facts
// (place, founding year, team sizes; an expert's affiliation, position, years
// and achievements), sentence by sentence, so that records of one sector share
// that sector's vocabulary while no two read alike.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "random.h"

namespace consortia::detail {

enum class TextKind {
  kLeadingEnterprise,
  kRelatedEnterprise,
  kLeadingServiceFirm,  // an enterprise of 科技服务业 (technology transfer, testing, IP)
  kRelatedServiceFirm,
  kUniversity,
  kInstitute,
  kNationalSociety,
  kMunicipalSociety,
  kCommittee,
  kPark,
  kCast,
  kExpert,            // at a university or research institute
  kEnterpriseExpert,  // at an enterprise
  kServiceExpert,     // at a service firm
  kSocietyExpert,     // at a society or committee
};

inline bool IsExpertText(TextKind kind) {
  return kind == TextKind::kExpert || kind == TextKind::kEnterpriseExpert ||
         kind == TextKind::kServiceExpert || kind == TextKind::kSocietyExpert;
}

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
// With `bridged`, the record's sub-fields in other industries than the first
// one's were reached from it as neighbours (an enterprise's or an expert's
// second line of work) and it names them only by the terms where the two meet
// (BridgeTerms in vocabulary.h).
struct TextFocus {
  std::string_view topic;
  std::vector<std::string_view> terms;
  bool bridged = false;
};

// Facts of the record that its description may state, each under a lower-case
// letter that the sentence templates name ({y} the founding year, {a} an
// expert's affiliation, ...; text.cpp lists them). The caller fills them from
// the record itself; a sentence naming a fact the record lacks is not used.
class TextFacts {
 public:
  void Set(char letter, std::string value) { value_[Slot(letter)] = std::move(value); }
  const std::string& Get(char letter) const { return value_[Slot(letter)]; }

 private:
  static std::size_t Slot(char letter) {
    return letter >= 'a' && letter <= 'z' ? static_cast<std::size_t>(letter - 'a') : 26;
  }
  std::array<std::string, 27> value_;
};

// `subfields` are taxonomy sub-field codes (may be empty: then the primary
// industry's sub-fields are used); `industries` is non-empty. Keywords are terms
// of those sub-fields (directions, choke points, topics, in Chinese and, for a
// bilingual record, English) and the name of the primary industry. Every
// industry of the record is earned: among the keywords is a term of one of its
// sub-fields in that industry that no other industry's vocabulary has
// (DistinctiveIndustry), and the description names a secondary industry's
// term. With `english`, the record is bilingual (see kBilingualShare).
ComposedText ComposeText(DemoRng& rng, TextKind kind, const std::vector<Weighted>& industries,
                         const std::vector<std::string>& subfields, const TextFocus& focus,
                         const TextFacts& facts, bool english);

// The one industry whose sub-fields' vocabularies (topics, directions, choke
// points, either language) have the word, or "" when none or several do
// (AI芯片 is IC's and AI's: it earns neither).
std::string_view DistinctiveIndustry(std::string_view word);

}  // namespace consortia::detail
