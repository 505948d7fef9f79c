// Relevance on a small hand-written corpus in the style of the demo data:
// Chinese names and descriptions, some English names and keywords.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/taxonomy.h"
#include "index/index.h"

namespace consortia {
namespace {

Organization Org(Id id, OrgKind kind, std::string name, std::string name_en,
                 std::vector<std::string> industries, std::vector<std::string> subfields,
                 std::vector<std::string> caps, std::string description,
                 std::vector<std::string> keywords, std::string district = "110108") {
  Organization o;
  o.id = id;
  o.key = "org-" + std::to_string(id);
  o.kind = kind;
  o.name = std::move(name);
  o.name_en = std::move(name_en);
  for (auto& c : industries) o.industries.push_back({c, 1.0});
  o.subfields = std::move(subfields);
  o.capabilities = std::move(caps);
  o.description = std::move(description);
  o.keywords = std::move(keywords);
  o.district = std::move(district);
  return o;
}

Expert Exp(Id id, std::string name, Title title, std::vector<std::string> fields,
           std::vector<std::string> industries, std::string description,
           std::vector<std::string> keywords) {
  Expert e;
  e.id = id;
  e.key = "exp-" + std::to_string(id);
  e.name = std::move(name);
  e.title = title;
  e.fields = std::move(fields);
  for (auto& c : industries) e.industries.push_back({c, 1.0});
  e.description = std::move(description);
  e.keywords = std::move(keywords);
  return e;
}

using K = OrgKind;

std::vector<ProfileRecord> Corpus() {
  std::vector<Organization> orgs = {
      // Integrated circuits.
      Org(1, K::kEnterprise, "北京华芯光刻材料有限公司", "Huaxin Lithography Materials", {"ic"},
          {"ic.materials"}, {"rnd", "standards"},
          "专注于集成电路光刻胶及配套试剂的研发与量产，产品覆盖KrF、ArF光刻胶。",
          {"光刻胶", "photoresist", "ArF", "lithography"}),
      Org(2, K::kEnterprise, "北方微电子装备股份有限公司", "Northern Microelectronics Equipment",
          {"ic"}, {"ic.equipment"}, {"rnd", "technical_service"},
          "研制刻蚀机、薄膜沉积设备和光刻配套设备，服务12英寸晶圆产线。",
          {"刻蚀", "etching", "光刻", "晶圆"}),
      Org(3, K::kEnterprise, "京芯晶圆制造有限公司", "Jingxin Wafer Fab", {"ic"},
          {"ic.manufacturing"}, {"rnd"},
          "12英寸晶圆代工厂，28纳米逻辑工艺量产，开展先进光刻工艺开发。",
          {"晶圆制造", "光刻工艺", "foundry", "lithography process"}, "110115"),
      Org(4, K::kResearchInstitute, "中国科学院微电子研究所", "Institute of Microelectronics, CAS",
          {"ic"}, {"ic.manufacturing", "ic.design"}, {"rnd", "laboratory"},
          "集成电路先导工艺研发中心，研究极紫外光刻、先进器件和集成电路设计。",
          {"EUV", "极紫外光刻", "集成电路", "lithography"}),
      Org(5, K::kUniversity, "北京集成电路学院", "Beijing School of Integrated Circuits", {"ic"},
          {"ic.design", "ic.materials"}, {"rnd", "academic_exchange"},
          "培养芯片设计与半导体材料人才，建有光刻胶与掩模材料联合实验室。",
          {"芯片设计", "半导体材料", "photoresist", "mask"}),
      Org(6, K::kMunicipalSociety, "北京半导体行业学会", "Beijing Semiconductor Society", {"ic"},
          {"ic.manufacturing", "ic.packaging"}, {"academic_exchange", "standards"},
          "组织集成电路制造、封装测试领域学术交流与团体标准制定。",
          {"半导体", "封装测试", "semiconductor"}),
      Org(7, K::kEnterprise, "燕东封测科技有限公司", "Yandong Packaging and Test", {"ic"},
          {"ic.packaging"}, {"technical_service"},
          "提供先进封装与芯片测试服务，涵盖倒装焊与系统级封装。", {"先进封装", "测试"}),
      // Biomedicine.
      Org(20, K::kResearchInstitute, "北京生物制品研究所",
          "Beijing Institute of Biological Products", {"biomed"}, {"biomed.vaccine"},
          {"rnd", "laboratory"}, "从事人用疫苗研发和生产，建有灭活疫苗和mRNA疫苗技术平台。",
          {"疫苗", "vaccine", "mRNA", "灭活疫苗"}, "110105"),
      Org(21, K::kResearchInstitute, "军事医学研究院生物工程研究所", "Institute of Biotechnology",
          {"biomed"}, {"biomed.vaccine", "biomed.antibody"}, {"rnd", "laboratory"},
          "开展新发传染病疫苗与中和抗体研究，具备病毒学与免疫学实验条件。",
          {"中和抗体", "neutralizing antibody", "疫苗", "免疫"}),
      Org(22, K::kResearchInstitute, "北京生命科学研究所",
          "National Institute of Biological Sciences", {"biomed"},
          {"biomed.antibody", "biomed.innovative_drug"}, {"rnd", "academic_exchange"},
          "开展抗体药物发现、蛋白质结构与免疫机制的基础研究。", {"抗体药物", "antibody", "免疫学"},
          "110114"),
      Org(23, K::kEnterprise, "百济诺华生物科技有限公司", "Baiji Biotech", {"biomed"},
          {"biomed.antibody"}, {"rnd"}, "研发单克隆抗体和双特异性抗体药物，推进临床试验。",
          {"单抗", "monoclonal antibody", "双抗"}, "110115"),
      Org(24, K::kEnterprise, "科兴中维疫苗有限公司", "Kexing Vaccine Co.", {"biomed"},
          {"biomed.vaccine"}, {"rnd", "brand"}, "研发、生产和销售人用疫苗，产品出口多个国家。",
          {"疫苗", "vaccine", "出口"}),
      Org(25, K::kUniversity, "北京协和医学院", "Peking Union Medical College", {"biomed"},
          {"biomed.innovative_drug", "biomed.device"}, {"rnd", "academic_exchange"},
          "医学教育与研究机构，开展创新药物、医疗器械和临床研究。",
          {"创新药", "临床研究", "医疗器械"}, "110101"),
      // Artificial intelligence.
      Org(40, K::kEnterprise, "智源视觉科技有限公司", "Zhiyuan Vision", {"ai"}, {"ai.vision"},
          {"rnd"}, "计算机视觉与图像识别算法，服务安防与工业质检。",
          {"计算机视觉", "computer vision", "图像识别"}),
      Org(41, K::kResearchInstitute, "北京智能语言研究院", "Beijing Institute of Language AI",
          {"ai"}, {"ai.nlp", "ai.ml"}, {"rnd", "academic_exchange"},
          "研究大语言模型、机器翻译和自然语言理解。", {"大模型", "LLM", "机器翻译"}),
      Org(42, K::kUniversity, "北京人工智能大学", "Beijing AI University", {"ai"},
          {"ai.ml", "ai.foundation"}, {"rnd", "academic_exchange"},
          "机器学习理论、深度学习与强化学习研究及人才培养。",
          {"深度学习", "deep learning", "强化学习"}),
      Org(43, K::kMunicipalSociety, "北京人工智能学会", "Beijing AI Society", {"ai"},
          {"ai.systems"}, {"academic_exchange", "standards"}, "推动人工智能学术交流和标准建设。",
          {"人工智能", "AI"}),
      // New energy and materials.
      Org(60, K::kEnterprise, "京能光伏科技有限公司", "Jingneng PV", {"new_energy"},
          {"new_energy.pv"}, {"rnd"}, "高效晶硅光伏电池与组件研发制造。",
          {"光伏", "solar cell", "组件"}, "110113"),
      Org(61, K::kEnterprise, "海博储能技术有限公司", "Haibo Energy Storage", {"new_energy"},
          {"new_energy.storage"}, {"rnd", "technical_service"},
          "锂离子电池储能系统集成与电池管理系统。", {"储能", "battery", "锂电池"}, "110114"),
      Org(62, K::kResearchInstitute, "北京氢能研究院", "Beijing Hydrogen Institute", {"new_energy"},
          {"new_energy.hydrogen"}, {"rnd", "laboratory"}, "燃料电池与电解水制氢技术研究。",
          {"氢能", "fuel cell", "电解水"}),
      Org(63, K::kEnterprise, "中材高分子材料有限公司", "Zhongcai Polymers", {"new_materials"},
          {"new_materials.polymer"}, {"rnd"}, "特种工程塑料与高分子复合材料研发。",
          {"高分子", "polymer", "工程塑料"}, "110111"),
      Org(64, K::kResearchInstitute, "北京纳米材料研究所", "Beijing Nanomaterials Institute",
          {"new_materials"}, {"new_materials.nano"}, {"rnd", "laboratory"},
          "纳米材料制备、表征与应用研究。", {"纳米材料", "nanomaterials", "石墨烯"}),
  };
  std::vector<Expert> experts = {
      Exp(100, "王光明", Title::kAcademician, {"F0406", "F05"}, {"ic"},
          "长期从事光刻技术与集成电路制造工艺研究，主持极紫外光刻国家重大专项。",
          {"光刻", "EUV lithography", "集成电路制造"}),
      Exp(101, "李敏", Title::kRenowned, {"F0401", "B08"}, {"ic"},
          "研究光刻胶化学与半导体材料，开发ArF光刻胶树脂。",
          {"光刻胶", "photoresist", "半导体材料"}),
      Exp(102, "张伟", Title::kSenior, {"F0402"}, {"ic"}, "数字集成电路设计与EDA工具研究。",
          {"芯片设计", "EDA", "chip design"}),
      Exp(103, "陈静", Title::kSenior, {"F0406"}, {"ic"},
          "晶圆制造工艺整合，负责光刻与刻蚀工艺开发。",
          {"光刻工艺", "刻蚀", "process integration"}),
      Exp(104, "刘洋", Title::kSenior, {"F04"}, {"ic"}, "半导体器件物理与先进封装可靠性。",
          {"半导体器件", "封装", "reliability"}),
      Exp(105, "赵磊", Title::kRenowned, {"F05"}, {"ic"},
          "光学光刻成像与计算光刻，研究掩模优化与光源优化。",
          {"计算光刻", "computational lithography", "掩模"}),
      Exp(120, "孙丽", Title::kAcademician, {"C08"}, {"biomed"},
          "病毒免疫与疫苗设计，研制多款新型疫苗进入临床。", {"疫苗", "vaccine", "免疫"}),
      Exp(121, "周强", Title::kRenowned, {"C08", "C21"}, {"biomed"},
          "治疗性抗体发现与工程化改造，建立全人源抗体筛选平台。",
          {"抗体", "antibody engineering", "单抗"}),
      Exp(122, "吴芳", Title::kSenior, {"C21"}, {"biomed"}, "重组蛋白表达与生物药工艺开发。",
          {"重组蛋白", "bioprocess"}),
      Exp(123, "郑浩", Title::kSenior, {"H"}, {"biomed"}, "临床试验设计与新药评价。",
          {"临床试验", "clinical trial"}),
      Exp(140, "钱进", Title::kAcademician, {"F06"}, {"ai"}, "模式识别与计算机视觉理论研究。",
          {"计算机视觉", "pattern recognition"}),
      Exp(141, "冯雪", Title::kSenior, {"F06", "F02"}, {"ai"}, "自然语言处理与大语言模型训练。",
          {"大模型", "NLP", "LLM"}),
      Exp(142, "何军", Title::kSenior, {"F02"}, {"ai"}, "分布式机器学习系统与深度学习框架。",
          {"深度学习", "machine learning systems"}),
      Exp(160, "马骏", Title::kRenowned, {"E0607"}, {"new_energy"}, "光伏材料与高效太阳能电池。",
          {"光伏", "perovskite", "solar cell"}),
      Exp(161, "杨帆", Title::kSenior, {"E0707"}, {"new_energy"}, "电化学储能与电池管理。",
          {"储能", "battery management"}),
      Exp(162, "朱红", Title::kSenior, {"E03"}, {"new_materials"}, "功能高分子材料合成。",
          {"高分子", "polymer synthesis"}),
  };
  std::vector<ProfileRecord> out;
  for (const auto& o : orgs) out.push_back(ToProfileRecord(o));
  for (const auto& e : experts) out.push_back(ToProfileRecord(e, nullptr));
  return out;
}

class RelevanceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ProfileOptions p;
    p.text_dim = 24;  // a small corpus supports few latent dimensions
    auto built = VectorIndex::FitAndBuild(Corpus(), 7, p);
    ASSERT_TRUE(built.ok()) << built.status().ToString();
    index_ = std::move(built).value().release();
  }
  static void TearDownTestSuite() { delete index_; }

  static std::vector<Hit> Query(const std::string& text, int k, Filter filter = {}) {
    auto q = index_->MakeQuery({.text = text});
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    SearchRequest req;
    req.query = *q;
    req.k = k;
    req.filter = std::move(filter);
    req.text = text;
    auto res = index_->Search(req);
    EXPECT_TRUE(res.ok()) << res.status().ToString();
    return res->hits;
  }
  static bool InIndustry(Id id, const std::string& code) {
    auto r = index_->Get(id);
    if (!r.ok()) return false;
    return std::any_of(r->industries.begin(), r->industries.end(),
                       [&](const Weighted& w) { return w.code == code; });
  }
  static VectorIndex* index_;
};
VectorIndex* RelevanceTest::index_ = nullptr;

TEST_F(RelevanceTest, LithographyQueryRanksIcFirst) {
  for (std::string text : {"光刻胶 光刻工艺", "lithography photoresist"}) {
    auto hits = Query(text, 8);
    ASSERT_EQ(hits.size(), 8u);
    for (const Hit& h : hits) EXPECT_TRUE(InIndustry(h.id, "ic")) << text << ": " << h.name;
    // Both IC experts and IC organisations are among the first results.
    bool expert = false, org = false;
    for (const Hit& h : hits) (h.kind == kExpertKind ? expert : org) = true;
    EXPECT_TRUE(expert && org) << text;
  }
  auto hits = Query("光刻胶", 3);
  ASSERT_FALSE(hits.empty());
  // The photoresist maker or the photoresist chemist leads, with matched keywords.
  EXPECT_TRUE(hits[0].id == 1 || hits[0].id == 101) << hits[0].name;
  EXPECT_NE(std::find(hits[0].matched_keywords.begin(), hits[0].matched_keywords.end(), "光刻胶"),
            hits[0].matched_keywords.end());
}

TEST_F(RelevanceTest, VaccineQueryRanksBiomedicineInstitutesFirst) {
  Filter institutes;
  institutes.kinds = {ToEntityKind(K::kResearchInstitute)};
  for (std::string text : {"疫苗 抗体", "vaccine antibody"}) {
    auto hits = Query(text, 6);
    ASSERT_EQ(hits.size(), 6u);
    for (const Hit& h : hits) EXPECT_TRUE(InIndustry(h.id, "biomed")) << text << ": " << h.name;
    auto inst = Query(text, 3, institutes);
    ASSERT_EQ(inst.size(), 3u);
    std::set<Id> ids;
    for (const Hit& h : inst) ids.insert(h.id);
    EXPECT_EQ(ids, (std::set<Id>{20, 21, 22})) << text;
  }
}

TEST_F(RelevanceTest, ChineseAndEnglishQueriesShareTopResults) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"光刻胶与光刻工艺", "photoresist and lithography process"},
      {"疫苗与抗体药物", "vaccine and antibody drugs"},
  };
  for (const auto& [zh, en] : pairs) {
    auto a = Query(zh, 10);
    auto b = Query(en, 10);
    std::set<Id> sa;
    for (const Hit& h : a) sa.insert(h.id);
    int shared = 0;
    for (const Hit& h : b) shared += sa.count(h.id);
    EXPECT_GE(shared, 6) << zh << " / " << en;
  }
}

TEST_F(RelevanceTest, KindFilterReturnsOnlyThatKind) {
  Filter f;
  f.kinds = {kExpertKind};
  auto hits = Query("集成电路 光刻", 10, f);
  ASSERT_EQ(hits.size(), 10u);
  for (const Hit& h : hits) EXPECT_EQ(h.kind, kExpertKind);
  f.kinds = {ToEntityKind(K::kUniversity), ToEntityKind(K::kMunicipalSociety)};
  hits = Query("集成电路 光刻", 20, f);
  EXPECT_EQ(hits.size(), 5u);  // 3 universities and 2 municipal societies, nothing else
  for (const Hit& h : hits) {
    EXPECT_TRUE(h.kind == ToEntityKind(K::kUniversity) ||
                h.kind == ToEntityKind(K::kMunicipalSociety));
  }
}

TEST_F(RelevanceTest, LikeFindsNeighboursOfTheSameTopic) {
  auto q = index_->MakeQuery({}, 121);  // the antibody engineer
  ASSERT_TRUE(q.ok());
  SearchRequest req;
  req.query = *q;
  req.k = 4;
  req.filter.exclude = {121};
  auto res = index_->Search(req);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits.size(), 4u);
  for (const Hit& h : res->hits) EXPECT_TRUE(InIndustry(h.id, "biomed")) << h.name;
  EXPECT_EQ(index_->MakeQuery({}, 99999).status().code(), Code::kNotFound);
}

TEST_F(RelevanceTest, CodesInTheQueryFillStructuredBlocks) {
  auto q = index_->MakeQuery({.industries = {"new_energy"}, .subfields = {"new_energy.storage"}});
  ASSERT_TRUE(q.ok());
  SearchRequest req;
  req.query = *q;
  req.k = 2;
  auto res = index_->Search(req);
  ASSERT_TRUE(res.ok());
  std::set<Id> ids;
  for (const Hit& h : res->hits) ids.insert(h.id);
  EXPECT_EQ(ids, (std::set<Id>{61, 161}));
  EXPECT_GT(res->hits[0].contributions[static_cast<int>(Block::kFields)], 0.0f);
  auto bad = index_->MakeQuery({.industries = {"steel"}});
  EXPECT_EQ(bad.status().field(), "industries");
}

TEST_F(RelevanceTest, ProfilesAreNormalisedWithTheDocumentedLayout) {
  auto model = index_->model();
  ASSERT_NE(model, nullptr);
  const BlockLayout& L = model->layout();
  EXPECT_EQ(L.Size(Block::kIndustries), static_cast<int>(Industries().size()));
  EXPECT_EQ(L.Size(Block::kFields), static_cast<int>(Subfields().size()));
  EXPECT_EQ(L.Size(Block::kCapabilities), static_cast<int>(Capabilities().size()));
  EXPECT_EQ(L.Size(Block::kText), 24);
  EXPECT_EQ(L.dim, 12 + 58 + 9 + 24);
  for (Id id : {1, 20, 100, 162}) {
    auto v = index_->Embedding(id);
    ASSERT_TRUE(v.ok());
    double n = 0;
    for (float x : *v) n += double(x) * x;
    EXPECT_NEAR(n, 1.0, 1e-5);
  }
  // Organisation 1 is in "ic" only: one non-zero industry dimension, at "ic".
  auto v = *index_->Embedding(1);
  for (int i = 0; i < L.Size(Block::kIndustries); ++i) {
    bool is_ic = Industries()[i].code == "ic";
    EXPECT_EQ(v[L.Offset(Block::kIndustries) + i] > 0, is_ic) << Industries()[i].code;
  }
  // Expert 120 (C08 immunology) maps onto the vaccine and antibody sub-fields.
  auto e = *index_->Embedding(120);
  for (int i = 0; i < L.Size(Block::kFields); ++i) {
    const std::string& code = Subfields()[i].code;
    bool mapped = code == "biomed.vaccine" || code == "biomed.antibody";
    EXPECT_EQ(e[L.Offset(Block::kFields) + i] > 0, mapped) << code;
  }
  // No capabilities: the block is zero.
  for (int i = 0; i < L.Size(Block::kCapabilities); ++i) {
    EXPECT_EQ(e[L.Offset(Block::kCapabilities) + i], 0.0f);
  }
}

TEST(MatchedKeywordsTest, SharesWordsOrCjkBigrams) {
  std::vector<std::string> kws = {"光刻胶", "EUV lithography", "封装", "AI"};
  EXPECT_EQ(MatchedKeywords("光刻工艺与Lithography", kws),
            (std::vector<std::string>{"光刻胶", "EUV lithography"}));
  EXPECT_TRUE(MatchedKeywords("疫苗", kws).empty());
}

}  // namespace
}  // namespace consortia
