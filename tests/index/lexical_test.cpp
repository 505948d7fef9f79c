// The lexical side of the index: term weighting (a rare term outranks a common
// one), reasons that name only weighted terms, the bilingual term table (an
// English query finds a Chinese-only record), words of upserted records found
// at once, filters, save/load, and the fused search against its exact oracle.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <random>
#include <set>
#include <thread>

#include "index/index.h"
#include "lexical.h"
#include "tests/index/synthetic.h"
#include "vector_index_impl.h"

namespace consortia {

// Reaches the index's lock, so a test can hold it as a writer would.
struct VectorIndexPeer {
  static detail::RwMutex& Mutex(const VectorIndex& index) { return index.impl_->mu; }
};

namespace {

constexpr int kTextDim = 8;

ProfileRecord Rec(Id id, std::string text, std::vector<std::string> keywords = {},
                  EntityKind kind = kExpertKind) {
  ProfileRecord r;
  r.id = id;
  r.kind = kind;
  r.name = "记录" + std::to_string(id);
  r.text = std::move(text);
  for (const auto& k : keywords) r.text += "\n" + k;
  r.keywords = std::move(keywords);
  r.industries = {{"ic", 1.0}};
  return r;
}

// Every record gets the same profile vector, so that only words rank them.
std::unique_ptr<VectorIndex> Build(std::vector<ProfileRecord> records) {
  const BlockLayout layout = BlockLayout::Standard(kTextDim);
  std::vector<float> vectors(records.size() * layout.dim, 0.0f);
  for (size_t i = 0; i < records.size(); ++i) vectors[i * layout.dim] = 1.0f;
  auto built = VectorIndex::BuildFromVectors(layout, std::move(records), std::move(vectors), 1);
  EXPECT_TRUE(built.ok()) << built.status().ToString();
  return built.ok() ? std::move(built).value() : nullptr;
}

std::vector<float> SameVector(const VectorIndex& index) {
  std::vector<float> q(index.layout().dim, 0.0f);
  q[0] = 1.0f;
  return q;
}

SearchResult Find(const VectorIndex& index, const std::string& text, int k = 10, Filter filter = {},
                  SearchMode mode = SearchMode::kAuto) {
  SearchRequest req;
  req.query = SameVector(index);
  req.text = text;
  req.k = k;
  req.filter = std::move(filter);
  req.mode = mode;
  auto r = index.Search(req);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : SearchResult{};
}

const Hit* HitOf(const SearchResult& r, Id id) {
  for (const Hit& h : r.hits) {
    if (h.id == id) return &h;
  }
  return nullptr;
}

// Filler records in which the common words are common: 先进 in 1 of 5,
// 国产替代 in 1 of 4, 集成 in 1 of 6, 学习 in 1 of 7, 技术 in all of them.
std::vector<ProfileRecord> Filler(Id first, int n) {
  static const char* kTopics[] = {"数据治理", "智慧农业", "城市交通", "生物医药", "新能源汽车",
                                  "工业软件", "卫星导航", "检验检测", "环境监测", "金融科技"};
  std::vector<ProfileRecord> out;
  for (int i = 0; i < n; ++i) {
    std::string text = std::string("长期从事") + kTopics[i % 10] + "技术研究";
    if (i % 5 == 0) text += "，推动先进制造";
    if (i % 4 == 0) text += "，核心系统国产替代";
    if (i % 6 == 0) text += "，面向集成电路";
    if (i % 7 == 0) text += "，机器学习应用";
    out.push_back(Rec(first + i, text));
  }
  return out;
}

TEST(LexicalTest, RareTermOutranksCommonTerm) {
  std::vector<ProfileRecord> records = Filler(100, 300);
  records.push_back(Rec(1, "从事化学机械抛光垫研发", {"抛光垫", "CMP"}));
  records.push_back(Rec(2, "核心系统国产替代，关键核心技术攻关", {"国产替代"}));
  auto index = Build(std::move(records));
  ASSERT_TRUE(index);
  SearchResult r = Find(*index, "化学机械抛光液与抛光垫国产替代", 20);
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].id, 1) << r.hits[0].name;
  const Hit* rare = HitOf(r, 1);
  const Hit* common = HitOf(r, 2);
  ASSERT_NE(rare, nullptr);
  ASSERT_NE(common, nullptr);
  EXPECT_GT(rare->lexical, 2 * common->lexical);
  EXPECT_GT(rare->score, common->score);
  // The score is the blocks plus the lexical part.
  float blocks = 0;
  for (float c : rare->contributions) blocks += c;
  EXPECT_NEAR(rare->score, blocks + rare->lexical, 1e-5);
  // The reason names the rare term, and nothing for the common one.
  ASSERT_FALSE(rare->terms.empty());
  EXPECT_NE(rare->terms[0].term.find("抛光"), std::string::npos) << rare->terms[0].term;
  for (const MatchedTerm& t : rare->terms) EXPECT_EQ(t.term.find("国产"), std::string::npos);
  EXPECT_TRUE(common->terms.empty()) << common->terms[0].term;
  EXPECT_EQ(rare->matched_keywords, std::vector<std::string>{"抛光垫"});
}

TEST(LexicalTest, ReasonsOmitWeightlessTerms) {
  std::vector<ProfileRecord> records = Filler(100, 200);
  records.push_back(Rec(1, "北京先进陶瓷创新中心，从事结构陶瓷与陶瓷基复合材料", {"先进陶瓷"}));
  records.push_back(Rec(2, "芯片先进封装与测试服务", {"先进封装", "2.5D/3D封装", "系统级封装"}));
  records.push_back(Rec(3, "企业信息化系统集成服务", {"系统集成"}));
  auto index = Build(std::move(records));
  ASSERT_TRUE(index);
  SearchResult r = Find(*index, "Chiplet异构集成 先进封装 国产化验证", 50);
  const Hit* packaging = HitOf(r, 2);
  ASSERT_NE(packaging, nullptr);
  EXPECT_EQ(r.hits[0].id, 2);
  ASSERT_FALSE(packaging->terms.empty());
  EXPECT_EQ(packaging->terms[0].term, "先进封装");
  EXPECT_EQ(packaging->matched_keywords, std::vector<std::string>{"先进封装"});
  // 先进 (in 1 of 5 records) and 集成 carry no weight of their own.
  for (Id id : {Id{1}, Id{3}}) {
    const Hit* h = HitOf(r, id);
    if (h == nullptr) continue;
    EXPECT_TRUE(h->terms.empty()) << id << ": " << h->terms[0].term;
    EXPECT_TRUE(h->matched_keywords.empty()) << id;
    EXPECT_LT(h->lexical, packaging->lexical / 2);
  }
  // MatchText gives the same relevance and terms as the search.
  auto query = index->PrepareText("Chiplet异构集成 先进封装 国产化验证");
  auto m = index->MatchText(*query, 2);
  ASSERT_TRUE(m.ok());
  EXPECT_NEAR(m->relevance * IndexOptions{}.lexical_weight, packaging->lexical, 1e-5);
  ASSERT_FALSE(m->terms.empty());
  EXPECT_EQ(m->terms[0].term, "先进封装");
  EXPECT_EQ(index->MatchText(*query, 999999).status().code(), Code::kNotFound);
}

TEST(LexicalTest, EnglishQueryFindsChineseOnlyRecordThroughTheTermTable) {
  std::vector<ProfileRecord> records = Filler(100, 100);
  // The pair is learned from a bilingual record ...
  records.push_back(Rec(1, "主要产品包括联邦学习（federated learning）平台", {"联邦学习"}));
  // ... and finds records that never say it in English.
  records.push_back(Rec(2, "研究联邦学习与多方安全计算，数据可用不可见", {"联邦学习", "隐私计算"}));
  records.push_back(Rec(3, "研究深度学习与强化学习算法", {"深度学习"}));
  // And the other way: a Chinese query finds an English-only record.
  records.push_back(Rec(4, "同态加密（homomorphic encryption）算法库"));
  records.push_back(Rec(5, "Homomorphic encryption accelerators for cloud computing"));
  auto index = Build(std::move(records));
  ASSERT_TRUE(index);

  SearchResult r = Find(*index, "federated learning", 5);
  const Hit* chinese = HitOf(r, 2);
  ASSERT_NE(chinese, nullptr);
  EXPECT_TRUE(r.hits[0].id == 1 || r.hits[0].id == 2);
  EXPECT_GT(chinese->lexical, 0.3f);
  ASSERT_FALSE(chinese->terms.empty());
  EXPECT_EQ(chinese->terms[0].term, "联邦学习");  // named in Chinese
  const Hit* deep = HitOf(r, 3);
  if (deep != nullptr) {
    EXPECT_LT(deep->lexical, chinese->lexical);  // shares only 学习
  }

  r = Find(*index, "同态加密", 5);
  const Hit* english = HitOf(r, 5);
  ASSERT_NE(english, nullptr);
  EXPECT_GT(english->lexical, 0.3f);
  ASSERT_FALSE(english->terms.empty());
  EXPECT_EQ(english->terms[0].term, "同态加密");
}

TEST(LexicalTest, TermTableTrimsTheChineseSideToAKeyword) {
  const std::vector<std::string> texts = {
      "主要产品与服务包括卫星遥感（satellite remote sensing）、作物估产（crop yield estimation）",
      "关键词：闭环调控（closed-loop stimulation）", "AI芯片（AI chips）", "不是配对（）"};
  std::vector<std::string_view> views(texts.begin(), texts.end());
  const std::vector<std::string_view> keywords = {"卫星遥感", "作物估产", "AI芯片"};
  const detail::TermTable table = detail::TermTable::Learn(views, keywords);
  auto zh_of = [&](const std::string& en) -> std::string {
    const auto* hits = table.ByEnglish(en);
    return hits == nullptr ? "" : table.entries()[hits->front()].zh;
  };
  EXPECT_EQ(zh_of("satellite remote sensing"), "卫星遥感");
  EXPECT_EQ(zh_of("crop yield estimation"), "作物估产");
  EXPECT_EQ(zh_of("closed loop stimulation"), "闭环调控");
  EXPECT_EQ(zh_of("ai chip"), "AI芯片");
  // The taxonomy's names are in it too.
  EXPECT_EQ(zh_of("integrated circuit"), "集成电路");
  EXPECT_GE(table.ByChinese("卫星遥感"), 0);
}

TEST(LexicalTest, UpsertedRecordIsFoundByItsNewWordsAtOnce) {
  auto index = Build(Filler(100, 100));
  ASSERT_TRUE(index);
  EXPECT_TRUE(Find(*index, "钕铁硼永磁").hits.empty() ||
              Find(*index, "钕铁硼永磁").hits[0].lexical == 0);
  ProfileRecord rec = Rec(7, "钕铁硼永磁体晶界扩散", {"钕铁硼"});
  ASSERT_TRUE(index->UpsertVector(rec, SameVector(*index)).ok());
  SearchResult r = Find(*index, "钕铁硼永磁");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].id, 7);
  EXPECT_GT(r.hits[0].lexical, 0);
  ASSERT_FALSE(r.hits[0].terms.empty());
  EXPECT_EQ(r.hits[0].terms[0].term, "钕铁硼永磁");
  // Replaced: the old words die with the old row.
  rec.text = "稀土发光材料";
  rec.keywords = {};
  ASSERT_TRUE(index->UpsertVector(rec, SameVector(*index)).ok());
  r = Find(*index, "钕铁硼永磁");
  for (const Hit& h : r.hits) EXPECT_EQ(h.lexical, 0) << h.id;
  ASSERT_TRUE(index->Remove(7).ok());
  EXPECT_TRUE(Find(*index, "稀土发光").hits.empty() || Find(*index, "稀土发光").hits[0].id != 7);
}

TEST(LexicalTest, FilterRestrictsLexicalCandidates) {
  std::vector<ProfileRecord> records = Filler(100, 50);
  records.push_back(Rec(1, "光刻胶配方研发", {"光刻胶"}, ToEntityKind(OrgKind::kEnterprise)));
  records.push_back(Rec(2, "光刻胶工艺验证", {"光刻胶"}));
  auto index = Build(std::move(records));
  ASSERT_TRUE(index);
  Filter experts;
  experts.kinds = {kExpertKind};
  for (SearchMode mode : {SearchMode::kAuto, SearchMode::kExact}) {
    SearchResult r = Find(*index, "光刻胶", 3, experts, mode);
    ASSERT_FALSE(r.hits.empty());
    EXPECT_EQ(r.hits[0].id, 2);
    EXPECT_EQ(HitOf(r, 1), nullptr);
  }
  Filter none;
  none.exclude = {2};
  SearchResult r = Find(*index, "光刻胶", 3, none);
  EXPECT_EQ(r.hits[0].id, 1);
  EXPECT_EQ(HitOf(r, 2), nullptr);
}

TEST(LexicalTest, SaveAndLoadKeepTheWordsAndTheTable) {
  std::vector<ProfileRecord> records = Filler(100, 100);
  records.push_back(Rec(1, "主要产品包括联邦学习（federated learning）平台", {"联邦学习"}));
  records.push_back(Rec(2, "研究联邦学习与多方安全计算", {"联邦学习"}));
  auto index = Build(std::move(records));
  ASSERT_TRUE(index);
  ASSERT_TRUE(index->UpsertVector(Rec(3, "钕铁硼永磁体", {"钕铁硼"}), SameVector(*index)).ok());
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("lexical_test_" + std::to_string(::getpid()) + ".index"))
                               .string();
  ASSERT_TRUE(index->Save(path).ok());
  auto loaded = VectorIndex::Load(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  for (const std::string text : {"federated learning", "钕铁硼", "国产替代"}) {
    SearchResult a = Find(*index, text, 5);
    SearchResult b = Find(**loaded, text, 5);
    ASSERT_EQ(a.hits.size(), b.hits.size()) << text;
    for (size_t i = 0; i < a.hits.size(); ++i) {
      EXPECT_EQ(a.hits[i].id, b.hits[i].id) << text;
      EXPECT_FLOAT_EQ(a.hits[i].lexical, b.hits[i].lexical) << text;
    }
  }
}

TEST(LexicalTest, LexicalWeightZeroIsTheVectorSearch) {
  auto index = Build(Filler(100, 100));
  ASSERT_TRUE(index);
  SearchRequest req;
  req.query = SameVector(*index);
  req.text = "国产替代";
  req.lexical = 0;
  auto r = index->Search(req);
  ASSERT_TRUE(r.ok());
  for (const Hit& h : r->hits) {
    EXPECT_EQ(h.lexical, 0);
    EXPECT_TRUE(h.terms.empty());
  }
  req.lexical = -1;
  EXPECT_EQ(index->Search(req).status().code(), Code::kInvalidArgument);
}

// Synthetic clustered vectors with words drawn from their sub-field's
// vocabulary: the fused search's candidates (vector best ∪ lexical best,
// re-scored) against the exact fused oracle at several selectivities.
TEST(LexicalTest, FusedSearchAgreesWithItsExactOracle) {
  using testing::MakeSynthetic;
  const testing::SyntheticSet set = MakeSynthetic(20000, 32, 9);
  static const char* kWords[] = {"光刻", "刻蚀",   "抛光", "封装", "疫苗",   "抗体",    "储能",
                                 "氢能", "机器人", "数控", "稀土", "石墨烯", "遥感",    "导航",
                                 "算力", "大模型", "育种", "农机", "区块链", "隐私计算"};
  std::vector<ProfileRecord> records = set.records;
  std::mt19937_64 rng(3);
  for (ProfileRecord& r : records) {
    r.text.clear();
    const int topic =
        static_cast<int>(std::hash<std::string>{}(r.subfields.empty() ? "" : r.subfields[0]) % 20);
    for (int w = 0; w < 4; ++w) {
      r.text += kWords[(rng() % 3 == 0) ? rng() % 20 : topic];
      r.text += "技术研究 ";
    }
  }
  IndexOptions o;
  o.min_rows_for_ivf = 1000;
  o.exact_rows = 300;
  o.scan_rows = 3000;
  auto built = VectorIndex::BuildFromVectors(set.layout, records, set.vectors, 1, o);
  ASSERT_TRUE(built.ok()) << built.status().ToString();
  auto& index = *built;
  const std::vector<Filter> filters = {
      {}, {.titles = {Title::kAcademician, Title::kRenowned}}, {.industries = {"ic"}}};
  for (const Filter& f : filters) {
    double recall = 0;
    int n = 0;
    for (int i = 0; i < 20; ++i) {
      SearchRequest req;
      req.query = testing::QueryNear(set, i * 97, i);
      req.text = std::string(kWords[i % 20]) + " " + kWords[(i * 7) % 20];
      req.k = 20;
      req.filter = f;
      auto a = index->Search(req);
      req.mode = SearchMode::kExact;
      auto e = index->Search(req);
      ASSERT_TRUE(a.ok() && e.ok());
      ASSERT_EQ(a->hits.size(), e->hits.size());
      std::set<Id> truth;
      for (const Hit& h : e->hits) truth.insert(h.id);
      int got = 0;
      for (const Hit& h : a->hits) got += truth.count(h.id);
      recall += truth.empty() ? 1.0 : static_cast<double>(got) / truth.size();
      ++n;
      // Every returned score is the exact fused score.
      for (const Hit& h : a->hits) {
        float blocks = 0;
        for (float c : h.contributions) blocks += c;
        EXPECT_NEAR(h.score, blocks + h.lexical, 1e-5);
      }
    }
    EXPECT_GE(recall / n, 0.95) << "filter " << f.titles.size() << "/" << f.industries.size();
  }
}

// Issue 11: the per-request work on a query's text (tokenising, expanding it
// through the term table) takes no lock: it completes while a writer holds
// the index's lock; a search of the prepared text then waits only for the
// lookups, and the reasons are named from the prepared text after the lock.
TEST(LexicalTest, PreparingTheTextTakesNoLock) {
  auto index = Build(Filler(100, 200));
  ASSERT_TRUE(index);
  std::string text;
  while (text.size() < 200000) text += "化学机械抛光液 polishing pad 先进封装 国产替代 ";
  detail::RwMutex& mu = VectorIndexPeer::Mutex(*index);
  mu.lock();  // a writer (Upsert, Sync) holds the index
  std::promise<std::shared_ptr<const TextQuery>> prepared;
  auto future = prepared.get_future();
  std::thread preparer([&] { prepared.set_value(index->PrepareText(text)); });
  const bool done = future.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
  std::shared_ptr<const TextQuery> q = done ? future.get() : nullptr;
  std::atomic<bool> searched{false};
  std::thread searcher([&] {
    SearchRequest req;
    req.query = SameVector(*index);
    req.text_query = q;
    req.k = 5;
    EXPECT_TRUE(index->Search(req).ok());
    searched = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(searched.load());  // the lookups do wait for the writer
  mu.unlock();
  preparer.join();
  searcher.join();
  ASSERT_TRUE(done) << "PrepareText waited for the index's lock";
  ASSERT_TRUE(q);
  EXPECT_FALSE(q->units.empty());
  EXPECT_TRUE(searched.load());
}

}  // namespace
}  // namespace consortia
