// core/taxonomy.h — the fixed vocabularies of the programme: industries and their
// sub-fields, Beijing's districts, the 三城一区 zones, the 16 ZGC sub-parks,
// NSFC discipline codes (fields) and member capabilities.
//
// Contract: read-only tables built once (thread-safe after first use). Every
// code stored or accepted anywhere must be found here; Find* return nullptr for
// unknown codes. Names are Chinese first, English second.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace consortia {

struct Term {
  std::string code;
  std::string name;     // Chinese
  std::string name_en;  // English
  std::string parent;   // industry of a sub-field; district of a park; "" otherwise
};

enum class RegionKind { kZone, kPark };

struct Region {
  std::string code;
  std::string name;
  std::string name_en;
  RegionKind kind;
  std::vector<std::string> districts;  // district codes the region lies in
  // Lead industries (主导产业), industry codes: the zones' from the 三城一区
  // plans (shared/domain/BEIJING.md), a park's those of its district.
  std::vector<std::string> industries;
};

const std::vector<Term>& Industries();    // the 12 key industries of RULES.md
const std::vector<Term>& Subfields();     // parent = industry code
const std::vector<Term>& Districts();     // 16 districts, code = administrative code
const std::vector<Region>& Regions();     // 4 zones then 16 parks
const std::vector<Term>& Fields();        // NSFC discipline codes (pinned: 2023 numbering)
const std::vector<Term>& Capabilities();  // rnd, technology_transfer, standards, ...

const Term* FindIndustry(std::string_view code);
const Term* FindSubfield(std::string_view code);
const Term* FindDistrict(std::string_view code);
const Region* FindRegion(std::string_view code);  // zone or park
const Term* FindField(std::string_view code);
const Term* FindCapability(std::string_view code);

// A zone of the 三城一区 / a ZGC park by code; nullptr for unknown codes and for
// a region of the other kind.
const Region* FindZone(std::string_view code);
const Region* FindPark(std::string_view code);
// The codes of the 4 zones, in Regions() order.
const std::vector<std::string>& ZoneCodes();

// Sub-fields up- or downstream of `subfield` in an industrial chain, or that
// one enterprise typically pairs with it (chip design with packaging, wafer
// manufacturing with its equipment and materials, vaccines with synthetic
// biology): the gaps a consortium fills around a lead (补链). Symmetric; may
// cross industries; empty for unknown codes.
const std::vector<std::string>& ChainNeighbours(std::string_view subfield);

// True if region `region_code` (a zone or a park) is the record's zone or park.
bool RegionContains(std::string_view region_code, std::string_view zone, std::string_view park);
// True if region `region_code` lies (partly) in district `district`.
bool RegionSpansDistrict(std::string_view region_code, std::string_view district);

}  // namespace consortia
