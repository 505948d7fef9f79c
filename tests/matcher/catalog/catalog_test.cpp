// Catalog lifecycle: build/save/load, catch-up, Sync, deletions, background
// rebuild under load, and request validation. Runs on a small demo set.
#include "matcher/catalog.h"
#include "demo/demo.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

namespace consortia {
namespace {

namespace fs = std::filesystem;

class CatalogTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    DemoOptions demo;
    demo.organizations = 400;
    demo.experts = 3000;
    data_ = new Dataset(GenerateDemo(demo));
  }
  static void TearDownTestSuite() {
    delete data_;
    data_ = nullptr;
  }

  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("catalog_test_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_path_ = (dir_ / "consortia.db").string();
    auto store = Store::Open(db_path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    auto report = store_->Import(*data_);
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_TRUE(report->ok()) << report->problems.size()
                              << " problems, first: " << report->problems[0].field << " "
                              << report->problems[0].message;
  }

  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  // Opens a catalog counting the "build" progress calls.
  std::unique_ptr<Catalog> OpenCatalog(int* build_calls = nullptr, CatalogOptions options = {}) {
    options.progress = [build_calls](std::string_view stage, std::int64_t, std::int64_t) {
      if (build_calls && stage == "build") ++*build_calls;
    };
    auto catalog = Catalog::Open(store_.get(), db_path_, std::move(options));
    EXPECT_TRUE(catalog.ok()) << catalog.status().ToString();
    return catalog.ok() ? std::move(catalog).value() : nullptr;
  }

  std::int64_t StoreRecords() const {
    auto counts = store_->Count();
    return counts->organizations + counts->experts;
  }

  // A new enterprise with an expert, about a topic no demo record mentions.
  // Its words are unknown to the LSA model fitted on the demo set (only a
  // rebuild puts them into the vectors), but the lexical index has them at
  // once (index/index.h).
  static Dataset QuantumLab() {
    Dataset d;
    Organization org;
    org.key = "test-quantum-lab";
    org.name = "量子纠缠光源科技有限公司";
    org.name_en = "Entangled Photon Source Technology";
    org.kind = OrgKind::kEnterprise;
    org.district = "110108";
    org.zone = "zgc_science_city";
    org.industries = {{"ngit", 1.0}};
    org.capabilities = {"rnd"};
    org.description = "研制量子纠缠光源与超导单光子探测器, 面向量子密钥分发";
    org.keywords = {"量子纠缠光源", "单光子探测器", "量子密钥分发"};
    d.organizations.push_back(org);
    Expert e;
    e.key = "test-quantum-expert";
    e.name = "纠缠光源专家";
    e.title = Title::kSenior;
    e.affiliation_key = org.key;
    e.fields = {"F01"};
    e.industries = {{"ngit", 1.0}};
    e.description = "长期从事量子纠缠光源和单光子探测器研究";
    e.keywords = {"量子纠缠光源", "单光子探测器"};
    e.capacity = 2;
    d.experts.push_back(e);
    return d;
  }

  // New records whose profiles copy a demo enterprise and a demo expert (in
  // words the fitted model knows): each is the best match `like` its source.
  struct Twins {
    Dataset data;
    std::string org_source, expert_source;  // keys of the demo records copied
  };
  static Twins MakeTwins() {
    Twins t;
    const Organization* src_org = nullptr;
    for (const Organization& o : data_->organizations) {
      if (o.kind == OrgKind::kEnterprise && !o.industries.empty() && o.industries[0].code == "ic" &&
          o.keywords.size() >= 3) {
        src_org = &o;
        break;
      }
    }
    const Expert* src_expert = nullptr;
    for (const Expert& e : data_->experts) {
      if (!e.industries.empty() && e.industries[0].code == "biomed" && e.keywords.size() >= 3) {
        src_expert = &e;
        break;
      }
    }
    EXPECT_TRUE(src_org && src_expert) << "demo set lacks an ic enterprise or biomed expert";
    if (!src_org || !src_expert) return t;
    Organization org = *src_org;
    org.id = 0;
    org.key = "test-twin-org";
    org.name = "孪生科技有限公司";
    org.name_en.clear();
    org.leading = false;
    org.district = "110108";
    org.zone = "zgc_science_city";
    org.park.clear();
    Expert e = *src_expert;
    e.id = 0;
    e.affiliation_id = 0;
    e.key = "test-twin-expert";
    e.name = "孪生专家";
    e.affiliation_key = org.key;
    t.org_source = src_org->key;
    t.expert_source = src_expert->key;
    t.data.organizations.push_back(org);
    t.data.experts.push_back(e);
    return t;
  }

  Id IdOfKey(const std::string& key) const {
    Id id = 0;
    EXPECT_TRUE(store_
                    ->ForEachOrganization([&](const Organization& o) {
                      if (o.key == key) id = o.id;
                    })
                    .ok());
    EXPECT_TRUE(store_
                    ->ForEachExpert([&](const Expert& e) {
                      if (e.key == key) id = e.id;
                    })
                    .ok());
    return id;
  }

  // The best match like `source` among `kind`.
  static Hit BestLike(const Catalog& catalog, Id source, EntityKind kind, Filter filter = {}) {
    CatalogQuery q;
    q.like = source;
    q.k = 1;
    q.filter = std::move(filter);
    q.filter.kinds = {kind};
    auto r = catalog.Search(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (!r.ok() || r->hits.empty()) return Hit{};
    return r->hits[0];
  }

  static std::vector<Id> Ids(const SearchResult& r) {
    std::vector<Id> ids;
    for (const Hit& h : r.hits) ids.push_back(h.id);
    return ids;
  }

  static Dataset* data_;
  fs::path dir_;
  std::string db_path_;
  std::unique_ptr<Store> store_;
};

Dataset* CatalogTest::data_ = nullptr;

TEST_F(CatalogTest, BuildsOnceThenLoadsTheSavedIndex) {
  int builds = 0;
  auto first = OpenCatalog(&builds);
  ASSERT_TRUE(first);
  EXPECT_EQ(builds, 2);  // "build" 0/1 and 1/1
  EXPECT_EQ(first->builds(), 1);
  EXPECT_EQ(first->index_path(), db_path_ + ".index");
  EXPECT_TRUE(fs::exists(first->index_path()));
  EXPECT_EQ(first->index()->size(), StoreRecords());
  EXPECT_EQ(first->index()->data_version(), store_->DataVersion());
  auto header = ReadIndexHeader(first->index_path());
  ASSERT_TRUE(header.ok());
  EXPECT_EQ(header->data_version, store_->DataVersion());
  EXPECT_EQ(header->rows, StoreRecords());

  CatalogQuery q;
  q.text = "集成电路 芯片设计";
  q.k = 10;
  auto before = first->Search(q);
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  first.reset();

  builds = 0;
  auto second = OpenCatalog(&builds);
  ASSERT_TRUE(second);
  EXPECT_EQ(builds, 0);
  EXPECT_EQ(second->builds(), 0);
  EXPECT_EQ(second->index()->size(), StoreRecords());
  auto after = second->Search(q);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(Ids(*after), Ids(*before));  // the same index, loaded
}

// An index saved by an older build (another file format, e.g. float IVF
// lists before the 8-bit codes) is rebuilt at start and saved anew.
TEST_F(CatalogTest, IndexFileOfAnOlderFormatIsRebuilt) {
  auto first = OpenCatalog();
  ASSERT_TRUE(first);
  const std::string path = first->index_path();
  const int current = ReadIndexHeader(path)->format_version;
  first.reset();
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(16);  // after the magic "CONSORTIA-INDEX\n": the u32 format number
    const std::uint32_t old_format = 1;
    f.write(reinterpret_cast<const char*>(&old_format), sizeof old_format);
  }
  EXPECT_EQ(ReadIndexHeader(path).status().code(), Code::kCorruption);
  int builds = 0;
  auto second = OpenCatalog(&builds);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->builds(), 1);
  EXPECT_EQ(second->index()->size(), StoreRecords());
  auto header = ReadIndexHeader(path);
  ASSERT_TRUE(header.ok()) << header.status().ToString();
  EXPECT_EQ(header->format_version, current);
  EXPECT_GT(current, 1);
}

TEST_F(CatalogTest, ChangedProfileOptionsRebuild) {
  ASSERT_TRUE(OpenCatalog());
  int builds = 0;
  CatalogOptions options;
  options.profile.text_dim = 32;
  auto catalog = OpenCatalog(&builds, options);
  ASSERT_TRUE(catalog);
  EXPECT_EQ(catalog->builds(), 1);
  EXPECT_EQ(catalog->index()->model()->options().text_dim, 32);
  options.profile.text_dim = 32;
  options.profile.weights[Block::kText] = 2.0f;  // not in the header: found in the model
  auto again = OpenCatalog(&builds, options);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->builds(), 1);
}

TEST_F(CatalogTest, OpenCatchesUpWithImportsMadeWhileClosed) {
  ASSERT_TRUE(OpenCatalog());  // builds and saves
  Twins twins = MakeTwins();
  auto report = store_->Import(twins.data);
  ASSERT_TRUE(report.ok() && report->ok());
  int builds = 0;
  auto catalog = OpenCatalog(&builds);
  ASSERT_TRUE(catalog);
  EXPECT_EQ(builds, 0);  // loaded, then caught up
  EXPECT_EQ(catalog->index()->size(), StoreRecords());
  EXPECT_EQ(catalog->index()->data_version(), store_->DataVersion());
  Hit org = BestLike(*catalog, IdOfKey(twins.org_source), ToEntityKind(OrgKind::kEnterprise));
  EXPECT_EQ(org.name, "孪生科技有限公司");
  EXPECT_GT(org.score, 0.9f);
  Hit expert = BestLike(*catalog, IdOfKey(twins.expert_source), kExpertKind);
  EXPECT_EQ(expert.name, "孪生专家");
  EXPECT_GT(expert.score, 0.9f);
  // The catch-up was saved.
  auto header = ReadIndexHeader(catalog->index_path());
  ASSERT_TRUE(header.ok());
  EXPECT_EQ(header->data_version, store_->DataVersion());
}

TEST_F(CatalogTest, SyncFindsImportsAndForgetsDeletions) {
  auto catalog = OpenCatalog();
  ASSERT_TRUE(catalog);
  const std::int64_t n = catalog->index()->size();
  Twins twins = MakeTwins();
  auto report = store_->Import(twins.data);
  ASSERT_TRUE(report.ok() && report->ok());
  ASSERT_TRUE(catalog->Sync().ok());
  EXPECT_EQ(catalog->index()->size(), n + 2);
  EXPECT_EQ(catalog->index()->data_version(), store_->DataVersion());

  const Id source = IdOfKey(twins.expert_source);
  const Id twin = IdOfKey("test-twin-expert");
  ASSERT_NE(twin, 0);
  EXPECT_EQ(BestLike(*catalog, source, kExpertKind).id, twin);
  // The expert inherits its affiliation's district and zone as filter attributes.
  Filter here;
  here.regions = {"zgc_science_city"};
  here.districts = {"110108"};
  EXPECT_EQ(BestLike(*catalog, source, kExpertKind, here).id, twin);
  // By text: its own keywords find it and are reported as matched.
  CatalogQuery q;
  for (const std::string& k : twins.data.experts[0].keywords) q.text += k + " ";
  // On coherent data many experts of a sub-field share these keywords (and
  // some repeat them in their descriptions), so the twin is among, not above,
  // them.
  q.k = 20;
  q.filter = here;
  q.filter.kinds = {kExpertKind};
  auto r = catalog->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->hits.empty());
  auto it =
      std::find_if(r->hits.begin(), r->hits.end(), [&](const Hit& h) { return h.id == twin; });
  ASSERT_NE(it, r->hits.end()) << "twin not in the top 20 for its own keywords";
  // Its keywords are named as the reason: every Chinese one (an English
  // keyword's terms are credited to its Chinese form through the term table).
  const std::vector<std::string>& own = twins.data.experts[0].keywords;
  for (const std::string& kw : it->matched_keywords) {
    EXPECT_NE(std::find(own.begin(), own.end(), kw), own.end()) << kw;
  }
  for (const std::string& kw : own) {
    const bool chinese = std::any_of(kw.begin(), kw.end(), [](char c) { return c & 0x80; });
    if (!chinese) continue;
    EXPECT_NE(std::find(it->matched_keywords.begin(), it->matched_keywords.end(), kw),
              it->matched_keywords.end())
        << kw << " not named";
  }

  ASSERT_TRUE(store_->Delete(twin).ok());
  ASSERT_TRUE(catalog->Sync().ok());
  EXPECT_EQ(catalog->index()->size(), n + 1);
  EXPECT_NE(BestLike(*catalog, source, kExpertKind).id, twin);
  r = catalog->Search(q);
  ASSERT_TRUE(r.ok());
  for (const Hit& h : r->hits) EXPECT_NE(h.id, twin);
  EXPECT_FALSE(catalog->index()->Get(twin).ok());
  // The saved file already knows about the deletion.
  auto header = ReadIndexHeader(catalog->index_path());
  ASSERT_TRUE(header.ok());
  EXPECT_EQ(header->rows, n + 1);
}

TEST_F(CatalogTest, ImportedRecordIsFoundByItsNewWordsAtOnce) {
  auto catalog = OpenCatalog();
  ASSERT_TRUE(catalog);
  const std::int64_t builds = catalog->builds();
  ASSERT_TRUE(store_->Import(QuantumLab())->ok());
  ASSERT_TRUE(catalog->Sync().ok());
  EXPECT_EQ(catalog->builds(), builds);  // caught up, not rebuilt
  CatalogQuery q;
  q.text = "量子纠缠光源";
  q.k = 5;
  auto r = catalog->Search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_GE(r->hits.size(), 2u);
  std::set<Id> top2 = {r->hits[0].id, r->hits[1].id};
  EXPECT_TRUE(top2.count(IdOfKey("test-quantum-lab"))) << r->hits[0].name;
  EXPECT_TRUE(top2.count(IdOfKey("test-quantum-expert"))) << r->hits[1].name;
  EXPECT_GT(r->hits[0].lexical, 0);
  ASSERT_FALSE(r->hits[0].terms.empty());
  EXPECT_EQ(r->hits[0].terms[0].term, "量子纠缠光源");
}

// Issue 11: a search does its per-request work (tokenising, expanding,
// naming reasons) outside the index's lock, and the lock lets a waiting
// writer in before new readers, so an import's Sync completes while long
// searches run back to back on several threads.
TEST_F(CatalogTest, SyncIsNotHeldBackBySearches) {
  auto catalog = OpenCatalog();
  ASSERT_TRUE(catalog);
  CatalogQuery q;
  for (int i = 0; q.text.size() < 5000; ++i) {
    q.text += (i % 2 ? "先进封装 光刻胶 国产替代 " : "vaccine antibody 大模型 储能 ");
  }
  q.k = 200;
  std::atomic<bool> stop{false};
  std::atomic<int> searches{0}, errors{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      while (!stop.load()) {
        auto r = catalog->Search(q);
        if (!r.ok() || r->hits.empty()) ++errors;
        ++searches;
      }
    });
  }
  while (searches.load() < 3) std::this_thread::yield();
  double worst_ms = 0;
  for (int round = 0; round < 3; ++round) {
    Dataset d = QuantumLab();
    d.organizations[0].key += std::to_string(round);
    d.experts[0].key += std::to_string(round);
    d.experts[0].affiliation_key = d.organizations[0].key;
    ASSERT_TRUE(store_->Import(d)->ok());
    const auto t0 = std::chrono::steady_clock::now();
    ASSERT_TRUE(catalog->Sync().ok());
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    worst_ms = std::max(worst_ms, ms);
  }
  const int during = searches.load();
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(errors.load(), 0);
  EXPECT_GT(during, 3);
  // A Sync of two records (including the index file's save) on this small
  // set takes tens of milliseconds; held back behind searches it would not end.
  EXPECT_LT(worst_ms, 5000.0) << during << " searches ran meanwhile";
  EXPECT_EQ(catalog->index()->size(), StoreRecords());
}

TEST_F(CatalogTest, MovedOrganizationMovesItsExperts) {
  auto catalog = OpenCatalog();
  ASSERT_TRUE(catalog);
  Twins twins = MakeTwins();
  ASSERT_TRUE(store_->Import(twins.data)->ok());
  ASSERT_TRUE(catalog->Sync().ok());
  const Id source = IdOfKey(twins.expert_source);
  const Id twin = IdOfKey("test-twin-expert");
  Filter future;
  future.regions = {"future_science_city"};
  EXPECT_NE(BestLike(*catalog, source, kExpertKind, future).id, twin);

  Dataset moved = twins.data;
  moved.experts.clear();                       // only the organisation changes
  moved.organizations[0].district = "110114";  // 昌平
  moved.organizations[0].zone = "future_science_city";
  ASSERT_TRUE(store_->Import(moved)->ok());
  ASSERT_TRUE(catalog->Sync().ok());
  EXPECT_EQ(BestLike(*catalog, source, kExpertKind, future).id, twin);
  auto rec = catalog->index()->Get(twin);
  ASSERT_TRUE(rec.ok());
  EXPECT_EQ(rec->district, "110114");
  EXPECT_EQ(rec->zone, "future_science_city");
}

TEST_F(CatalogTest, ValidationNamesTheField) {
  auto catalog = OpenCatalog();
  ASSERT_TRUE(catalog);
  CatalogQuery q;
  q.text = "人工智能";
  auto check = [&](const CatalogQuery& query, Code code, const std::string& field) {
    auto r = catalog->Search(query);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), code) << r.status().ToString();
    EXPECT_EQ(r.status().field(), field) << r.status().ToString();
  };
  CatalogQuery bad = q;
  bad.k = 0;
  check(bad, Code::kInvalidArgument, "k");
  bad.k = 1001;
  check(bad, Code::kInvalidArgument, "k");
  bad = q;
  bad.text = "  ";
  check(bad, Code::kInvalidArgument, "text");
  bad = q;
  bad.like = 999999999;
  check(bad, Code::kNotFound, "like");
  bad = q;
  bad.filter.industries = {"nonsense"};
  check(bad, Code::kInvalidArgument, "industries");
  bad = q;
  bad.filter.regions = {"110108"};  // a district is not a region
  check(bad, Code::kInvalidArgument, "regions");
  bad = q;
  bad.filter.districts = {"zgc_science_city"};
  check(bad, Code::kInvalidArgument, "districts");
  bad = q;
  bad.weights[Block::kText] = -1;
  check(bad, Code::kInvalidArgument, "weights");
  bad.weights = BlockWeights{{0, 0, 0, 0}};
  bad.lexical = 0;
  check(bad, Code::kInvalidArgument, "weights");
  bad.lexical = -1;
  check(bad, Code::kInvalidArgument, "weights");
  // Blocks all zero with the lexical weight left: a search by words alone.
  CatalogQuery words = q;
  words.weights = BlockWeights{{0, 0, 0, 0}};
  auto by_words = catalog->Search(words);
  ASSERT_TRUE(by_words.ok()) << by_words.status().ToString();
  ASSERT_FALSE(by_words->hits.empty());
  EXPECT_GT(by_words->hits[0].lexical, 0);
  EXPECT_NEAR(by_words->hits[0].score, by_words->hits[0].lexical, 1e-5);
  bad = q;
  bad.codes.industries = {"not_an_industry"};
  auto r = catalog->Search(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(r.status().field(), "industries");
}

TEST_F(CatalogTest, LikeFindsSimilarRecordsAndExcludesItself) {
  auto catalog = OpenCatalog();
  ASSERT_TRUE(catalog);
  // An IC enterprise.
  CatalogQuery q;
  q.text = "集成电路";
  q.k = 1;
  q.filter.kinds = {ToEntityKind(OrgKind::kEnterprise)};
  q.filter.industries = {"ic"};
  auto seed = catalog->Search(q);
  ASSERT_TRUE(seed.ok());
  ASSERT_EQ(seed->hits.size(), 1u);
  const Id like = seed->hits[0].id;

  CatalogQuery similar;
  similar.like = like;
  similar.k = 20;
  auto r = catalog->Search(similar);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->hits.size(), 20u);
  int ic = 0;
  for (const Hit& h : r->hits) {
    EXPECT_NE(h.id, like);
    auto rec = catalog->index()->Get(h.id);
    ASSERT_TRUE(rec.ok());
    for (const Weighted& w : rec->industries) ic += w.code == "ic";
  }
  EXPECT_GE(ic, 15) << "records like an IC enterprise should mostly be IC";
}

// The rebuild is made observable through its progress reports: once armed,
// the rebuild thread stops at its first "fit" report (it has read the store:
// its snapshot is taken) until the test lets it go. So the test sees the
// rebuild in progress, searches and writes while it is, and knows that the
// write came after the snapshot — nothing depends on thread timing.
TEST_F(CatalogTest, BackgroundRebuildKeepsAnswering) {
  std::mutex mu;
  std::condition_variable cv;
  bool armed = false, reached = false, released = false;
  CatalogOptions options;
  options.progress = [&](std::string_view stage, std::int64_t done, std::int64_t) {
    if (stage != "fit" || done != 0) return;
    std::unique_lock lock(mu);
    if (!armed) return;
    reached = true;
    cv.notify_all();
    cv.wait(lock, [&] { return released; });
  };
  auto opened = Catalog::Open(store_.get(), db_path_, options);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  const std::unique_ptr<Catalog> catalog = std::move(opened).value();
  const auto old_index = catalog->index();
  // Before the rebuild: new words, which only a model fitted on them knows.
  ASSERT_TRUE(store_->Import(QuantumLab())->ok());

  CatalogQuery q;
  q.text = "人工智能 机器学习";
  q.k = 50;
  std::atomic<bool> stop{false};
  std::atomic<int> searches{0}, short_answers{0}, errors{0};
  std::thread reader([&] {
    while (!stop.load()) {
      auto r = catalog->Search(q);
      if (!r.ok()) {
        ++errors;
      } else if (r->hits.size() != 50u) {
        ++short_answers;
      }
      ++searches;
    }
  });
  {
    std::lock_guard lock(mu);
    armed = true;
  }
  ASSERT_TRUE(catalog->StartRebuild().ok());
  {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return reached; });
  }
  // The rebuild has taken its snapshot and waits: it is in progress, the old
  // index answers, and a write now must be caught up before the swap.
  EXPECT_TRUE(catalog->rebuilding());
  EXPECT_EQ(catalog->index().get(), old_index.get());
  Dataset during = QuantumLab();
  during.organizations[0].key = "test-written-during-rebuild";
  during.organizations[0].name = "重建期间写入的企业";
  during.organizations[0].name_en = "";
  during.organizations[0].industries = {{"smart_mfg", 1.0}};
  during.organizations[0].description = "工业互联网平台";
  during.organizations[0].keywords = {"工业互联网"};
  during.experts.clear();
  ASSERT_TRUE(store_->Import(during)->ok());
  const int before_release = searches.load();
  while (searches.load() < before_release + 5) std::this_thread::yield();
  {
    std::lock_guard lock(mu);
    released = true;
  }
  cv.notify_all();
  catalog->WaitForRebuild();
  // At least a few searches ran after the swap too.
  const int at_swap = searches.load();
  while (searches.load() < at_swap + 5) std::this_thread::yield();
  stop = true;
  reader.join();
  EXPECT_TRUE(catalog->last_rebuild_status().ok()) << catalog->last_rebuild_status().ToString();
  EXPECT_FALSE(catalog->rebuilding());
  EXPECT_EQ(catalog->builds(), 2);
  EXPECT_NE(catalog->index().get(), old_index.get());
  EXPECT_GT(searches.load(), 10);
  EXPECT_EQ(errors.load(), 0);
  EXPECT_EQ(short_answers.load(), 0);
  // The write made during the rebuild was caught up before the swap (no Sync).
  EXPECT_EQ(catalog->index()->size(), StoreRecords());
  auto written = store_->ListOrganizations({.text = "重建期间写入"});
  ASSERT_TRUE(written.ok() && written->items.size() == 1u);
  EXPECT_TRUE(catalog->index()->Get(written->items[0].id).ok());
  ASSERT_TRUE(catalog->Sync().ok());
  EXPECT_EQ(catalog->index()->size(), StoreRecords());
  // The rebuilt model knows the words imported before the rebuild.
  CatalogQuery lab;
  lab.text = "量子纠缠光源";
  lab.k = 1;
  auto r = catalog->Search(lab);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_NE(r->hits[0].name.find("纠缠光源"), std::string::npos);
}

TEST_F(CatalogTest, InMemoryIndexIsNeverSaved) {
  CatalogOptions options;
  options.index_path = ":memory:";
  auto catalog = OpenCatalog(nullptr, options);
  ASSERT_TRUE(catalog);
  EXPECT_FALSE(fs::exists(db_path_ + ".index"));
  EXPECT_EQ(catalog->index()->size(), StoreRecords());
}

}  // namespace
}  // namespace consortia
