// core/disciplines.h — the sub-field <-> NSFC discipline table: for every
// taxonomy sub-field (one entry per Subfields() entry, in that order) the codes
// of Fields() an expert working in it may hold, the one that fits it most
// specifically first (F0406 for packaging, F0402 for chip design). The one
// cross-walk between the two vocabularies of core/taxonomy.h: the demo
// generator draws experts' codes from it, and the index maps an expert's codes
// onto sub-fields with its inverse (SubfieldsOfField). Immutable; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace consortia {

struct SubfieldFields {
  std::string subfield;
  std::vector<std::string> fields;  // NSFC codes, most specific first
};
const std::vector<SubfieldFields>& SubfieldFieldTable();
// The NSFC codes of a sub-field; empty for unknown codes.
const std::vector<std::string>& FieldsOfSubfield(std::string_view subfield);
// The inverse, in Subfields() order: the sub-fields whose codes include `field`
// or a child of it (a parent discipline holds its children: F04 -> every
// sub-field of F0401..F0407). Empty for codes not in Fields().
const std::vector<std::string>& SubfieldsOfField(std::string_view field);

}  // namespace consortia
