# -*- coding: utf-8 -*-
"""The queries of the relevance set, grouped by information need, with the grading narrative
written BEFORE the pools were read (what earns 2, what earns 1). Grades themselves are in
grades/<need>.txt, written by reading the pooled records (pool.py renders them).

A need's queries share one information need and differ in language and in the kinds asked for,
so one reading of a pooled record grades it for all of them. `pool_topics` names the topic
clusters whose records (of the queries' kinds) are pooled in full, besides the BM25 and service
top 30 of every query.
"""

NEEDS = [
    # ------------------------------------------------------------------ search
    dict(id="s.cmp", pool_topics=["cmp", "egas", "t_polish", "photoresist"],
         narrative="2: works on chemical-mechanical polishing consumables for chips — CMP slurry (abrasives, "
                   "formulation) or polishing pads (incl. pad conditioning). 1: other CMP work (CMP tools, endpoint, "
                   "process integration, post-CMP cleaning) and wafer cleaning-solution formulation. 0: metal/stone "
                   "polishing, acid purification or electronic gases alone, other IC materials, everything else.",
         queries=[
             dict(id="S01", lang="zh", text="化学机械抛光液与抛光垫国产替代", kinds=["expert"]),
             dict(id="S02", lang="en", text="CMP slurry and polishing pad supplier", kinds=["enterprise"]),
             dict(id="S03", lang="mixed", text="CMP 抛光液 研磨颗粒 配方研究",
                  kinds=["university", "research_institute"]),
             dict(id="S66", lang="zh", text="晶圆平坦化研磨液与抛光耗材", kinds=["enterprise"]),
             dict(id="S67", lang="en", text="chemical mechanical planarization consumables", kinds=["expert"]),
         ]),
    dict(id="s.photoresist", pool_topics=["photoresist", "litho", "egas", "polyimide", "t_opticslens"],
         narrative="2: photoresist materials — resist resins, photoacid generators and additives, resist formulation, "
                   "resist qualification on fab lines, EUV resist. 1: lithography-adjacent — scanners, light sources, "
                   "computational lithography/masks, photosensitive polyimide (BARC/developer work inside a resist "
                   "lab counts as resist work: 2). 0: optical lenses, wet chemicals, unrelated.",
         queries=[
             dict(id="S04", lang="zh", text="ArF光刻胶成膜树脂与光酸产生剂研发", kinds=["expert"]),
             dict(id="S05", lang="en", text="photoresist resin and photoacid generator", kinds=["enterprise"]),
             dict(id="S06", lang="mixed", text="KrF ArF 光刻胶 产线验证", kinds=["university", "research_institute"]),
             dict(id="S68", lang="zh", text="面向卡脖子问题的光刻胶国产替代与关键核心技术攻关", kinds=["expert"]),
         ]),
    dict(id="s.litho", pool_topics=["litho", "photoresist", "t_opticslens"],
         narrative="2: lithography machines and their subsystems — wafer stages, light sources, projection optics, "
                   "overlay. 1: computational lithography/OPC/masks, photoresist, lithography optics in general. "
                   "0: camera/phone lenses, other.",
         queries=[
             dict(id="S07", lang="zh", text="浸没式光刻机双工件台与投影物镜", kinds=["expert"]),
         ]),
    dict(id="s.sic", pool_topics=["sic", "gan", "t_sicceramic", "t_magnetmotor"],
         narrative="2: silicon-carbide power semiconductors — SiC substrates/epitaxy, SiC MOSFET/diodes, SiC power "
                   "modules and their packaging/reliability. 1: GaN devices (power or RF), other wide-bandgap work, "
                   "power electronics that apply SiC (inverters). 0: SiC structural ceramics, motors, other.",
         queries=[
             dict(id="S08", lang="zh", text="碳化硅功率模块封装与可靠性", kinds=["enterprise"]),
             dict(id="S09", lang="mixed", text="SiC MOSFET 栅氧可靠性", kinds=["expert"]),
             dict(id="S10", lang="en", text="silicon carbide power devices", kinds=["university", "research_institute"]),
             dict(id="S69", lang="zh", text="新能源汽车主驱逆变器用碳化硅芯片", kinds=["expert"]),
         ]),
    dict(id="s.chiplet", pool_topics=["chiplet", "eda", "polyimide", "t_ledpack", "aichip"],
         narrative="2: advanced IC packaging — chiplets/heterogeneous integration, 2.5D interposers, TSV/3D stacking, "
                   "hybrid bonding, fan-out, flip-chip, package reliability/thermal. 1: die-to-die design, packaging "
                   "materials (photosensitive PI), AI/HPC chip design that depends on chiplets. 0: LED packaging.",
         queries=[
             dict(id="S11", lang="zh", text="芯粒异构集成与三维堆叠先进封装", kinds=["expert"]),
             dict(id="S12", lang="en", text="chiplet 2.5D interposer advanced packaging", kinds=["enterprise"]),
             dict(id="S87", lang="zh", text="先进封装技术研发平台国产替代", kinds=["enterprise"]),
         ]),
    dict(id="s.eda", pool_topics=["eda", "riscv", "indsoft", "chiplet", "aichip"],
         narrative="2: electronic design automation — synthesis, place and route, timing, simulation/verification, "
                   "PDK/DFM/yield tools. 1: chip design teams (processors, AI chips) and design-methodology work, "
                   "industrial CAD/CAE software. 0: other.",
         queries=[
             dict(id="S13", lang="en", text="EDA logic synthesis place and route", kinds=["expert"]),
             dict(id="S14", lang="zh", text="芯片设计自动化软件与静态时序分析", kinds=["enterprise"]),
             dict(id="S15", lang="mixed", text="EDA 工具 国产替代", kinds=["university", "research_institute"]),
             dict(id="S70", lang="zh", text="芯片设计工具软件国产化", kinds=["expert"]),
         ]),
    dict(id="s.ndfeb", pool_topics=["ndfeb", "t_magnetmotor", "superalloy"],
         narrative="2: NdFeB / rare-earth permanent magnets — sintered, grain-boundary diffusion, heavy-RE reduction, "
                   "bonded/hot-deformed, magnet recycling. 1: permanent-magnet motors (magnet users), rare-earth "
                   "materials in general. 0: other metals, other.",
         queries=[
             dict(id="S16", lang="zh", text="高性能钕铁硼永磁材料晶界扩散技术", kinds=["expert"]),
             dict(id="S17", lang="en", text="NdFeB permanent magnet grain boundary diffusion", kinds=["enterprise"]),
             dict(id="S71", lang="zh", text="稀土磁体减少镝铽用量", kinds=["expert"]),
         ]),
    dict(id="s.cfrp", pool_topics=["cfrp", "polyimide", "t_carbon", "graphene"],
         narrative="2: carbon-fibre and CFRP — PAN precursor, T800-class fibre, prepreg, autoclave/RTM/AFP forming, "
                   "composite structures and CF-wound tanks. 1: resin matrices/high-temperature polymers (PEEK, "
                   "aerospace PI), other composites (wind blades). 0: graphene/nanocarbon, LCP films, carbon accounting.",
         queries=[
             dict(id="S18", lang="zh", text="航空用碳纤维复合材料预浸料与热压罐成型", kinds=["enterprise"]),
             dict(id="S19", lang="mixed", text="T800 碳纤维 原丝 碳化工艺", kinds=["expert"]),
             dict(id="S72", lang="en", text="carbon fiber prepreg autoclave curing", kinds=["expert"]),
         ]),
    dict(id="s.h2fc", pool_topics=["h2fc", "electrolysis", "t_h2station", "cfrp"],
         narrative="2: PEM hydrogen fuel cells — stacks, MEA, catalysts (low-Pt), membranes, GDL, bipolar plates, "
                   "fuel-cell systems/vehicles. 1: hydrogen production/storage, refuelling stations, IV-type hydrogen "
                   "tanks. 0: other.",
         queries=[
             dict(id="S20", lang="zh", text="氢燃料电池电堆与膜电极国产化", kinds=["expert"]),
             dict(id="S21", lang="en", text="PEM fuel cell stack membrane electrode assembly", kinds=["enterprise"]),
             dict(id="S22", lang="mixed", text="燃料电池 MEA 低铂催化剂", kinds=["university", "research_institute"]),
             dict(id="S73", lang="zh", text="燃料电池发动机关键材料与部件", kinds=["enterprise"]),
         ]),
    dict(id="s.electrolysis", pool_topics=["electrolysis", "h2fc", "t_h2station"],
         narrative="2: water electrolysis equipment for green hydrogen (alkaline, PEM, SOEC electrolysers, "
                   "renewable-powered hydrogen production). 1: hydrogen storage/transport, fuel cells, stations. 0: other.",
         queries=[
             dict(id="S23", lang="zh", text="可再生能源电解水制氢装备", kinds=["enterprise"]),
         ]),
    dict(id="s.ssb", pool_topics=["ssb", "storage", "t_leadacid", "graphene"],
         narrative="2: solid-state batteries — solid electrolytes (sulfide/oxide/polymer), interfaces and Li-metal "
                   "anodes, semi/all-solid-state cells. 1: other lithium battery work (storage systems, BMS, battery "
                   "materials such as conductive additives). 0: lead-acid, other.",
         queries=[
             dict(id="S24", lang="zh", text="硫化物固态电解质与全固态电池", kinds=["expert"]),
             dict(id="S25", lang="mixed", text="solid-state battery 固态电解质 界面", kinds=["enterprise"]),
             dict(id="S74", lang="en", text="sulfide solid electrolyte all-solid-state battery", kinds=["expert"]),
         ]),
    dict(id="s.perovskite", pool_topics=["perovskite", "vpp", "t_qdot"],
         narrative="2: perovskite photovoltaics, incl. perovskite/silicon tandems and perovskite module stability. "
                   "1: crystalline-silicon PV and other PV work. 0: quantum-dot displays, grids, other.",
         queries=[
             dict(id="S26", lang="zh", text="钙钛矿晶硅叠层太阳能电池稳定性", kinds=["expert"]),
             dict(id="S27", lang="en", text="perovskite solar cell tandem", kinds=["university", "research_institute"]),
         ]),
    dict(id="s.vaccine", pool_topics=["vaccine", "t_vetvax", "synbio", "antibody"],
         narrative="2: human vaccines — mRNA/LNP, recombinant protein and viral-vector vaccines, adjuvants, vaccine "
                   "evaluation, production and lot release. 1: veterinary vaccines, immunology work close to vaccines. "
                   "0: other.",
         queries=[
             dict(id="S28", lang="zh", text="新型疫苗研发与产业化", kinds=["enterprise"]),
             dict(id="S29", lang="mixed", text="mRNA 疫苗 LNP 递送系统", kinds=["expert"]),
             dict(id="S75", lang="en", text="mRNA vaccine lipid nanoparticle delivery", kinds=["enterprise"]),
         ]),
    dict(id="s.antibody", pool_topics=["antibody", "adc", "t_ivd", "cart"],
         narrative="2: therapeutic antibodies — monoclonal and bispecific antibodies, nanobodies, antibody discovery "
                   "and engineering, antibody process/CMC. 1: ADCs, diagnostic antibodies, immuno-oncology cell "
                   "therapy. 0: other.",
         queries=[
             dict(id="S30", lang="zh", text="双特异性抗体药物开发", kinds=["expert"]),
             dict(id="S31", lang="en", text="bispecific antibody drug discovery", kinds=["enterprise"]),
             dict(id="S76", lang="mixed", text="bispecific 双抗 抗体发现平台", kinds=["expert"]),
         ]),
    dict(id="s.adc", pool_topics=["adc", "antibody"],
         narrative="2: antibody-drug conjugates (linkers, payloads, conjugation, DAR). 1: therapeutic antibodies. 0: other.",
         queries=[
             dict(id="S32", lang="mixed", text="ADC 抗体偶联药物 连接子", kinds=["enterprise", "expert"]),
         ]),
    dict(id="s.cart", pool_topics=["cart", "geneedit", "antibody"],
         narrative="2: CAR-T cell therapy (targets, solid tumours, haematological malignancies, universal CAR-T) and "
                   "its manufacturing (automated production, lentiviral vectors, QC/release). 1: other cell therapies "
                   "(CAR-NK, TCR-T, TIL, MSC), gene editing/gene therapy vectors. 0: other.",
         queries=[
             dict(id="S33", lang="mixed", text="CAR-T 细胞治疗 实体瘤", kinds=["expert"]),
             dict(id="S34", lang="en", text="CAR-T cell therapy manufacturing", kinds=["enterprise"]),
             dict(id="S35", lang="zh", text="细胞治疗产品自动化制备与质量控制", kinds=["university", "research_institute"]),
             dict(id="S77", lang="zh", text="嵌合抗原受体T细胞疗法", kinds=["enterprise"]),
         ]),
    dict(id="s.surgrobot", pool_topics=["surgrobot", "humanoid", "t_servicebot", "medimg"],
         narrative="2: surgical robots — orthopaedic/neurosurgical/laparoscopic/vascular robots, navigation, "
                   "force feedback, telesurgery. 1: robot joints, dexterous hands and force/tactile sensing. 0: medical "
                   "imaging software and devices, service/industrial robots, other.",
         queries=[
             dict(id="S36", lang="zh", text="骨科手术机器人导航与精准定位", kinds=["enterprise"]),
             dict(id="S37", lang="en", text="surgical robot force feedback", kinds=["expert"]),
             dict(id="S86", lang="zh", text="微创手术机器人主从控制", kinds=["expert"]),
         ]),
    dict(id="s.bci", pool_topics=["bci", "medimg"],
         narrative="2: brain-computer interfaces — implantable/flexible electrodes, neural recording and decoding, "
                   "EEG BCIs, BCI rehabilitation; for societies: neural engineering / BCI committees and societies. "
                   "1: neuromodulation (DBS, TMS), broader neuroscience/biomedical-engineering bodies and parents of BCI "
                   "units. 0: medical imaging, other.",
         queries=[
             dict(id="S38", lang="zh", text="脑机接口柔性电极与神经信号解码", kinds=["expert"]),
             dict(id="S39", lang="en", text="brain-computer interface neural decoding",
                  kinds=["university", "research_institute"]),
             dict(id="S40", lang="mixed", text="BCI 脑机接口 学术交流", kinds=["national_society", "society_committee"]),
             dict(id="S84", lang="zh", text="瘫痪患者脑控康复与运动功能重建", kinds=["expert"]),
         ]),
    dict(id="s.llm", pool_topics=["llm", "aicompute", "aichip", "t_bim", "medimg", "humanoid"],
         narrative="2: large language / foundation models — pretraining, distributed training, inference and "
                   "compression, alignment/RAG/agents, evaluation and safety; for societies: ones focused on large "
                   "models / language models. 1: AI computing infrastructure, AI chips, technical AI in general (ML, knowledge "
                   "graphs), domain foundation models (medical imaging). 0: AI governance/industry assessment, "
                   "BIM/CIM 'models', other.",
         queries=[
             dict(id="S41", lang="zh", text="大模型训练与推理优化", kinds=["expert"]),
             dict(id="S42", lang="en", text="large language model pretraining and alignment", kinds=["enterprise"]),
             dict(id="S43", lang="mixed", text="LLM 大模型 专业委员会", kinds=["national_society", "society_committee"]),
             dict(id="S44", lang="zh", text="人工智能大模型方向的学会", kinds=["municipal_society"]),
             dict(id="S78", lang="mixed", text="LLM 推理加速 低比特量化", kinds=["expert"]),
             dict(id="S79", lang="zh", text="生成式人工智能先进技术研发平台", kinds=["enterprise"]),
         ]),
    dict(id="s.adperc", pool_topics=["adperc", "v2x", "t_opticslens"],
         narrative="2: perception for autonomous driving — lidar/camera/radar fusion, 3D detection, BEV/occupancy, "
                   "end-to-end driving. 1: AD localisation/planning/data loop, roadside (V2X) perception, automotive camera "
                   "lenses. 0: V2X communication without perception, other.",
         queries=[
             dict(id="S45", lang="zh", text="自动驾驶多传感器融合感知", kinds=["expert"]),
             dict(id="S46", lang="en", text="autonomous driving perception lidar camera fusion", kinds=["enterprise"]),
             dict(id="S80", lang="en", text="BEV perception occupancy network", kinds=["expert"]),
         ]),
    dict(id="s.indinternet", pool_topics=["indinternet", "indsoft"],
         narrative="2: industrial internet — platforms, identifier resolution, equipment access/edge, industrial "
                   "data/predictive maintenance, industrial networks; for societies: those organising industrial "
                   "internet / intelligent factories. 1: MES/PLM/digital twin software, automation and intelligent "
                   "manufacturing in general. 0: other.",
         queries=[
             dict(id="S47", lang="zh", text="工业互联网标识解析与平台建设", kinds=["enterprise"]),
             dict(id="S48", lang="mixed", text="工业互联网 智能工厂 学会", kinds=["municipal_society"]),
         ]),
    dict(id="s.quantum", pool_topics=["quantum", "t_qdot", "cybersec"],
         narrative="2: quantum computing — superconducting qubits/chips, error correction, cryogenics and control, "
                   "ion traps, photonic QC, quantum algorithms. 1: post-quantum cryptography, quantum physics in "
                   "general. 0: quantum-dot displays, other.",
         queries=[
             dict(id="S49", lang="zh", text="超导量子计算芯片与量子纠错", kinds=["expert"]),
             dict(id="S50", lang="en", text="quantum computing superconducting qubit",
                  kinds=["university", "research_institute"]),
             dict(id="S81", lang="zh", text="量子计算机研制", kinds=["university", "research_institute"]),
         ]),
    dict(id="s.satnet", pool_topics=["satnet", "optcomm", "t_rs"],
         narrative="2: satellite internet — LEO constellations, inter-satellite links, payloads, phased-array and "
                   "direct-to-cell terminals, Ka-band broadband. 1: 6G/optical communications, space communications "
                   "in general. 0: remote sensing applications, other.",
         queries=[
             dict(id="S51", lang="zh", text="低轨卫星互联网星座与终端", kinds=["enterprise"]),
             dict(id="S52", lang="mixed", text="卫星互联网 Ka频段 相控阵天线", kinds=["expert"]),
             dict(id="S88", lang="en", text="LEO satellite constellation inter-satellite link", kinds=["enterprise"]),
         ]),
    dict(id="s.breeding", pool_topics=["breeding", "t_livestock", "geneedit", "agrimach", "t_rs"],
         narrative="2: crop breeding with molecular/smart methods — genomic selection, marker-assisted and "
                   "gene-edited breeding, phenomics, breeding big data/AI, germplasm and seed production. 1: livestock "
                   "breeding, gene-editing tool development (base/prime editing). 0: therapy-only gene editing, "
                   "remote sensing, farm machinery, other.",
         queries=[
             dict(id="S53", lang="zh", text="玉米分子育种与基因组选择", kinds=["expert"]),
             dict(id="S54", lang="mixed", text="AI育种 表型组 育种大数据", kinds=["enterprise"]),
             dict(id="S82", lang="en", text="genomic selection maize breeding", kinds=["expert"]),
         ]),
    dict(id="s.humanoid", pool_topics=["humanoid", "surgrobot", "t_servicebot", "agrimach"],
         narrative="2: humanoid robots — whole-body/bipedal control, embodied intelligence, integrated joints, "
                   "harmonic reducers, roller screws, dexterous hands. 1: industrial/collaborative robots and robot "
                   "controllers. 0: service, agricultural and surgical robots, other.",
         queries=[
             dict(id="S55", lang="zh", text="人形机器人一体化关节与灵巧手", kinds=["enterprise"]),
             dict(id="S56", lang="en", text="humanoid robot whole-body control", kinds=["expert"]),
             dict(id="S83", lang="zh", text="具身智能机器人运动控制", kinds=["expert"]),
         ]),
    dict(id="s.tcm", pool_topics=["tcm", "synbio"],
         narrative="2: quality of Chinese medicines — quality standards, fingerprints, quality markers, genuine "
                   "regional herbs, decoction pieces, formula granules. 1: other TCM (classical formulas, clinical, "
                   "network pharmacology). 0: other.",
         queries=[
             dict(id="S57", lang="zh", text="中药质量标准与道地药材评价", kinds=["expert"]),
             dict(id="S89", lang="mixed", text="TCM 中药指纹图谱 quality marker", kinds=["expert"]),
         ]),
    dict(id="s.privacy", pool_topics=["dataelem", "cybersec"],
         narrative="2: privacy computing and data circulation — federated learning, MPC, TEE, data trading/assets/"
                   "spaces. 1: data security, cryptography, cyber security. 0: other.",
         queries=[
             dict(id="S58", lang="mixed", text="隐私计算 联邦学习 数据要素流通", kinds=["enterprise"]),
             dict(id="S59", lang="en", text="privacy computing federated learning", kinds=["expert"]),
             dict(id="S85", lang="zh", text="数据可用不可见的多方安全计算", kinds=["enterprise"]),
         ]),
    dict(id="s.cae", pool_topics=["indsoft", "eda", "indinternet", "t_bim"],
         narrative="2: design and simulation software — CAD geometric kernels, CAE/FEM/CFD solvers. 1: other "
                   "industrial software (MES/PLM/digital twin), EDA, BIM software. 0: other.",
         queries=[
             dict(id="S60", lang="zh", text="国产CAE仿真软件与几何内核", kinds=["expert"]),
             dict(id="S61", lang="en", text="finite element simulation software", kinds=["enterprise"]),
         ]),
    dict(id="s.v2x", pool_topics=["v2x", "adperc"],
         narrative="2: vehicle-road cooperation — roadside perception, C-V2X, roadside units, vehicle-road-cloud "
                   "systems. 1: traffic management/big data, autonomous-driving perception. 0: other.",
         queries=[
             dict(id="S62", lang="zh", text="车路协同路侧感知系统", kinds=["enterprise"]),
         ]),
    dict(id="s.soc_icmat", pool_topics=["cmp", "egas", "photoresist"],
         narrative="Municipal societies for IC materials. 2: a society whose stated remit includes semiconductor / "
                   "IC materials or electronic chemicals. 1: materials, chemistry or electronics societies whose remit "
                   "is near (general materials, chemistry, optics). 0: other.",
         queries=[
             dict(id="S63", lang="zh", text="集成电路材料领域开展学术交流的市级学会", kinds=["municipal_society"]),
         ]),
    dict(id="s.soc_cell", pool_topics=["cart", "antibody", "geneedit"],
         narrative="National societies and committees for cell therapy. 2: society or committee whose remit names "
                   "cell therapy / tumour immunotherapy. 1: immunology, biotech, pharma or oncology bodies near it. "
                   "0: other.",
         queries=[
             dict(id="S64", lang="zh", text="肿瘤细胞治疗领域的全国学会或专业委员会",
                  kinds=["national_society", "society_committee"]),
         ]),
    dict(id="s.soc_h2", pool_topics=["h2fc", "electrolysis"],
         narrative="National societies and committees for hydrogen energy. 2: a body whose remit names hydrogen / "
                   "fuel cells. 1: energy, renewable-energy, automotive or electrochemistry bodies near it. 0: other.",
         queries=[
             dict(id="S65", lang="en", text="hydrogen energy fuel cell society", kinds=["national_society", "society_committee"]),
         ]),
]

# ---------------------------------------------------------------------- consortium problems
# Each problem is asked for 4 roles. Narrative per role in one text.
PROBLEMS = [
    dict(id="c.cmp", type="industrial", industry="ic", lead="rel.org.0035",
         problem="12英寸晶圆CMP抛光液与抛光垫国产化及产线验证",
         pool_topics=["cmp", "egas", "photoresist", "litho", "t_polish", "general.ic"],
         roles=["related_enterprise", "municipal_society", "national_society", "university_or_institute"],
         narrative="Lead makes CMP slurries. 2: a member that works on CMP consumables, CMP tools/process or "
                   "fab-line validation of them (enterprises, units); for societies: a remit naming semiconductor "
                   "materials/processes or electronic chemicals. 1: other IC-materials/fab-process members (wet "
                   "chemicals, resists), universities with a CMP unit, broader materials/chemistry/electronics "
                   "societies. 0: design, packaging, other industries."),
    dict(id="c.h2fc", type="industrial", industry="new_energy", lead="rel.org.0617",
         problem="燃料电池电堆膜电极与低铂催化剂攻关及燃料电池汽车示范应用",
         pool_topics=["h2fc", "electrolysis", "t_h2station", "cfrp", "ssb", "storage", "general.new_energy"],
         roles=["related_enterprise", "municipal_society", "national_society", "university_or_institute"],
         narrative="Lead makes PEM fuel cells. 2: fuel-cell stack/MEA/catalyst/membrane/system/vehicle members; "
                   "societies whose remit names hydrogen, fuel cells or fuel-cell vehicles. 1: hydrogen supply "
                   "(electrolysis, storage, stations, CF tanks), automotive/energy bodies, parent universities of "
                   "fuel-cell units. 0: other energy (PV, grid) and other industries."),
    dict(id="c.cart", type="industrial", industry="biomed", lead="rel.org.0600",
         problem="实体瘤CAR-T细胞治疗产品开发与封闭式自动化制备",
         pool_topics=["cart", "geneedit", "antibody", "vaccine", "general.biomed"],
         roles=["related_enterprise", "municipal_society", "national_society", "university_or_institute"],
         narrative="Lead makes CAR-T products. 2: CAR-T / immune-cell therapy and cell-manufacturing members; "
                   "societies whose remit names cell therapy or tumour immunotherapy. 1: gene editing/vectors, "
                   "antibodies, immunology, oncology or pharma bodies, universities with medical strength. 0: other."),
    dict(id="c.llm", type="industrial", industry="ai", lead="rel.org.0063",
         problem="行业大模型训练推理优化与安全评测",
         pool_topics=["llm", "aicompute", "aichip", "medimg", "cybersec", "general.ai"],
         roles=["related_enterprise", "municipal_society", "national_society", "university_or_institute"],
         narrative="Lead builds LLM applications. 2: LLM training/inference/alignment/evaluation-safety members; "
                   "societies with a large-model / NLP / AI remit. 1: AI compute, AI chips, AI in general, content "
                   "security, data bodies. 0: other."),
    dict(id="c.ndfeb", type="industrial", industry="new_materials", lead="rel.org.0223",
         problem="高性能钕铁硼永磁材料重稀土减量与新能源汽车驱动电机应用",
         pool_topics=["ndfeb", "t_magnetmotor", "superalloy", "general.new_materials"],
         roles=["related_enterprise", "municipal_society", "national_society", "university_or_institute"],
         narrative="Lead makes grain-boundary-diffused NdFeB. 2: NdFeB/rare-earth magnet members and drive-motor "
                   "members that use them; societies whose remit names rare earths or magnets. 1: metals/materials "
                   "members and societies, automotive bodies. 0: other."),
    dict(id="c.breeding", type="industrial", industry="rural", lead="rel.org.0401",
         problem="玉米大豆生物育种与智慧育种平台建设",
         pool_topics=["breeding", "t_livestock", "geneedit", "agrimach", "t_rs", "general.rural"],
         roles=["related_enterprise", "municipal_society", "national_society", "university_or_institute"],
         narrative="Lead is a seed company. 2: crop (molecular/smart) breeding, germplasm and seed members; "
                   "societies naming crop breeding/seed/genetics. 1: livestock breeding, agri machinery/remote "
                   "sensing, gene editing, agricultural societies in general. 0: other."),
    dict(id="c.humanoid", type="industrial", industry="smart_mfg", lead="rel.org.0237",
         problem="人形机器人一体化关节、灵巧手与全身运动控制",
         pool_topics=["humanoid", "surgrobot", "t_servicebot", "agrimach", "cnc", "general.smart_mfg"],
         roles=["related_enterprise", "municipal_society", "national_society", "university_or_institute"],
         narrative="Lead makes robots. 2: humanoid/embodied robots, joints, reducers, screws, dexterous hands, "
                   "motion control; societies naming robots/automation. 1: other robots, CNC/precision "
                   "manufacturing, mechanical engineering bodies. 0: other."),
    dict(id="c.etown_bio", type="regional", region="etown", lead="rel.org.0308",
         problem="亦庄抗体药物与细胞治疗产业化公共服务平台建设",
         pool_topics=["antibody", "adc", "cart", "vaccine", "t_ivd", "general.biomed"],
         roles=["park", "municipal_society", "national_society", "university_or_institute"],
         narrative="Regional, E-Town, lead an antibody company. Parks (only E-Town parks can be returned): 2 = a "
                   "biomedicine park; 1 = a mixed park listing biomedicine or medical devices among its industries; "
                   "0 = other. Others: 2 = antibody/cell-therapy/biologics focus; 1 = biomedicine in general; 0 = other."),
    dict(id="c.fsc_energy", type="regional", region="future_science_city", lead="rel.org.0665",
         problem="未来科学城氢能与新型储能技术协同攻关",
         pool_topics=["h2fc", "electrolysis", "ssb", "storage", "vpp", "general.new_energy"],
         roles=["park", "municipal_society", "national_society", "university_or_institute"],
         narrative="Regional, Future Science City, lead an energy-storage company. Parks (only parks of the zone): "
                   "2 = hydrogen/storage energy park; 1 = a park listing advanced energy among mixed industries; "
                   "0 = other. Others: 2 = hydrogen or energy-storage focus; 1 = energy in general; 0 = other."),
]
