// demo/vocabulary.h — sector vocabularies of the demo generator: for every
// taxonomy sub-field its technical directions and choke-point (卡脖子) problems
// (Chinese and English), and per industry the words used to name enterprises,
// the NSFC discipline codes of its experts and its related industries.
//
// Related sectors deliberately share terms (AI芯片 in IC and AI, 自动驾驶 in AI,
// NEV and transport, 医学影像 in AI and biomedicine) so that retrieval sees
// realistic overlap.
#pragma once

#include <string_view>
#include <vector>

namespace consortia::detail {

struct DemoTerm {
  std::string_view zh;
  std::string_view en;
};

struct SubfieldVocabulary {
  std::string_view subfield;  // taxonomy sub-field code
  DemoTerm topic;             // short topic, e.g. for 专业委员会 and society names
  std::vector<DemoTerm> directions;
  std::vector<DemoTerm> chokepoints;
};

struct IndustryProfile {
  std::string_view industry;              // taxonomy industry code
  DemoTerm topic;                         // short name used in society/institute names
  std::vector<DemoTerm> company;          // enterprise name middles, e.g. 微电子科技
  std::vector<std::string_view> fields;   // NSFC codes of its experts
  std::vector<std::string_view> related;  // industries it cooperates with most
  double weight;                          // share of enterprises in this industry
};

// One entry per taxonomy sub-field, in taxonomy order.
const std::vector<SubfieldVocabulary>& SubfieldVocabularies();
// One entry per taxonomy industry, in taxonomy order.
const std::vector<IndustryProfile>& IndustryProfiles();

// Never null for taxonomy codes; null otherwise.
const SubfieldVocabulary* FindVocabulary(std::string_view subfield);
const IndustryProfile* FindProfile(std::string_view industry);

// Indices into SubfieldVocabularies() of the sub-fields of `industry`.
const std::vector<int>& SubfieldsOf(std::string_view industry);

// Names of platforms and labs that descriptions mention.
const std::vector<std::string_view>& EnterprisePlatforms();
const std::vector<std::string_view>& AcademicPlatforms();
const std::vector<std::string_view>& ServicePlatforms();  // parks and CASTs

}  // namespace consortia::detail
