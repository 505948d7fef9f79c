# -*- coding: utf-8 -*-
"""Hand-written topic facet sheets, part A: integrated circuits, new materials, new energy.

Format (parsed by write_corpus.py):
  @key depth            depth: deep | shallow | trap
  zh: / en:             topic name
  ind:                  industries "code weight, ..."
  sub:                  sub-field codes
  fld:                  NSFC codes for experts
  loc:                  district codes where its organisations sit (first = most)
  ent:                  enterprise name cores "中文|English; ..."
  cust:                 who buys / uses it (enterprise descriptions)
  units:                "parent: unit name|English" (university / institute units); ';' separated
  com:                  "national society: committee name" (society committees)
  * aspect              an aspect of the topic, then
  k:                    keywords "中文|English" ("!X" = used as is, English-only)
  p:                    phrases (noun phrases of work), ';' separated
"""

SHEET = r"""
@cmp deep
zh: 化学机械抛光材料
en: CMP materials
ind: ic 1, new_materials 0.4
sub: ic.materials
fld: F0401 B08 F0406
loc: 110115 110108 110113
ent: 微电子材料|Microelectronic Materials; 精密抛光材料|Precision Polishing Materials; 半导体材料|Semiconductor Materials
cust: 国内12英寸晶圆厂; 存储芯片制造企业; 逻辑芯片代工线
units: buct: 电子化学品与精密抛光研究中心|Electronic Chemicals and Precision Polishing Center; ime: 集成电路先导工艺材料实验室|Advanced Process Materials Lab; tsinghua: 摩擦学与精密表面研究室|Tribology and Precision Surfaces Lab
com: cie: 半导体材料与工艺专业委员会
* 抛光液
k: CMP抛光液|CMP slurry; 研磨颗粒|abrasive particles; 二氧化铈磨料|ceria abrasive; 胶体二氧化硅|colloidal silica; 铜互连抛光液|copper CMP slurry; 阻挡层抛光|barrier CMP; !CMP
p: 铜互连与阻挡层CMP抛光液配方开发; 纳米研磨颗粒的粒径分布控制与表面改性; 抛光液缓蚀剂与络合剂体系设计; 浅沟槽隔离二氧化铈抛光液的去除速率选择比调控
* 抛光垫
k: 抛光垫|polishing pad; 聚氨酯抛光垫|polyurethane pad; 抛光垫修整|pad conditioning; 微孔发泡|microporous foaming; 抛光垫沟槽|pad groove
p: 聚氨酯抛光垫材料配方与微孔结构调控; 抛光垫沟槽设计与使用寿命评价; 金刚石修整盘与抛光垫修整工艺
* 平坦化工艺与装备
k: 化学机械平坦化|chemical mechanical planarization; CMP设备|CMP tool; 终点检测|endpoint detection; 抛光后清洗|post-CMP cleaning; 晶圆表面缺陷|wafer surface defects
p: 12英寸化学机械平坦化工艺集成与缺陷分析; CMP设备终点检测与压力分区控制; 抛光后清洗液与残留颗粒去除

@photoresist deep
zh: 光刻胶
en: Photoresist
ind: ic 1, new_materials 0.5
sub: ic.materials
fld: F0401 B05 E03
loc: 110108 110115 110111
ent: 光刻材料|Lithography Materials; 电子化学品|Electronic Chemicals; 感光材料|Photosensitive Materials
cust: 国内晶圆制造企业; 显示面板厂; 先进封装厂
units: iccas: 光刻胶与感光高分子实验室|Photoresist and Photopolymer Lab; buct: 感光树脂研究室|Photosensitive Resin Lab; ipc: 光化学转换与感光材料中心|Photochemical Materials Center
com: ccs: 光化学与感光材料专业委员会
* 光刻胶树脂
k: 光刻胶|photoresist; ArF光刻胶|ArF photoresist; KrF光刻胶|KrF photoresist; 光刻胶树脂|photoresist resin; 化学放大胶|chemically amplified resist
p: ArF干法与浸没式光刻胶成膜树脂合成; 化学放大光刻胶的分子量分布与金属杂质控制; KrF光刻胶配方开发与分辨率提升
* 光酸与添加剂
k: 光酸产生剂|photoacid generator; 光敏剂|photosensitizer; 淬灭剂|quencher; 高纯单体|high-purity monomer; !PAG
p: 光酸产生剂分子设计与纯化; 光刻胶添加剂与高纯单体国产化; 光敏剂与淬灭剂配比对线宽粗糙度的影响
* 工艺验证
k: 光刻工艺验证|lithography process qualification; 线宽粗糙度|line width roughness; 极紫外光刻胶|EUV resist; 显影液|developer; 抗反射涂层|anti-reflective coating
p: 光刻胶在晶圆产线的工艺验证与缺陷评估; 极紫外光刻胶与金属氧化物光刻胶探索; 底部抗反射涂层与显影液配套材料

@litho deep
zh: 光刻机与光刻光学
en: Lithography equipment
ind: ic 1, smart_mfg 0.5
sub: ic.equipment
fld: F05 F0406 E05
loc: 110108 110115
ent: 精密光学装备|Precision Optical Equipment; 光刻装备|Lithography Equipment; 半导体装备|Semiconductor Equipment
cust: 晶圆制造企业; 先进封装厂; 科研院所微纳加工平台
units: tsinghua: 精密超精密运动控制实验室|Ultra-precision Motion Control Lab; bit: 光刻光学与计算光刻研究中心|Lithography Optics Center; ime: 光刻装备验证平台|Lithography Tool Qualification Platform
com: cos: 光刻光学与微纳制造专业委员会
* 光刻机整机与工件台
k: 光刻机|lithography scanner; 双工件台|dual wafer stage; 步进扫描|step-and-scan; 套刻精度|overlay accuracy; 浸没式光刻|immersion lithography
p: 浸没式光刻机双工件台精密运动控制; 步进扫描光刻机套刻精度补偿; 光刻机整机集成与可靠性验证
* 光源与投影物镜
k: 准分子激光光源|excimer laser source; 投影物镜|projection lens; 极紫外光源|EUV source; 照明系统|illumination system
p: ArF准分子激光光源与线宽稳定; 高数值孔径投影物镜设计与像差检测; 极紫外光源等离子体与收集镜
* 计算光刻与掩模
k: 计算光刻|computational lithography; 光学邻近校正|optical proximity correction; 掩模版|photomask; 掩模缺陷检测|mask inspection; !OPC
p: 光学邻近校正模型与计算光刻软件; 掩模版缺陷检测与修复; 光源掩模联合优化

@sic deep
zh: 碳化硅功率器件
en: Silicon carbide power devices
ind: ic 1, new_energy 0.6
sub: ic.compound
fld: F0406 F0401 E07
loc: 110113 110115 110108
ent: 碳化硅半导体|SiC Semiconductor; 功率半导体|Power Semiconductor; 宽禁带半导体|Wide-Bandgap Semiconductor
cust: 新能源汽车主驱逆变器厂商; 光伏逆变器企业; 轨道交通牵引系统
units: semi: 宽禁带半导体材料与器件实验室|Wide-Bandgap Semiconductor Lab; tsinghua: 功率电子器件与封装研究中心|Power Devices and Packaging Center; iee: 电力电子与碳化硅应用研究部|SiC Power Electronics Department
com: cie: 宽禁带功率半导体专业委员会; cpss: 功率器件与模块专业委员会
* 衬底与外延
k: 碳化硅衬底|SiC substrate; 碳化硅外延|SiC epitaxy; 物理气相传输法|physical vapor transport; 晶体缺陷|crystal defects; !SiC
p: 8英寸碳化硅单晶衬底生长与微管缺陷控制; 碳化硅同质外延厚度均匀性与缺陷密度; 物理气相传输法长晶热场设计
* 器件
k: 碳化硅MOSFET|SiC MOSFET; 肖特基二极管|Schottky diode; 栅氧可靠性|gate oxide reliability; 沟槽栅|trench gate; 功率器件|power device
p: 1200V碳化硅MOSFET器件设计与流片; 沟槽栅碳化硅器件栅氧可靠性; 碳化硅肖特基二极管与结终端设计
* 功率模块封装
k: 功率模块|power module; 银烧结|silver sintering; 模块封装|module packaging; 主驱逆变器|traction inverter; 热管理|thermal management
p: 车规级碳化硅功率模块封装与银烧结工艺; 碳化硅模块热管理与功率循环可靠性; 主驱逆变器碳化硅模块应用验证

@gan deep
zh: 氮化镓器件
en: GaN devices
ind: ic 1, ngit 0.6
sub: ic.compound
fld: F0406 F0401 F01
loc: 110113 110108
ent: 氮化镓微电子|GaN Microelectronics; 化合物半导体|Compound Semiconductor; 射频芯片|RF Chips
cust: 5G基站设备商; 快充电源厂商; 数据中心电源企业
units: semi: 氮化物半导体射频器件研究组|Nitride RF Devices Group; pku: 宽禁带电子材料研究室|Wide-Bandgap Electronic Materials Lab
com: cie: 化合物半导体专业委员会
* 射频器件
k: 氮化镓射频器件|GaN RF device; 高电子迁移率晶体管|HEMT; 功率放大器|power amplifier; 硅基氮化镓|GaN-on-Si; !GaN
p: 基站用氮化镓HEMT射频功率放大器; 硅基氮化镓外延与射频芯片; 毫米波氮化镓功放芯片设计
* 功率与快充
k: 氮化镓功率器件|GaN power device; 快充|fast charger; 增强型器件|enhancement-mode device; 电源芯片|power IC
p: 增强型氮化镓功率器件与快充电源; 数据中心电源用氮化镓功率芯片; 氮化镓器件动态电阻与可靠性

@chiplet deep
zh: 先进封装与芯粒集成
en: Advanced packaging and chiplets
ind: ic 1
sub: ic.packaging
fld: F0406 F0402 E05
loc: 110115 110108 110113
ent: 先进封装|Advanced Packaging; 微系统集成|Microsystem Integration; 封测|Packaging and Test
cust: 高性能计算芯片设计企业; 存储芯片企业; 人工智能芯片企业
units: ime: 系统封装与集成研发中心|System Packaging and Integration Center; pku: 三维集成与微系统研究室|3D Integration Lab; bjut: 微电子封装可靠性实验室|Microelectronic Packaging Reliability Lab
com: cie: 电子封装专业委员会
* 芯粒与异构集成
k: 芯粒|chiplet; 异构集成|heterogeneous integration; 芯粒互连标准|die-to-die interconnect; 2.5D封装|2.5D packaging; !Chiplet
p: 芯粒异构集成架构与互连接口设计; 2.5D封装与大尺寸芯片多芯粒集成; 芯粒互连协议与测试方法
* 硅通孔与转接板
k: 硅通孔|through-silicon via; 硅转接板|silicon interposer; 三维堆叠|3D stacking; 混合键合|hybrid bonding; !TSV
p: 硅通孔工艺与三维堆叠存储封装; 硅转接板与再布线层制造; 晶圆级混合键合工艺
* 封装可靠性与热
k: 封装可靠性|package reliability; 翘曲|warpage; 扇出型封装|fan-out packaging; 封装热管理|package thermal management; 倒装焊|flip-chip
p: 扇出型晶圆级封装翘曲控制; 大功耗芯片封装热管理与可靠性评价; 倒装焊凸点与底部填充材料

@eda deep
zh: 电子设计自动化
en: EDA
ind: ic 1, software 0.6
sub: ic.design software.industrial
fld: F0402 F02
loc: 110108 110105
ent: 芯片设计软件|Chip Design Software; 电子设计自动化|Electronic Design Automation; 芯片验证|Chip Verification
cust: 芯片设计企业; 晶圆代工厂; 高校集成电路学院
units: tsinghua: 设计自动化与芯片软件实验室|Design Automation Lab; pku: 集成电路设计自动化研究中心|IC Design Automation Center; ict: 处理器芯片敏捷设计研究组|Agile Chip Design Group
com: ccf: 设计自动化专业委员会
* 逻辑综合与布局布线
k: 逻辑综合|logic synthesis; 布局布线|place and route; 时序分析|static timing analysis; 物理设计|physical design; !EDA
p: 数字芯片逻辑综合与布局布线工具; 静态时序分析与时序收敛; 先进工艺物理设计与设计规则检查
* 仿真与验证
k: 电路仿真|circuit simulation; 形式验证|formal verification; 硬件仿真|hardware emulation; 功能验证|functional verification; !SPICE
p: 模拟电路SPICE仿真器并行加速; 芯片形式验证与等价性检查; 硬件仿真加速器与原型验证
* 设计制造协同
k: 工艺设计套件|process design kit; 可制造性设计|design for manufacturability; 器件建模|device modeling; 良率分析|yield analysis; !PDK
p: 工艺设计套件开发与器件模型提取; 可制造性设计与良率分析; 机器学习辅助的芯片设计空间探索

@egas deep
zh: 电子特气与湿电子化学品
en: Electronic gases and wet chemicals
ind: ic 1, new_materials 0.6
sub: ic.materials
fld: B08 F0401
loc: 110111 110115
ent: 电子气体|Electronic Gases; 高纯化学品|High-Purity Chemicals; 电子化学材料|Electronic Chemical Materials
cust: 晶圆制造企业; 显示面板厂; 光伏电池企业
units: ipe: 高纯电子化学品分离纯化实验室|High-Purity Chemicals Purification Lab; buct: 湿电子化学品工程研究中心|Wet Electronic Chemicals Center
com: ciesc: 电子化学品专业委员会
* 电子特气
k: 电子特气|electronic specialty gases; 高纯三氟化氮|high-purity NF3; 刻蚀气体|etching gas; 掺杂气体|dopant gas; 气体纯化|gas purification
p: 高纯三氟化氮与六氟化钨电子特气纯化; 刻蚀与沉积用电子特气杂质分析; 电子特气钢瓶处理与供气系统
* 湿电子化学品
k: 湿电子化学品|wet electronic chemicals; 高纯硫酸|high-purity sulfuric acid; 蚀刻液|etchant; 清洗液|cleaning solution; 金属杂质|trace metal impurities
p: 半导体级高纯硫酸与双氧水提纯; 蚀刻液与晶圆清洗液配方; 湿电子化学品痕量金属杂质检测

@riscv deep
zh: 处理器芯片设计
en: Processor chip design
ind: ic 1, ngit 0.5
sub: ic.design
fld: F0402 F02
loc: 110108
ent: 处理器芯片|Processor Chips; 芯片设计|Chip Design; 集成电路设计|IC Design
cust: 工业控制设备厂商; 物联网终端企业; 服务器整机企业
units: ict: 开源处理器研究中心|Open-Source Processor Center; pku: 处理器体系结构研究室|Processor Architecture Lab; buaa: 嵌入式处理器实验室|Embedded Processor Lab
com: ccf: 计算机体系结构专业委员会
* 开源指令集处理器
k: 开源指令集|open instruction set; 处理器核|processor core; 乱序执行|out-of-order execution; 微架构|microarchitecture; !RISC-V
p: 高性能开源指令集处理器核微架构设计; 乱序执行处理器核敏捷开发; 处理器核IP授权与生态建设
* 片上系统
k: 片上系统|system on chip; 处理器芯片|processor chip; 低功耗设计|low-power design; 片上网络|network on chip; !SoC
p: 物联网低功耗片上系统设计; 多核处理器片上网络与缓存一致性; 服务器处理器芯片设计与流片

@aichip shallow
zh: 人工智能芯片
en: AI chips
ind: ic 1, ai 0.8
sub: ic.design ai.foundation
fld: F0402 F06
loc: 110108
ent: 智能芯片|AI Chips; 神经网络处理器|Neural Processing Units
cust: 数据中心; 智能终端厂商; 自动驾驶企业
units: ict: 智能处理器研究组|Intelligent Processor Group
com:
* 人工智能芯片
k: 人工智能芯片|AI chip; 神经网络处理器|neural processing unit; 存算一体|compute-in-memory; 张量计算|tensor computing; !NPU
p: 云端人工智能训练芯片架构; 存算一体芯片与低功耗推理; 神经网络处理器编译器与算子库

@ndfeb deep
zh: 稀土永磁材料
en: Rare-earth permanent magnets
ind: new_materials 1, new_energy 0.4
sub: new_materials.rare_earth new_materials.metal
fld: E01 B05
loc: 110102 110116 110111
ent: 稀土磁材|Rare-Earth Magnetics; 磁性材料|Magnetic Materials; 稀土功能材料|Rare-Earth Functional Materials
cust: 新能源汽车驱动电机厂; 风电整机企业; 工业伺服电机厂商
units: grinm: 稀土永磁材料研究部|Rare-Earth Magnets Department; ustb: 稀土功能材料研究室|Rare-Earth Functional Materials Lab; iop: 磁学与磁性材料实验室|Magnetism Lab
com: cre: 稀土永磁专业委员会
* 烧结钕铁硼
k: 钕铁硼|NdFeB; 烧结钕铁硼|sintered NdFeB magnet; 高矫顽力|high coercivity; 磁能积|energy product; 稀土永磁|rare-earth permanent magnet
p: 高矫顽力烧结钕铁硼磁体制备; 高磁能积钕铁硼成分与微观组织调控; 钕铁硼磁体表面防护涂层
* 晶界扩散与减重稀土
k: 晶界扩散|grain boundary diffusion; 重稀土减量|heavy rare-earth reduction; 镝铽|dysprosium and terbium; 铈磁体|cerium-rich magnet; 高丰度稀土|high-abundance rare earth
p: 晶界扩散镝铽降低重稀土用量; 高丰度铈镧稀土永磁材料; 钕铁硼磁体晶界相设计
* 粘结磁体与回收
k: 粘结钕铁硼|bonded NdFeB; 热压磁体|hot-deformed magnet; 磁体回收|magnet recycling; 稀土回收|rare-earth recovery
p: 热压热变形钕铁硼磁体; 废旧钕铁硼磁体回收与再生; 粘结磁体注射成型工艺

@cfrp deep
zh: 碳纤维复合材料
en: Carbon fibre composites
ind: new_materials 1, smart_mfg 0.5
sub: new_materials.composite
fld: E03 E05
loc: 110111 110113 110116
ent: 碳纤维|Carbon Fibre; 复合材料|Composites; 先进复材|Advanced Composites
cust: 航空航天主机厂; 风电叶片厂; 新能源汽车企业; 氢气瓶制造企业
units: buct: 碳纤维及复合材料研究中心|Carbon Fibre and Composites Center; buaa: 先进复合材料结构实验室|Composite Structures Lab; imech: 复合材料力学研究组|Composite Mechanics Group
com: csfcm: 碳纤维及其复合材料专业委员会
* 碳纤维原丝与制备
k: 碳纤维|carbon fibre; 聚丙烯腈原丝|PAN precursor; 高强中模碳纤维|high-strength intermediate-modulus carbon fibre; 碳化工艺|carbonization; !T800
p: 聚丙烯腈原丝纺丝与预氧化碳化工艺; T800级高强中模碳纤维制备; 碳纤维表面处理与上浆剂
* 树脂基复合材料成型
k: 预浸料|prepreg; 热压罐成型|autoclave molding; 树脂传递模塑|resin transfer molding; 环氧树脂基体|epoxy matrix; 自动铺丝|automated fibre placement
p: 航空用碳纤维预浸料与热压罐成型; 树脂传递模塑与低成本非热压罐工艺; 自动铺丝与复材构件制造
* 复合材料结构与检测
k: 复合材料结构设计|composite structure design; 无损检测|non-destructive testing; 热塑性复合材料|thermoplastic composites; 复合材料气瓶|composite pressure vessel
p: 复合材料结构损伤容限与无损检测; 热塑性碳纤维复合材料焊接; IV型储氢气瓶碳纤维缠绕

@superalloy deep
zh: 高温合金
en: Superalloys
ind: new_materials 1, smart_mfg 0.6
sub: new_materials.metal
fld: E01 E05
loc: 110102 110108 110111
ent: 高温合金|Superalloys; 特种合金|Special Alloys; 精密铸造|Precision Casting
cust: 航空发动机主机厂; 燃气轮机企业; 航天动力企业
units: ustb: 高温合金研究中心|Superalloy Research Center; buaa: 航空发动机材料实验室|Aero-engine Materials Lab; grinm: 粉末冶金与特种合金研究部|Powder Metallurgy Department
com: csm: 高温材料分会
* 铸造高温合金
k: 高温合金|superalloy; 单晶叶片|single-crystal blade; 定向凝固|directional solidification; 镍基合金|nickel-based alloy; 精密铸造|investment casting
p: 航空发动机单晶涡轮叶片定向凝固; 镍基单晶高温合金成分设计; 涡轮叶片精密铸造与陶瓷型芯
* 粉末与增材
k: 粉末高温合金|powder metallurgy superalloy; 涡轮盘|turbine disk; 增材制造|additive manufacturing; 热等静压|hot isostatic pressing
p: 粉末高温合金涡轮盘制备; 高温合金激光增材制造与缺陷控制; 热等静压致密化工艺
* 涂层与服役
k: 热障涂层|thermal barrier coating; 高温氧化|high-temperature oxidation; 蠕变|creep; 服役寿命评价|service life assessment
p: 热障涂层制备与剥落失效; 高温合金蠕变与疲劳寿命评价; 燃气轮机热端部件服役评价

@graphene deep
zh: 石墨烯与纳米碳材料
en: Graphene and nanocarbon
ind: new_materials 1, new_energy 0.4
sub: new_materials.nano
fld: E02 B05
loc: 110108 110116
ent: 石墨烯|Graphene; 纳米碳材料|Nanocarbon Materials; 纳米科技|Nanotech
cust: 动力电池企业; 电子散热企业; 防腐涂料企业
units: pku: 纳米化学与石墨烯研究中心|Nanochemistry and Graphene Center; nanoctr: 碳纳米材料实验室|Carbon Nanomaterials Lab; binn: 柔性电子材料研究组|Flexible Electronic Materials Group
com: mrs: 纳米材料与器件分会
* 石墨烯制备
k: 石墨烯|graphene; 化学气相沉积|chemical vapor deposition; 石墨烯薄膜|graphene film; 氧化石墨烯|graphene oxide; 单晶石墨烯|single-crystal graphene
p: 化学气相沉积大面积石墨烯薄膜生长; 氧化石墨烯规模化制备与还原; 单晶石墨烯晶圆
* 纳米碳应用
k: 碳纳米管|carbon nanotube; 导热膜|thermal conductive film; 导电剂|conductive additive; 石墨烯涂料|graphene coating
p: 碳纳米管导电剂在锂电池中的应用; 石墨烯导热膜与电子散热; 石墨烯防腐涂料

@polyimide deep
zh: 特种高分子材料
en: Specialty polymers
ind: new_materials 1, ic 0.3
sub: new_materials.polymer
fld: E03 B05
loc: 110105 110111
ent: 高分子材料|Polymer Materials; 特种树脂|Specialty Resins; 功能薄膜|Functional Films
cust: 柔性显示面板厂; 航空航天企业; 芯片封装厂
units: buct: 特种工程塑料研究中心|Engineering Plastics Center; iccas: 高性能高分子材料实验室|High-Performance Polymers Lab
com: ccs: 高分子专业委员会
* 聚酰亚胺
k: 聚酰亚胺|polyimide; 聚酰亚胺薄膜|polyimide film; 光敏聚酰亚胺|photosensitive polyimide; 柔性基板|flexible substrate; !PI
p: 柔性显示用透明聚酰亚胺薄膜; 封装用光敏聚酰亚胺材料; 耐高温聚酰亚胺纤维
* 特种工程塑料
k: 聚醚醚酮|PEEK; 特种工程塑料|specialty engineering plastics; 液晶聚合物|liquid crystal polymer; 耐高温树脂|high-temperature resin
p: 聚醚醚酮树脂合成与改性; 液晶聚合物高频薄膜; 耐高温树脂基体与航空应用

@h2fc deep
zh: 氢燃料电池
en: Hydrogen fuel cells
ind: new_energy 1, smart_mfg 0.3
sub: new_energy.hydrogen new_energy.nev
fld: E06 B05 E07
loc: 110114 110111 110115
ent: 氢能科技|Hydrogen Energy Technology; 燃料电池|Fuel Cells; 氢动力|Hydrogen Power
cust: 燃料电池商用车整车厂; 分布式发电运营商; 物流车队
units: tsinghua: 燃料电池与氢能研究中心|Fuel Cell and Hydrogen Center; ncepu: 氢能与燃料电池实验室|Hydrogen and Fuel Cell Lab; iccas: 燃料电池催化材料研究组|Fuel Cell Catalysis Group
com: cres: 氢能专业委员会; saec: 燃料电池汽车分会
* 电堆与膜电极
k: 燃料电池电堆|fuel cell stack; 膜电极|membrane electrode assembly; 质子交换膜|proton exchange membrane; 双极板|bipolar plate; !PEMFC
p: 质子交换膜燃料电池电堆设计与一致性; 膜电极制备与低铂化; 金属双极板成形与涂层
* 催化剂与材料
k: 铂碳催化剂|Pt/C catalyst; 低铂催化剂|low-platinum catalyst; 气体扩散层|gas diffusion layer; 质子交换膜材料|membrane material
p: 低铂与非铂氧还原催化剂; 气体扩散层碳纸国产化; 全氟磺酸质子交换膜
* 系统与整车
k: 燃料电池系统|fuel cell system; 燃料电池汽车|fuel cell vehicle; 空压机|air compressor; 氢气循环泵|hydrogen recirculation pump; 冷启动|cold start
p: 燃料电池发动机系统集成与控制; 燃料电池汽车低温冷启动; 燃料电池空压机与氢气循环泵

@electrolysis deep
zh: 电解水制氢与储运
en: Water electrolysis and hydrogen storage
ind: new_energy 1, new_materials 0.3
sub: new_energy.hydrogen
fld: E06 B05 B08
loc: 110114 110111
ent: 绿氢装备|Green Hydrogen Equipment; 制氢|Hydrogen Production; 储氢|Hydrogen Storage
cust: 风光制氢项目业主; 化工园区; 加氢站运营商
units: ipe: 绿氢与电解制氢研究组|Green Hydrogen Group; ncepu: 可再生能源制氢实验室|Renewable Hydrogen Lab
com: cers: 氢能储运专业委员会
* 电解槽
k: 电解水制氢|water electrolysis; 碱性电解槽|alkaline electrolyzer; 质子交换膜电解|PEM electrolysis; 固体氧化物电解|solid oxide electrolysis; 绿氢|green hydrogen
p: 大标方碱性电解槽设计与制造; 质子交换膜电解槽与铱催化剂; 风光耦合离网制氢系统
* 储运
k: 储氢|hydrogen storage; 高压气态储氢|high-pressure gaseous storage; 液氢|liquid hydrogen; 固态储氢|solid-state hydrogen storage; 输氢管道|hydrogen pipeline
p: 高压气态储氢瓶与阀门; 镁基固态储氢材料; 掺氢天然气管道输送

@ssb deep
zh: 固态电池
en: Solid-state batteries
ind: new_energy 1, new_materials 0.6
sub: new_energy.storage new_energy.nev
fld: E0707 B05 E02
loc: 110114 110108 110116
ent: 固态电池|Solid-State Battery; 新能源材料|Energy Materials; 锂电科技|Lithium Battery Technology
cust: 新能源汽车整车厂; 消费电子企业; 储能系统集成商
units: iop: 固态离子学与电池材料实验室|Solid-State Ionics Lab; tsinghua: 先进电池材料研究中心|Advanced Battery Materials Center; bit: 新能源电池材料研究所|Battery Materials Institute
com: ccers: 固体离子学分会
* 固态电解质
k: 固态电解质|solid electrolyte; 硫化物电解质|sulfide electrolyte; 氧化物电解质|oxide electrolyte; 聚合物电解质|polymer electrolyte; 离子电导率|ionic conductivity
p: 硫化物固态电解质合成与空气稳定性; 石榴石型氧化物固态电解质; 聚合物固态电解质离子电导率提升
* 界面与电极
k: 固固界面|solid-solid interface; 锂金属负极|lithium metal anode; 高镍正极|high-nickel cathode; 锂枝晶|lithium dendrite
p: 固态电池正极与电解质界面修饰; 锂金属负极枝晶抑制; 高镍正极包覆与界面稳定
* 电芯与工艺
k: 固态电池|solid-state battery; 半固态电池|semi-solid battery; 全固态电池|all-solid-state battery; 干法电极|dry electrode; 电芯制造|cell manufacturing
p: 半固态电池电芯设计与量产工艺; 全固态电池干法电极与等静压; 固态电池安全性与热失控评价

@storage deep
zh: 储能系统与电池管理
en: Energy storage systems and BMS
ind: new_energy 1, smart_city 0.3
sub: new_energy.storage new_energy.grid
fld: E0707 E07
loc: 110114 110108 110112
ent: 储能科技|Energy Storage Technology; 电能管理|Power Management; 储能系统|Energy Storage Systems
cust: 电网公司; 新能源电站; 工商业园区
units: ncepu: 储能系统与电网互动实验室|Energy Storage and Grid Lab; iee: 储能技术研究部|Energy Storage Department; epri: 储能并网检测中心|Storage Grid Testing Center
com: ces: 储能系统与装备专业委员会
* 储能电站
k: 电化学储能|electrochemical energy storage; 储能电站|energy storage station; 磷酸铁锂储能|LFP storage; 储能变流器|power conversion system; 液流电池|flow battery
p: 百兆瓦级电化学储能电站集成; 储能变流器与并网控制; 全钒液流电池电堆
* 电池管理与安全
k: 电池管理系统|battery management system; 荷电状态估计|state of charge estimation; 热失控预警|thermal runaway warning; 电池健康状态|state of health; !BMS
p: 储能电池管理系统与荷电状态估计; 电池热失控早期预警与消防; 电池健康状态评估与梯次利用

@perovskite deep
zh: 钙钛矿光伏
en: Perovskite photovoltaics
ind: new_energy 1, new_materials 0.5
sub: new_energy.pv
fld: E0607 B05 F05
loc: 110114 110108
ent: 光伏科技|Photovoltaic Technology; 新型光伏|Emerging Photovoltaics; 光电材料|Optoelectronic Materials
cust: 光伏组件企业; 建筑光伏一体化项目; 光伏电站
units: pku: 钙钛矿光电器件研究组|Perovskite Optoelectronics Group; iccas: 有机与钙钛矿光伏实验室|Organic and Perovskite PV Lab; ncepu: 新型太阳电池研究中心|Novel Solar Cells Center
com: cres: 光伏专业委员会
* 钙钛矿电池
k: 钙钛矿太阳能电池|perovskite solar cell; 光电转换效率|power conversion efficiency; 钙钛矿薄膜|perovskite film; 空穴传输层|hole transport layer
p: 高效钙钛矿太阳能电池界面钝化; 钙钛矿薄膜结晶调控与大面积涂布; 空穴传输材料设计
* 叠层与稳定性
k: 钙钛矿叠层电池|perovskite tandem cell; 晶硅钙钛矿叠层|perovskite/silicon tandem; 稳定性|stability; 组件封装|module encapsulation
p: 晶硅钙钛矿叠层电池; 钙钛矿组件湿热稳定性与封装; 钙钛矿组件户外实证
* 晶硅光伏
k: 晶硅电池|crystalline silicon cell; 异质结电池|heterojunction cell; 光伏组件|PV module; 隧穿氧化层钝化|TOPCon
p: 异质结电池低温银浆; 隧穿氧化层钝化晶硅电池量产工艺; 光伏组件功率衰减分析

@vpp deep
zh: 智能电网与虚拟电厂
en: Smart grid and virtual power plants
ind: new_energy 1, digital_economy 0.4
sub: new_energy.grid
fld: E07 G01
loc: 110108 110102 110105
ent: 能源互联网|Energy Internet; 电力科技|Power Technology; 智慧能源|Smart Energy
cust: 电网公司; 售电公司; 工业园区
units: ncepu: 新能源电力系统实验室|Renewable Power Systems Lab; tsinghua: 能源互联网研究院实验室|Energy Internet Lab; epri: 电力系统仿真研究部|Power System Simulation Department
com: csee: 能源互联网专业委员会
* 虚拟电厂
k: 虚拟电厂|virtual power plant; 需求响应|demand response; 分布式能源聚合|distributed energy aggregation; 电力市场|electricity market
p: 虚拟电厂分布式资源聚合与调控; 工商业需求响应与电力市场交易; 源网荷储协同调度
* 新能源并网与配电
k: 新能源并网|renewable grid integration; 配电网|distribution network; 电网调度|grid dispatch; 新型电力系统|new-type power system; 电力系统仿真|power system simulation
p: 高比例新能源并网稳定性分析; 主动配电网规划与运行; 新型电力系统调度与仿真

@wind shallow
zh: 风电
en: Wind power
ind: new_energy 1
sub: new_energy.wind
fld: E06 E0607
loc: 110108 110119
ent: 风电科技|Wind Power Technology; 风能装备|Wind Energy Equipment
cust: 风电场业主; 海上风电项目
units: ncepu: 风能与动力工程实验室|Wind Energy Lab
com:
* 风电
k: 海上风电|offshore wind; 风电机组|wind turbine; 风电叶片|wind turbine blade; 风功率预测|wind power forecasting
p: 大型海上风电机组设计; 风电叶片气动设计与复材制造; 风功率预测与风电场运维
"""
