# -*- coding: utf-8 -*-
"""Hand-written topic facet sheets, part C: manufacturing, smart city, digital economy, rural,
S&T services, and the deliberate distractors (depth "trap": records that share a word with a
topic but are about something else, or sit next to a topic without being it).

Same format as sheets_topics_a.py.
"""

SHEET = r"""
@indinternet deep
zh: 工业互联网
en: Industrial internet
ind: smart_mfg 1, software 0.6, ngit 0.4
sub: smart_mfg.industrial_internet software.industrial
fld: F03 F02 E0510
loc: 110108 110114 110107
ent: 工业互联网|Industrial Internet; 智能制造|Intelligent Manufacturing; 工业智能|Industrial Intelligence
cust: 离散制造企业; 流程工业企业; 产业集群
units: caict: 工业互联网与物联网研究所实验室|Industrial Internet Lab; bjut: 智能制造与工业互联网研究中心|Smart Manufacturing Center; tsinghua: 工业大数据研究组|Industrial Big Data Group
com: caa: 工业互联网专业委员会
* 平台与标识解析
k: 工业互联网平台|industrial internet platform; 标识解析|identifier resolution; 工业设备上云|equipment cloud access; 工业APP|industrial app; 边缘计算|edge computing
p: 工业互联网标识解析二级节点建设; 工业互联网平台设备接入与边缘计算; 工业APP开发与低代码平台
* 工业数据与智能
k: 工业大数据|industrial big data; 预测性维护|predictive maintenance; 设备健康管理|equipment health management; 工业视觉质检|industrial visual inspection; 工业网络|industrial networking
p: 基于工业大数据的预测性维护; 工业视觉缺陷检测; 时间敏感网络与工业现场网络

@humanoid deep
zh: 人形机器人
en: Humanoid robots
ind: smart_mfg 1, ai 0.7
sub: smart_mfg.robotics ai.systems
fld: E05 F03 F06
loc: 110115 110108 110114
ent: 机器人|Robotics; 具身智能|Embodied Intelligence; 智能装备|Intelligent Equipment
cust: 汽车制造工厂; 电子装配线; 科研与教育机构
units: bit: 仿生机器人与系统实验室|Bionic Robotics Lab; tsinghua: 具身智能与机器人研究中心|Embodied AI Center; buaa: 机器人关节与驱动研究室|Robot Joints and Actuation Lab
com: caa: 机器人专业委员会; cmes: 机器人分会
* 整机与运动控制
k: 人形机器人|humanoid robot; 双足行走|bipedal locomotion; 全身运动控制|whole-body control; 具身智能|embodied intelligence; 强化学习控制|reinforcement learning control
p: 人形机器人双足行走与全身运动控制; 具身智能大模型与机器人操作; 基于强化学习的机器人运动控制
* 核心部件
k: 机器人关节|robot joint; 谐波减速器|harmonic reducer; 行星滚柱丝杠|planetary roller screw; 灵巧手|dexterous hand; 力矩传感器|torque sensor
p: 高功率密度一体化关节与谐波减速器; 多自由度灵巧手与触觉传感; 行星滚柱丝杠与直线执行器
* 工业机器人
k: 工业机器人|industrial robot; 协作机器人|collaborative robot; 机器人视觉引导|robot vision guidance; 机器人控制器|robot controller
p: 协作机器人安全控制; 工业机器人视觉引导与柔性装配; 机器人控制器与伺服系统

@cnc shallow
zh: 高端数控机床
en: High-end CNC machine tools
ind: smart_mfg 1
sub: smart_mfg.cnc
fld: E05 E0510
loc: 110114 110118
ent: 数控装备|CNC Equipment; 精密机床|Precision Machine Tools
cust: 航空结构件企业; 模具企业
units: bjut: 数控机床与精密加工实验室|CNC and Precision Machining Lab
com: cmes: 机床分会
* 数控机床
k: 五轴数控机床|five-axis CNC machine tool; 数控系统|CNC system; 电主轴|motorized spindle; 精密加工|precision machining
p: 五轴联动数控机床与数控系统; 电主轴与进给系统精度保持; 难加工材料精密切削

@uav shallow
zh: 无人机
en: Unmanned aerial vehicles
ind: smart_mfg 1, smart_city 0.3
sub: smart_mfg.aerospace
fld: E05 F03
loc: 110119 110108
ent: 无人机|UAV; 航空科技|Aviation Technology
cust: 电力巡检单位; 农林植保; 应急救援
units: buaa: 无人驾驶飞行器研究所|UAV Institute
com: csaa: 无人机分会
* 无人机
k: 工业无人机|industrial drone; 飞控系统|flight control system; 垂直起降|vertical take-off and landing; 低空经济|low-altitude economy
p: 工业无人机飞控与自主导航; 垂直起降固定翼无人机; 低空物流无人机运行

@v2x deep
zh: 车路协同
en: Vehicle-road cooperation
ind: smart_city 1, ngit 0.5, new_energy 0.3
sub: smart_city.transport ngit.communication
fld: E12 E1207 F01
loc: 110115 110108 110106
ent: 智慧交通|Smart Transportation; 车联网|Connected Vehicles; 交通科技|Traffic Technology
cust: 交通管理部门; 高速公路运营方; 自动驾驶示范区
units: bjtu: 智能交通与车路协同实验室|ITS and V2X Lab; tsinghua: 交通大数据研究组|Transport Big Data Group; bjut: 城市交通研究中心|Urban Transport Center
com: saec: 车联网专业委员会
* 车路协同
k: 车路协同|vehicle-infrastructure cooperation; 路侧感知|roadside perception; 车联网|internet of vehicles; 路侧单元|roadside unit; !C-V2X
p: 路侧感知系统与边缘计算; C-V2X车路协同通信; 车路云一体化系统
* 智能交通管理
k: 智能交通|intelligent transportation; 信号配时优化|signal timing optimization; 交通大数据|traffic big data; 交通仿真|traffic simulation
p: 城市交通信号配时优化; 交通大数据分析与出行预测; 交通仿真与管控评估

@dataelem deep
zh: 数据要素与隐私计算
en: Data elements and privacy computing
ind: digital_economy 1, ngit 0.4
sub: digital_economy.data ngit.security
fld: F02 G01
loc: 110105 110102 110108
ent: 数据科技|Data Technology; 数据智能|Data Intelligence; 可信数据|Trusted Data
cust: 数据交易所; 金融机构; 医疗机构; 政务数据局
units: ruc: 数据治理与数字经济研究中心|Data Governance Center; tsinghua: 隐私计算研究组|Privacy Computing Group; caict: 数据要素研究部|Data Elements Department
com: cste: 数字经济专业委员会
* 隐私计算
k: 隐私计算|privacy computing; 联邦学习|federated learning; 多方安全计算|secure multi-party computation; 可信执行环境|trusted execution environment
p: 联邦学习平台与跨机构建模; 多方安全计算协议与性能优化; 可信执行环境数据沙箱
* 数据流通与治理
k: 数据要素|data as a production factor; 数据交易|data trading; 数据资产|data assets; 数据确权|data rights confirmation; 数据空间|data space
p: 数据资产登记与估值; 数据交易规则与流通平台; 可信数据空间建设

@envmon shallow
zh: 生态环境监测
en: Environmental monitoring
ind: smart_city 1
sub: smart_city.environment
fld: E10
loc: 110105 110108
ent: 环境科技|Environmental Technology; 环境监测|Environmental Monitoring
cust: 生态环境部门; 工业园区
units: bjut: 大气环境监测研究室|Atmospheric Monitoring Lab
com: csaes: 环境监测专业委员会
* 环境监测
k: 大气污染监测|air pollution monitoring; 颗粒物溯源|particulate source apportionment; 水质监测|water quality monitoring; 碳排放监测|carbon emission monitoring
p: 大气颗粒物组分在线监测与溯源; 水质自动监测站; 重点行业碳排放在线监测

@fintech shallow
zh: 金融科技
en: Fintech
ind: digital_economy 1
sub: digital_economy.fintech
fld: G01 F02
loc: 110102
ent: 金融科技|Fintech; 数字金融|Digital Finance
cust: 商业银行; 证券公司; 保险机构
units: ruc: 金融科技研究所实验室|Fintech Lab
com:
* 金融科技
k: 智能风控|intelligent risk control; 数字人民币|digital RMB; 监管科技|regtech; 区块链|blockchain
p: 智能风控与反欺诈模型; 数字人民币应用场景; 区块链供应链金融

@breeding deep
zh: 智慧育种
en: Smart crop breeding
ind: rural 1, biomed 0.2, ai 0.3
sub: rural.seed
fld: C13 C06
loc: 110117 110108 110114
ent: 种业|Seeds; 农业科技|Agricultural Technology; 生物育种|Biological Breeding
cust: 种子企业; 国家级制种基地; 农业合作社
units: cau: 作物分子育种研究中心|Crop Molecular Breeding Center; cau: 玉米遗传育种实验室|Maize Breeding Lab; im: 植物微生物与种质研究组|Plant Germplasm Group
com: csa_agri: 种业创新分会
* 分子育种
k: 分子育种|molecular breeding; 基因组选择|genomic selection; 分子标记辅助选择|marker-assisted selection; 基因编辑育种|gene-edited breeding; 转基因玉米|transgenic maize
p: 玉米基因组选择与杂种优势预测; 大豆分子标记辅助育种; 基因编辑作物新种质创制
* 智慧育种平台
k: 智慧育种|smart breeding; 表型组|phenomics; 育种大数据|breeding big data; 高通量表型|high-throughput phenotyping; 人工智能育种|AI-assisted breeding
p: 高通量田间表型采集平台; 育种大数据与人工智能育种决策; 作物表型组与基因组关联分析
* 种质资源
k: 种质资源|germplasm resources; 种子质量|seed quality; 制种|seed production; 品种审定|variety registration
p: 小麦种质资源精准鉴定; 杂交玉米制种技术; 种子质量检测与品种审定

@agrimach deep
zh: 智能农机
en: Smart agricultural machinery
ind: rural 1, smart_mfg 0.6
sub: rural.agri_machinery smart_mfg.robotics
fld: E05 F03 C13
loc: 110117 110118 110108
ent: 农业装备|Agricultural Equipment; 智能农机|Smart Farm Machinery; 农机科技|Agri-Machinery Technology
cust: 农机合作社; 国营农场; 设施农业园区
units: cau: 智能农业装备研究中心|Smart Agricultural Equipment Center; bjut: 农业机器人研究室|Agricultural Robotics Lab
com: csam: 智能农机专业委员会
* 智能农机
k: 智能农机|smart agricultural machinery; 无人驾驶拖拉机|autonomous tractor; 北斗导航农机|BeiDou-guided machinery; 变量施肥|variable-rate fertilization; 收获机|harvester
p: 北斗导航无人驾驶拖拉机; 联合收获机智能测产与损失监测; 变量施肥播种一体机
* 农业机器人与设施
k: 农业机器人|agricultural robot; 采摘机器人|harvesting robot; 植保无人机|crop-protection drone; 设施农业|controlled-environment agriculture
p: 温室果蔬采摘机器人; 植保无人机精准施药; 设施农业环境智能调控

@food shallow
zh: 食品科技
en: Food science and technology
ind: rural 1, biomed 0.3
sub: rural.food
fld: C20
loc: 110117 110105
ent: 食品科技|Food Technology; 营养健康|Nutrition and Health
cust: 食品加工企业; 餐饮连锁
units: cau: 食品营养与安全研究中心|Food Nutrition and Safety Center
com: cifst: 食品营养专业委员会
* 食品科技
k: 功能食品|functional food; 食品安全检测|food safety testing; 植物基蛋白|plant-based protein; 预制菜|prepared dishes
p: 植物基蛋白质构改良; 食品安全快速检测; 功能食品活性成分评价

@techtransfer deep
zh: 技术转移与成果转化
en: Technology transfer
ind: st_services 1
sub: st_services.transfer
fld: G01 G04
loc: 110108 110101 110105
ent: 技术转移|Technology Transfer; 科技服务|S&T Services; 创新服务|Innovation Services
cust: 高校科研院所; 科技型中小企业; 产业园区
units: tsinghua: 技术转移研究院实验室|Technology Transfer Lab; ruc: 科技政策与创新管理研究中心|Innovation Policy Center
com: cupic: 技术转移专业委员会
* 技术转移
k: 技术转移|technology transfer; 科技成果转化|commercialization of research results; 概念验证|proof of concept; 技术经纪人|technology broker; 中试熟化|pilot-scale maturation
p: 高校科技成果转化与概念验证; 技术经纪人培养与技术交易; 中试熟化平台运营
* 科技金融与孵化
k: 科技企业孵化|technology business incubation; 科技金融|technology finance; 知识产权运营|IP operation; 技术评估|technology assessment
p: 硬科技企业孵化与投融资服务; 科技成果评估与作价入股; 知识产权运营与许可

@testing shallow
zh: 检验检测
en: Testing and certification
ind: st_services 1, smart_mfg 0.3
sub: st_services.testing
fld: F01 E05
loc: 110116 110108
ent: 检测认证|Testing and Certification; 计量检测|Metrology and Testing
cust: 制造企业; 医疗器械企业; 汽车企业
units: bjut: 计量与检测技术研究室|Metrology Lab
com: cis: 检验检测专业委员会
* 检验检测
k: 检验检测|testing and inspection; 认证认可|certification and accreditation; 计量校准|metrology calibration; 可靠性试验|reliability testing; 电磁兼容|electromagnetic compatibility
p: 电子产品可靠性试验与失效分析; 电磁兼容检测; 计量校准与量值溯源

@ip shallow
zh: 知识产权服务
en: IP services
ind: st_services 1
sub: st_services.ip
fld: G01 G04
loc: 110108 110101
ent: 知识产权|Intellectual Property; 专利服务|Patent Services
cust: 科技企业; 高校; 园区
units: ruc: 知识产权法研究中心|IP Law Center
com: cipra: 专利分析专业委员会
* 知识产权
k: 专利分析|patent analytics; 专利导航|patent navigation; 高价值专利|high-value patents; 知识产权保护|IP protection
p: 产业专利导航与专利布局; 高价值专利培育; 海外知识产权纠纷应对

@t_polish trap
zh: 金属与石材表面抛光
en: Metal and stone surface finishing
ind: smart_mfg 1
sub: smart_mfg.cnc
fld: E05
loc: 110109 110111 110118
ent: 表面处理|Surface Finishing; 抛光材料|Polishing Materials; 精密五金|Precision Hardware
cust: 五金卫浴企业; 石材加工厂; 汽车零部件厂
units:
com:
* 表面抛光
k: 金属抛光|metal polishing; 电解抛光|electropolishing; 抛光轮|polishing wheel; 抛光膏|polishing compound; 不锈钢表面处理|stainless steel finishing; 石材抛光|stone polishing
p: 不锈钢卫浴件电解抛光; 石材抛光磨块与抛光膏; 汽车轮毂表面抛光与喷涂

@t_ledpack trap
zh: LED封装与照明
en: LED packaging and lighting
ind: ngit 0.8, smart_city 0.3
sub: ngit.display
fld: F05
loc: 110113 110112
ent: 光电照明|Optoelectronic Lighting; 照明科技|Lighting Technology
cust: 照明灯具厂; 市政路灯工程
units:
com:
* LED封装
k: LED封装|LED packaging; 荧光粉|phosphor; 照明灯具|luminaires; 灯珠|LED beads; 智慧路灯|smart street light
p: 白光LED封装与荧光粉涂覆; 大功率LED灯珠散热; 智慧路灯与城市照明控制

@t_leadacid trap
zh: 铅酸与小动力电池
en: Lead-acid and light-vehicle batteries
ind: new_energy 0.6, smart_mfg 0.4
sub: new_energy.storage
fld: E0707
loc: 110111 110113
ent: 电源|Power Sources; 蓄电池|Batteries
cust: 电动自行车厂商; 通信基站后备电源
units:
com:
* 铅酸电池
k: 铅酸电池|lead-acid battery; 电动自行车电池|e-bike battery; 蓄电池回收|battery recycling; 后备电源|backup power
p: 电动自行车铅酸电池极板; 通信基站后备蓄电池; 废旧铅酸蓄电池回收

@t_vetvax trap
zh: 兽用疫苗与动物防疫
en: Veterinary vaccines
ind: rural 1, biomed 0.4
sub: rural.food
fld: C08
loc: 110117 110114
ent: 动物保健|Animal Health; 兽用生物|Veterinary Biologics
cust: 规模化养殖场; 动物疫病预防控制中心
units: cau: 动物疫病防控研究室|Animal Disease Control Lab
com:
* 兽用疫苗
k: 兽用疫苗|veterinary vaccine; 非洲猪瘟|African swine fever; 禽流感疫苗|avian influenza vaccine; 动物防疫|animal epidemic prevention
p: 非洲猪瘟候选疫苗研究; 禽流感灭活疫苗生产; 规模化养殖场动物防疫

@t_ivd trap
zh: 体外诊断
en: In-vitro diagnostics
ind: biomed 1
sub: biomed.device
fld: H C21
loc: 110115 110114
ent: 诊断技术|Diagnostics; 生物试剂|Bioreagents
cust: 医院检验科; 第三方医学检验所
units:
com:
* 体外诊断
k: 体外诊断|in-vitro diagnostics; 诊断抗体原料|diagnostic antibody raw materials; 化学发光|chemiluminescence; 即时检测|point-of-care testing; 分子诊断|molecular diagnostics
p: 化学发光免疫诊断试剂; 诊断用抗体与抗原原料; 核酸分子诊断与即时检测

@t_servicebot trap
zh: 商用服务机器人
en: Commercial service robots
ind: smart_mfg 0.8, ai 0.4
sub: smart_mfg.robotics
fld: F03
loc: 110105 110106
ent: 服务机器人|Service Robots; 智能服务|Intelligent Services
cust: 酒店; 商场; 写字楼物业
units:
com:
* 服务机器人
k: 服务机器人|service robot; 清洁机器人|cleaning robot; 配送机器人|delivery robot; 导览机器人|guide robot
p: 商用清洁机器人; 楼宇配送机器人与电梯联动; 展厅导览机器人

@t_bim trap
zh: 建筑与城市信息模型
en: BIM and city information modelling
ind: smart_city 1, software 0.4
sub: smart_city.governance software.industrial
fld: E05 G01
loc: 110105 110112
ent: 建筑科技|Building Technology; 城市数字孪生|Urban Digital Twin
cust: 建筑设计院; 城市规划部门; 施工总包单位
units: bjut: 建筑信息模型研究室|BIM Lab
com:
* 建筑信息模型
k: 建筑信息模型|building information modeling; 城市信息模型|city information modeling; 装配式建筑|prefabricated building; 施工管理|construction management; !BIM
p: 建筑信息模型正向设计; 城市信息模型平台与规划审批; 装配式建筑施工管理

@t_qdot trap
zh: 量子点显示材料
en: Quantum-dot display materials
ind: ngit 0.8, new_materials 0.7
sub: ngit.display new_materials.nano
fld: B05 F05
loc: 110116 110108
ent: 纳米光电|Nano-Optoelectronics; 显示材料|Display Materials
cust: 电视面板厂; 显示器企业
units:
com:
* 量子点
k: 量子点|quantum dots; 量子点显示|QLED; 量子点膜|quantum-dot film; 无镉量子点|cadmium-free quantum dots
p: 无镉量子点合成; 量子点增强膜与色域提升; 电致发光量子点器件

@t_rs trap
zh: 卫星遥感应用
en: Satellite remote sensing applications
ind: rural 0.6, smart_city 0.6
sub: smart_city.environment
fld: F01 C13
loc: 110108
ent: 遥感科技|Remote Sensing Technology; 空间信息|Spatial Information
cust: 农业农村部门; 自然资源部门; 保险公司
units: aircas: 农业遥感研究组|Agricultural Remote Sensing Group
com:
* 卫星遥感
k: 卫星遥感|satellite remote sensing; 农业遥感|agricultural remote sensing; 作物估产|crop yield estimation; 高光谱遥感|hyperspectral remote sensing
p: 卫星遥感作物长势监测与估产; 高光谱遥感土壤监测; 自然资源遥感变化检测

@t_carbon trap
zh: 碳排放核算与碳交易
en: Carbon accounting and trading
ind: st_services 0.6, new_energy 0.5
sub: st_services.transfer
fld: G01 E10
loc: 110102 110105
ent: 碳资产|Carbon Assets; 低碳服务|Low-Carbon Services
cust: 控排企业; 地方政府; 金融机构
units:
com:
* 碳核算
k: 碳排放核算|carbon accounting; 碳交易|carbon trading; 碳足迹|carbon footprint; 碳中和|carbon neutrality; 碳资产管理|carbon asset management
p: 企业碳排放核算与核查; 产品碳足迹评价; 碳资产管理与碳交易咨询

@t_sicceramic trap
zh: 碳化硅结构陶瓷
en: Silicon carbide structural ceramics
ind: new_materials 1
sub: new_materials.inorganic
fld: E02
loc: 110111 110116
ent: 特种陶瓷|Special Ceramics; 结构陶瓷|Structural Ceramics
cust: 机械密封企业; 防护装备企业; 化工泵阀
units:
com:
* 碳化硅陶瓷
k: 碳化硅陶瓷|silicon carbide ceramics; 反应烧结|reaction sintering; 机械密封环|mechanical seal ring; 防弹陶瓷|ballistic ceramics; 耐磨陶瓷|wear-resistant ceramics
p: 反应烧结碳化硅陶瓷密封环; 碳化硅防弹陶瓷片; 耐磨碳化硅陶瓷管道

@t_magnetmotor trap
zh: 永磁电机
en: Permanent-magnet motors
ind: smart_mfg 0.8, new_energy 0.6
sub: new_energy.nev smart_mfg.cnc
fld: E07
loc: 110113 110115
ent: 电机科技|Motor Technology; 驱动系统|Drive Systems
cust: 新能源汽车企业; 工业自动化企业
units: bjtu: 电机与驱动实验室|Motor Drives Lab
com:
* 永磁电机
k: 永磁同步电机|permanent-magnet synchronous motor; 驱动电机|traction motor; 伺服电机|servo motor; 电机控制器|motor controller
p: 新能源汽车永磁同步驱动电机设计; 伺服电机与高精度控制; 电机电磁设计与温升

@t_h2station trap
zh: 加氢站与氢能运营
en: Hydrogen refuelling stations
ind: new_energy 1
sub: new_energy.hydrogen
fld: E06
loc: 110111 110115
ent: 氢能运营|Hydrogen Operations; 能源服务|Energy Services
cust: 燃料电池公交; 物流车队
units:
com:
* 加氢站
k: 加氢站|hydrogen refuelling station; 氢气压缩机|hydrogen compressor; 加氢机|hydrogen dispenser; 氢能运营|hydrogen operation
p: 35兆帕与70兆帕加氢站建设运营; 加氢站氢气压缩机与加氢机; 加氢站安全管理

@t_livestock trap
zh: 畜禽育种
en: Livestock breeding
ind: rural 1
sub: rural.seed
fld: C06 C13
loc: 110117 110118
ent: 畜牧科技|Animal Husbandry Technology; 育种|Breeding
cust: 养殖企业; 种畜场
units: cau: 动物遗传育种研究室|Animal Genetics and Breeding Lab
com:
* 畜禽育种
k: 畜禽育种|livestock breeding; 生猪育种|pig breeding; 奶牛基因组选择|dairy cattle genomic selection; 蛋鸡育种|layer breeding
p: 生猪全基因组选择育种; 奶牛基因组选择与性能测定; 蛋鸡品种选育

@t_opticslens trap
zh: 光学镜头与光学元件
en: Optical lenses and components
ind: ngit 0.7, smart_mfg 0.5
sub: ngit.display smart_mfg.cnc
fld: F05
loc: 110108 110109
ent: 光学科技|Optical Technology; 精密光学|Precision Optics
cust: 手机厂商; 安防设备企业; 车载摄像头企业
units:
com:
* 光学镜头
k: 光学镜头|optical lens; 车载镜头|automotive camera lens; 光学镀膜|optical coating; 非球面镜片|aspheric lens
p: 车载摄像头光学镜头; 手机非球面镜片模压; 光学薄膜镀膜工艺

@t_generic trap
zh: 综合科技服务与咨询
en: General S&T consulting
ind: st_services 1, digital_economy 0.3
sub: st_services.transfer
fld: G01 G04
loc: 110105 110101 110108 110102
ent: 科技咨询|S&T Consulting; 创新发展|Innovation Development; 产业研究|Industry Research
cust: 地方政府; 产业园区; 企业
units: ruc: 产业政策研究室|Industrial Policy Lab
com:
* 产业咨询
k: 关键核心技术|key core technologies; 国产替代|domestic substitution; 产业链安全|supply-chain security; 科技创新平台|innovation platform; 先进技术|advanced technology; 研发管理|R&D management
p: 关键核心技术攻关路径研究; 重点产业链国产替代评估与咨询; 先进技术研发平台规划与运营; 科技创新政策与研发管理咨询; 产业链安全与供应链风险评估
"""
