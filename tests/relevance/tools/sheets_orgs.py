# -*- coding: utf-8 -*-
"""Hand-written facet sheets: the public institutions, societies and parks of the relevance corpus.

Names are public (shared/domain/BEIJING.md and public society/park names); every description,
focus, staff count and keyword here is written for this test set and describes no real
organisation's actual programme. Locations are approximate.

Each entry: key suffix, Chinese name, English name, district, industries "code weight ...",
sub-fields, keywords, and a focus sentence (Chinese) that the generator puts in the description.
"""

# district -> (zone, park) defaults
DISTRICT_REGION = {
    "110101": ("", "zgc_dongcheng"),
    "110102": ("", "zgc_xicheng"),
    "110105": ("", "zgc_chaoyang"),
    "110106": ("", "zgc_fengtai"),
    "110107": ("", "zgc_shijingshan"),
    "110108": ("zgc_science_city", "zgc_haidian"),
    "110109": ("", "zgc_mentougou"),
    "110111": ("", "zgc_fangshan"),
    "110112": ("etown", "zgc_tongzhou"),
    "110113": ("", "zgc_shunyi"),
    "110114": ("future_science_city", "zgc_changping"),
    "110115": ("etown", "zgc_daxing_yizhuang"),
    "110116": ("huairou_science_city", "zgc_huairou"),
    "110117": ("", "zgc_pinggu"),
    "110118": ("", "zgc_miyun"),
    "110119": ("", "zgc_yanqing"),
}

# ---------------------------------------------------------------------------
# Universities: key, name, name_en, district, industries, focus
UNIVERSITIES = """
tsinghua | 清华大学 | Tsinghua University | 110108 | ic 1, ai 1, new_energy 0.8, biomed 0.6, smart_mfg 0.6 | 学科覆盖集成电路、人工智能、能源动力、生物医学工程和先进制造，设有多个国家重点实验室和交叉研究院
pku | 北京大学 | Peking University | 110108 | ic 0.9, ai 0.9, biomed 1, digital_economy 0.5 | 在微电子、人工智能、生命科学与临床医学方面具有综合优势，拥有附属医院体系
buaa | 北京航空航天大学 | Beihang University | 110108 | smart_mfg 1, software 0.8, ai 0.7, ngit 0.6 | 以航空航天、软件工程、先进制造和微纳电子见长，长期服务国家航空航天工程
bit | 北京理工大学 | Beijing Institute of Technology | 110108 | smart_mfg 0.9, new_energy 0.8, ai 0.7, ngit 0.6 | 在无人系统、光电成像、新能源汽车和信息安全方面形成特色优势
bupt | 北京邮电大学 | Beijing University of Posts and Telecommunications | 110108 | ngit 1, software 0.8, ai 0.7 | 以信息通信、网络空间安全、人工智能和卫星通信网络为特色
ustb | 北京科技大学 | University of Science and Technology Beijing | 110108 | new_materials 1, smart_mfg 0.6 | 以冶金工程、材料科学与工程为传统优势，覆盖金属材料、稀土功能材料和新能源材料
bjut | 北京工业大学 | Beijing University of Technology | 110105 | smart_mfg 0.9, new_materials 0.8, smart_city 0.6 | 围绕先进制造、材料科学、城市交通与环境开展应用研究，服务首都城市建设
bjtu | 北京交通大学 | Beijing Jiaotong University | 110108 | smart_city 0.9, new_energy 0.6, ngit 0.6 | 以轨道交通、电气工程、交通运输系统与通信为特色学科
buct | 北京化工大学 | Beijing University of Chemical Technology | 110105 | new_materials 1, biomed 0.5, new_energy 0.5 | 以化学工程、高分子材料、精细化工和生物化工为优势学科
ncepu | 华北电力大学 | North China Electric Power University | 110114 | new_energy 1, smart_city 0.4 | 围绕电力系统、新能源发电、储能与氢能开展教学科研，服务能源电力行业
cau | 中国农业大学 | China Agricultural University | 110108 | rural 1, biomed 0.3 | 以作物学、农业工程、食品科学、动物科学和农业信息化为优势学科
ccmu | 首都医科大学 | Capital Medical University | 110106 | biomed 1 | 依托附属医院体系开展临床医学、神经科学与转化医学研究
bucm | 北京中医药大学 | Beijing University of Chinese Medicine | 110105 | biomed 1 | 以中医学、中药学和中西医结合为特色，开展中药资源与质量研究
pumc | 北京协和医学院 | Peking Union Medical College | 110101 | biomed 1 | 医学研究与临床转化并重，覆盖基础医学、药学、病原生物学和疫苗研究
ruc | 中国人民大学 | Renmin University of China | 110108 | digital_economy 1, st_services 0.6 | 在数字经济、数据治理、知识产权法与科技政策研究方面具有优势
ucas | 中国科学院大学 | University of Chinese Academy of Sciences | 110116 | ic 0.6, ai 0.6, biomed 0.6, new_materials 0.6 | 依托中国科学院研究所开展科教融合，覆盖理、工、医、农多学科
"""

# Research institutes
INSTITUTES = """
ict | 中国科学院计算技术研究所 | Institute of Computing Technology, CAS | 110108 | ngit 1, ai 0.9, ic 0.7 | 从事计算机系统结构、处理器芯片、高性能计算与人工智能基础研究
ia | 中国科学院自动化研究所 | Institute of Automation, CAS | 110108 | ai 1, smart_mfg 0.6, biomed 0.4 | 围绕模式识别、智能控制、类脑智能与脑机接口、多模态大模型开展研究
ime | 中国科学院微电子研究所 | Institute of Microelectronics, CAS | 110108 | ic 1 | 从事集成电路先导工艺、器件、封装与EDA方法研究，建有集成电路先导工艺研发平台
semi | 中国科学院半导体研究所 | Institute of Semiconductors, CAS | 110108 | ic 1, ngit 0.6 | 从事半导体材料、光电子器件、宽禁带半导体与集成光电子研究
iop | 中国科学院物理研究所 | Institute of Physics, CAS | 110108 | new_materials 0.8, new_energy 0.7, ngit 0.5 | 从事凝聚态物理、超导与量子材料、清洁能源材料研究
iccas | 中国科学院化学研究所 | Institute of Chemistry, CAS | 110108 | new_materials 1, new_energy 0.5 | 从事高分子科学、有机固体、光电功能材料与绿色化学研究
ibp | 中国科学院生物物理研究所 | Institute of Biophysics, CAS | 110105 | biomed 1 | 从事蛋白质科学、结构生物学、感染与免疫、脑与认知科学研究
iscas | 中国科学院软件研究所 | Institute of Software, CAS | 110108 | software 1, ngit 0.5 | 从事基础软件、操作系统、编译器、形式化方法与软件安全研究
iee | 中国科学院电工研究所 | Institute of Electrical Engineering, CAS | 110108 | new_energy 1, smart_mfg 0.4 | 从事电力电子、储能、超导电工、光伏与电气工程前沿研究
ipe | 中国科学院过程工程研究所 | Institute of Process Engineering, CAS | 110108 | new_materials 0.8, new_energy 0.7, biomed 0.4 | 从事化工过程强化、资源循环、绿色化工与生化工程研究
ipc | 中国科学院理化技术研究所 | Technical Institute of Physics and Chemistry, CAS | 110108 | new_materials 0.8, new_energy 0.5 | 从事低温工程、光化学转换、功能晶体与仿生材料研究
aircas | 中国科学院空天信息创新研究院 | Aerospace Information Research Institute, CAS | 110108 | ngit 0.9, smart_city 0.6, rural 0.3 | 从事空天信息获取、遥感应用、卫星导航与空天通信研究
imech | 中国科学院力学研究所 | Institute of Mechanics, CAS | 110108 | smart_mfg 0.8, new_materials 0.5 | 从事高温气体动力学、先进制造力学与材料力学行为研究
nanoctr | 国家纳米科学中心 | National Center for Nanoscience and Technology | 110108 | new_materials 1, biomed 0.5 | 从事纳米材料、纳米器件与纳米生物医学研究
im | 中国科学院微生物研究所 | Institute of Microbiology, CAS | 110105 | biomed 1, rural 0.4 | 从事微生物资源、病原微生物与免疫、工业微生物与合成生物学研究
baai | 北京智源人工智能研究院 | Beijing Academy of Artificial Intelligence | 110108 | ai 1, software 0.5 | 从事人工智能基础理论、大模型与开源开放生态研究
nibs | 北京生命科学研究所 | National Institute of Biological Sciences, Beijing | 110114 | biomed 1 | 从事生命科学基础研究、新药靶点发现与生物医学转化
caict | 中国信息通信研究院 | China Academy of Information and Communications Technology | 110108 | ngit 1, digital_economy 0.8, software 0.6 | 从事信息通信、工业互联网、数字经济测评与标准研究
epri | 中国电力科学研究院 | China Electric Power Research Institute | 110108 | new_energy 1, smart_city 0.3 | 从事电网规划、新能源并网、储能与电力系统仿真研究
grinm | 有研科技集团 | GRINM Group | 110102 | new_materials 1, ic 0.5 | 从事有色金属、稀土材料、半导体材料与粉末冶金研究开发
binn | 北京纳米能源与系统研究所 | Beijing Institute of Nanoenergy and Nanosystems | 110116 | new_materials 0.8, new_energy 0.7 | 从事纳米能源、自驱动传感与柔性电子研究
"""

# ---------------------------------------------------------------------------
# National societies (全国学会 under CAST): key | name | English | industries | focus | keywords
NATIONAL = """
cie | 中国电子学会 | Chinese Institute of Electronics | ngit 1, ic 0.8 | 电子信息领域全国性学会，组织电子元器件、集成电路、电子封装与通信领域学术交流和团体标准制定 | 电子信息;集成电路;电子元器件;团体标准
ccf | 中国计算机学会 | China Computer Federation | software 1, ai 0.8, ngit 0.6 | 计算机领域全国性学会，组织体系结构、系统软件、数据库与人工智能领域学术会议 | 计算机;体系结构;系统软件;数据库
cic | 中国通信学会 | China Institute of Communications | ngit 1 | 通信领域全国性学会，组织移动通信、光通信、卫星通信和网络安全学术交流 | 通信;移动通信;卫星通信;光通信
cips | 中国中文信息学会 | Chinese Information Processing Society of China | ai 1, software 0.5 | 中文信息处理领域全国性学会，聚焦自然语言处理、知识图谱与语言模型 | 中文信息处理;自然语言处理;知识图谱
caai | 中国人工智能学会 | Chinese Association for Artificial Intelligence | ai 1 | 人工智能领域全国性学会，组织机器学习、智能系统、人工智能伦理与安全学术活动 | 人工智能;机器学习;智能系统
csig | 中国图象图形学学会 | China Society of Image and Graphics | ai 1, ngit 0.4 | 图象图形领域全国性学会，覆盖计算机视觉、三维视觉、遥感图像与医学图像处理 | 图像处理;计算机视觉;三维视觉
caa | 中国自动化学会 | Chinese Association of Automation | smart_mfg 1, ai 0.7 | 自动化领域全国性学会，组织控制理论、机器人、智能制造和工业互联网学术交流 | 自动化;控制;机器人;智能制造
cis | 中国仪器仪表学会 | China Instrument and Control Society | smart_mfg 0.8, st_services 0.6 | 仪器仪表领域全国性学会，覆盖传感器、科学仪器、测量控制与检验检测 | 仪器仪表;传感器;科学仪器;测量
cacr | 中国密码学会 | Chinese Association for Cryptologic Research | ngit 1 | 密码学领域全国性学会，组织密码理论、密码工程与商用密码应用交流 | 密码;商用密码;密码工程
cssc | 中国仿真学会 | China Simulation Federation | software 0.8, smart_mfg 0.6 | 仿真领域全国性学会，覆盖系统仿真、数字孪生与仿真软件 | 系统仿真;数字孪生;仿真软件
csmnt | 中国微米纳米技术学会 | Chinese Society of Micro-Nano Technology | ic 0.8, new_materials 0.6 | 微纳技术领域全国性学会，覆盖微纳加工、微机电系统与微纳传感器 | 微纳加工;MEMS;微纳传感器
cvs | 中国真空学会 | Chinese Vacuum Society | ic 0.7, new_materials 0.5 | 真空科学与技术领域全国性学会，覆盖真空镀膜、薄膜沉积与真空获得设备 | 真空技术;薄膜沉积;真空镀膜
cos | 中国光学学会 | Chinese Optical Society | ngit 0.8, ic 0.5 | 光学领域全国性学会，组织激光、光电子、光学成像与光刻光学学术交流 | 光学;激光;光电子;光学成像
csoe | 中国光学工程学会 | Chinese Society for Optical Engineering | ngit 0.8, smart_mfg 0.5 | 光学工程领域全国性学会，覆盖光学制造、光电检测与红外技术 | 光学工程;光电检测;红外
cpss | 中国电源学会 | China Power Supply Society | new_energy 0.9, ic 0.5 | 电源领域全国性学会，覆盖电力电子、功率器件应用、开关电源与电能变换 | 电力电子;电源;功率变换
cmes | 中国机械工程学会 | Chinese Mechanical Engineering Society | smart_mfg 1 | 机械工程领域全国性学会，覆盖机械设计、先进制造工艺、数控装备与摩擦学 | 机械工程;先进制造;数控装备
saec | 中国汽车工程学会 | China Society of Automotive Engineers | new_energy 0.8, smart_city 0.6, smart_mfg 0.6 | 汽车工程领域全国性学会，覆盖新能源汽车、智能网联汽车、汽车电子与动力电池 | 汽车工程;新能源汽车;智能网联汽车
csecm | 中国工程机械学会 | China Society of Construction Machinery | smart_mfg 1 | 工程机械领域全国性学会，覆盖工程机械设计、电动化与智能施工装备 | 工程机械;施工装备;电动化
csaa | 中国航空学会 | Chinese Society of Aeronautics and Astronautics | smart_mfg 1, new_materials 0.5 | 航空领域全国性学会，覆盖飞行器设计、航空发动机、航空材料与无人机 | 航空;航空发动机;无人机
csa | 中国宇航学会 | Chinese Society of Astronautics | smart_mfg 0.9, ngit 0.7 | 宇航领域全国性学会，覆盖运载火箭、航天器、卫星应用与空间通信 | 宇航;航天器;卫星应用
csee | 中国电机工程学会 | Chinese Society for Electrical Engineering | new_energy 1 | 电机工程领域全国性学会，覆盖电力系统、电网调度、新能源并网与电力市场 | 电力系统;电网;新能源并网
ces | 中国电工技术学会 | China Electrotechnical Society | new_energy 0.9, smart_mfg 0.5 | 电工技术领域全国性学会，覆盖电机、电器、储能、电力电子与电工材料 | 电工技术;电机;储能;电工材料
cres | 中国可再生能源学会 | Chinese Renewable Energy Society | new_energy 1 | 可再生能源领域全国性学会，覆盖太阳能光伏、风能、氢能与生物质能 | 可再生能源;光伏;风能;氢能
cers | 中国能源研究会 | China Energy Research Society | new_energy 1, st_services 0.4 | 能源领域综合性全国学会，覆盖能源战略、储能、氢能与能源经济 | 能源战略;储能;能源经济
cns | 中国核学会 | Chinese Nuclear Society | new_energy 0.9 | 核科学技术领域全国性学会，覆盖核能、核技术应用与辐射防护 | 核能;核技术应用;辐射防护
mrs | 中国材料研究学会 | Chinese Materials Research Society | new_materials 1 | 材料领域综合性全国学会，覆盖新能源材料、纳米材料、先进结构材料与材料基因工程 | 材料研究;新能源材料;纳米材料;材料基因
csm | 中国金属学会 | Chinese Society for Metals | new_materials 1 | 金属材料领域全国性学会，覆盖钢铁冶金、高温合金、特殊钢与金属加工 | 冶金;高温合金;特殊钢;金属材料
nfsoc | 中国有色金属学会 | The Nonferrous Metals Society of China | new_materials 1 | 有色金属领域全国性学会，覆盖铝镁钛合金、稀有金属、有色冶金与粉末冶金 | 有色金属;钛合金;粉末冶金
cre | 中国稀土学会 | Chinese Society of Rare Earths | new_materials 1 | 稀土领域全国性学会，覆盖稀土永磁、稀土发光、稀土催化与稀土冶金 | 稀土;稀土永磁;稀土冶金
ccers | 中国硅酸盐学会 | The Chinese Ceramic Society | new_materials 1 | 无机非金属材料领域全国性学会，覆盖先进陶瓷、特种玻璃、耐火材料与人工晶体 | 硅酸盐;先进陶瓷;特种玻璃;人工晶体
csfcm | 中国复合材料学会 | Chinese Society for Composite Materials | new_materials 1, smart_mfg 0.5 | 复合材料领域全国性学会，覆盖树脂基、金属基、陶瓷基复合材料及其工艺 | 复合材料;碳纤维;树脂基复合材料
ccs | 中国化学会 | Chinese Chemical Society | new_materials 0.8, biomed 0.4 | 化学领域全国性学会，覆盖有机化学、高分子化学、材料化学与化学生物学 | 化学;高分子化学;材料化学
ciesc | 中国化工学会 | Chemical Industry and Engineering Society of China | new_materials 0.9, new_energy 0.5 | 化工领域全国性学会，覆盖精细化工、化工新材料、电子化学品与化工过程安全 | 化工;精细化工;电子化学品;化工新材料
csbme | 中国生物医学工程学会 | Chinese Society of Biomedical Engineering | biomed 1 | 生物医学工程领域全国性学会，覆盖医疗器械、医学影像、神经工程与生物材料 | 生物医学工程;医疗器械;医学影像;神经工程
cma | 中华医学会 | Chinese Medical Association | biomed 1 | 医学领域全国性学会，组织各临床专科学术交流与诊疗指南制定 | 临床医学;诊疗指南;专科分会
cpa | 中国药学会 | Chinese Pharmaceutical Association | biomed 1 | 药学领域全国性学会，覆盖药物化学、生物药、药物制剂与药品监管科学 | 药学;生物药;药物制剂;监管科学
cnphars | 中国药理学会 | Chinese Pharmacological Society | biomed 1 | 药理学领域全国性学会，覆盖新药药理、毒理与临床药理 | 药理学;毒理学;临床药理
caca | 中国抗癌协会 | China Anti-Cancer Association | biomed 1 | 肿瘤防治领域全国性学术组织，覆盖肿瘤免疫治疗、细胞治疗与精准诊疗 | 肿瘤;免疫治疗;细胞治疗;精准医学
csi | 中国免疫学会 | Chinese Society for Immunology | biomed 1 | 免疫学领域全国性学会，覆盖肿瘤免疫、疫苗免疫学与抗体工程 | 免疫学;疫苗;抗体;肿瘤免疫
cacm | 中华中医药学会 | China Association of Chinese Medicine | biomed 1, rural 0.3 | 中医药领域全国性学会，覆盖中药资源、中药质量标准、经典名方与中医临床 | 中医药;中药质量;经典名方
csbt | 中国生物工程学会 | Chinese Society of Biotechnology | biomed 1, rural 0.4 | 生物工程领域全国性学会，覆盖合成生物学、生物制造、基因工程与细胞工程 | 生物工程;合成生物学;生物制造
cns_neuro | 中国神经科学学会 | Chinese Neuroscience Society | biomed 1, ai 0.5 | 神经科学领域全国性学会，覆盖认知神经科学、神经调控与脑机接口 | 神经科学;神经调控;脑机接口
csa_agri | 中国农学会 | China Association of Agricultural Science Societies | rural 1 | 农学领域全国性学会，覆盖作物育种、耕作栽培、农业科技推广与种业 | 农学;作物育种;种业;农技推广
csae | 中国农业工程学会 | Chinese Society of Agricultural Engineering | rural 1, smart_mfg 0.4 | 农业工程领域全国性学会，覆盖农业机械化、设施农业与农业信息化 | 农业工程;设施农业;农业信息化
csam | 中国农业机械学会 | Chinese Society for Agricultural Machinery | rural 1, smart_mfg 0.5 | 农业机械领域全国性学会，覆盖拖拉机、收获机械、植保机械与智能农机 | 农业机械;收获机械;智能农机
cifst | 中国食品科学技术学会 | Chinese Institute of Food Science and Technology | rural 1, biomed 0.3 | 食品科技领域全国性学会，覆盖食品加工、食品安全、营养健康与功能食品 | 食品科学;食品安全;营养健康
cupic | 中国产学研合作促进会 | China Industry-University-Research Institute Collaboration Association | st_services 1 | 产学研合作领域全国性组织，推动校企合作、技术转移与成果转化 | 产学研合作;技术转移;成果转化
cste | 中国技术经济学会 | Chinese Society of Technology Economics | st_services 0.8, digital_economy 0.6 | 技术经济领域全国性学会，覆盖技术评价、科技金融与产业经济 | 技术经济;技术评价;科技金融
cipra | 中国知识产权研究会 | China Intellectual Property Research Society | st_services 1 | 知识产权领域全国性学会，覆盖专利分析、知识产权运营与保护 | 知识产权;专利分析;知识产权运营
chsus | 中国城市科学研究会 | Chinese Society for Urban Studies | smart_city 1 | 城市科学领域全国性学会，覆盖智慧城市、城市更新与城市信息模型 | 智慧城市;城市治理;城市信息模型
cida | 中国工业设计协会 | China Industrial Design Association | smart_mfg 0.6, st_services 0.6 | 工业设计领域全国性组织，覆盖产品设计、设计服务与设计标准 | 工业设计;产品设计
csgpc | 中国测绘地理信息学会 | Chinese Society for Geodesy, Photogrammetry and Cartography | smart_city 0.8, ngit 0.5 | 测绘地理信息领域全国性学会，覆盖卫星导航定位、遥感测绘与高精度地图 | 测绘;卫星导航;高精度地图
csaes | 中国环境科学学会 | Chinese Society for Environmental Sciences | smart_city 1 | 环境科学领域全国性学会，覆盖大气污染防治、环境监测与生态修复 | 环境科学;大气污染;环境监测
"""

# Municipal societies (市学会): key | name | English | industries | focus | keywords | staff expert_team
MUNICIPAL = """
bjie | 北京电子学会 | Beijing Institute of Electronics | ngit 1, ic 0.8 | 组织首都电子信息与集成电路领域学术交流，下设半导体材料、集成电路设计和电子封装专业委员会，承接晶圆制造企业技术咨询 | 电子信息;集成电路;半导体材料;电子封装 | 8 260
bjccf | 北京计算机学会 | Beijing Computer Federation | software 1, ai 0.7 | 组织计算机系统、软件工程、数据库和操作系统方向学术活动，服务首都软件和信息服务企业 | 计算机;软件工程;操作系统;数据库 | 6 220
bjcic | 北京通信学会 | Beijing Institute of Communications | ngit 1 | 组织移动通信、光纤通信与卫星通信网络学术交流，开展5G/6G技术科普与企业服务 | 通信;5G;卫星通信;光通信 | 5 180
bjcaa | 北京自动化学会 | Beijing Association of Automation | smart_mfg 1, ai 0.5 | 组织自动控制、工业机器人、工业互联网和智能工厂方向学术交流与企业诊断服务 | 自动化;工业机器人;工业互联网;智能工厂 | 5 200
bjsig | 北京图象图形学学会 | Beijing Society of Image and Graphics | ai 1 | 组织计算机视觉、图像处理、三维重建与医学图像分析学术交流 | 图像处理;计算机视觉;三维重建 | 4 150
bjsurvey | 北京测绘学会 | Beijing Society of Surveying and Mapping | smart_city 1 | 组织测绘地理信息、卫星导航定位、实景三维与城市空间数据学术交流 | 测绘;卫星导航;实景三维 | 4 120
bjsaa | 北京航空航天学会 | Beijing Society of Aeronautics and Astronautics | smart_mfg 1, ngit 0.4 | 组织航空器、航天器、无人机与卫星应用方向学术交流，服务航空航天配套企业 | 航空航天;无人机;卫星;航空材料 | 5 210
bjsbt | 北京生物工程学会 | Beijing Society of Biotechnology | biomed 1 | 组织生物制药、合成生物学、生物反应器与生物制造学术交流，服务生物医药企业工艺放大 | 生物工程;生物制药;合成生物学;生物制造 | 5 180
bjneuro | 北京神经科学学会 | Beijing Society for Neuroscience | biomed 1, ai 0.4 | 组织神经科学、脑疾病、神经调控与脑机接口方向学术交流 | 神经科学;脑疾病;神经调控;脑机接口 | 4 160
bjma | 北京医学会 | Beijing Medical Association | biomed 1 | 组织首都各临床专科学术交流、临床研究与医疗技术评估 | 临床医学;临床研究;专科分会 | 20 900
bjtcm | 北京中医药学会 | Beijing Association of Chinese Medicine | biomed 1 | 组织中医临床、中药学、中药质量评价与中医药传承创新学术交流 | 中医药;中药学;中医临床 | 8 400
bjitcwm | 北京中西医结合学会 | Beijing Association of Integrative Medicine | biomed 1 | 组织中西医结合临床与基础研究、中药新药临床评价学术交流 | 中西医结合;中药新药;临床评价 | 6 300
bjaca | 北京抗癌协会 | Beijing Anti-Cancer Association | biomed 1 | 组织肿瘤防治、肿瘤免疫治疗、细胞治疗和抗肿瘤新药临床研究学术交流 | 肿瘤防治;免疫治疗;细胞治疗;抗肿瘤药物 | 6 350
bjcross | 北京交叉科学学会 | Beijing Society of Interdisciplinary Science | st_services 0.8, ai 0.4 | 组织跨学科前沿交流与科技战略研讨，推动交叉学科平台建设 | 交叉科学;科技战略;学科交叉 | 3 90
bjmath | 北京数学会 | Beijing Mathematical Society | ai 0.4, digital_economy 0.3 | 组织数学研究与应用数学交流，关注优化、统计与密码数学 | 数学;应用数学;统计 | 3 120
bjphys | 北京物理学会 | Beijing Physical Society | new_materials 0.5, ngit 0.4 | 组织凝聚态物理、光学物理、量子物理与物理教育学术交流 | 物理;凝聚态物理;量子物理 | 3 140
bjmech | 北京力学会 | Beijing Society of Theoretical and Applied Mechanics | smart_mfg 0.7, new_materials 0.5 | 组织固体力学、流体力学、复合材料力学与结构可靠性学术交流 | 力学;结构可靠性;复合材料力学 | 3 130
bjvib | 北京振动工程学会 | Beijing Society of Vibration Engineering | smart_mfg 0.8 | 组织振动测试、故障诊断与设备健康监测学术交流 | 振动;故障诊断;健康监测 | 2 80
bjchem | 北京化学会 | Beijing Chemical Society | new_materials 0.9, biomed 0.3 | 组织有机化学、高分子化学、电子化学品与分析化学学术交流，服务精细化工企业 | 化学;高分子化学;电子化学品;分析化学 | 4 160
bjciesc | 北京化工学会 | Beijing Chemical Industry Society | new_materials 0.9, new_energy 0.4 | 组织化工工艺、化工新材料、湿电子化学品与化工安全学术交流 | 化工;化工新材料;湿电子化学品;化工安全 | 4 150
bjmrs | 北京材料研究学会 | Beijing Materials Research Society | new_materials 1 | 组织新材料研发与应用交流，覆盖纳米材料、新能源材料与先进结构材料 | 材料研究;纳米材料;新能源材料 | 4 170
bjmetal | 北京金属学会 | Beijing Society for Metals | new_materials 1 | 组织钢铁冶金、高温合金、粉末冶金和金属增材制造学术交流 | 金属材料;高温合金;粉末冶金;增材制造 | 4 150
bjre | 北京稀土学会 | Beijing Rare Earth Society | new_materials 1 | 组织稀土永磁、稀土功能材料与稀土资源综合利用学术交流 | 稀土;稀土永磁;稀土功能材料 | 2 70
bjcomp | 北京复合材料学会 | Beijing Society for Composite Materials | new_materials 1, smart_mfg 0.4 | 组织碳纤维复合材料、树脂基复合材料成型与复合材料结构设计学术交流 | 复合材料;碳纤维;复合材料成型 | 3 110
bjceram | 北京硅酸盐学会 | Beijing Ceramic Society | new_materials 1 | 组织先进陶瓷、特种玻璃、人工晶体与建材学术交流 | 先进陶瓷;特种玻璃;人工晶体 | 3 100
bjenergy | 北京能源学会 | Beijing Energy Society | new_energy 1 | 组织能源转型、储能、氢能与综合能源服务学术交流 | 能源;储能;氢能;综合能源 | 4 160
bjcsee | 北京电机工程学会 | Beijing Society for Electrical Engineering | new_energy 1 | 组织电力系统、配电网、新能源并网与虚拟电厂学术交流 | 电力系统;配电网;新能源并网;虚拟电厂 | 5 220
bjces | 北京电工技术学会 | Beijing Electrotechnical Society | new_energy 0.9, smart_mfg 0.4 | 组织电机电器、电力电子、储能变流与电工装备学术交流 | 电工技术;电力电子;储能变流 | 3 120
bjres | 北京可再生能源学会 | Beijing Renewable Energy Society | new_energy 1 | 组织太阳能光伏、风电、氢能与生物质能学术交流，推动分布式能源示范 | 可再生能源;光伏;风电;氢能 | 3 130
bjsae | 北京汽车工程学会 | Beijing Society of Automotive Engineers | new_energy 0.8, smart_city 0.6 | 组织新能源汽车、智能网联汽车、动力电池与燃料电池汽车学术交流 | 汽车工程;新能源汽车;智能网联汽车;燃料电池汽车 | 5 200
bjmes | 北京机械工程学会 | Beijing Mechanical Engineering Society | smart_mfg 1 | 组织机械设计、数控加工、精密制造与机器人学术交流，服务装备制造企业 | 机械工程;数控加工;精密制造;机器人 | 5 230
bjinstr | 北京仪器仪表学会 | Beijing Instrument Society | smart_mfg 0.8, st_services 0.6 | 组织科学仪器、传感器、检测仪器与计量测试学术交流 | 仪器仪表;传感器;检测仪器 | 4 140
bjai | 北京人工智能学会 | Beijing Society of Artificial Intelligence | ai 1 | 组织机器学习、大模型、智能机器人与人工智能治理学术交流，服务首都人工智能企业 | 人工智能;大模型;机器学习;人工智能治理 | 5 240
bjcips | 北京中文信息学会 | Beijing Chinese Information Processing Society | ai 1 | 组织自然语言处理、语言模型、机器翻译与知识图谱学术交流 | 自然语言处理;语言模型;机器翻译 | 3 100
bjcrypto | 北京密码学会 | Beijing Cryptologic Society | ngit 1 | 组织密码算法、密码应用测评、数据安全与隐私保护学术交流 | 密码;数据安全;隐私保护 | 3 90
bjoptics | 北京光学学会 | Beijing Optical Society | ngit 0.8, ic 0.4 | 组织光学工程、激光技术、光电探测与光刻光学学术交流 | 光学;激光;光电探测 | 3 110
bjsoft | 北京软件工程学会 | Beijing Society of Software Engineering | software 1 | 组织软件工程、工业软件、开源软件与软件质量学术交流 | 软件工程;工业软件;开源软件 | 3 120
bjsim | 北京仿真学会 | Beijing Simulation Society | software 0.8, smart_mfg 0.6 | 组织系统仿真、CAE仿真、数字孪生与仿真软件学术交流 | 系统仿真;CAE;数字孪生 | 2 80
bjpharm | 北京药学会 | Beijing Pharmaceutical Association | biomed 1 | 组织药物研发、生物药、药物制剂与临床药学学术交流 | 药学;生物药;药物制剂;临床药学 | 6 300
bjimmu | 北京免疫学会 | Beijing Society for Immunology | biomed 1 | 组织免疫学基础研究、疫苗免疫、抗体工程与肿瘤免疫学术交流 | 免疫学;疫苗;抗体工程;肿瘤免疫 | 3 120
bjbme | 北京生物医学工程学会 | Beijing Society of Biomedical Engineering | biomed 1 | 组织医疗器械、医学影像、手术机器人与康复工程学术交流 | 生物医学工程;医疗器械;医学影像;手术机器人 | 4 180
bjgene | 北京遗传学会 | Beijing Genetics Society | biomed 0.8, rural 0.6 | 组织遗传学、基因编辑、基因组学与动植物遗传育种学术交流 | 遗传学;基因编辑;基因组学;遗传育种 | 3 110
bjmicro | 北京微生物学会 | Beijing Society for Microbiology | biomed 0.9, rural 0.3 | 组织微生物学、病原微生物、工业微生物与疫苗研究学术交流 | 微生物学;病原微生物;工业微生物 | 3 120
bjagri | 北京农学会 | Beijing Agricultural Society | rural 1 | 组织都市农业、农业科技推广与种业创新学术交流，服务郊区农业园区 | 都市农业;农技推广;种业 | 4 150
bjcrop | 北京作物学会 | Beijing Crop Science Society | rural 1 | 组织作物遗传育种、栽培生理与种子科学学术交流 | 作物育种;栽培;种子科学 | 2 90
bjagreng | 北京农业工程学会 | Beijing Society of Agricultural Engineering | rural 1, smart_mfg 0.3 | 组织农业机械化、设施农业、智慧农业装备学术交流 | 农业工程;设施农业;智慧农业装备 | 2 80
bjfood | 北京食品科学技术学会 | Beijing Food Science and Technology Society | rural 1 | 组织食品加工、食品安全检测与营养健康学术交流 | 食品科学;食品安全;营养健康 | 3 110
bjanim | 北京畜牧兽医学会 | Beijing Society of Animal Husbandry and Veterinary Medicine | rural 1, biomed 0.3 | 组织畜禽育种、动物疫病防控、兽用疫苗与饲料学术交流 | 畜牧;兽医;兽用疫苗;畜禽育种 | 3 110
bjurban | 北京城市科学研究会 | Beijing Society for Urban Studies | smart_city 1 | 组织智慧城市、城市更新、城市治理与城市信息模型研究交流 | 智慧城市;城市治理;城市更新 | 3 100
bjenv | 北京环境科学学会 | Beijing Society of Environmental Sciences | smart_city 1 | 组织大气污染防治、环境监测、水环境治理与碳减排学术交流 | 环境科学;大气污染;环境监测;碳减排 | 4 150
bjtraffic | 北京交通工程学会 | Beijing Society of Traffic Engineering | smart_city 1 | 组织交通规划、智能交通、车路协同与交通大数据学术交流 | 交通工程;智能交通;车路协同;交通大数据 | 3 120
bjtechecon | 北京技术经济学会 | Beijing Society of Technology Economics | st_services 0.8, digital_economy 0.6 | 组织技术经济评价、科技金融、数字经济与产业政策研究交流 | 技术经济;科技金融;数字经济 | 3 100
bjip | 北京知识产权研究会 | Beijing Intellectual Property Society | st_services 1 | 组织专利分析、知识产权运营、高价值专利培育与知识产权保护研讨 | 知识产权;专利;高价值专利 | 3 90
bjmetro | 北京计量测试学会 | Beijing Society of Metrology and Measurement | st_services 1 | 组织计量测试、检验检测、校准与质量技术基础学术交流 | 计量;检验检测;校准 | 3 110
bjsyseng | 北京系统工程学会 | Beijing Systems Engineering Society | digital_economy 0.6, st_services 0.6 | 组织系统工程、管理科学、数据治理与决策分析学术交流 | 系统工程;管理科学;决策分析 | 2 80
bjstat | 北京统计学会 | Beijing Statistical Society | digital_economy 0.8 | 组织统计方法、经济统计、数字经济测度与数据资产核算学术交流 | 统计;数字经济测度;数据资产 | 2 70
bjgeo | 北京地理学会 | Beijing Geographical Society | smart_city 0.6, rural 0.4 | 组织地理信息科学、遥感应用与城市区域规划学术交流 | 地理信息;遥感;区域规划 | 2 70
bjcivil | 北京土木建筑学会 | Beijing Society of Civil Engineering and Architecture | smart_city 0.8 | 组织建筑工程、建筑信息模型、绿色建筑与城市基础设施学术交流 | 土木建筑;建筑信息模型;绿色建筑 | 5 200
bjmet | 北京气象学会 | Beijing Meteorological Society | smart_city 0.7, rural 0.4 | 组织天气预报、气候变化、气象服务与新能源气象学术交流 | 气象;气候变化;新能源气象 | 2 80
"""

# Parks: key | name | English | district | zone | park | industries | sub-fields | focus | keywords
PARKS = """
zgc_dongcheng | 中关村东城园 | ZGC Dongcheng Park | 110101 | - | zgc_dongcheng | digital_economy 0.8, st_services 0.7 | digital_economy.platform st_services.transfer | 以文化科技融合、数字内容与科技服务为主导，聚集文化科技企业和技术转移机构 | 文化科技;数字内容;科技服务
zgc_xicheng | 中关村西城园 | ZGC Xicheng Park | 110102 | - | zgc_xicheng | digital_economy 1, st_services 0.5 | digital_economy.fintech | 以金融科技、数字金融与设计服务为主导，建设金融科技示范区 | 金融科技;数字金融;设计服务
zgc_chaoyang | 中关村朝阳园 | ZGC Chaoyang Park | 110105 | - | zgc_chaoyang | digital_economy 0.9, ngit 0.7, ai 0.5 | digital_economy.platform ngit.communication | 以数字经济、新一代信息技术与国际科技合作为主导，推动数据要素和数字贸易发展 | 数字经济;数字贸易;国际科技合作
zgc_haidian | 中关村海淀园 | ZGC Haidian Park | 110108 | zgc_science_city | zgc_haidian | ai 1, ic 0.8, software 0.8 | ai.ml ic.design software.basic | 聚集人工智能、集成电路设计与基础软件企业，依托高校院所开展原始创新和成果转化 | 人工智能;芯片设计;基础软件;成果转化
zgc_fengtai | 中关村丰台园 | ZGC Fengtai Park | 110106 | - | zgc_fengtai | smart_mfg 0.9, smart_city 0.7 | smart_mfg.aerospace smart_city.transport | 以轨道交通、航天装备与应急安全产业为主导，建设轨道交通产业集群 | 轨道交通;航天装备;应急安全
zgc_shijingshan | 中关村石景山园 | ZGC Shijingshan Park | 110107 | - | zgc_shijingshan | ngit 0.8, digital_economy 0.6 | ngit.display | 以虚拟现实、数字创意与工业互联网安全为主导，推动科幻产业集聚 | 虚拟现实;数字创意;科幻产业
zgc_mentougou | 中关村门头沟园 | ZGC Mentougou Park | 110109 | - | zgc_mentougou | ai 0.6, smart_mfg 0.5 | ai.systems | 以人工智能应用、智能装备与生态涵养型产业为主导，建设京西智谷 | 人工智能应用;智能装备;京西智谷
zgc_fangshan | 中关村房山园 | ZGC Fangshan Park | 110111 | - | zgc_fangshan | new_materials 1, new_energy 0.6, smart_mfg 0.5 | new_materials.polymer new_materials.composite new_energy.hydrogen | 以新材料、氢能与智能装备为主导，建设石化新材料科技产业基地 | 新材料;石化新材料;氢能
zgc_tongzhou | 中关村通州园 | ZGC Tongzhou Park | 110112 | etown | zgc_tongzhou | smart_mfg 0.7, biomed 0.5, digital_economy 0.5 | smart_mfg.robotics biomed.device | 以智能制造、医疗器械与城市副中心数字经济为主导 | 智能制造;医疗器械;城市副中心
zgc_shunyi | 中关村顺义园 | ZGC Shunyi Park | 110113 | - | zgc_shunyi | ic 0.9, new_energy 0.7, smart_mfg 0.6 | ic.compound new_energy.nev smart_mfg.aerospace | 以第三代半导体、新能源智能汽车与航空航天为主导，聚集碳化硅与氮化镓产业链企业 | 第三代半导体;碳化硅;新能源汽车;航空航天
zgc_daxing_yizhuang | 中关村大兴-亦庄园 | ZGC Daxing-Yizhuang Park | 110115 | etown | zgc_daxing_yizhuang | biomed 0.9, ic 0.8, smart_mfg 0.7, new_energy 0.6 | biomed.innovative_drug ic.manufacturing smart_mfg.robotics new_energy.nev | 以生物医药、集成电路制造、机器人与新能源汽车为主导，覆盖北京经济技术开发区主要产业 | 生物医药;集成电路制造;机器人;新能源汽车
zgc_changping | 中关村昌平园 | ZGC Changping Park | 110114 | future_science_city | zgc_changping | new_energy 0.9, biomed 0.9, smart_mfg 0.6 | new_energy.hydrogen new_energy.storage biomed.innovative_drug | 以先进能源、医药健康与先进制造为主导，依托未来科学城能源谷与生命谷 | 先进能源;医药健康;先进制造
zgc_pinggu | 中关村平谷园 | ZGC Pinggu Park | 110117 | - | zgc_pinggu | rural 1, biomed 0.3 | rural.seed rural.food rural.agri_machinery | 以农业科技、种业创新、食品营养与智慧农业为主导，建设农业中关村 | 农业科技;种业;食品营养;智慧农业
zgc_huairou | 中关村怀柔园 | ZGC Huairou Park | 110116 | huairou_science_city | zgc_huairou | new_materials 1, st_services 0.6 | new_materials.nano st_services.testing | 依托怀柔科学城大科学装置群，以新材料、科学仪器和检验检测为主导 | 大科学装置;新材料;科学仪器
zgc_miyun | 中关村密云园 | ZGC Miyun Park | 110118 | - | zgc_miyun | smart_mfg 0.6, rural 0.5, new_materials 0.4 | smart_mfg.cnc | 以智能装备、生态农业与健康食品为主导，承接科学城成果转化 | 智能装备;生态农业;成果转化
zgc_yanqing | 中关村延庆园 | ZGC Yanqing Park | 110119 | - | zgc_yanqing | smart_mfg 0.8, new_energy 0.6 | smart_mfg.aerospace smart_mfg.robotics new_energy.wind | 以无人机、机器人与新能源为主导，建设无人机产业基地和绿色能源示范 | 无人机;机器人;新能源
etown_bio | 亦庄生物医药产业园 | E-Town Biomedicine Park | 110115 | etown | zgc_daxing_yizhuang | biomed 1 | biomed.antibody biomed.cell_gene biomed.vaccine biomed.device | 聚集抗体药物、细胞与基因治疗、疫苗和高端医疗器械企业，提供GMP中试平台与临床研究服务 | 生物医药;抗体药物;细胞治疗;GMP中试
etown_ic | 亦庄集成电路制造产业园 | E-Town IC Manufacturing Park | 110115 | etown | zgc_daxing_yizhuang | ic 1, new_materials 0.4 | ic.manufacturing ic.equipment ic.materials | 围绕12英寸晶圆制造集聚装备、材料与零部件企业，建设集成电路装备材料验证平台 | 晶圆制造;半导体装备;集成电路材料;验证平台
etown_nev | 亦庄新能源智能汽车产业园 | E-Town NEV and Intelligent Vehicle Park | 110115 | etown | zgc_daxing_yizhuang | new_energy 0.9, smart_city 0.7, ai 0.5 | new_energy.nev smart_city.transport ai.vision | 聚集新能源整车、动力电池、功率半导体模块与自动驾驶企业，建设高级别自动驾驶示范区 | 新能源汽车;自动驾驶;功率模块;示范区
etown_robot | 亦庄机器人产业园 | E-Town Robotics Park | 110115 | etown | zgc_daxing_yizhuang | smart_mfg 1, ai 0.6 | smart_mfg.robotics smart_mfg.cnc | 聚集人形机器人、工业机器人、核心零部件与机器人检测认证企业 | 人形机器人;工业机器人;核心零部件
etown_xc | 亦庄信创产业园 | E-Town IT Innovation Park | 110112 | etown | zgc_tongzhou | software 1, ngit 0.6 | software.basic ngit.security | 聚集操作系统、数据库、中间件与网络安全企业，建设信创适配验证中心 | 信创;操作系统;数据库;适配验证
fsc_energy | 未来科学城能源谷 | Future Science City Energy Valley | 110114 | future_science_city | zgc_changping | new_energy 1 | new_energy.hydrogen new_energy.storage new_energy.grid new_energy.pv | 聚集氢能、储能、智能电网与先进光伏研发机构和企业，建设氢能与储能中试基地 | 氢能;储能;智能电网;光伏中试
fsc_life | 未来科学城生命谷 | Future Science City Life Valley | 110114 | future_science_city | zgc_changping | biomed 1 | biomed.innovative_drug biomed.cell_gene biomed.synbio biomed.device | 聚集创新药、基因与细胞治疗、合成生物学和医疗器械企业，提供公共实验平台 | 创新药;基因治疗;合成生物学;公共实验平台
fsc_mfg | 未来科学城先进制造园 | Future Science City Advanced Manufacturing Park | 110114 | future_science_city | zgc_changping | smart_mfg 1, new_materials 0.5 | smart_mfg.cnc smart_mfg.industrial_internet | 以高端装备、智能制造与工业互联网应用为主导，建设智能工厂示范 | 高端装备;智能工厂;工业互联网
hrsc_materials | 怀柔科学城材料科学园 | Huairou Science City Materials Park | 110116 | huairou_science_city | zgc_huairou | new_materials 1, ic 0.4 | new_materials.nano new_materials.composite new_materials.rare_earth | 依托综合极端条件实验装置和材料基因组平台，孵化纳米材料、稀土功能材料与先进复合材料企业 | 材料基因组;纳米材料;稀土功能材料
hrsc_instrument | 怀柔科学城科学仪器园 | Huairou Science City Scientific Instrument Park | 110116 | huairou_science_city | zgc_huairou | st_services 0.9, smart_mfg 0.6 | st_services.testing | 聚集高端科学仪器、检验检测与计量服务企业，开放大科学装置共享服务 | 科学仪器;检验检测;共享服务
zgc_ai_town | 中关村科学城人工智能产业园 | ZGC Science City AI Park | 110108 | zgc_science_city | zgc_haidian | ai 1, software 0.6 | ai.nlp ai.ml ngit.computing | 聚集大模型、算力服务与人工智能应用企业，建设公共算力平台和数据标注基地 | 大模型;公共算力;人工智能应用
zgc_icdesign | 中关村科学城集成电路设计园 | ZGC Science City IC Design Park | 110108 | zgc_science_city | zgc_haidian | ic 1 | ic.design | 聚集芯片设计、EDA与IP企业，提供流片补贴与EDA共享平台 | 芯片设计;EDA;IP核;流片
zgc_quantum | 中关村科学城量子信息产业园 | ZGC Science City Quantum Park | 110108 | zgc_science_city | zgc_haidian | ngit 1 | ngit.computing ngit.security | 聚集量子计算、量子通信与量子测量企业，建设量子器件工艺平台 | 量子计算;量子通信;量子测量
shunyi_3rd | 顺义第三代半导体产业园 | Shunyi Third-Generation Semiconductor Park | 110113 | - | zgc_shunyi | ic 1, new_energy 0.5 | ic.compound | 聚集碳化硅衬底、外延、器件与模块企业，建设第三代半导体公共测试平台 | 第三代半导体;碳化硅;氮化镓;功率器件
daxing_bio | 大兴生物医药产业基地 | Daxing Biomedicine Base | 110115 | - | zgc_daxing_yizhuang | biomed 1 | biomed.innovative_drug biomed.vaccine biomed.tcm | 聚集疫苗、化学药、中药与医药流通企业，提供药品审评服务与产业化用地 | 疫苗;化学药;中药;医药产业化
pinggu_agri | 平谷农业科技创新园 | Pinggu Agricultural Innovation Park | 110117 | - | zgc_pinggu | rural 1 | rural.seed rural.agri_machinery | 建设种业创新、智能农机与食品营养研发平台，服务京郊现代农业 | 种业创新;智能农机;食品营养
yanqing_uav | 延庆无人机产业园 | Yanqing UAV Park | 110119 | - | zgc_yanqing | smart_mfg 1 | smart_mfg.aerospace | 聚集工业无人机整机、飞控与测试试飞企业，提供低空飞行测试空域 | 无人机;飞控;试飞测试
fangshan_h2 | 房山氢能产业园 | Fangshan Hydrogen Park | 110111 | - | zgc_fangshan | new_energy 1, new_materials 0.4 | new_energy.hydrogen | 聚集制氢、储运氢与燃料电池企业，建设加氢站示范网络 | 氢能;制氢;燃料电池;加氢站
"""

# CAST branches (optional role), a few for realism: key | name | kind | district | industries
CASTS = """
cast_haidian | 海淀区科学技术协会 | district_cast | 110108 | ai 0.5, ic 0.5
cast_changping | 昌平区科学技术协会 | district_cast | 110114 | new_energy 0.5, biomed 0.5
cast_daxing | 大兴区科学技术协会 | district_cast | 110115 | biomed 0.6
cast_etown | 北京经济技术开发区科学技术协会 | park_cast | 110115 | ic 0.5, biomed 0.5, smart_mfg 0.5
cast_tsinghua | 清华大学科学技术协会 | university_cast | 110108 | ic 0.5, ai 0.5
cast_buct | 北京化工大学科学技术协会 | university_cast | 110105 | new_materials 0.8
"""
