# -*- coding: utf-8 -*-
"""Hand-written topic facet sheets, part B: biomedicine, AI and information technology.

Same format as sheets_topics_a.py.
"""

SHEET = r"""
@vaccine deep
zh: 疫苗
en: Vaccines
ind: biomed 1
sub: biomed.vaccine
fld: C08 H C21
loc: 110115 110114 110108
ent: 生物制品|Biologics; 疫苗|Vaccines; 生物技术|Biotechnology
cust: 疾病预防控制机构; 接种门诊; 国际卫生组织采购
units: pumc: 病原生物学与疫苗研究所实验室|Pathogen Biology and Vaccine Lab; im: 病原微生物与疫苗研究组|Pathogen and Vaccine Group; tsinghua: 免疫与疫苗研究中心|Immunology and Vaccine Center
com: csi: 疫苗免疫学专业委员会; cpa: 生物药品与质量研究专业委员会
* 核酸疫苗
k: 信使核糖核酸疫苗|messenger RNA vaccine; 脂质纳米颗粒|lipid nanoparticle; 递送系统|delivery system; 序列设计|sequence design; !mRNA; !LNP
p: mRNA疫苗序列设计与修饰核苷; 脂质纳米颗粒递送系统与可电离脂质; mRNA疫苗规模化生产与冻干制剂
* 重组蛋白与病毒载体疫苗
k: 重组蛋白疫苗|recombinant protein vaccine; 病毒载体疫苗|viral vector vaccine; 佐剂|adjuvant; 多价疫苗|multivalent vaccine; 抗原设计|antigen design
p: 重组蛋白疫苗抗原设计与新型佐剂; 腺病毒载体疫苗构建; 多价肺炎球菌结合疫苗
* 评价与生产
k: 疫苗评价|vaccine evaluation; 免疫原性|immunogenicity; 临床试验|clinical trial; 细胞培养工艺|cell culture process; 批签发|lot release
p: 疫苗免疫原性评价与临床试验设计; 疫苗细胞培养与纯化工艺放大; 疫苗质量控制与批签发检验

@antibody deep
zh: 抗体药物
en: Antibody drugs
ind: biomed 1
sub: biomed.antibody biomed.innovative_drug
fld: C08 C21 H
loc: 110115 110114
ent: 生物医药|Biopharma; 抗体药物|Antibody Therapeutics; 生物制药|Biopharmaceuticals
cust: 肿瘤医院; 自身免疫疾病专科; 国际药企授权合作方
units: tsinghua: 抗体工程与药物发现中心|Antibody Engineering Center; ibp: 蛋白质工程与抗体设计实验室|Protein Engineering Lab; pumc: 生物药物研究室|Biologics Research Lab
com: cpa: 生物技术药物专业委员会; csi: 抗体工程分会
* 单抗与双抗
k: 单克隆抗体|monoclonal antibody; 双特异性抗体|bispecific antibody; 抗体人源化|antibody humanization; 免疫检查点抗体|immune checkpoint antibody; 纳米抗体|nanobody
p: 双特异性抗体分子设计与表达; 免疫检查点抗体药物开发; 纳米抗体筛选与人源化改造
* 抗体发现
k: 噬菌体展示|phage display; 单B细胞筛选|single B cell screening; 抗体亲和力成熟|affinity maturation; 抗体结构设计|antibody structure design; 人工智能抗体设计|AI antibody design
p: 噬菌体展示与单B细胞抗体发现平台; 基于结构的抗体亲和力成熟; 人工智能辅助抗体序列优化
* 工艺与质量
k: 细胞株构建|cell line development; 抗体表达|antibody expression; 纯化工艺|purification process; 生物类似药|biosimilar; 质量属性|quality attributes
p: 抗体药物细胞株构建与高表达工艺; 抗体下游纯化与病毒清除; 生物类似药质量属性比对

@adc deep
zh: 抗体偶联药物
en: Antibody-drug conjugates
ind: biomed 1
sub: biomed.antibody biomed.innovative_drug
fld: C21 H B08
loc: 110115 110114
ent: 偶联药物|Conjugate Therapeutics; 靶向药物|Targeted Therapeutics
cust: 肿瘤医院; 跨国药企
units: pku: 靶向药物化学研究室|Targeted Drug Chemistry Lab; nibs: 靶向治疗研究组|Targeted Therapy Group
com: cpa: 药物化学专业委员会
* 偶联药物
k: 抗体偶联药物|antibody-drug conjugate; 连接子|linker; 细胞毒载荷|cytotoxic payload; 定点偶联|site-specific conjugation; 药抗比|drug-to-antibody ratio; !ADC
p: 抗体偶联药物连接子与载荷设计; 定点偶联技术与药抗比控制; ADC药物临床前药效与毒理评价

@cart deep
zh: 细胞治疗
en: Cell therapy
ind: biomed 1
sub: biomed.cell_gene
fld: C08 H C21
loc: 110115 110114 110108
ent: 细胞治疗|Cell Therapeutics; 免疫细胞|Immune Cell Technology; 生物治疗|Biotherapy
cust: 血液病专科医院; 肿瘤医院; 临床研究中心
units: pku: 肿瘤免疫治疗研究中心|Tumor Immunotherapy Center; ccmu: 细胞治疗临床研究中心|Cell Therapy Clinical Center; ibp: 免疫细胞工程实验室|Immune Cell Engineering Lab
com: caca: 肿瘤细胞治疗专业委员会
* 嵌合抗原受体细胞
k: 嵌合抗原受体T细胞|chimeric antigen receptor T cell; 实体瘤|solid tumor; 血液肿瘤|hematologic malignancy; 通用型细胞|allogeneic universal cell; !CAR-T
p: CAR-T细胞治疗实体瘤的靶点选择与结构设计; 血液肿瘤CAR-T临床研究; 通用型CAR-T与异体细胞治疗
* 细胞制备
k: 细胞制备|cell manufacturing; 自动化细胞生产|automated cell production; 慢病毒载体|lentiviral vector; 细胞质量控制|cell quality control; !GMP
p: 封闭式自动化CAR-T细胞制备工艺; 慢病毒载体生产与质控; 细胞治疗产品放行检测
* 其他免疫细胞与干细胞
k: 自然杀伤细胞|NK cell; T细胞受体疗法|TCR-T; 间充质干细胞|mesenchymal stem cell; 肿瘤浸润淋巴细胞|tumor-infiltrating lymphocytes
p: CAR-NK细胞治疗; 间充质干细胞治疗与质量标准; TCR-T与肿瘤浸润淋巴细胞疗法

@geneedit deep
zh: 基因编辑与基因治疗
en: Gene editing and gene therapy
ind: biomed 1, rural 0.2
sub: biomed.cell_gene
fld: C06 C21 H
loc: 110114 110108
ent: 基因科技|Gene Technology; 基因治疗|Gene Therapeutics
cust: 罕见病诊疗中心; 眼科医院; 药企研发部门
units: pku: 基因编辑技术研究组|Gene Editing Group; nibs: 基因治疗载体实验室|Gene Therapy Vector Lab
com: csbt: 基因工程专业委员会
* 基因编辑
k: 基因编辑|gene editing; 碱基编辑|base editing; 先导编辑|prime editing; 脱靶评估|off-target assessment; !CRISPR
p: 碱基编辑与先导编辑工具开发; 基因编辑脱靶效应评估; 体内基因编辑递送
* 基因治疗载体
k: 腺相关病毒|adeno-associated virus; 基因治疗|gene therapy; 罕见病|rare disease; 载体衣壳工程|capsid engineering; !AAV
p: 腺相关病毒载体衣壳工程与生产; 遗传性眼病基因治疗; 罕见病基因治疗临床转化

@surgrobot deep
zh: 手术机器人
en: Surgical robots
ind: biomed 1, smart_mfg 0.6
sub: biomed.device smart_mfg.robotics
fld: E05 C10 F03
loc: 110108 110112 110115
ent: 医疗机器人|Medical Robotics; 智能医疗|Intelligent Medical; 微创医疗|Minimally Invasive Medical
cust: 三甲医院骨科; 神经外科; 泌尿外科与普外科
units: buaa: 医疗机器人研究所|Medical Robotics Institute; tsinghua: 精准医疗器械与手术导航实验室|Surgical Navigation Lab; bit: 微创手术机器人研究中心|Minimally Invasive Surgical Robotics Center
com: csbme: 医用机器人分会
* 骨科与神经外科机器人
k: 手术机器人|surgical robot; 骨科手术机器人|orthopedic surgical robot; 手术导航|surgical navigation; 精准定位|precise positioning; 神经外科机器人|neurosurgical robot
p: 骨科手术机器人光学导航与精准定位; 脊柱与关节置换手术机器人; 神经外科立体定向手术机器人
* 腔镜与血管介入
k: 腔镜手术机器人|laparoscopic surgical robot; 力反馈|force feedback; 主从控制|master-slave control; 血管介入机器人|vascular interventional robot; 远程手术|telesurgery
p: 多孔腔镜手术机器人主从控制与力反馈; 血管介入机器人导丝导管操控; 5G远程手术系统

@bci deep
zh: 脑机接口
en: Brain-computer interfaces
ind: biomed 1, ai 0.7
sub: biomed.bci ai.brain
fld: C09 F06 C10
loc: 110108 110114
ent: 脑科技|Brain Technology; 神经科技|Neurotechnology; 脑机|Brain-Machine
cust: 康复医院; 神经内科与神经外科; 科研院所
units: tsinghua: 神经工程与脑机接口实验室|Neural Engineering and BCI Lab; ia: 脑机接口与神经调控研究组|BCI and Neuromodulation Group; ccmu: 神经调控与脑机接口临床中心|Neuromodulation Clinical Center
com: csbme: 神经工程专业委员会; cns_neuro: 脑机接口分会
* 侵入式脑机接口
k: 脑机接口|brain-computer interface; 柔性电极|flexible electrode; 植入式电极|implantable electrode; 神经信号采集|neural recording; !BCI
p: 高通量柔性植入式电极与神经信号采集; 侵入式脑机接口运动功能重建; 植入式脑机接口芯片与无线传输
* 非侵入式与解码
k: 脑电|electroencephalography; 神经信号解码|neural decoding; 运动想象|motor imagery; 神经康复|neurorehabilitation; !EEG
p: 非侵入式脑电脑机接口与运动想象解码; 脑机接口神经康复训练系统; 脑电信号深度学习解码算法
* 神经调控
k: 神经调控|neuromodulation; 脑深部电刺激|deep brain stimulation; 经颅磁刺激|transcranial magnetic stimulation; 闭环调控|closed-loop stimulation
p: 闭环脑深部电刺激系统; 经颅磁刺激治疗抑郁症; 神经调控器械临床评价

@tcm deep
zh: 中医药
en: Traditional Chinese medicine
ind: biomed 1, rural 0.3
sub: biomed.tcm
fld: H C21
loc: 110105 110106 110115
ent: 中药|Chinese Medicine; 本草|Herbal; 中医药科技|TCM Technology
cust: 中医医院; 中药饮片企业; 药品流通企业
units: bucm: 中药质量标准研究中心|TCM Quality Standards Center; bucm: 中药资源与道地药材实验室|TCM Resources Lab; pumc: 药用植物研究室|Medicinal Plants Lab
com: cacm: 中药质量分析专业委员会
* 中药质量
k: 中药质量标准|TCM quality standard; 指纹图谱|fingerprint chromatogram; 道地药材|genuine regional herbs; 中药饮片|decoction pieces; 质量标志物|quality marker
p: 中药指纹图谱与质量标志物研究; 道地药材质量评价与溯源; 中药饮片炮制规范
* 经典名方与新药
k: 经典名方|classical formula; 中药新药|new TCM drug; 中药复方|compound prescription; 中药配方颗粒|formula granules; 网络药理学|network pharmacology
p: 经典名方复方制剂开发; 中药复方网络药理学与作用机制; 中药配方颗粒标准研究
* 中医临床
k: 中医临床|TCM clinical practice; 针灸|acupuncture; 中西医结合|integrative medicine; 循证中医药|evidence-based TCM
p: 中西医结合治疗慢病的循证研究; 针灸临床疗效评价; 中医智能辨证系统

@synbio deep
zh: 合成生物
en: Synthetic biology
ind: biomed 1, new_materials 0.4, rural 0.3
sub: biomed.synbio
fld: C21 B08 C05
loc: 110114 110108
ent: 合成生物|Synthetic Biology; 生物制造|Biomanufacturing; 生物技术|Biotech
cust: 日化企业; 食品配料企业; 医药中间体企业
units: tsinghua: 合成与系统生物学研究中心|Synthetic and Systems Biology Center; im: 工业微生物与合成生物学实验室|Industrial Microbiology Lab; ipe: 生物制造工程研究组|Biomanufacturing Group
com: csbt: 合成生物学专业委员会
* 底盘细胞与代谢工程
k: 合成生物学|synthetic biology; 底盘细胞|chassis cell; 代谢工程|metabolic engineering; 酶工程|enzyme engineering; 基因线路|genetic circuit
p: 工业底盘细胞构建与代谢通路优化; 关键酶定向进化与酶工程; 基因线路设计与动态调控
* 生物制造
k: 生物制造|biomanufacturing; 发酵工程|fermentation engineering; 生物基材料|bio-based materials; 精细化学品|fine chemicals; 重组胶原蛋白|recombinant collagen
p: 合成生物学生产重组胶原蛋白; 生物基材料单体发酵与分离; 发酵过程放大与智能控制

@medimg deep
zh: 医学影像人工智能
en: Medical imaging AI
ind: biomed 1, ai 0.8
sub: biomed.digital ai.vision biomed.device
fld: F06 C10 H
loc: 110108 110105
ent: 医疗影像|Medical Imaging; 智慧医疗|Smart Healthcare; 医学人工智能|Medical AI
cust: 三甲医院影像科; 基层医疗机构; 体检中心
units: pku: 医学影像与人工智能实验室|Medical Imaging AI Lab; ccmu: 影像医学与智能诊断中心|Imaging and AI Diagnosis Center
com: csig: 医学图像处理专业委员会
* 影像辅助诊断
k: 医学影像|medical imaging; 辅助诊断|computer-aided diagnosis; 肺结节检测|pulmonary nodule detection; 影像分割|image segmentation; 医学影像大模型|medical imaging foundation model
p: 胸部CT肺结节智能检测; 医学影像分割与辅助诊断软件; 医学影像大模型与报告生成
* 影像设备
k: 磁共振成像|magnetic resonance imaging; 计算机断层成像|computed tomography; 超声成像|ultrasound imaging; 低剂量成像|low-dose imaging
p: 低剂量CT成像重建; 磁共振快速成像算法; 便携超声成像设备

@llm deep
zh: 大模型
en: Large models
ind: ai 1, software 0.6
sub: ai.nlp ai.foundation ai.ml
fld: F06 F02
loc: 110108 110105
ent: 智能科技|Intelligent Technology; 人工智能|Artificial Intelligence; 认知智能|Cognitive Intelligence
cust: 金融机构; 政务服务平台; 制造企业; 互联网企业
units: baai: 大模型研究中心|Foundation Models Center; tsinghua: 自然语言处理与社会人文计算实验室|NLP Lab; ia: 多模态人工智能研究组|Multimodal AI Group; pku: 语言计算与机器学习研究组|Language Computing Group
com: caai: 大模型专业委员会; cips: 语言与知识计算专业委员会
* 预训练与训练系统
k: 大语言模型|large language model; 预训练|pretraining; 分布式训练|distributed training; 混合专家模型|mixture of experts; !LLM; !Transformer
p: 千亿参数大语言模型预训练与数据治理; 大模型分布式训练系统与并行策略; 混合专家模型架构
* 推理与部署
k: 大模型推理|LLM inference; 模型压缩|model compression; 量化|quantization; 推理加速|inference acceleration; 端侧部署|on-device deployment
p: 大模型推理加速与低比特量化; 端侧大模型部署与压缩; 推理服务调度与显存优化
* 对齐与应用
k: 指令微调|instruction tuning; 人类反馈强化学习|RLHF; 检索增强生成|retrieval-augmented generation; 智能体|agent; 行业大模型|domain-specific large model
p: 大模型指令微调与对齐; 检索增强生成与知识库问答; 面向金融与政务的行业大模型应用
* 评测与安全
k: 大模型评测|LLM evaluation; 幻觉|hallucination; 内容安全|content safety; 对抗攻击|adversarial attack; 可信人工智能|trustworthy AI
p: 大模型能力评测基准; 大模型幻觉检测与内容安全; 生成式人工智能安全评估

@adperc deep
zh: 自动驾驶感知
en: Autonomous driving perception
ind: ai 0.8, new_energy 0.6, smart_city 0.6
sub: ai.vision new_energy.nev smart_city.transport
fld: E1207 F06 F03
loc: 110115 110108 110114
ent: 智能驾驶|Intelligent Driving; 智能汽车|Intelligent Vehicle; 自动驾驶|Autonomous Driving
cust: 乘用车整车厂; 自动驾驶出租车运营商; 港口与矿区运营方
units: tsinghua: 智能网联汽车研究中心|Intelligent Connected Vehicle Center; bit: 无人驾驶车辆研究所|Unmanned Vehicles Institute; ia: 智能驾驶感知研究组|Driving Perception Group
com: saec: 智能网联汽车分会; caa: 智能车辆专业委员会
* 多传感器融合感知
k: 自动驾驶感知|autonomous driving perception; 激光雷达|lidar; 多传感器融合|multi-sensor fusion; 毫米波雷达|millimeter-wave radar; 三维目标检测|3D object detection
p: 激光雷达与摄像头多传感器融合感知; 三维目标检测与多目标跟踪; 4D毫米波雷达点云感知
* 视觉与鸟瞰图
k: 鸟瞰图感知|bird's-eye-view perception; 占用网络|occupancy network; 视觉感知|vision perception; 端到端自动驾驶|end-to-end driving; !BEV
p: 纯视觉鸟瞰图感知与占用网络; 端到端自动驾驶模型; 自动驾驶数据闭环与仿真
* 定位与规划
k: 高精度定位|high-precision localization; 高精地图|HD map; 决策规划|decision and planning; 线控底盘|drive-by-wire chassis
p: 自动驾驶高精度定位与建图; 城市道路决策规划; 线控底盘与车辆控制

@quantum deep
zh: 量子计算
en: Quantum computing
ind: ngit 1, ic 0.3
sub: ngit.computing
fld: F01 F02 F04
loc: 110108 110116
ent: 量子科技|Quantum Technology; 量子计算|Quantum Computing
cust: 科研机构; 金融机构; 云计算平台
units: tsinghua: 量子信息研究中心|Quantum Information Center; iop: 超导量子电路实验室|Superconducting Quantum Circuits Lab; pku: 量子计算与测控研究组|Quantum Control Group
com: cie: 量子信息专业委员会
* 超导量子计算
k: 量子计算|quantum computing; 超导量子比特|superconducting qubit; 量子芯片|quantum chip; 量子纠错|quantum error correction; 稀释制冷机|dilution refrigerator
p: 超导量子比特芯片设计与制备; 量子纠错与逻辑比特; 稀释制冷机与低温测控
* 其他量子路线与软件
k: 离子阱|trapped ion; 光量子计算|photonic quantum computing; 量子算法|quantum algorithm; 量子编程框架|quantum programming framework; 量子测控|quantum control electronics
p: 离子阱量子计算; 量子算法与量子化学模拟; 量子测控系统与编程框架

@satnet deep
zh: 卫星互联网
en: Satellite internet
ind: ngit 1, smart_mfg 0.5
sub: ngit.communication smart_mfg.aerospace
fld: F01 E05
loc: 110108 110114 110106
ent: 卫星通信|Satellite Communications; 星网科技|Satellite Network Technology; 空天信息|Aerospace Information
cust: 卫星运营商; 航空与航海用户; 应急通信部门
units: bupt: 卫星通信与空间网络实验室|Satellite Networks Lab; aircas: 空天通信研究部|Space Communications Department; tsinghua: 天地一体化网络研究组|Space-Ground Integrated Network Group
com: cic: 卫星通信专业委员会; csa: 空间通信分会
* 星座与载荷
k: 卫星互联网|satellite internet; 低轨卫星|low Earth orbit satellite; 星座|constellation; 星间链路|inter-satellite link; 通信载荷|communication payload
p: 低轨卫星互联网星座设计; 星间激光链路与组网; 卫星通信载荷研制
* 终端与频段
k: 相控阵天线|phased array antenna; 卫星终端|satellite terminal; 手机直连卫星|direct-to-cell satellite; 星地融合|non-terrestrial network; !Ka频段
p: 相控阵卫星通信终端; 手机直连卫星与星地融合通信; Ka频段宽带卫星通信

@indsoft deep
zh: 工业软件
en: Industrial software
ind: software 1, smart_mfg 0.6
sub: software.industrial
fld: F02 E05
loc: 110108 110105
ent: 工业软件|Industrial Software; 仿真技术|Simulation Technology; 数字化设计|Digital Design
cust: 装备制造企业; 汽车整车厂; 航空航天院所
units: buaa: 工业软件与仿真研究中心|Industrial Software Center; tsinghua: 计算机辅助设计研究室|CAD Lab; iscas: 工业软件基础研究组|Industrial Software Foundations Group
com: cssc: 仿真软件专业委员会
* 设计与仿真软件
k: 计算机辅助设计|computer-aided design; 计算机辅助工程|computer-aided engineering; 有限元仿真|finite element simulation; 几何内核|geometric kernel; !CAE; !CAD
p: 三维几何建模内核与CAD软件; 多物理场有限元CAE仿真求解器; 计算流体力学仿真软件
* 生产管理软件
k: 制造执行系统|manufacturing execution system; 产品生命周期管理|product lifecycle management; 数字孪生|digital twin; 工业控制软件|industrial control software; !MES; !PLM
p: 离散制造执行系统; 产品生命周期管理平台; 产线数字孪生与工艺仿真

@osdb deep
zh: 基础软件
en: Basic software
ind: software 1, ngit 0.4
sub: software.basic
fld: F02
loc: 110108 110112
ent: 基础软件|Basic Software; 数据库|Database; 操作系统|Operating Systems
cust: 政务系统; 金融机构; 电信运营商
units: iscas: 操作系统与编译技术实验室|OS and Compiler Lab; ruc: 数据库与数据管理研究组|Database Group; tsinghua: 数据库系统研究组|Database Systems Group
com: ccf: 数据库专业委员会; ccf: 系统软件专业委员会
* 操作系统
k: 操作系统|operating system; 操作系统内核|OS kernel; 开源操作系统|open-source OS; 编译器|compiler; 信创适配|domestic IT adaptation
p: 服务器操作系统内核与调度; 开源操作系统社区与生态; 编译器优化与工具链
* 数据库
k: 分布式数据库|distributed database; 数据库内核|database kernel; 事务处理|transaction processing; 云原生数据库|cloud-native database; 中间件|middleware
p: 分布式数据库事务处理与高可用; 云原生数据库存算分离; 消息中间件与应用服务器

@cybersec deep
zh: 网络与数据安全
en: Cyber and data security
ind: ngit 1, software 0.5
sub: ngit.security
fld: F02 F01
loc: 110108 110105
ent: 网络安全|Cyber Security; 信息安全|Information Security; 安全科技|Security Technology
cust: 关键信息基础设施单位; 金融机构; 政务云
units: bupt: 网络空间安全实验室|Cyberspace Security Lab; iscas: 可信计算与信息保障实验室|Trusted Computing Lab
com: cacr: 密码应用专业委员会
* 网络安全
k: 网络安全|cybersecurity; 漏洞挖掘|vulnerability discovery; 威胁情报|threat intelligence; 零信任|zero trust; 入侵检测|intrusion detection
p: 软件漏洞自动化挖掘; 威胁情报分析与攻击溯源; 零信任架构与入侵检测
* 密码与数据安全
k: 商用密码|commercial cryptography; 后量子密码|post-quantum cryptography; 数据安全|data security; 工控安全|industrial control security
p: 后量子密码算法实现; 商用密码应用安全性评估; 工业控制系统安全防护

@optcomm shallow
zh: 新一代移动与光通信
en: Next-generation mobile and optical communications
ind: ngit 1
sub: ngit.communication
fld: F01 F05
loc: 110108
ent: 通信技术|Communication Technology; 光通信|Optical Communications
cust: 电信运营商; 设备制造商
units: bupt: 移动通信与光网络实验室|Mobile and Optical Networks Lab
com: cic: 光通信专业委员会
* 移动与光通信
k: 第六代移动通信|6G; 通感一体化|integrated sensing and communication; 光模块|optical module; 硅光|silicon photonics; 太赫兹通信|terahertz communication
p: 6G通感一体化空口技术; 高速光模块与硅光芯片; 太赫兹通信收发机

@display shallow
zh: 新型显示
en: Novel displays
ind: ngit 1, new_materials 0.4
sub: ngit.display
fld: F05 F0406
loc: 110115 110105
ent: 显示科技|Display Technology; 光电显示|Optoelectronic Display
cust: 手机厂商; 车载显示企业; 近眼显示终端
units: pku: 新型显示器件研究室|Display Devices Lab
com: cie: 显示技术分会
* 新型显示
k: 微型发光二极管显示|Micro-LED display; 有机发光显示|OLED; 硅基显示|micro-display on silicon; 巨量转移|mass transfer; 近眼显示|near-eye display
p: Micro-LED巨量转移与检测修复; 硅基OLED近眼显示; 柔性OLED面板工艺

@aicompute shallow
zh: 智能算力
en: AI computing infrastructure
ind: ngit 1, ai 0.6
sub: ngit.computing
fld: F02
loc: 110108 110105
ent: 算力科技|Computing Power Technology; 云计算|Cloud Computing
cust: 大模型企业; 科研机构; 政务云
units: ict: 高性能计算系统研究组|High-Performance Computing Group
com: ccf: 高性能计算专业委员会
* 算力基础设施
k: 智算中心|AI computing center; 算力调度|computing power scheduling; 高性能计算|high-performance computing; 液冷数据中心|liquid-cooled data center; 云计算|cloud computing
p: 智算中心算力调度与资源管理; 液冷数据中心能效优化; 高性能计算集群互连
"""
