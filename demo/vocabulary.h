// demo/vocabulary.h — sector vocabularies of the demo generator: for every
// taxonomy sub-field its technical directions and choke-point (卡脖子) problems
// (Chinese and English), the NSFC code of a term more specific than its
// sub-field's (the sub-field's own codes are core/disciplines.h's
// SubfieldFieldTable(), shared with the index) and the words that name its
// enterprises; the themes (先进封装, 氢能, ...) that name
// societies, committees and institutes together with the sub-fields and terms
// they work on; per industry the generic enterprise words and related industries.
//
// Every record's keywords come from the vocabulary of its own sub-fields, and
// its name from a theme or company word of those sub-fields, so that name,
// sub-fields, keywords and description agree. Related sectors deliberately share
// terms (AI芯片 in IC and AI, 自动驾驶 in AI, NEV and transport) so that
// retrieval sees realistic overlap.
#pragma once

#include <string_view>
#include <vector>

namespace consortia::detail {

struct DemoTerm {
  std::string_view zh;
  std::string_view en;
  // NSFC code of an expert whose main direction is this term, when it is more
  // specific than the sub-field's first code (MEMS传感器 -> F0407); one of the
  // sub-field's codes in core/disciplines.h's SubfieldFieldTable().
  std::string_view field = {};
};

struct SubfieldVocabulary {
  std::string_view subfield;  // taxonomy sub-field code
  DemoTerm topic;             // short topic, e.g. 封装测试
  std::vector<DemoTerm> directions;
  std::vector<DemoTerm> chokepoints;
  std::vector<DemoTerm> company;  // enterprise name middles, e.g. 封装技术
};

struct IndustryProfile {
  std::string_view industry;              // taxonomy industry code
  DemoTerm topic;                         // short name
  std::vector<DemoTerm> company;          // name middles that fit all its sub-fields
  std::vector<std::string_view> related;  // industries it cooperates with most
  double weight;                          // share of enterprises in this industry
};

// A focus that names a body: 北京市先进封装学会, 中国电子学会电子制造与封装专业委员会,
// 北京先进封装研究院. Its sub-fields (primary first) become the body's sub-fields;
// `focus` lists terms (zh) of those sub-fields it centres on (empty: all).
struct DemoTheme {
  DemoTerm name;
  std::vector<std::string_view> subfields;
  std::vector<std::string_view> focus = {};
};

// One entry per taxonomy sub-field, in taxonomy order.
const std::vector<SubfieldVocabulary>& SubfieldVocabularies();
// One entry per taxonomy industry, in taxonomy order.
const std::vector<IndustryProfile>& IndustryProfiles();
// Themes of the synthetic societies and institutes, each with a distinct name.
const std::vector<DemoTheme>& Themes();

// Never null for taxonomy codes; null otherwise.
const SubfieldVocabulary* FindVocabulary(std::string_view subfield);
const IndustryProfile* FindProfile(std::string_view industry);
// The term (direction or choke point) with Chinese text `zh` among the sub-field's; null if none.
const DemoTerm* FindTerm(const SubfieldVocabulary& vocab, std::string_view zh);

// Sub-fields whose work one person or enterprise plausibly combines with
// `subfield`'s (chip design and packaging, SiC devices and EVs); symmetric.
const std::vector<std::string_view>& NeighboursOf(std::string_view subfield);
// The terms (zh) of neighbour `to` through which work in `from` reaches it when
// the two lie in different industries (a grid company's compound
// semiconductors: 碳化硅功率器件, 功率模块); empty for any of `to`'s terms (a
// neighbour in the same industry, or no neighbour).
const std::vector<std::string_view>& BridgeTerms(std::string_view from, std::string_view to);

// Indices into SubfieldVocabularies() of the sub-fields of `industry`.
const std::vector<int>& SubfieldsOf(std::string_view industry);
// The industry code of a sub-field code ("ic.design" -> "ic").
std::string_view IndustryOfSubfield(std::string_view subfield);

// Names of platforms and labs that descriptions mention.
const std::vector<std::string_view>& EnterprisePlatforms();
const std::vector<std::string_view>& AcademicPlatforms();
const std::vector<std::string_view>& ServicePlatforms();  // parks and CASTs

}  // namespace consortia::detail
