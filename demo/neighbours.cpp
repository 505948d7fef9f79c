// Neighbouring sub-fields (vocabulary.h): lines of work one person or one
// enterprise plausibly combines — chip design with packaging (chiplets) or AI
// chips, wafer fabrication with its equipment and materials, SiC devices with
// power grids and electric vehicles, AI vision with medical imaging. An expert's
// second sub-field and an enterprise's further ones are neighbours of its first;
// across industries the pair names the terms where the two meet (BridgeTerms).
#include <map>
#include <string>

#include "vocabulary.h"

namespace consortia::detail {
namespace {

// A pair of neighbouring sub-fields; across two industries, the terms of each
// side through which the two lines of work meet (a grid company's compound
// semiconductors are SiC power devices, not GaN RF devices).
struct Pair {
  std::string_view a, b;
  std::vector<std::string_view> via_a = {}, via_b = {};
};

// Symmetric pairs, written from the domain.
const std::vector<Pair>& Pairs() {
  static const std::vector<Pair> kPairs = {
      // 集成电路
      {"ic.design", "ic.packaging"},
      {"ic.design",
       "ai.foundation",
       {"AI芯片", "高端通用芯片"},
       {"AI芯片", "智能计算框架", "深度学习框架"}},
      {"ic.design",
       "ngit.security",
       {"安全芯片", "RISC-V处理器"},
       {"安全芯片", "密码技术", "后量子密码"}},
      {"ic.design",
       "ngit.communication",
       {"射频芯片", "高速接口IP"},
       {"射频前端芯片", "高速光芯片", "5G-A"}},
      {"ic.manufacturing", "ic.equipment"},
      {"ic.manufacturing", "ic.materials"},
      {"ic.manufacturing", "ic.packaging"},
      {"ic.compound",
       "new_energy.grid",
       {"碳化硅功率器件", "功率模块", "第三代半导体"},
       {"电力电子", "高压IGBT"}},
      {"ic.compound",
       "new_energy.nev",
       {"碳化硅功率器件", "车规级功率芯片", "功率模块"},
       {"电驱动系统", "车规级芯片", "碳化硅功率器件"}},
      {"ic.compound", "ngit.display", {"氮化镓外延"}, {"Micro LED"}},
      {"ic.compound", "ngit.communication", {"氮化镓射频器件"}, {"射频前端芯片", "5G-A", "6G"}},
      {"ic.materials",
       "new_materials.polymer",
       {"光刻胶", "ArF光刻胶", "湿电子化学品"},
       {"电子级树脂", "聚酰亚胺薄膜"}},
      // 人工智能
      {"ai.foundation", "ai.ml"},
      {"ai.foundation", "ai.nlp"},
      {"ai.foundation",
       "ngit.computing",
       {"大规模算力集群", "基础模型训练", "智能计算框架"},
       {"智算中心", "高端GPU", "算力网络"}},
      {"ai.ml", "ai.vision"},
      {"ai.ml", "ai.data_mining"},
      {"ai.ml", "ai.nlp"},
      {"ai.ml", "ai.safety"},
      {"ai.vision", "ai.systems"},
      {"ai.vision", "biomed.digital", {"医学影像分析"}, {"医学影像AI辅助诊断", "医疗AI产品审批"}},
      {"ai.vision", "biomed.device", {"医学影像分析", "三维重建"}, {"医学影像设备", "手术机器人"}},
      {"ai.systems",
       "smart_mfg.robotics",
       {"智能机器人", "具身智能", "智能决策"},
       {"人形机器人", "协作机器人", "具身智能", "机器人控制器"}},
      {"ai.systems",
       "smart_city.transport",
       {"自动驾驶", "高精度环境感知", "智能决策"},
       {"车路协同", "自动驾驶", "路侧感知"}},
      {"ai.systems",
       "new_energy.nev",
       {"自动驾驶", "车规级AI芯片", "高精度环境感知"},
       {"智能网联汽车", "自动驾驶", "线控底盘"}},
      {"ai.brain",
       "biomed.bci",
       {"脑机接口", "类脑计算", "高通量神经信号采集"},
       {"脑机接口", "脑电信号解码", "植入式电极", "神经信号芯片"}},
      {"ai.safety",
       "ngit.security",
       {"对抗攻防", "大模型内容安全", "深度伪造检测"},
       {"数据安全", "网络安全", "漏洞挖掘"}},
      {"ai.data_mining",
       "digital_economy.data",
       {"隐私计算", "高质量数据集", "知识发现"},
       {"隐私计算", "数据要素", "数据流通基础设施"}},
      {"ai.nlp", "biomed.digital", {"大语言模型", "智能问答"}, {"医疗大模型", "健康大数据"}},
      // 生物医药健康
      {"biomed.cell_gene", "biomed.antibody"},
      {"biomed.cell_gene", "biomed.synbio"},
      {"biomed.vaccine", "biomed.antibody"},
      {"biomed.antibody", "biomed.innovative_drug"},
      {"biomed.innovative_drug", "biomed.tcm"},
      {"biomed.device", "biomed.digital"},
      {"biomed.device", "biomed.bci"},
      {"biomed.device",
       "smart_mfg.robotics",
       {"手术机器人", "康复机器人"},
       {"特种机器人", "协作机器人", "精密减速器"}},
      {"biomed.synbio",
       "rural.food",
       {"生物制造", "工业底盘细胞"},
       {"未来食品", "益生菌菌种", "功能食品"}},
      {"biomed.synbio", "new_materials.polymer", {"生物制造", "酶工程"}, {"生物基材料"}},
      {"biomed.synbio",
       "rural.seed",
       {"基因线路设计", "合成生物学"},
       {"基因编辑育种", "分子设计育种"}},
      {"biomed.tcm", "biomed.digital"},
      // 新能源
      {"new_energy.pv", "new_energy.grid"},
      {"new_energy.pv", "new_energy.storage"},
      {"new_energy.wind", "new_energy.grid"},
      {"new_energy.storage", "new_energy.grid"},
      {"new_energy.storage", "new_energy.nev"},
      {"new_energy.hydrogen", "new_energy.nev"},
      {"new_energy.hydrogen", "new_energy.storage"},
      {"new_energy.nev",
       "smart_city.transport",
       {"智能网联汽车", "充换电设施", "自动驾驶"},
       {"车路协同", "智慧交通", "交通大数据"}},
      {"new_energy.storage",
       "new_materials.nano",
       {"固态电池", "钠离子电池", "固态电解质"},
       {"纳米能源材料", "石墨烯", "碳纳米管"}},
      {"new_energy.hydrogen",
       "new_materials.nano",
       {"氢燃料电池", "铂催化剂", "质子交换膜"},
       {"纳米催化"}},
      // 新材料
      {"new_materials.metal", "new_materials.composite"},
      {"new_materials.metal", "new_materials.rare_earth"},
      {"new_materials.metal",
       "smart_mfg.cnc",
       {"增材制造金属粉末", "高温合金"},
       {"增材制造", "激光加工"}},
      {"new_materials.metal",
       "smart_mfg.aerospace",
       {"高温合金", "钛合金", "单晶叶片"},
       {"航空发动机", "发动机高温部件", "燃气轮机"}},
      {"new_materials.polymer", "new_materials.composite"},
      {"new_materials.inorganic", "new_materials.composite"},
      {"new_materials.inorganic", "new_materials.nano"},
      {"new_materials.nano", "new_materials.rare_earth"},
      {"new_materials.rare_earth", "ngit.display", {"稀土发光材料"}, {"激光显示"}},
      {"new_materials.composite",
       "smart_mfg.aerospace",
       {"碳纤维复合材料", "陶瓷基复合材料", "复合材料自动铺放"},
       {"商业航天", "无人机", "eVTOL飞行器", "航空发动机"}},
      // 新一代信息技术
      {"ngit.communication", "ngit.computing"},
      {"ngit.computing", "ngit.security"},
      {"ngit.computing",
       "software.basic",
       {"云计算", "边缘计算", "服务器CPU"},
       {"操作系统", "数据库", "分布式数据库"}},
      {"ngit.security",
       "software.basic",
       {"数据安全", "零信任架构"},
       {"操作系统", "国产操作系统生态", "中间件"}},
      // 智能制造
      {"smart_mfg.robotics", "smart_mfg.cnc"},
      {"smart_mfg.robotics", "smart_mfg.industrial_internet"},
      {"smart_mfg.robotics",
       "rural.agri_machinery",
       {"特种机器人", "伺服电机"},
       {"智能农机", "植保无人机", "无人农场"}},
      {"smart_mfg.cnc", "smart_mfg.industrial_internet"},
      {"smart_mfg.cnc", "smart_mfg.aerospace"},
      {"smart_mfg.industrial_internet",
       "software.industrial",
       {"数字孪生", "智能工厂", "工业互联网平台"},
       {"制造执行系统", "产品生命周期管理", "CAE仿真"}},
      {"smart_mfg.industrial_internet",
       "ngit.communication",
       {"5G+工业互联网", "工业传感器"},
       {"5G-A", "物联网"}},
      // 软件和信息服务业
      {"software.basic", "software.it_services"},
      {"software.industrial", "software.it_services"},
      {"software.it_services",
       "digital_economy.platform",
       {"数字化转型", "云原生", "系统集成"},
       {"产业数字化", "数字平台"}},
      // 科技服务业
      {"st_services.transfer", "st_services.ip"},
      // 数字经济
      {"digital_economy.data", "digital_economy.fintech"},
      {"digital_economy.data", "digital_economy.platform"},
      {"digital_economy.fintech", "digital_economy.platform"},
      {"digital_economy.data",
       "smart_city.governance",
       {"公共数据开放", "数据要素", "可信数据空间"},
       {"跨部门数据共享", "城市大脑", "时空大数据"}},
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
    for (const Pair& p : Pairs()) {
      by[std::string(p.a)].push_back(p.b);
      by[std::string(p.b)].push_back(p.a);
    }
    return by;
  }();
  static const std::vector<std::string_view> kNone;
  auto it = kByCode.find(subfield);
  return it == kByCode.end() ? kNone : it->second;
}

const std::vector<std::string_view>& BridgeTerms(std::string_view from, std::string_view to) {
  static const std::vector<std::string_view> kAny;
  for (const Pair& p : Pairs()) {
    if (p.a == from && p.b == to) return p.via_b;
    if (p.b == from && p.a == to) return p.via_a;
  }
  return kAny;
}

}  // namespace consortia::detail
