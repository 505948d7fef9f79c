#include "names.h"

#include <map>

#include "core/taxonomy.h"
#include "vocabulary.h"

namespace consortia::detail {

// ---- public institutions (shared/domain/BEIJING.md) --------------------------

const std::vector<PublicInstitution>& PublicInstitutions() {
  using K = OrgKind;
  static const std::vector<PublicInstitution> kList = {
      {"tsinghua",
       "清华大学",
       "Tsinghua University",
       K::kUniversity,
       "110108",
       {"ic", "ai", "new_energy", "biomed"}},
      {"pku", "北京大学", "Peking University", K::kUniversity, "110108", {"ic", "ai", "biomed"}},
      {"cas-ict",
       "中国科学院计算技术研究所",
       "Institute of Computing Technology, CAS",
       K::kResearchInstitute,
       "110108",
       {"ngit", "ic", "ai"}},
      {"buaa",
       "北京航空航天大学",
       "Beihang University",
       K::kUniversity,
       "110108",
       {"smart_mfg", "software", "ai"}},
      {"bit",
       "北京理工大学",
       "Beijing Institute of Technology",
       K::kUniversity,
       "110108",
       {"smart_mfg", "ngit", "new_energy"}},
      {"baai",
       "北京智源人工智能研究院",
       "Beijing Academy of Artificial Intelligence",
       K::kResearchInstitute,
       "110108",
       {"ai"}},
      {"bupt",
       "北京邮电大学",
       "Beijing University of Posts and Telecommunications",
       K::kUniversity,
       "110108",
       {"ngit", "ai", "software"}},
      {"cas-ime",
       "中国科学院微电子研究所",
       "Institute of Microelectronics, CAS",
       K::kResearchInstitute,
       "110105",
       {"ic"}},
      {"ustb",
       "北京科技大学",
       "University of Science and Technology Beijing",
       K::kUniversity,
       "110108",
       {"new_materials", "smart_mfg"}},
      {"nibs",
       "北京生命科学研究所",
       "National Institute of Biological Sciences, Beijing",
       K::kResearchInstitute,
       "110114",
       {"biomed"}},
      {"bjut",
       "北京工业大学",
       "Beijing University of Technology",
       K::kUniversity,
       "110105",
       {"smart_mfg", "new_materials", "smart_city"}},
      {"cas-ia",
       "中国科学院自动化研究所",
       "Institute of Automation, CAS",
       K::kResearchInstitute,
       "110108",
       {"ai", "smart_mfg"}},
      {"bjtu",
       "北京交通大学",
       "Beijing Jiaotong University",
       K::kUniversity,
       "110108",
       {"smart_city", "new_energy", "ngit"}},
      {"caict",
       "中国信息通信研究院",
       "China Academy of Information and Communications Technology",
       K::kResearchInstitute,
       "110108",
       {"ngit", "digital_economy", "software"}},
      {"buct",
       "北京化工大学",
       "Beijing University of Chemical Technology",
       K::kUniversity,
       "110105",
       {"new_materials", "biomed"}},
      {"cas-semi",
       "中国科学院半导体研究所",
       "Institute of Semiconductors, CAS",
       K::kResearchInstitute,
       "110108",
       {"ic", "ngit"}},
      {"ncepu",
       "华北电力大学",
       "North China Electric Power University",
       K::kUniversity,
       "110114",
       {"new_energy"}},
      {"epri",
       "中国电力科学研究院",
       "China Electric Power Research Institute",
       K::kResearchInstitute,
       "110108",
       {"new_energy"}},
      {"cau",
       "中国农业大学",
       "China Agricultural University",
       K::kUniversity,
       "110108",
       {"rural", "biomed"}},
      {"grinm",
       "有研科技集团",
       "GRINM Group",
       K::kResearchInstitute,
       "110102",
       {"new_materials", "ic"}},
      {"ccmu", "首都医科大学", "Capital Medical University", K::kUniversity, "110106", {"biomed"}},
      {"binn",
       "中国科学院北京纳米能源与系统研究所",
       "Beijing Institute of Nanoenergy and Nanosystems, CAS",
       K::kResearchInstitute,
       "110116",
       {"new_materials", "new_energy"}},
      {"bucm",
       "北京中医药大学",
       "Beijing University of Chinese Medicine",
       K::kUniversity,
       "110105",
       {"biomed"}},
      {"pumc",
       "北京协和医学院",
       "Peking Union Medical College",
       K::kUniversity,
       "110101",
       {"biomed"}},
      {"ruc",
       "中国人民大学",
       "Renmin University of China",
       K::kUniversity,
       "110108",
       {"digital_economy", "st_services"}},
      {"ucas",
       "中国科学院大学",
       "University of Chinese Academy of Sciences",
       K::kUniversity,
       "110116",
       {"ai", "new_materials", "biomed"}},
      {"cas-iop",
       "中国科学院物理研究所",
       "Institute of Physics, CAS",
       K::kResearchInstitute,
       "110108",
       {"new_materials", "new_energy"}},
      {"cas-iccas",
       "中国科学院化学研究所",
       "Institute of Chemistry, CAS",
       K::kResearchInstitute,
       "110108",
       {"new_materials", "biomed"}},
      {"cas-ibp",
       "中国科学院生物物理研究所",
       "Institute of Biophysics, CAS",
       K::kResearchInstitute,
       "110105",
       {"biomed"}},
      {"cas-iscas",
       "中国科学院软件研究所",
       "Institute of Software, CAS",
       K::kResearchInstitute,
       "110108",
       {"software", "ai"}},
      {"cas-iee",
       "中国科学院电工研究所",
       "Institute of Electrical Engineering, CAS",
       K::kResearchInstitute,
       "110108",
       {"new_energy"}},
      {"cas-ipe",
       "中国科学院过程工程研究所",
       "Institute of Process Engineering, CAS",
       K::kResearchInstitute,
       "110108",
       {"new_materials", "new_energy"}},
      {"cas-ipc",
       "中国科学院理化技术研究所",
       "Technical Institute of Physics and Chemistry, CAS",
       K::kResearchInstitute,
       "110108",
       {"new_materials"}},
      {"cas-air",
       "中国科学院空天信息创新研究院",
       "Aerospace Information Research Institute, CAS",
       K::kResearchInstitute,
       "110108",
       {"ngit", "smart_city"}},
      {"cas-imech",
       "中国科学院力学研究所",
       "Institute of Mechanics, CAS",
       K::kResearchInstitute,
       "110108",
       {"smart_mfg", "new_materials"}},
      {"nanoctr",
       "国家纳米科学中心",
       "National Center for Nanoscience and Technology",
       K::kResearchInstitute,
       "110108",
       {"new_materials", "biomed"}},
      {"cas-im",
       "中国科学院微生物研究所",
       "Institute of Microbiology, CAS",
       K::kResearchInstitute,
       "110105",
       {"biomed", "rural"}},
      {"baqis",
       "北京量子信息科学研究院",
       "Beijing Academy of Quantum Information Sciences",
       K::kResearchInstitute,
       "110108",
       {"ngit", "ic"}},
      {"cibr",
       "北京脑科学与类脑研究所",
       "Chinese Institute for Brain Research, Beijing",
       K::kResearchInstitute,
       "110114",
       {"biomed", "ai"}},
      {"bnu",
       "北京师范大学",
       "Beijing Normal University",
       K::kUniversity,
       "110102",
       {"ai", "smart_city"}},
      {"cams",
       "中国医学科学院",
       "Chinese Academy of Medical Sciences",
       K::kResearchInstitute,
       "110101",
       {"biomed"}},
      {"caas",
       "中国农业科学院",
       "Chinese Academy of Agricultural Sciences",
       K::kResearchInstitute,
       "110108",
       {"rural"}},
      {"cas-ioa",
       "中国科学院声学研究所",
       "Institute of Acoustics, CAS",
       K::kResearchInstitute,
       "110108",
       {"ngit"}},
      {"cas-iet",
       "中国科学院工程热物理研究所",
       "Institute of Engineering Thermophysics, CAS",
       K::kResearchInstitute,
       "110108",
       {"new_energy"}},
      {"cas-iie",
       "中国科学院信息工程研究所",
       "Institute of Information Engineering, CAS",
       K::kResearchInstitute,
       "110108",
       {"ngit", "software"}},
      {"cas-genetics",
       "中国科学院遗传与发育生物学研究所",
       "Institute of Genetics and Developmental Biology, CAS",
       K::kResearchInstitute,
       "110105",
       {"rural", "biomed"}},
      {"cas-ihep",
       "中国科学院高能物理研究所",
       "Institute of High Energy Physics, CAS",
       K::kResearchInstitute,
       "110107",
       {"new_materials", "st_services"}},
      {"cas-rcees",
       "中国科学院生态环境研究中心",
       "Research Center for Eco-Environmental Sciences, CAS",
       K::kResearchInstitute,
       "110108",
       {"smart_city"}},
      {"cas-ib",
       "中国科学院植物研究所",
       "Institute of Botany, CAS",
       K::kResearchInstitute,
       "110108",
       {"rural"}},
      {"cisri",
       "钢铁研究总院",
       "Central Iron and Steel Research Institute",
       K::kResearchInstitute,
       "110108",
       {"new_materials"}},
      {"cbma",
       "中国建筑材料科学研究总院",
       "China Building Materials Academy",
       K::kResearchInstitute,
       "110105",
       {"new_materials"}},
      {"nim",
       "中国计量科学研究院",
       "National Institute of Metrology, China",
       K::kResearchInstitute,
       "110105",
       {"st_services"}},
      {"cnis",
       "中国标准化研究院",
       "China National Institute of Standardization",
       K::kResearchInstitute,
       "110108",
       {"st_services"}},
      {"cesi",
       "中国电子技术标准化研究院",
       "China Electronics Standardization Institute",
       K::kResearchInstitute,
       "110101",
       {"ngit", "st_services", "software"}},
      {"bjast",
       "北京市科学技术研究院",
       "Beijing Academy of Science and Technology",
       K::kResearchInstitute,
       "110108",
       {"st_services", "smart_city"}},
      {"baafs",
       "北京市农林科学院",
       "Beijing Academy of Agriculture and Forestry Sciences",
       K::kResearchInstitute,
       "110108",
       {"rural"}},
      {"bimsa",
       "北京雁栖湖应用数学研究院",
       "Beijing Institute of Mathematical Sciences and Applications",
       K::kResearchInstitute,
       "110116",
       {"ai"}},
      {"bjfu",
       "北京林业大学",
       "Beijing Forestry University",
       K::kUniversity,
       "110108",
       {"rural", "new_materials"}},
      {"cnu",
       "首都师范大学",
       "Capital Normal University",
       K::kUniversity,
       "110108",
       {"ai", "software"}},
      {"bistu",
       "北京信息科技大学",
       "Beijing Information Science and Technology University",
       K::kUniversity,
       "110114",
       {"ngit", "smart_mfg"}},
      {"ncut",
       "北方工业大学",
       "North China University of Technology",
       K::kUniversity,
       "110107",
       {"smart_mfg", "smart_city"}},
      {"bipt",
       "北京石油化工学院",
       "Beijing Institute of Petrochemical Technology",
       K::kUniversity,
       "110115",
       {"new_materials", "new_energy"}},
      {"bucea",
       "北京建筑大学",
       "Beijing University of Civil Engineering and Architecture",
       K::kUniversity,
       "110102",
       {"smart_city"}},
      {"cupb",
       "中国石油大学(北京)",
       "China University of Petroleum, Beijing",
       K::kUniversity,
       "110114",
       {"new_energy", "new_materials"}},
      {"cugb",
       "中国地质大学(北京)",
       "China University of Geosciences, Beijing",
       K::kUniversity,
       "110108",
       {"new_materials", "smart_city"}},
      {"cumtb",
       "中国矿业大学(北京)",
       "China University of Mining and Technology, Beijing",
       K::kUniversity,
       "110108",
       {"smart_mfg", "new_energy"}},
      {"buu",
       "北京联合大学",
       "Beijing Union University",
       K::kUniversity,
       "110105",
       {"software", "smart_city"}},
      {"btbu",
       "北京工商大学",
       "Beijing Technology and Business University",
       K::kUniversity,
       "110111",
       {"rural", "digital_economy"}},
      {"bua",
       "北京农学院",
       "Beijing University of Agriculture",
       K::kUniversity,
       "110114",
       {"rural"}},
      {"cufe",
       "中央财经大学",
       "Central University of Finance and Economics",
       K::kUniversity,
       "110108",
       {"digital_economy"}},
      {"uibe",
       "对外经济贸易大学",
       "University of International Business and Economics",
       K::kUniversity,
       "110105",
       {"digital_economy", "st_services"}},
      {"cuc",
       "中国传媒大学",
       "Communication University of China",
       K::kUniversity,
       "110105",
       {"ngit", "digital_economy"}},
  };
  return kList;
}

const std::vector<PublicSociety>& NationalSocieties() {
  static const std::vector<PublicSociety> kList = {
      {"中国电子学会", "Chinese Institute of Electronics", {"ngit", "ic"}},
      {"中国计算机学会", "China Computer Federation", {"software", "ai", "ngit"}},
      {"中国人工智能学会", "Chinese Association for Artificial Intelligence", {"ai"}},
      {"中国通信学会", "China Institute of Communications", {"ngit"}},
      {"中国汽车工程学会", "China Society of Automotive Engineers", {"new_energy", "smart_mfg"}},
      {"中国生物医学工程学会", "Chinese Society of Biomedical Engineering", {"biomed"}},
      {"中国材料研究学会", "Chinese Materials Research Society", {"new_materials"}},
      {"中国机械工程学会", "Chinese Mechanical Engineering Society", {"smart_mfg"}},
      {"中国电机工程学会", "Chinese Society for Electrical Engineering", {"new_energy"}},
      {"中国药学会", "Chinese Pharmaceutical Association", {"biomed"}},
      {"中国自动化学会", "Chinese Association of Automation", {"smart_mfg", "ai"}},
      {"中国可再生能源学会", "Chinese Renewable Energy Society", {"new_energy"}},
      {"中国中文信息学会", "Chinese Information Processing Society of China", {"ai", "software"}},
      {"中国图象图形学学会", "China Society of Image and Graphics", {"ai"}},
      {"中国仪器仪表学会", "China Instrument and Control Society", {"st_services", "smart_mfg"}},
      {"中国密码学会", "Chinese Association for Cryptologic Research", {"ngit"}},
      {"中国仿真学会", "China Simulation Federation", {"software", "smart_mfg"}},
      {"中国微米纳米技术学会", "Chinese Society of Micro-Nano Technology", {"ic", "new_materials"}},
      {"中国真空学会", "Chinese Vacuum Society", {"ic"}},
      {"中国光学学会", "Chinese Optical Society", {"ngit", "ic"}},
      {"中国光学工程学会", "Chinese Society for Optical Engineering", {"ngit", "smart_mfg"}},
      {"中国电源学会", "China Power Supply Society", {"new_energy", "ic"}},
      {"中国工程机械学会", "China Construction Machinery Society", {"smart_mfg"}},
      {"中国航空学会", "Chinese Society of Aeronautics and Astronautics", {"smart_mfg"}},
      {"中国宇航学会", "Chinese Society of Astronautics", {"smart_mfg", "ngit"}},
      {"中国电工技术学会", "China Electrotechnical Society", {"new_energy"}},
      {"中国能源研究会", "China Energy Research Society", {"new_energy"}},
      {"中国核学会", "Chinese Nuclear Society", {"new_energy"}},
      {"中国金属学会", "Chinese Society for Metals", {"new_materials"}},
      {"中国有色金属学会", "Nonferrous Metals Society of China", {"new_materials"}},
      {"中国稀土学会", "Chinese Society of Rare Earths", {"new_materials"}},
      {"中国硅酸盐学会", "Chinese Ceramic Society", {"new_materials"}},
      {"中国复合材料学会", "Chinese Society for Composite Materials", {"new_materials"}},
      {"中国化学会", "Chinese Chemical Society", {"new_materials", "biomed"}},
      {"中国化工学会",
       "Chemical Industry and Engineering Society of China",
       {"new_materials", "new_energy"}},
      {"中华医学会", "Chinese Medical Association", {"biomed"}},
      {"中国药理学会", "Chinese Pharmacological Society", {"biomed"}},
      {"中国抗癌协会", "China Anti-Cancer Association", {"biomed"}},
      {"中国免疫学会", "Chinese Society for Immunology", {"biomed"}},
      {"中华中医药学会", "China Association of Chinese Medicine", {"biomed"}},
      {"中国生物工程学会", "Chinese Society of Biotechnology", {"biomed"}},
      {"中国神经科学学会", "Chinese Neuroscience Society", {"biomed", "ai"}},
      {"中国农学会", "China Association of Agricultural Science Societies", {"rural"}},
      {"中国农业工程学会", "Chinese Society of Agricultural Engineering", {"rural", "smart_mfg"}},
      {"中国农业机械学会", "Chinese Society for Agricultural Machinery", {"rural", "smart_mfg"}},
      {"中国食品科学技术学会", "Chinese Institute of Food Science and Technology", {"rural"}},
      {"中国产学研合作促进会",
       "China Industry-University-Research Institute Collaboration Association",
       {"st_services"}},
      {"中国技术经济学会",
       "Chinese Society of Technology Economics",
       {"st_services", "digital_economy"}},
      {"中国知识产权研究会", "China Intellectual Property Society", {"st_services"}},
      {"中国城市科学研究会", "Chinese Society for Urban Studies", {"smart_city"}},
      {"中国工业设计协会", "China Industrial Design Association", {"smart_mfg", "software"}},
      {"中国测绘地理信息学会",
       "Chinese Society for Geodesy, Photogrammetry and Cartography",
       {"smart_city"}},
      {"中国环境科学学会", "Chinese Society for Environmental Sciences", {"smart_city"}},
  };
  return kList;
}

const std::vector<PublicSociety>& MunicipalSocieties() {
  static const std::vector<PublicSociety> kList = {
      {"北京电子学会", "", {"ngit", "ic"}},
      {"北京计算机学会", "", {"software", "ai"}},
      {"北京通信学会", "", {"ngit"}},
      {"北京自动化学会", "", {"smart_mfg", "ai"}},
      {"北京图象图形学学会", "", {"ai"}},
      {"北京生物工程学会", "", {"biomed"}},
      {"北京神经科学学会", "", {"biomed", "ai"}},
      {"北京医学会", "", {"biomed"}},
      {"北京中医药学会", "", {"biomed"}},
      {"北京中西医结合学会", "", {"biomed"}},
      {"北京抗癌协会", "", {"biomed"}},
      {"北京航空航天学会", "", {"smart_mfg"}},
      {"北京测绘学会", "", {"smart_city"}},
      {"北京力学会", "", {"smart_mfg", "new_materials"}},
      {"北京振动工程学会", "", {"smart_mfg"}},
      {"北京物理学会", "", {"new_materials", "ic"}},
      {"北京数学会", "", {"ai", "st_services"}},
      {"北京交叉科学学会", "", {"st_services", "ai"}},
  };
  return kList;
}

// ---- geography ---------------------------------------------------------------

namespace {

struct DistrictInfo {
  std::string_view code;
  std::string_view short_zh;  // name prefix for local enterprises
  std::string_view short_en;
  double weight;
  std::vector<std::string_view> industries;
};

const std::vector<DistrictInfo>& DistrictInfos() {
  static const std::vector<DistrictInfo> kInfo = {
      {"110101", "", "", 3, {"digital_economy", "st_services", "software"}},
      {"110102", "", "", 4, {"digital_economy", "software", "st_services"}},
      {"110105", "", "", 12, {"ngit", "digital_economy", "ai", "st_services"}},
      {"110106", "丰台", "Fengtai", 6, {"smart_mfg", "smart_city", "ngit"}},
      {"110107", "石景山", "Shijingshan", 3, {"ngit", "smart_city", "digital_economy"}},
      {"110108", "中关村", "Zhongguancun", 25, {"ai", "ic", "software"}},
      {"110109", "门头沟", "Mentougou", 1.5, {"ai", "smart_city"}},
      {"110111", "房山", "Fangshan", 3, {"new_materials", "smart_mfg", "new_energy"}},
      {"110112", "通州", "Tongzhou", 5, {"ngit", "new_energy", "biomed", "smart_mfg"}},
      {"110113", "顺义", "Shunyi", 6, {"new_energy", "ic", "smart_mfg"}},
      {"110114", "昌平", "Changping", 10, {"new_energy", "smart_mfg", "biomed"}},
      {"110115", "亦庄", "Yizhuang", 12, {"ngit", "new_energy", "biomed", "smart_mfg"}},
      {"110116", "怀柔", "Huairou", 3, {"new_materials", "st_services"}},
      {"110117", "平谷", "Pinggu", 1, {"rural", "digital_economy"}},
      {"110118", "密云", "Miyun", 1, {"rural", "new_materials"}},
      {"110119", "延庆", "Yanqing", 1, {"new_energy", "rural", "smart_city"}},
  };
  return kInfo;
}

const DistrictInfo& InfoOf(std::string_view district) {
  for (const auto& info : DistrictInfos()) {
    if (info.code == district) return info;
  }
  return DistrictInfos()[5];
}

}  // namespace

const std::vector<std::string_view>& DistrictIndustries(std::string_view district) {
  return InfoOf(district).industries;
}

const std::vector<double>& DistrictWeights() {
  static const std::vector<double> kWeights = [] {
    std::vector<double> w;
    for (const auto& info : DistrictInfos()) w.push_back(info.weight);
    return w;
  }();
  return kWeights;
}

std::string_view ParkOfDistrict(std::string_view district) {
  for (const Region& r : Regions()) {
    if (r.kind == RegionKind::kPark && r.districts.front() == district) return r.code;
  }
  return {};
}

std::string_view ZoneOfDistrict(std::string_view district) {
  for (const Region& r : Regions()) {
    if (r.kind != RegionKind::kZone) continue;
    for (const auto& d : r.districts) {
      if (d == district) return r.code;
    }
  }
  return {};
}

// ---- name synthesis ----------------------------------------------------------

namespace {

struct Syllable {
  std::string_view zh;
  std::string_view py;
};

const std::vector<Syllable>& BrandChars() {
  static const std::vector<Syllable> kChars = {
      {"芯", "xin"},  {"源", "yuan"},  {"智", "zhi"},    {"图", "tu"},    {"康", "kang"},
      {"宁", "ning"}, {"华", "hua"},   {"创", "chuang"}, {"睿", "rui"},   {"驰", "chi"},
      {"航", "hang"}, {"天", "tian"},  {"联", "lian"},   {"泰", "tai"},   {"恒", "heng"},
      {"瑞", "rui"},  {"博", "bo"},    {"达", "da"},     {"信", "xin"},   {"通", "tong"},
      {"微", "wei"},  {"光", "guang"}, {"晶", "jing"},   {"鼎", "ding"},  {"峰", "feng"},
      {"海", "hai"},  {"云", "yun"},   {"星", "xing"},   {"汇", "hui"},   {"启", "qi"},
      {"明", "ming"}, {"正", "zheng"}, {"宇", "yu"},     {"元", "yuan"},  {"诺", "nuo"},
      {"德", "de"},   {"安", "an"},    {"迈", "mai"},    {"捷", "jie"},   {"思", "si"},
      {"维", "wei"},  {"凯", "kai"},   {"普", "pu"},     {"拓", "tuo"},   {"卓", "zhuo"},
      {"越", "yue"},  {"和", "he"},    {"力", "li"},     {"坤", "kun"},   {"致", "zhi"},
      {"远", "yuan"}, {"融", "rong"},  {"益", "yi"},     {"盛", "sheng"}, {"弘", "hong"},
      {"旭", "xu"},   {"辰", "chen"},  {"昊", "hao"},    {"颐", "yi"},    {"清", "qing"},
      {"澜", "lan"},  {"极", "ji"},    {"数", "shu"},    {"灵", "ling"},  {"擎", "qing"},
      {"钧", "jun"},
  };
  return kChars;
}

// Topics of an industry: its own short name and its sub-fields' topics.
std::vector<DemoTerm> TopicsOf(std::string_view industry) {
  std::vector<DemoTerm> topics;
  if (const IndustryProfile* p = FindProfile(industry)) topics.push_back(p->topic);
  for (int i : SubfieldsOf(industry)) topics.push_back(SubfieldVocabularies()[i].topic);
  return topics;
}

// Claims the first free name produced by `make(attempt)`; gives up on variety
// only after many attempts, then numbers the name so it stays unique.
template <typename Make>
SynthName ClaimName(NameBook& book, Make make) {
  for (int attempt = 0;; ++attempt) {
    SynthName name = make(attempt);
    if (attempt >= 400) {
      name.zh += "(" + std::to_string(attempt - 399) + ")";
      if (!name.en.empty()) name.en += " (" + std::to_string(attempt - 399) + ")";
    }
    if (book.Claim(name.zh)) return name;
  }
}

}  // namespace

SynthName EnterpriseName(DemoRng& rng, NameBook& book, std::string_view district,
                         std::string_view industry, bool listed) {
  const IndustryProfile* profile = FindProfile(industry);
  const DistrictInfo& info = InfoOf(district);
  return ClaimName(book, [&](int) {
    Syllable prefix{"北京", "Beijing"};
    double r = rng.Real();
    if (r < 0.3 && !info.short_zh.empty()) {
      prefix = {info.short_zh, info.short_en};
    } else if (r < 0.42) {
      prefix = {"中科", "Zhongke"};
    } else if (r < 0.5) {
      prefix = {"京", "Jing"};
    }
    const Syllable& a = rng.Pick(BrandChars());
    const Syllable* b = &rng.Pick(BrandChars());
    while (b->zh == a.zh) b = &rng.Pick(BrandChars());
    const DemoTerm& middle = rng.Pick(profile->company);
    bool joint_stock = listed ? rng.Chance(0.6) : rng.Chance(0.1);
    SynthName name;
    name.zh = std::string(prefix.zh) + std::string(a.zh) + std::string(b->zh) +
              std::string(middle.zh) + (joint_stock ? "股份有限公司" : "有限公司");
    name.en = std::string(prefix.py) + " " + Capitalize(a.py) + std::string(b->py) + " " +
              std::string(middle.en) + (joint_stock ? " Co., Ltd. (joint-stock)" : " Co., Ltd.");
    return name;
  });
}

SynthName SocietyName(DemoRng& rng, NameBook& book, bool national, std::string_view industry) {
  const std::vector<DemoTerm> topics = TopicsOf(industry);
  const IndustryProfile* profile = FindProfile(industry);
  return ClaimName(book, [&](int attempt) {
    const DemoTerm& t = rng.Pick(topics);
    std::string zh_topic(t.zh), en_topic = Capitalize(t.en);
    if (attempt >= 20) {  // compound topic: 人工智能与机器人
      std::string_view other_industry = rng.Chance(0.5) ? industry : rng.Pick(profile->related);
      const std::vector<DemoTerm> others = TopicsOf(other_industry);
      const DemoTerm u = rng.Pick(others);
      if (u.zh != t.zh) {
        zh_topic += "与" + std::string(u.zh);
        en_topic += " and " + Capitalize(u.en);
      }
    }
    static const std::vector<DemoTerm> kNational = {{"学会", "China Society of "},
                                                    {"研究会", "China Research Society of "},
                                                    {"协会", "China Association of "}};
    static const std::vector<DemoTerm> kMunicipal = {{"学会", "Beijing Society of "},
                                                     {"学会", "Beijing Society of "},
                                                     {"研究会", "Beijing Research Society of "},
                                                     {"协会", "Beijing Association of "}};
    const DemoTerm& form = rng.Pick(national ? kNational : kMunicipal);
    std::string prefix = national ? "中国" : (rng.Chance(0.7) ? "北京市" : "北京");
    if (!national && attempt >= 200) {  // district-level chapters once topics run out
      const Term& d = rng.Pick(Districts());
      prefix = "北京市" + d.name;
      en_topic += " (" + d.name_en + ")";
    }
    return SynthName{prefix + zh_topic + std::string(form.zh), std::string(form.en) + en_topic};
  });
}

SynthName InstituteName(DemoRng& rng, NameBook& book, std::string_view industry) {
  const std::vector<DemoTerm> topics = TopicsOf(industry);
  return ClaimName(book, [&](int attempt) {
    const DemoTerm& t = rng.Pick(topics);
    std::string en = Capitalize(t.en);
    static const std::vector<std::pair<DemoTerm, DemoTerm>> kForms = {
        {{"北京", "研究院"}, {"Beijing Institute of ", ""}},
        {{"北京", "技术研究院"}, {"Beijing Institute of ", " Technology"}},
        {{"北京市", "研究所"}, {"Beijing Research Institute of ", ""}},
        {{"中关村", "创新研究院"}, {"Zhongguancun Institute of ", " Innovation"}},
        {{"北京", "创新中心"}, {"Beijing ", " Innovation Center"}},
    };
    const auto& form = rng.Pick(kForms);
    std::string zh = std::string(form.first.zh) + std::string(t.zh);
    if (attempt >= 20) {
      const Term& d = rng.Pick(Districts());
      zh = "北京" + d.name + std::string(t.zh);
      en = d.name_en + " " + en;
    }
    return SynthName{zh + std::string(form.first.en),
                     std::string(form.second.zh) + en + std::string(form.second.en)};
  });
}

std::string Capitalize(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = (c == ' ' || c == '-');
  }
  return out;
}

PersonName RandomPersonName(DemoRng& rng) {
  static const std::vector<Syllable> kSurnames = {
      {"王", "wang"},  {"李", "li"},    {"张", "zhang"}, {"刘", "liu"},  {"陈", "chen"},
      {"杨", "yang"},  {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},   {"周", "zhou"},
      {"徐", "xu"},    {"孙", "sun"},   {"马", "ma"},    {"朱", "zhu"},  {"胡", "hu"},
      {"郭", "guo"},   {"何", "he"},    {"林", "lin"},   {"高", "gao"},  {"罗", "luo"},
      {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},   {"宋", "song"}, {"唐", "tang"},
      {"韩", "han"},   {"曹", "cao"},   {"许", "xu"},    {"邓", "deng"}, {"冯", "feng"},
      {"彭", "peng"},  {"曾", "zeng"},  {"田", "tian"},  {"董", "dong"}, {"潘", "pan"},
      {"袁", "yuan"},  {"蔡", "cai"},   {"蒋", "jiang"}, {"余", "yu"},   {"于", "yu"},
      {"杜", "du"},    {"叶", "ye"},    {"程", "cheng"}, {"魏", "wei"},  {"苏", "su"},
      {"吕", "lv"},    {"丁", "ding"},  {"任", "ren"},   {"卢", "lu"},   {"姚", "yao"},
      {"沈", "shen"},  {"钟", "zhong"}, {"姜", "jiang"}, {"崔", "cui"},  {"谭", "tan"},
      {"陆", "lu"},    {"范", "fan"},   {"汪", "wang"},  {"廖", "liao"}, {"石", "shi"},
      {"金", "jin"},   {"贾", "jia"},   {"夏", "xia"},   {"方", "fang"}, {"邹", "zou"},
      {"熊", "xiong"}, {"白", "bai"},   {"孟", "meng"},  {"秦", "qin"},  {"邱", "qiu"},
      {"侯", "hou"},   {"江", "jiang"}, {"尹", "yin"},   {"薛", "xue"},  {"闫", "yan"},
      {"段", "duan"},  {"雷", "lei"},   {"龙", "long"},  {"史", "shi"},  {"陶", "tao"},
      {"贺", "he"},    {"毛", "mao"},   {"郝", "hao"},   {"顾", "gu"},   {"龚", "gong"},
      {"邵", "shao"},  {"万", "wan"},   {"武", "wu"},    {"钱", "qian"}, {"戴", "dai"},
      {"严", "yan"},   {"孔", "kong"},  {"常", "chang"}, {"汤", "tang"},
  };
  static const std::vector<double> kSurnameWeights = [] {
    std::vector<double> w;
    for (std::size_t i = 0; i < kSurnames.size(); ++i) w.push_back(1.0 / (i + 6.0));
    return w;
  }();
  static const std::vector<Syllable> kGiven = {
      {"伟", "wei"},   {"芳", "fang"},  {"娜", "na"},   {"敏", "min"},   {"静", "jing"},
      {"丽", "li"},    {"强", "qiang"}, {"磊", "lei"},  {"军", "jun"},   {"洋", "yang"},
      {"勇", "yong"},  {"艳", "yan"},   {"杰", "jie"},  {"娟", "juan"},  {"涛", "tao"},
      {"明", "ming"},  {"超", "chao"},  {"秀", "xiu"},  {"霞", "xia"},   {"平", "ping"},
      {"刚", "gang"},  {"英", "ying"},  {"华", "hua"},  {"玉", "yu"},    {"建", "jian"},
      {"国", "guo"},   {"文", "wen"},   {"志", "zhi"},  {"海", "hai"},   {"鹏", "peng"},
      {"宇", "yu"},    {"晨", "chen"},  {"浩", "hao"},  {"博", "bo"},    {"思", "si"},
      {"雨", "yu"},    {"欣", "xin"},   {"嘉", "jia"},  {"俊", "jun"},   {"亮", "liang"},
      {"斌", "bin"},   {"辉", "hui"},   {"峰", "feng"}, {"凯", "kai"},   {"晓", "xiao"},
      {"红", "hong"},  {"燕", "yan"},   {"琳", "lin"},  {"颖", "ying"},  {"婷", "ting"},
      {"雪", "xue"},   {"慧", "hui"},   {"佳", "jia"},  {"倩", "qian"},  {"梅", "mei"},
      {"鑫", "xin"},   {"振", "zhen"},  {"东", "dong"}, {"林", "lin"},   {"新", "xin"},
      {"春", "chun"},  {"永", "yong"},  {"宁", "ning"}, {"立", "li"},    {"学", "xue"},
      {"德", "de"},    {"成", "cheng"}, {"天", "tian"}, {"兴", "xing"},  {"睿", "rui"},
      {"哲", "zhe"},   {"源", "yuan"},  {"泽", "ze"},   {"瑞", "rui"},   {"铭", "ming"},
      {"轩", "xuan"},  {"昊", "hao"},   {"阳", "yang"}, {"帆", "fan"},   {"航", "hang"},
      {"晶", "jing"},  {"璐", "lu"},    {"然", "ran"},  {"悦", "yue"},   {"琪", "qi"},
      {"彤", "tong"},  {"蕾", "lei"},   {"岩", "yan"},  {"松", "song"},  {"毅", "yi"},
      {"诚", "cheng"}, {"力", "li"},    {"卫", "wei"},  {"忠", "zhong"}, {"庆", "qing"},
      {"祥", "xiang"}, {"光", "guang"}, {"荣", "rong"}, {"家", "jia"},   {"子", "zi"},
      {"一", "yi"},    {"云", "yun"},   {"清", "qing"}, {"维", "wei"},   {"远", "yuan"},
      {"若", "ruo"},   {"诗", "shi"},   {"雅", "ya"},   {"梦", "meng"},  {"菲", "fei"},
      {"凡", "fan"},   {"舒", "shu"},   {"楠", "nan"},  {"彬", "bin"},
  };
  // Names of well-known real scientists and officials the pools could produce.
  static const std::vector<std::string_view> kAvoid = {
      "李国杰", "李德毅", "高文", "陈杰", "张杰", "李强",   "王毅", "王志刚",
      "王海峰", "周志华", "张平", "王坚", "李明", "王建国", "刘伟",
  };
  for (;;) {
    const Syllable& s = kSurnames[rng.Weighted(kSurnameWeights)];
    PersonName name{std::string(s.zh), std::string(s.py)};
    int given = rng.Chance(0.3) ? 1 : 2;
    for (int i = 0; i < given; ++i) {
      const Syllable& g = rng.Pick(kGiven);
      name.zh += g.zh;
      name.pinyin += g.py;
    }
    bool avoid = false;
    for (std::string_view a : kAvoid) avoid = avoid || a == name.zh;
    if (!avoid) return name;
  }
}

}  // namespace consortia::detail
