// Block names, the standard layout, the NSFC -> sub-field cross-walk, entity
// kinds and the conversion of store records into ProfileRecords.
#include <array>
#include <map>

#include "core/taxonomy.h"
#include "index/index.h"

namespace consortia {
namespace {

constexpr std::array<std::string_view, kBlockCount> kBlockNames = {"industries", "fields",
                                                                   "capabilities", "text"};

// NSFC discipline code -> sub-fields. Written from the names in core/taxonomy.cpp.
const std::map<std::string, std::vector<std::string>, std::less<>>& CrossWalk() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> kMap = {
      {"F01", {"ngit.communication"}},
      {"F02", {"ngit.computing", "software.basic"}},
      {"F03", {"smart_mfg.robotics", "smart_mfg.industrial_internet"}},
      {"F04", {"ic.manufacturing", "ic.equipment", "ic.compound"}},
      {"F0401", {"ic.materials", "ic.compound"}},
      {"F0402", {"ic.design"}},
      {"F0406", {"ic.manufacturing", "ic.packaging", "ic.equipment"}},
      {"F0407", {"ic.manufacturing"}},
      {"F05", {"ngit.display", "ic.equipment"}},
      {"F06", {"ai.foundation", "ai.ml", "ai.vision", "ai.nlp"}},
      {"E01", {"new_materials.metal"}},
      {"E02", {"new_materials.inorganic"}},
      {"E03", {"new_materials.polymer"}},
      {"E05", {"smart_mfg.cnc", "smart_mfg.robotics"}},
      {"E0510", {"smart_mfg.industrial_internet", "smart_mfg.robotics", "software.industrial"}},
      {"E06", {"new_energy.pv", "new_energy.wind"}},
      {"E0607", {"new_energy.pv", "new_energy.wind", "new_energy.hydrogen"}},
      {"E07", {"new_energy.grid"}},
      {"E0707", {"new_energy.storage"}},
      {"E10", {"smart_city.environment"}},
      {"E12", {"smart_city.transport"}},
      {"E1207", {"new_energy.nev", "smart_city.transport"}},
      {"B05", {"new_materials.nano", "new_energy.storage", "new_energy.hydrogen"}},
      {"B08", {"new_materials.polymer", "ic.materials"}},
      {"C05", {"biomed.innovative_drug", "biomed.synbio"}},
      {"C06", {"biomed.cell_gene", "biomed.synbio"}},
      {"C08", {"biomed.vaccine", "biomed.antibody"}},
      {"C09", {"biomed.bci", "ai.brain"}},
      {"C10", {"biomed.device"}},
      {"C13", {"rural.seed"}},
      {"C20", {"rural.food"}},
      {"C21", {"biomed.synbio", "biomed.cell_gene", "biomed.antibody"}},
      {"H", {"biomed.innovative_drug", "biomed.device", "biomed.digital"}},
      {"G01", {"st_services.transfer", "digital_economy.platform"}},
      {"G04", {"st_services.transfer", "smart_city.governance"}},
  };
  return kMap;
}

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
  static const std::vector<std::string> kEmpty;
  const auto& map = CrossWalk();
  auto it = map.find(field_code);
  if (it != map.end()) return it->second;
  const Term* term = FindField(field_code);
  if (term != nullptr && !term->parent.empty()) {
    it = map.find(term->parent);
    if (it != map.end()) return it->second;
  }
  // Unknown child codes such as "F0403": fall back to the 3-letter parent.
  if (field_code.size() > 3) {
    it = map.find(field_code.substr(0, 3));
    if (it != map.end()) return it->second;
  }
  return kEmpty;
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
