# -*- coding: utf-8 -*-
"""Hand-written shared vocabularies: person-name parts, enterprise name stems, the common words
that every kind of profile uses (the distractor vocabulary: 先进, 国产替代, 平台, 关键核心技术, 研发, ...),
and broad per-industry profiles for generalist experts and enterprises.
"""

SURNAMES = ("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 "
            "程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 "
            "范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤").split()

GIVEN = ("一 子 文 思 晓 志 建 海 宇 明 俊 涛 磊 婷 静 雪 琳 颖 瑶 欣 悦 辰 昊 轩 博 睿 哲 航 凯 浩 "
         "鹏 飞 洋 宁 远 峰 岩 强 军 伟 刚 勇 毅 健 亮 斌 波 杰 晨 阳 帆 然 晗 朗 清 源 泽 澜 霖 "
         "楠 蕾 薇 璐 倩 菲 妍 萌 媛 慧 敏 佳 嘉 丹 蓉 芳 华 红 玲 燕 云 霞 青 松 柏 桐 林 森 "
         "立 新 正 德 仁 诚 信 永 昌 安 康 乐 平 和 景 晟 昕 煜 熙 皓 铭 锐 卓 越 恒 言 诗 书").split()

# Enterprise name stems: (char, pinyin); two are combined.
STEM_CHARS = [("京", "Jing"), ("澜", "Lan"), ("睿", "Rui"), ("拓", "Tuo"), ("源", "Yuan"), ("启", "Qi"),
              ("恒", "Heng"), ("博", "Bo"), ("思", "Si"), ("锐", "Rui"), ("诺", "Nuo"), ("晶", "Jing"),
              ("瀚", "Han"), ("泽", "Ze"), ("昊", "Hao"), ("晟", "Sheng"), ("凯", "Kai"), ("普", "Pu"),
              ("安", "An"), ("合", "He"), ("元", "Yuan"), ("宇", "Yu"), ("星", "Xing"), ("铭", "Ming"),
              ("沃", "Wo"), ("骐", "Qi"), ("澄", "Cheng"), ("熠", "Yi"), ("珩", "Heng"), ("岚", "Lan"),
              ("朔", "Shuo"), ("衡", "Heng"), ("弘", "Hong"), ("峻", "Jun"), ("霁", "Ji"), ("屹", "Yi"),
              ("燕", "Yan"), ("禾", "He"), ("峰", "Feng"), ("川", "Chuan"), ("策", "Ce"), ("曜", "Yao"),
              ("钧", "Jun"), ("琨", "Kun"), ("舟", "Zhou"), ("致", "Zhi"), ("循", "Xun"), ("量", "Liang")]
STEM_BLACKLIST = {"京东", "安合", "合元", "元宇", "宇星"}

ENT_SUFFIX = [("科技有限公司", "Technology Co., Ltd."), ("技术有限公司", "Technologies Co., Ltd."),
              ("有限公司", "Co., Ltd."), ("股份有限公司", "Co., Ltd.")]
LEAD_SUFFIX = [("股份有限公司", "Co., Ltd."), ("集团有限公司", "Group Co., Ltd."),
               ("科技股份有限公司", "Technology Co., Ltd.")]

# Positions by affiliation kind
POSITIONS = {
    "enterprise": ["首席科学家", "技术总监", "研发总监", "总工程师", "高级工程师", "研发中心主任", "首席技术官"],
    "enterprise_junior": ["工程师", "研发工程师", "工艺工程师", "项目经理"],
    "university": ["教授", "教授、博士生导师", "研究员", "副教授", "长聘教授"],
    "university_junior": ["讲师", "助理教授", "副研究员", "博士后"],
    "research_institute": ["研究员", "研究员、博士生导师", "正高级工程师", "副研究员"],
    "research_institute_junior": ["助理研究员", "工程师", "副研究员"],
}

TITLE_TEXT = {
    "academician_CAS": "中国科学院院士",
    "academician_CAE": "中国工程院院士",
    "renowned": ["国家级领军人才", "知名专家", "国家杰出青年科学基金获得者", "行业知名专家"],
    "senior": ["正高级职称", "博士生导师", "高级专家"],
    "other": [""],
}

INTRO = ["长期从事", "主要研究方向为", "近年来聚焦", "研究兴趣包括", "主要从事"]
ACHIEVE = ["主持国家重点研发计划项目{n}项", "发表学术论文{m}余篇", "授权发明专利{n}项",
           "参与制定国家和行业标准{n}项", "获省部级科技奖励{n}项", "担任多家企业技术顾问",
           "主持国家自然科学基金项目{n}项", "培养研究生{m}余名"]

# Common words: every profile may say them, whatever its topic. These make the shared-word noise
# that a good ranker must see past. {t} is the record's topic name.
GENERIC = [
    "致力于推动{t}关键核心技术攻关与国产替代",
    "参与建设{t}开放共享研发平台",
    "推动产学研协同创新与科技成果转化",
    "服务首都高精尖产业发展",
    "围绕卡脖子技术开展联合攻关",
    "面向国家重大需求开展先进技术研发",
    "积极参与行业标准制定与技术交流",
    "建有市级工程技术研究中心和中试平台",
    "推进关键材料与核心部件的国产化替代",
    "助力产业链供应链自主可控",
]

ENT_EXTRA = [
    "公司拥有研发人员{n}0余人，建有企业技术中心",
    "公司为国家高新技术企业和专精特新企业",
    "公司与多所高校院所共建联合实验室",
    "公司已通过ISO9001质量管理体系认证",
    "产品已实现批量供货",
    "公司设有中试线和应用验证实验室",
]

LEAD_EXTRA = [
    "是{t}领域的龙头企业，牵头承担多项国家级攻关任务",
    "拥有国家级企业技术中心和博士后科研工作站",
    "牵头组建产业技术创新联盟，带动上下游企业协同发展",
    "年营业收入超过{n}0亿元，产品进入国际市场",
]

UNIT_ASSET = ["省部级重点实验室", "工程研究中心", "中试验证平台", "公共测试平台", "联合实验室"]

# Broad per-industry profiles for generalist experts and enterprises (not tied to one topic).
GENERAL = r"""
ic | 集成电路产业 | F04 F0406 | ic.manufacturing ic.design | 集成电路产业链规划与工艺整合; 晶圆制造良率提升与工艺整合; 半导体器件物理与可靠性; 集成电路产业政策与投资评估 | 集成电路|integrated circuits; 晶圆制造|wafer fabrication; 半导体器件|semiconductor devices; 工艺整合|process integration
new_materials | 新材料产业 | E01 E02 E03 | new_materials.metal new_materials.inorganic | 新材料测试评价与应用验证; 材料基因工程与高通量计算; 先进结构材料力学性能; 新材料首批次应用保险与产业化 | 新材料|advanced materials; 材料表征|materials characterization; 材料基因工程|materials genome; 结构材料|structural materials
new_energy | 新能源产业 | E06 E07 | new_energy.grid new_energy.storage | 能源系统规划与低碳转型; 综合能源服务与能效管理; 新能源装备可靠性; 能源经济与政策评估 | 新能源|new energy; 综合能源|integrated energy; 能源规划|energy planning; 能效管理|energy efficiency management
biomed | 生物医药产业 | H C21 | biomed.innovative_drug biomed.device | 新药临床研究设计与注册申报; 药品生产质量管理与GMP合规; 医药产业园区规划; 转化医学与临床研究平台 | 创新药|innovative drugs; 临床研究|clinical research; 注册申报|regulatory filing; 药品质量管理|pharmaceutical quality management
ai | 人工智能产业 | F06 F02 | ai.ml ai.systems | 机器学习理论与优化算法; 人工智能伦理与治理; 知识图谱与推理; 人工智能产业应用评估 | 机器学习|machine learning; 知识图谱|knowledge graph; 人工智能治理|AI governance; 智能系统|intelligent systems
ngit | 新一代信息技术 | F01 F02 | ngit.communication ngit.computing | 物联网系统与传感网络; 信息系统架构与数字化转型; 通信网络规划与优化; 嵌入式系统 | 物联网|internet of things; 信息系统|information systems; 通信网络|communication networks; 嵌入式系统|embedded systems
software | 软件和信息服务 | F02 | software.it_services software.basic | 软件工程与软件质量保障; 开源软件治理与供应链安全; 信息系统集成与运维; 软件测试与可靠性 | 软件工程|software engineering; 软件测试|software testing; 系统集成|system integration; 开源治理|open-source governance
smart_mfg | 智能制造产业 | E05 E0510 F03 | smart_mfg.cnc smart_mfg.industrial_internet | 智能工厂规划与精益生产; 装备可靠性与故障诊断; 先进制造工艺与增材制造; 智能制造标准体系 | 智能工厂|smart factory; 故障诊断|fault diagnosis; 增材制造|additive manufacturing; 精益生产|lean production
smart_city | 智慧城市 | E12 G01 | smart_city.governance smart_city.transport | 城市治理数字化与城市大脑; 城市安全与应急管理; 城市规划与空间大数据; 城市更新与基础设施运维 | 城市大脑|city brain; 应急管理|emergency management; 城市规划|urban planning; 空间大数据|spatial big data
digital_economy | 数字经济 | G01 F02 | digital_economy.platform digital_economy.data | 平台经济与数字化转型; 数字经济测度与政策; 电子商务与数字贸易; 企业数字化管理 | 数字化转型|digital transformation; 平台经济|platform economy; 数字贸易|digital trade; 数字经济|digital economy
rural | 乡村振兴 | C13 G04 | rural.seed rural.food | 都市农业与农业产业园规划; 农村数字化与农产品电商; 耕地质量与栽培生理; 农业科技推广体系 | 都市农业|urban agriculture; 农技推广|agricultural extension; 农产品电商|agri-product e-commerce; 栽培生理|cultivation physiology
st_services | 科技服务业 | G01 G04 | st_services.transfer st_services.testing | 科技评估与科研管理; 创新生态与区域创新政策; 科技服务机构运营; 科技统计与创新指数 | 科技评估|S&T evaluation; 创新政策|innovation policy; 科研管理|research management; 创新指数|innovation index
"""

# Topic pairs whose profiles often overlap in real work (a record of the first may carry one
# aspect of the second). Used for realism; the judge reads the records either way.
CROSS = [
    ("cmp", "egas"), ("egas", "cmp"), ("photoresist", "egas"), ("photoresist", "litho"),
    ("litho", "photoresist"), ("sic", "gan"), ("gan", "sic"), ("chiplet", "eda"), ("eda", "riscv"),
    ("riscv", "aichip"), ("aichip", "chiplet"), ("h2fc", "electrolysis"), ("electrolysis", "h2fc"),
    ("ssb", "storage"), ("storage", "ssb"), ("storage", "vpp"), ("perovskite", "vpp"),
    ("antibody", "adc"), ("adc", "antibody"), ("cart", "geneedit"), ("geneedit", "cart"),
    ("surgrobot", "humanoid"), ("bci", "medimg"), ("medimg", "llm"), ("llm", "aicompute"),
    ("adperc", "v2x"), ("v2x", "adperc"), ("indinternet", "indsoft"), ("indsoft", "indinternet"),
    ("cybersec", "dataelem"), ("dataelem", "cybersec"), ("quantum", "cybersec"),
    ("satnet", "optcomm"), ("breeding", "geneedit"), ("agrimach", "breeding"), ("humanoid", "llm"),
    ("cfrp", "h2fc"), ("ndfeb", "superalloy"), ("graphene", "ssb"), ("polyimide", "chiplet"),
    ("vaccine", "synbio"), ("synbio", "tcm"), ("tcm", "synbio"), ("techtransfer", "ip"),
]
