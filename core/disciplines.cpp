// The sub-field <-> NSFC discipline table (core/disciplines.h): which codes of
// Fields() an expert working in a sub-field may hold, the code that fits the
// sub-field most specifically first (a child code such as F0406 where one
// fits). The demo generator draws experts' codes from it and the index maps an
// expert's codes back onto sub-fields with its inverse, so both read a
// discipline the same way.
#include <algorithm>
#include <map>

#include "core/disciplines.h"

#include "core/taxonomy.h"

namespace consortia {

const std::vector<SubfieldFields>& SubfieldFieldTable() {
  static const std::vector<SubfieldFields> kTable = {
      {"ic.design", {"F0402", "F01"}},
      {"ic.manufacturing", {"F0406", "F0407"}},
      {"ic.packaging", {"F0406"}},
      {"ic.equipment", {"F0406", "F05", "E05"}},
      {"ic.materials", {"F0401", "B05", "B08"}},
      {"ic.compound", {"F0401", "F0406"}},
      {"ai.foundation", {"F06", "F02"}},
      {"ai.ml", {"F06", "F02"}},
      {"ai.vision", {"F06", "F02"}},
      {"ai.data_mining", {"F06", "F02"}},
      {"ai.nlp", {"F06", "F02"}},
      {"ai.systems", {"F06", "F03"}},
      {"ai.brain", {"F06", "C09"}},
      {"ai.safety", {"F06", "F02"}},
      {"biomed.cell_gene", {"C21", "C06"}},
      {"biomed.vaccine", {"C08", "C21"}},
      {"biomed.antibody", {"C08", "C21"}},
      {"biomed.innovative_drug", {"H", "C05"}},
      {"biomed.device", {"C10", "H"}},
      {"biomed.bci", {"C09", "C10"}},
      {"biomed.synbio", {"C21", "C05", "B08"}},
      {"biomed.digital", {"H", "F06"}},
      {"biomed.tcm", {"H"}},
      {"new_energy.pv", {"E0607", "B05"}},
      {"new_energy.wind", {"E0607", "E07"}},
      {"new_energy.hydrogen", {"B05", "E0607"}},
      {"new_energy.storage", {"E0707", "B05", "E06"}},
      {"new_energy.grid", {"E07"}},
      {"new_energy.nev", {"E1207", "E07", "E0707"}},
      {"new_materials.metal", {"E01"}},
      {"new_materials.inorganic", {"E02"}},
      {"new_materials.polymer", {"E03", "B08"}},
      {"new_materials.composite", {"E03", "E02"}},
      {"new_materials.nano", {"B05", "E02"}},
      {"new_materials.rare_earth", {"E01", "B05"}},
      {"ngit.communication", {"F01", "F05"}},
      {"ngit.computing", {"F02"}},
      {"ngit.security", {"F02", "F01"}},
      {"ngit.display", {"F05", "B05"}},
      {"smart_mfg.robotics", {"F03", "E05"}},
      {"smart_mfg.cnc", {"E05", "E0510"}},
      {"smart_mfg.industrial_internet", {"E0510", "F03"}},
      {"smart_mfg.aerospace", {"E05", "E06"}},
      {"software.basic", {"F02"}},
      {"software.industrial", {"F02", "E0510"}},
      {"software.it_services", {"F02"}},
      {"st_services.transfer", {"G04", "G01"}},
      {"st_services.testing", {"F03", "G01", "F01"}},
      {"st_services.ip", {"G04", "G01"}},
      {"digital_economy.data", {"G01", "F02"}},
      {"digital_economy.fintech", {"G01", "F02"}},
      {"digital_economy.platform", {"G01", "F02"}},
      {"smart_city.transport", {"E12", "E1207"}},
      {"smart_city.governance", {"G04", "F02"}},
      {"smart_city.environment", {"E10"}},
      {"rural.seed", {"C13", "C06"}},
      {"rural.agri_machinery", {"E05", "C13"}},
      {"rural.food", {"C20"}},
  };
  return kTable;
}

const std::vector<std::string>& FieldsOfSubfield(std::string_view subfield) {
  static const std::vector<std::string> kNone;
  const auto& table = SubfieldFieldTable();
  auto it = std::find_if(table.begin(), table.end(),
                         [&](const SubfieldFields& s) { return s.subfield == subfield; });
  return it == table.end() ? kNone : it->fields;
}

const std::vector<std::string>& SubfieldsOfField(std::string_view field) {
  static const std::map<std::string, std::vector<std::string>, std::less<>> kInverse = [] {
    std::map<std::string, std::vector<std::string>, std::less<>> inverse;
    for (const Term& f : Fields()) {
      std::vector<std::string>& subfields = inverse[f.code];
      for (const SubfieldFields& s : SubfieldFieldTable()) {
        const bool listed =
            std::any_of(s.fields.begin(), s.fields.end(), [&](const std::string& c) {
              const Term* t = FindField(c);
              return c == f.code || (t != nullptr && t->parent == f.code);
            });
        if (listed) subfields.push_back(s.subfield);
      }
    }
    return inverse;
  }();
  static const std::vector<std::string> kNone;
  auto it = kInverse.find(field);
  return it == kInverse.end() ? kNone : it->second;
}

}  // namespace consortia
