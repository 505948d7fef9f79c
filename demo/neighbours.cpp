// Neighbouring sub-fields (vocabulary.h): lines of work one person or one
// enterprise plausibly combines — chip design with packaging (chiplets) or AI
// chips, wafer fabrication with its equipment and materials, SiC devices with
// power grids and electric vehicles, AI vision with medical imaging. An expert's
// second sub-field and an enterprise's further ones are neighbours of its first.
#include <map>
#include <string>

#include "vocabulary.h"

namespace consortia::detail {
namespace {

// Symmetric pairs, written from the domain.
const std::vector<std::pair<std::string_view, std::string_view>>& Pairs() {
  static const std::vector<std::pair<std::string_view, std::string_view>> kPairs = {
      // 集成电路
      {"ic.design", "ic.packaging"},
      {"ic.design", "ai.foundation"},
      {"ic.design", "ngit.security"},
      {"ic.design", "ngit.communication"},
      {"ic.manufacturing", "ic.equipment"},
      {"ic.manufacturing", "ic.materials"},
      {"ic.manufacturing", "ic.packaging"},
      {"ic.compound", "new_energy.grid"},
      {"ic.compound", "new_energy.nev"},
      {"ic.compound", "ngit.display"},
      {"ic.compound", "ngit.communication"},
      {"ic.materials", "new_materials.polymer"},
      // 人工智能
      {"ai.foundation", "ai.ml"},
      {"ai.foundation", "ai.nlp"},
      {"ai.foundation", "ngit.computing"},
      {"ai.ml", "ai.vision"},
      {"ai.ml", "ai.data_mining"},
      {"ai.ml", "ai.nlp"},
      {"ai.ml", "ai.safety"},
      {"ai.vision", "ai.systems"},
      {"ai.vision", "biomed.digital"},
      {"ai.vision", "biomed.device"},
      {"ai.systems", "smart_mfg.robotics"},
      {"ai.systems", "smart_city.transport"},
      {"ai.systems", "new_energy.nev"},
      {"ai.brain", "biomed.bci"},
      {"ai.safety", "ngit.security"},
      {"ai.data_mining", "digital_economy.data"},
      {"ai.nlp", "biomed.digital"},
      // 生物医药健康
      {"biomed.cell_gene", "biomed.antibody"},
      {"biomed.cell_gene", "biomed.synbio"},
      {"biomed.vaccine", "biomed.antibody"},
      {"biomed.antibody", "biomed.innovative_drug"},
      {"biomed.innovative_drug", "biomed.tcm"},
      {"biomed.device", "biomed.digital"},
      {"biomed.device", "biomed.bci"},
      {"biomed.device", "smart_mfg.robotics"},
      {"biomed.synbio", "rural.food"},
      {"biomed.synbio", "new_materials.polymer"},
      {"biomed.synbio", "rural.seed"},
      {"biomed.tcm", "biomed.digital"},
      // 新能源
      {"new_energy.pv", "new_energy.grid"},
      {"new_energy.pv", "new_energy.storage"},
      {"new_energy.wind", "new_energy.grid"},
      {"new_energy.storage", "new_energy.grid"},
      {"new_energy.storage", "new_energy.nev"},
      {"new_energy.hydrogen", "new_energy.nev"},
      {"new_energy.hydrogen", "new_energy.storage"},
      {"new_energy.nev", "smart_city.transport"},
      {"new_energy.storage", "new_materials.nano"},
      {"new_energy.hydrogen", "new_materials.nano"},
      // 新材料
      {"new_materials.metal", "new_materials.composite"},
      {"new_materials.metal", "new_materials.rare_earth"},
      {"new_materials.metal", "smart_mfg.cnc"},
      {"new_materials.metal", "smart_mfg.aerospace"},
      {"new_materials.polymer", "new_materials.composite"},
      {"new_materials.inorganic", "new_materials.composite"},
      {"new_materials.inorganic", "new_materials.nano"},
      {"new_materials.nano", "new_materials.rare_earth"},
      {"new_materials.rare_earth", "ngit.display"},
      {"new_materials.composite", "smart_mfg.aerospace"},
      // 新一代信息技术
      {"ngit.communication", "ngit.computing"},
      {"ngit.computing", "ngit.security"},
      {"ngit.computing", "software.basic"},
      {"ngit.security", "software.basic"},
      // 智能制造
      {"smart_mfg.robotics", "smart_mfg.cnc"},
      {"smart_mfg.robotics", "smart_mfg.industrial_internet"},
      {"smart_mfg.robotics", "rural.agri_machinery"},
      {"smart_mfg.cnc", "smart_mfg.industrial_internet"},
      {"smart_mfg.cnc", "smart_mfg.aerospace"},
      {"smart_mfg.industrial_internet", "software.industrial"},
      {"smart_mfg.industrial_internet", "ngit.communication"},
      // 软件和信息服务业
      {"software.basic", "software.it_services"},
      {"software.industrial", "software.it_services"},
      {"software.it_services", "digital_economy.platform"},
      // 科技服务业
      {"st_services.transfer", "st_services.ip"},
      // 数字经济
      {"digital_economy.data", "digital_economy.fintech"},
      {"digital_economy.data", "digital_economy.platform"},
      {"digital_economy.fintech", "digital_economy.platform"},
      {"digital_economy.data", "smart_city.governance"},
      // 智慧城市
      {"smart_city.transport", "smart_city.governance"},
      {"smart_city.governance", "smart_city.environment"},
      // 乡村振兴
      {"rural.seed", "rural.agri_machinery"},
      {"rural.agri_machinery", "rural.food"},
  };
  return kPairs;
}

}  // namespace

const std::vector<std::string_view>& NeighboursOf(std::string_view subfield) {
  static const std::map<std::string, std::vector<std::string_view>, std::less<>> kByCode = [] {
    std::map<std::string, std::vector<std::string_view>, std::less<>> by;
    for (const auto& [a, b] : Pairs()) {
      by[std::string(a)].push_back(b);
      by[std::string(b)].push_back(a);
    }
    return by;
  }();
  static const std::vector<std::string_view> kNone;
  auto it = kByCode.find(subfield);
  return it == kByCode.end() ? kNone : it->second;
}

}  // namespace consortia::detail
