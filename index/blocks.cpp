// Block names, the standard layout, the NSFC -> sub-field cross-walk (the
// inverse of core/disciplines.h's SubfieldFieldTable()), entity
// kinds and the conversion of store records into ProfileRecords.
#include <array>

#include "core/disciplines.h"
#include "core/taxonomy.h"
#include "index/index.h"

namespace consortia {
namespace {

constexpr std::array<std::string_view, kBlockCount> kBlockNames = {"industries", "fields",
                                                                   "capabilities", "text"};

void AppendText(std::string* out, std::string_view s) {
  if (s.empty()) return;
  if (!out->empty()) out->push_back('\n');
  out->append(s);
}

}  // namespace

std::string_view ToString(Block block) { return kBlockNames[static_cast<int>(block)]; }

std::optional<Block> ParseBlock(std::string_view s) {
  for (int i = 0; i < kBlockCount; ++i) {
    if (kBlockNames[i] == s) return static_cast<Block>(i);
  }
  return std::nullopt;
}

BlockLayout BlockLayout::Standard(int text_dim) {
  BlockLayout layout;
  const std::array<int, kBlockCount> sizes = {static_cast<int>(Industries().size()),
                                              static_cast<int>(Subfields().size()),
                                              static_cast<int>(Capabilities().size()), text_dim};
  int offset = 0;
  for (int b = 0; b < kBlockCount; ++b) {
    layout.offset[b] = offset;
    layout.size[b] = sizes[b];
    offset += sizes[b];
  }
  layout.dim = offset;
  return layout;
}

const std::vector<std::string>& FieldToSubfields(std::string_view field_code) {
  // The one sub-field <-> NSFC table (core/disciplines.h), read backwards: the
  // demo generator gives experts their codes from the same table.
  const std::vector<std::string>& mapped = SubfieldsOfField(field_code);
  // Unknown child codes such as "F0403": fall back to the 3-letter parent.
  if (mapped.empty() && FindField(field_code) == nullptr && field_code.size() > 3) {
    return SubfieldsOfField(field_code.substr(0, 3));
  }
  return mapped;
}

std::string_view ToString(EntityKind kind) {
  if (kind == kExpertKind) return "expert";
  return ToString(static_cast<OrgKind>(static_cast<int>(kind)));
}

std::optional<EntityKind> ParseEntityKind(std::string_view s) {
  if (s == "expert") return kExpertKind;
  auto org = ParseOrgKind(s);
  if (!org) return std::nullopt;
  return ToEntityKind(*org);
}

ProfileRecord ToProfileRecord(const Organization& org) {
  ProfileRecord r;
  r.id = org.id;
  r.kind = ToEntityKind(org.kind);
  r.name = org.name;
  r.industries = org.industries;
  r.subfields = org.subfields;
  r.capabilities = org.capabilities;
  AppendText(&r.text, org.name);
  AppendText(&r.text, org.name_en);
  AppendText(&r.text, org.description);
  for (const auto& k : org.keywords) AppendText(&r.text, k);
  r.keywords = org.keywords;
  r.leading = org.leading;
  r.district = org.district;
  r.zone = org.zone;
  r.park = org.park;
  r.available = true;
  return r;
}

ProfileRecord ToProfileRecord(const Expert& expert, const Organization* affiliation) {
  ProfileRecord r;
  r.id = expert.id;
  r.kind = kExpertKind;
  r.name = expert.name;
  r.industries = expert.industries;
  r.fields = expert.fields;
  AppendText(&r.text, expert.name);
  AppendText(&r.text, expert.description);
  for (const auto& k : expert.keywords) AppendText(&r.text, k);
  r.keywords = expert.keywords;
  if (affiliation != nullptr) {
    r.district = affiliation->district;
    r.zone = affiliation->zone;
    r.park = affiliation->park;
  }
  r.title = expert.title;
  r.available = expert.capacity > 0;
  return r;
}

}  // namespace consortia
