#include "core/taxonomy.h"

#include <algorithm>
#include <map>

namespace consortia {
namespace {

template <typename T>
const T* FindCode(const std::vector<T>& terms, std::string_view code) {
  auto it = std::find_if(terms.begin(), terms.end(), [&](const T& t) { return t.code == code; });
  return it == terms.end() ? nullptr : &*it;
}

}  // namespace

const std::vector<Term>& Industries() {
  static const std::vector<Term> kTerms = {
      {"ngit", "新一代信息技术", "Next-generation IT", ""},
      {"ic", "集成电路", "Integrated circuits", ""},
      {"biomed", "生物医药健康", "Biomedicine and health", ""},
      {"smart_mfg", "智能制造", "Intelligent manufacturing", ""},
      {"software", "软件和信息服务业", "Software and information services", ""},
      {"ai", "人工智能", "Artificial intelligence", ""},
      {"st_services", "科技服务业", "S&T services", ""},
      {"new_energy", "新能源", "New energy", ""},
      {"digital_economy", "数字经济", "Digital economy", ""},
      {"smart_city", "智慧城市", "Smart city", ""},
      {"new_materials", "新材料", "New materials", ""},
      {"rural", "乡村振兴", "Rural revitalisation", ""},
  };
  return kTerms;
}

const std::vector<Term>& Subfields() {
  static const std::vector<Term> kTerms = {
      {"ic.design", "芯片设计(含EDA/IP)", "IC design incl. EDA/IP", "ic"},
      {"ic.manufacturing", "晶圆制造", "Wafer manufacturing", "ic"},
      {"ic.packaging", "封装测试", "Packaging and test", "ic"},
      {"ic.equipment", "集成电路装备", "Semiconductor equipment", "ic"},
      {"ic.materials", "集成电路材料", "Semiconductor materials", "ic"},
      {"ic.compound", "化合物半导体", "Compound semiconductors", "ic"},
      {"ai.foundation", "人工智能基础", "AI foundations", "ai"},
      {"ai.ml", "机器学习", "Machine learning", "ai"},
      {"ai.vision", "视觉与模式识别", "Vision and pattern recognition", "ai"},
      {"ai.data_mining", "数据挖掘", "Data mining", "ai"},
      {"ai.nlp", "自然语言处理", "Natural language processing", "ai"},
      {"ai.systems", "智能系统", "Intelligent systems", "ai"},
      {"ai.brain", "类脑计算与脑机接口", "Brain-inspired computing and BCI", "ai"},
      {"ai.safety", "人工智能安全", "AI safety", "ai"},
      {"biomed.cell_gene", "细胞与基因治疗", "Cell and gene therapy", "biomed"},
      {"biomed.vaccine", "疫苗", "Vaccines", "biomed"},
      {"biomed.antibody", "抗体药物", "Antibody drugs", "biomed"},
      {"biomed.innovative_drug", "创新药", "Innovative drugs", "biomed"},
      {"biomed.device", "创新医疗器械", "Innovative medical devices", "biomed"},
      {"biomed.bci", "脑机接口", "Brain-computer interfaces", "biomed"},
      {"biomed.synbio", "合成生物", "Synthetic biology", "biomed"},
      {"biomed.digital", "数字医疗", "Digital medicine", "biomed"},
      {"biomed.tcm", "中医药", "Traditional Chinese medicine", "biomed"},
      {"new_energy.pv", "光伏", "Photovoltaics", "new_energy"},
      {"new_energy.wind", "风电", "Wind power", "new_energy"},
      {"new_energy.hydrogen", "氢能", "Hydrogen", "new_energy"},
      {"new_energy.storage", "储能", "Energy storage", "new_energy"},
      {"new_energy.grid", "智能电网", "Smart grid", "new_energy"},
      {"new_energy.nev", "新能源汽车", "New-energy vehicles", "new_energy"},
      {"new_materials.metal", "金属材料", "Metals", "new_materials"},
      {"new_materials.inorganic", "无机非金属材料", "Inorganic non-metallic", "new_materials"},
      {"new_materials.polymer", "高分子材料", "Polymers", "new_materials"},
      {"new_materials.composite", "复合材料", "Composites", "new_materials"},
      {"new_materials.nano", "纳米材料", "Nanomaterials", "new_materials"},
      {"new_materials.rare_earth", "稀土材料", "Rare earth", "new_materials"},
      {"ngit.communication", "新一代通信", "Next-generation communications", "ngit"},
      {"ngit.computing", "算力与云计算", "Computing and cloud", "ngit"},
      {"ngit.security", "网络与信息安全", "Cyber security", "ngit"},
      {"ngit.display", "新型显示", "Novel displays", "ngit"},
      {"smart_mfg.robotics", "机器人", "Robotics", "smart_mfg"},
      {"smart_mfg.cnc", "高端数控装备", "High-end CNC equipment", "smart_mfg"},
      {"smart_mfg.industrial_internet", "工业互联网", "Industrial internet", "smart_mfg"},
      {"smart_mfg.aerospace", "航空航天装备", "Aerospace equipment", "smart_mfg"},
      {"software.basic", "基础软件", "Basic software", "software"},
      {"software.industrial", "工业软件", "Industrial software", "software"},
      {"software.it_services", "信息技术服务", "IT services", "software"},
      {"st_services.transfer", "技术转移", "Technology transfer", "st_services"},
      {"st_services.testing", "检验检测", "Testing and certification", "st_services"},
      {"st_services.ip", "知识产权服务", "IP services", "st_services"},
      {"digital_economy.data", "数据要素", "Data as a factor", "digital_economy"},
      {"digital_economy.fintech", "金融科技", "Fintech", "digital_economy"},
      {"digital_economy.platform", "数字平台", "Digital platforms", "digital_economy"},
      {"smart_city.transport", "智慧交通", "Intelligent transport", "smart_city"},
      {"smart_city.governance", "城市治理", "Urban governance", "smart_city"},
      {"smart_city.environment", "生态环境监测", "Environmental monitoring", "smart_city"},
      {"rural.seed", "种业", "Seed industry", "rural"},
      {"rural.agri_machinery", "农业机械", "Agricultural machinery", "rural"},
      {"rural.food", "食品科技", "Food science", "rural"},
  };
  return kTerms;
}

const std::vector<Term>& Districts() {
  static const std::vector<Term> kTerms = {
      {"110101", "东城区", "Dongcheng", ""},     {"110102", "西城区", "Xicheng", ""},
      {"110105", "朝阳区", "Chaoyang", ""},      {"110106", "丰台区", "Fengtai", ""},
      {"110107", "石景山区", "Shijingshan", ""}, {"110108", "海淀区", "Haidian", ""},
      {"110109", "门头沟区", "Mentougou", ""},   {"110111", "房山区", "Fangshan", ""},
      {"110112", "通州区", "Tongzhou", ""},      {"110113", "顺义区", "Shunyi", ""},
      {"110114", "昌平区", "Changping", ""},     {"110115", "大兴区", "Daxing", ""},
      {"110116", "怀柔区", "Huairou", ""},       {"110117", "平谷区", "Pinggu", ""},
      {"110118", "密云区", "Miyun", ""},         {"110119", "延庆区", "Yanqing", ""},
  };
  return kTerms;
}

const std::vector<Region>& Regions() {
  // Lead industries: E-Town, Future Science City and Huairou as BEIJING.md
  // gives them; Zhongguancun Science City (Haidian) and the parks from their
  // districts' industrial plans (approximate).
  using K = RegionKind;
  static const std::vector<Region> kRegions = {
      {"zgc_science_city",
       "中关村科学城",
       "Zhongguancun Science City",
       K::kZone,
       {"110108"},
       {"ai", "ic", "software"}},
      {"huairou_science_city",
       "怀柔科学城",
       "Huairou Science City",
       K::kZone,
       {"110116"},
       {"new_materials", "st_services"}},
      {"future_science_city",
       "未来科学城",
       "Future Science City",
       K::kZone,
       {"110114"},
       {"new_energy", "smart_mfg", "biomed"}},
      {"etown",
       "北京经济技术开发区(亦庄)",
       "Beijing E-Town",
       K::kZone,
       {"110115", "110112"},
       {"ngit", "new_energy", "biomed", "smart_mfg"}},
      {"zgc_dongcheng",
       "中关村东城园",
       "ZGC Dongcheng Park",
       K::kPark,
       {"110101"},
       {"digital_economy", "st_services", "software"}},
      {"zgc_xicheng",
       "中关村西城园",
       "ZGC Xicheng Park",
       K::kPark,
       {"110102"},
       {"digital_economy", "software", "st_services"}},
      {"zgc_chaoyang",
       "中关村朝阳园",
       "ZGC Chaoyang Park",
       K::kPark,
       {"110105"},
       {"ngit", "digital_economy", "ai", "st_services"}},
      {"zgc_haidian",
       "中关村海淀园",
       "ZGC Haidian Park",
       K::kPark,
       {"110108"},
       {"ai", "ic", "software"}},
      {"zgc_fengtai",
       "中关村丰台园",
       "ZGC Fengtai Park",
       K::kPark,
       {"110106"},
       {"smart_mfg", "smart_city", "ngit"}},
      {"zgc_shijingshan",
       "中关村石景山园",
       "ZGC Shijingshan Park",
       K::kPark,
       {"110107"},
       {"ngit", "smart_city", "digital_economy"}},
      {"zgc_mentougou",
       "中关村门头沟园",
       "ZGC Mentougou Park",
       K::kPark,
       {"110109"},
       {"ai", "smart_city"}},
      {"zgc_fangshan",
       "中关村房山园",
       "ZGC Fangshan Park",
       K::kPark,
       {"110111"},
       {"new_materials", "smart_mfg", "new_energy"}},
      {"zgc_tongzhou",
       "中关村通州园",
       "ZGC Tongzhou Park",
       K::kPark,
       {"110112"},
       {"ngit", "new_energy", "biomed", "smart_mfg"}},
      {"zgc_shunyi",
       "中关村顺义园",
       "ZGC Shunyi Park",
       K::kPark,
       {"110113"},
       {"new_energy", "ic", "smart_mfg"}},
      {"zgc_daxing_yizhuang",
       "中关村大兴-亦庄园",
       "ZGC Daxing-Yizhuang Park",
       K::kPark,
       {"110115"},
       {"ngit", "new_energy", "biomed", "smart_mfg"}},
      {"zgc_changping",
       "中关村昌平园",
       "ZGC Changping Park",
       K::kPark,
       {"110114"},
       {"new_energy", "smart_mfg", "biomed"}},
      {"zgc_pinggu",
       "中关村平谷园",
       "ZGC Pinggu Park",
       K::kPark,
       {"110117"},
       {"rural", "digital_economy"}},
      {"zgc_huairou",
       "中关村怀柔园",
       "ZGC Huairou Park",
       K::kPark,
       {"110116"},
       {"new_materials", "st_services"}},
      {"zgc_miyun",
       "中关村密云园",
       "ZGC Miyun Park",
       K::kPark,
       {"110118"},
       {"rural", "new_materials"}},
      {"zgc_yanqing",
       "中关村延庆园",
       "ZGC Yanqing Park",
       K::kPark,
       {"110119"},
       {"new_energy", "rural", "smart_city"}},
  };
  return kRegions;
}

const std::vector<std::string>& ChainNeighbours(std::string_view subfield) {
  // Symmetric pairs, written from the domain: up- and downstream positions of
  // a chain and the lines one enterprise pairs with its own.
  static const std::map<std::string, std::vector<std::string>, std::less<>> kByCode = [] {
    static const char* const kPairs[][2] = {
        // 集成电路: design -> manufacturing -> packaging; equipment and materials upstream
        {"ic.design", "ic.manufacturing"},
        {"ic.design", "ic.packaging"},
        {"ic.manufacturing", "ic.packaging"},
        {"ic.manufacturing", "ic.equipment"},
        {"ic.manufacturing", "ic.materials"},
        {"ic.packaging", "ic.equipment"},
        {"ic.packaging", "ic.materials"},
        {"ic.compound", "ic.equipment"},
        {"ic.compound", "ic.materials"},
        {"ic.design", "ai.foundation"},
        {"ic.design", "ngit.communication"},
        {"ic.compound", "new_energy.grid"},
        {"ic.compound", "new_energy.nev"},
        {"ic.compound", "ngit.display"},
        {"ic.materials", "new_materials.polymer"},
        {"ic.materials", "new_materials.inorganic"},
        // 人工智能
        {"ai.foundation", "ai.ml"},
        {"ai.foundation", "ai.nlp"},
        {"ai.foundation", "ngit.computing"},
        {"ai.ml", "ai.vision"},
        {"ai.ml", "ai.data_mining"},
        {"ai.ml", "ai.nlp"},
        {"ai.ml", "ai.safety"},
        {"ai.vision", "ai.systems"},
        {"ai.systems", "smart_mfg.robotics"},
        {"ai.systems", "smart_city.transport"},
        {"ai.systems", "new_energy.nev"},
        {"ai.brain", "biomed.bci"},
        {"ai.safety", "ngit.security"},
        {"ai.data_mining", "digital_economy.data"},
        {"ai.vision", "biomed.device"},
        {"ai.nlp", "biomed.digital"},
        // 生物医药健康
        {"biomed.cell_gene", "biomed.antibody"},
        {"biomed.cell_gene", "biomed.synbio"},
        {"biomed.vaccine", "biomed.antibody"},
        {"biomed.vaccine", "biomed.synbio"},
        {"biomed.antibody", "biomed.innovative_drug"},
        {"biomed.innovative_drug", "biomed.tcm"},
        {"biomed.device", "biomed.digital"},
        {"biomed.device", "biomed.bci"},
        {"biomed.device", "smart_mfg.robotics"},
        {"biomed.synbio", "rural.food"},
        {"biomed.synbio", "rural.seed"},
        {"biomed.synbio", "new_materials.polymer"},
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
        {"new_energy.pv", "new_materials.inorganic"},
        // 新材料
        {"new_materials.metal", "new_materials.composite"},
        {"new_materials.metal", "new_materials.rare_earth"},
        {"new_materials.polymer", "new_materials.composite"},
        {"new_materials.inorganic", "new_materials.composite"},
        {"new_materials.inorganic", "new_materials.nano"},
        {"new_materials.nano", "new_materials.rare_earth"},
        {"new_materials.metal", "smart_mfg.cnc"},
        {"new_materials.metal", "smart_mfg.aerospace"},
        {"new_materials.composite", "smart_mfg.aerospace"},
        {"new_materials.rare_earth", "ngit.display"},
        // 新一代信息技术
        {"ngit.communication", "ngit.computing"},
        {"ngit.computing", "ngit.security"},
        {"ngit.computing", "software.basic"},
        {"ngit.security", "software.basic"},
        // 智能制造
        {"smart_mfg.robotics", "smart_mfg.cnc"},
        {"smart_mfg.robotics", "smart_mfg.industrial_internet"},
        {"smart_mfg.cnc", "smart_mfg.industrial_internet"},
        {"smart_mfg.cnc", "smart_mfg.aerospace"},
        {"smart_mfg.robotics", "rural.agri_machinery"},
        {"smart_mfg.industrial_internet", "software.industrial"},
        {"smart_mfg.industrial_internet", "ngit.communication"},
        // 软件和信息服务业
        {"software.basic", "software.it_services"},
        {"software.industrial", "software.it_services"},
        {"software.it_services", "digital_economy.platform"},
        // 科技服务业
        {"st_services.transfer", "st_services.ip"},
        {"st_services.transfer", "st_services.testing"},
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
        {"rural.seed", "rural.food"},
        {"rural.agri_machinery", "rural.food"},
    };
    std::map<std::string, std::vector<std::string>, std::less<>> by;
    for (const auto& pair : kPairs) {
      by[pair[0]].push_back(pair[1]);
      by[pair[1]].push_back(pair[0]);
    }
    return by;
  }();
  static const std::vector<std::string> kNone;
  auto it = kByCode.find(subfield);
  return it == kByCode.end() ? kNone : it->second;
}

const std::vector<Term>& Fields() {
  static const std::vector<Term> kTerms = {
      {"F01", "电子学与信息系统", "Electronics and information systems", ""},
      {"F02", "计算机科学", "Computer science", ""},
      {"F03", "自动化", "Automation", ""},
      {"F04", "半导体科学与信息器件", "Semiconductors", ""},
      {"F0401", "半导体材料", "Semiconductor materials", "F04"},
      {"F0402", "集成电路设计", "IC design", "F04"},
      {"F0406", "半导体器件、制造与封装", "Devices, manufacturing and packaging", "F04"},
      {"F0407", "微机电系统", "MEMS", "F04"},
      {"F05", "光学和光电子学", "Optics and optoelectronics", ""},
      {"F06", "人工智能", "Artificial intelligence", ""},
      {"E01", "金属材料", "Metallic materials", ""},
      {"E02", "无机非金属材料", "Inorganic non-metallic materials", ""},
      {"E03", "有机高分子材料", "Organic polymer materials", ""},
      {"E05", "机械设计与制造", "Mechanical design and manufacturing", ""},
      {"E0510", "智能制造", "Intelligent manufacturing", "E05"},
      {"E06", "工程热物理与能源利用", "Energy", ""},
      {"E0607", "可再生能源", "Renewable energy", "E06"},
      {"E07", "电气科学与工程", "Electrical engineering", ""},
      {"E0707", "储能", "Energy storage", "E07"},
      {"E10", "环境工程", "Environmental engineering", ""},
      {"E12", "交通与运载工程", "Transport engineering", ""},
      {"E1207", "智能网联汽车", "Intelligent vehicles", "E12"},
      {"B05", "材料化学与能源化学", "Materials and energy chemistry", ""},
      {"B08", "化学工程与工业化学", "Chemical engineering", ""},
      {"C05", "生物物理与生物化学", "Biophysics and biochemistry", ""},
      {"C06", "遗传学与生物信息学", "Genetics and bioinformatics", ""},
      {"C08", "免疫学", "Immunology", ""},
      {"C09", "神经科学", "Neuroscience", ""},
      {"C10", "生物材料、成像与组织工程", "Biomaterials and imaging", ""},
      {"C13", "农学基础与作物学", "Agronomy", ""},
      {"C20", "食品科学", "Food science", ""},
      {"C21", "分子生物学与生物技术", "Molecular biology and biotechnology", ""},
      {"H", "医学科学", "Medical sciences", ""},
      {"G01", "管理科学与工程", "Management science", ""},
      {"G04", "宏观管理与政策", "Policy", ""},
  };
  return kTerms;
}

const std::vector<Term>& Capabilities() {
  static const std::vector<Term> kTerms = {
      {"rnd", "研发", "R&D", ""},
      {"technology_transfer", "技术转移", "Technology transfer", ""},
      {"standards", "标准制定", "Standards", ""},
      {"international", "国际合作", "International cooperation", ""},
      {"brand", "品牌建设", "Brand building", ""},
      {"academic_exchange", "学术交流", "Academic exchange", ""},
      {"technical_service", "技术服务", "Technical service", ""},
      {"laboratory", "实验室条件", "Laboratory", ""},
      {"service_platform", "科技服务平台", "Service platform", ""},
  };
  return kTerms;
}

const Term* FindIndustry(std::string_view code) { return FindCode(Industries(), code); }
const Term* FindSubfield(std::string_view code) { return FindCode(Subfields(), code); }
const Term* FindDistrict(std::string_view code) { return FindCode(Districts(), code); }
const Region* FindRegion(std::string_view code) { return FindCode(Regions(), code); }
const Term* FindField(std::string_view code) { return FindCode(Fields(), code); }
const Term* FindCapability(std::string_view code) { return FindCode(Capabilities(), code); }

const Region* FindZone(std::string_view code) {
  const Region* r = FindRegion(code);
  return r != nullptr && r->kind == RegionKind::kZone ? r : nullptr;
}

const Region* FindPark(std::string_view code) {
  const Region* r = FindRegion(code);
  return r != nullptr && r->kind == RegionKind::kPark ? r : nullptr;
}

const std::vector<std::string>& ZoneCodes() {
  static const std::vector<std::string> kZones = [] {
    std::vector<std::string> zones;
    for (const Region& r : Regions()) {
      if (r.kind == RegionKind::kZone) zones.push_back(r.code);
    }
    return zones;
  }();
  return kZones;
}

bool RegionContains(std::string_view region_code, std::string_view zone, std::string_view park) {
  const Region* region = FindRegion(region_code);
  if (region == nullptr) return false;
  if (region->kind == RegionKind::kZone) return zone == region_code;
  return park == region_code;
}

bool RegionSpansDistrict(std::string_view region_code, std::string_view district) {
  const Region* region = FindRegion(region_code);
  if (region == nullptr || district.empty()) return false;
  return std::find(region->districts.begin(), region->districts.end(), district) !=
         region->districts.end();
}

}  // namespace consortia
