// Filtered search: exact counts, filter correctness, recall against the exact
// oracle at several selectivities, updates, save/load and the holder.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>

#include "index/index.h"
#include "tests/index/synthetic.h"

namespace consortia {
namespace {

using testing::MakeSynthetic;
using testing::QueryNear;
using testing::SyntheticSet;

IndexOptions SmallIvfOptions() {
  IndexOptions o;
  o.min_rows_for_ivf = 1000;  // small N still gets an IVF
  o.exact_rows = 300;
  o.scan_rows = 3000;  // 300 < selected <= 3000: scan of the 8-bit codes; above: IVF
  o.min_candidates = 600;
  o.candidate_factor = 25;
  o.max_probe_fraction = 0.6;
  return o;
}

std::unique_ptr<VectorIndex> BuildSynthetic(const SyntheticSet& set, const IndexOptions& o) {
  auto built = VectorIndex::BuildFromVectors(set.layout, set.records, set.vectors, 1, o);
  EXPECT_TRUE(built.ok()) << built.status().ToString();
  return std::move(built).value();
}

const SyntheticSet& Set20k() {
  static const SyntheticSet set = MakeSynthetic(20000, 32, 5);
  return set;
}

TEST(SearchTest, ReturnsExactlyKMatchingItems) {
  const SyntheticSet& set = Set20k();
  auto index = BuildSynthetic(set, SmallIvfOptions());
  SearchRequest req;
  req.query = QueryNear(set, 17, 1);
  req.k = 50;
  req.filter.titles = {Title::kAcademician, Title::kRenowned};
  req.filter.districts = {"110108", "110105", "110114"};
  auto res = index->Search(req);
  ASSERT_TRUE(res.ok()) << res.status().ToString();
  ASSERT_GE(res->stats.selected, 50);
  ASSERT_EQ(res->hits.size(), 50u);
  std::set<Id> seen;
  for (const Hit& h : res->hits) {
    auto rec = index->Get(h.id);
    ASSERT_TRUE(rec.ok());
    ASSERT_TRUE(rec->title == Title::kAcademician || rec->title == Title::kRenowned);
    EXPECT_TRUE(rec->district == "110108" || rec->district == "110105" ||
                rec->district == "110114");
    EXPECT_TRUE(seen.insert(h.id).second);
  }
  for (size_t i = 1; i < res->hits.size(); ++i) {
    EXPECT_GE(res->hits[i - 1].score + 1e-5f, res->hits[i].score);
  }
}

TEST(SearchTest, FewerMatchesThanKReturnsAllMatches) {
  const SyntheticSet& set = Set20k();
  auto index = BuildSynthetic(set, SmallIvfOptions());
  SearchRequest req;
  req.query = QueryNear(set, 3, 2);
  req.k = 100;
  req.filter.only_ids = {5, 9, 11, 12345};
  req.filter.exclude = {9};
  auto res = index->Search(req);
  ASSERT_TRUE(res.ok());
  std::set<Id> ids;
  for (const Hit& h : res->hits) ids.insert(h.id);
  EXPECT_EQ(ids, (std::set<Id>{5, 11, 12345}));
}

TEST(SearchTest, KindFilterReturnsOnlyThatKind) {
  SyntheticSet set = MakeSynthetic(3000, 16, 8);
  for (size_t i = 0; i < set.records.size(); i += 3) {
    set.records[i].kind = ToEntityKind(OrgKind::kUniversity);
    set.records[i].title.reset();
  }
  auto index = BuildSynthetic(set, SmallIvfOptions());
  SearchRequest req;
  req.query = QueryNear(set, 1, 3);  // an expert's neighbourhood
  req.k = 40;
  req.filter.kinds = {ToEntityKind(OrgKind::kUniversity)};
  auto res = index->Search(req);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits.size(), 40u);
  for (const Hit& h : res->hits) EXPECT_EQ(h.kind, ToEntityKind(OrgKind::kUniversity));
  // Universities fail a title filter (strict attribute filters).
  req.filter.titles = {Title::kSenior};
  res = index->Search(req);
  ASSERT_TRUE(res.ok());
  EXPECT_TRUE(res->hits.empty());
}

double Recall(const std::vector<Hit>& got, const std::vector<Hit>& truth) {
  std::set<Id> t;
  for (const Hit& h : truth) t.insert(h.id);
  int n = 0;
  for (const Hit& h : got) n += t.count(h.id);
  return truth.empty() ? 1.0 : static_cast<double>(n) / truth.size();
}

struct Selectivity {
  const char* name;
  Filter filter;
};

TEST(SearchTest, RecallAgainstExactAtEverySelectivity) {
  const SyntheticSet& set = Set20k();
  auto index = BuildSynthetic(set, SmallIvfOptions());
  std::vector<Selectivity> cases = {
      {"all", {}},
      {"50%", {.titles = {Title::kOther}}},
      {"10%", {.titles = {Title::kAcademician, Title::kRenowned}}},
      {"~3%", {.districts = {"110108"}, .titles = {Title::kSenior}}},
      {"1%", {.titles = {Title::kAcademician}}},
      // Correlated with the vectors: matches cluster away from most queries.
      {"industry", {.industries = {"rural"}}},
  };
  std::set<std::string> all_paths;
  for (int k : {100, 10}) {
    for (const auto& c : cases) {
      double sum = 0;
      std::set<std::string> paths;
      const int queries = 40;
      for (int i = 0; i < queries; ++i) {
        SearchRequest req;
        req.query = QueryNear(set, (i * 499) % 20000, i);
        req.k = k;
        req.filter = c.filter;
        auto approx = index->Search(req);
        req.mode = SearchMode::kExact;
        auto exact = index->Search(req);
        ASSERT_TRUE(approx.ok() && exact.ok());
        ASSERT_EQ(ToString(exact->stats.path), "flat");
        ASSERT_EQ(approx->hits.size(), exact->hits.size()) << c.name;
        sum += Recall(approx->hits, exact->hits);
        paths.insert(std::string(ToString(approx->stats.path)));
      }
      double recall = sum / queries;
      std::string p;
      for (const auto& s : paths) p += s + " ";
      EXPECT_GE(recall, 0.95) << c.name << " k " << k << " paths " << p;
      std::printf("selectivity %-8s recall@%d %.3f paths %s\n", c.name, k, recall, p.c_str());
      all_paths.insert(paths.begin(), paths.end());
    }
  }
  // Every automatic path was exercised above.
  EXPECT_EQ(all_paths, (std::set<std::string>{"exact", "ivf", "scan"}));
}

TEST(SearchTest, ExactSubsetAndFlatOracleAgree) {
  const SyntheticSet& set = Set20k();
  IndexOptions o = SmallIvfOptions();
  o.exact_rows = 1000000;  // always the exact subset scan
  auto index = BuildSynthetic(set, o);
  SearchRequest req;
  req.query = QueryNear(set, 42, 9);
  req.k = 30;
  req.filter.titles = {Title::kSenior};
  auto a = index->Search(req);
  req.mode = SearchMode::kExact;
  auto b = index->Search(req);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(ToString(a->stats.path), "exact");
  ASSERT_EQ(a->hits.size(), b->hits.size());
  for (size_t i = 0; i < a->hits.size(); ++i) {
    EXPECT_NEAR(a->hits[i].score, b->hits[i].score, 1e-5);
  }
}

TEST(SearchTest, ContributionsSumToScoreAndReweightingScalesBlocks) {
  const SyntheticSet& set = Set20k();
  auto index = BuildSynthetic(set, SmallIvfOptions());
  SearchRequest req;
  req.query = QueryNear(set, 100, 4);
  req.k = 10;
  req.mode = SearchMode::kExact;
  auto base = index->Search(req);
  ASSERT_TRUE(base.ok());
  const Hit& top = base->hits[0];
  float sum = 0;
  for (float c : top.contributions) sum += c;
  EXPECT_NEAR(sum, top.score, 1e-5);
  // Score with weights == sum of weighted block contributions of the same item.
  req.weights[Block::kText] = 3.0f;
  req.weights[Block::kIndustries] = 0.0f;
  req.filter.only_ids = {top.id};
  auto rew = index->Search(req);
  ASSERT_TRUE(rew.ok());
  ASSERT_EQ(rew->hits.size(), 1u);
  const Hit& h = rew->hits[0];
  EXPECT_NEAR(h.contributions[static_cast<int>(Block::kText)],
              3.0f * top.contributions[static_cast<int>(Block::kText)], 1e-5);
  EXPECT_EQ(h.contributions[static_cast<int>(Block::kIndustries)], 0.0f);
  EXPECT_NEAR(h.contributions[static_cast<int>(Block::kFields)],
              top.contributions[static_cast<int>(Block::kFields)], 1e-6);
}

TEST(SearchTest, RejectsBadRequests) {
  SyntheticSet set = MakeSynthetic(500, 16, 1);
  auto index = BuildSynthetic(set, {});
  SearchRequest req;
  req.query = std::vector<float>(3, 1.0f);
  auto r = index->Search(req);
  EXPECT_EQ(r.status().field(), "query");
  req.query = QueryNear(set, 0, 0);
  req.k = 0;
  EXPECT_EQ(index->Search(req).status().field(), "k");
  req.k = 5;
  req.filter.industries = {"nonsense"};
  r = index->Search(req);
  EXPECT_EQ(r.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(r.status().field(), "industries");
  req.filter = {};
  req.weights[Block::kText] = -1;
  EXPECT_EQ(index->Search(req).status().field(), "weights");
}

TEST(SearchTest, UpsertAndRemoveAreVisible) {
  const SyntheticSet& set = Set20k();
  auto index = BuildSynthetic(set, SmallIvfOptions());
  const int64_t before = index->size();
  // A new record placed exactly at a query point is its top hit, on the IVF path.
  std::vector<float> q = QueryNear(set, 777, 11);
  ProfileRecord rec;
  rec.id = 900001;
  rec.kind = kExpertKind;
  rec.name = "新专家";
  rec.title = Title::kSenior;
  ASSERT_TRUE(index->UpsertVector(rec, q).ok());
  EXPECT_EQ(index->size(), before + 1);
  SearchRequest req;
  req.query = q;
  req.k = 5;
  auto res = index->Search(req);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(ToString(res->stats.path), "ivf");
  ASSERT_FALSE(res->hits.empty());
  EXPECT_EQ(res->hits[0].id, 900001);
  EXPECT_EQ(res->hits[0].name, "新专家");
  // Update: the same id moves elsewhere; the old position no longer finds it.
  rec.name = "更新后";
  ASSERT_TRUE(index->UpsertVector(rec, QueryNear(set, 5000, 12)).ok());
  EXPECT_EQ(index->size(), before + 1);
  res = index->Search(req);
  ASSERT_TRUE(res.ok());
  for (const Hit& h : res->hits) EXPECT_NE(h.id, 900001);
  // Remove an existing record that was the top hit of its own neighbourhood.
  req.query = set.vectors.size() ? std::vector<float>(set.vectors.begin() + 10 * set.layout.dim,
                                                      set.vectors.begin() + 11 * set.layout.dim)
                                 : q;
  res = index->Search(req);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits[0].id, set.records[10].id);
  ASSERT_TRUE(index->Remove(set.records[10].id).ok());
  EXPECT_EQ(index->Remove(set.records[10].id).code(), Code::kNotFound);
  res = index->Search(req);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(res->hits.size(), 5u);
  for (const Hit& h : res->hits) EXPECT_NE(h.id, set.records[10].id);
  EXPECT_EQ(index->Embedding(set.records[10].id).status().code(), Code::kNotFound);
}

// The industry filter's scan streams per-industry code groups: an upserted
// record joins its industry's group, a removed one drops out of the results.
TEST(SearchTest, UpsertsReachTheIndustryScan) {
  const SyntheticSet& set = Set20k();
  IndexOptions o = SmallIvfOptions();
  o.scan_rows = 10000;  // an industry's ~5,000 rows take the scan path
  auto index = BuildSynthetic(set, o);
  const std::string industry = set.records[321].industries.at(0).code;
  std::vector<float> q = QueryNear(set, 321, 13);
  ProfileRecord rec;
  rec.id = 900002;
  rec.kind = kExpertKind;
  rec.name = "新增";
  rec.industries = {{industry, 1.0}};
  ASSERT_TRUE(index->UpsertVector(rec, q).ok());
  SearchRequest req;
  req.query = q;
  req.k = 10;
  req.filter.industries = {industry};
  auto res = index->Search(req);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(ToString(res->stats.path), "scan") << res->stats.selected << " selected";
  ASSERT_FALSE(res->hits.empty());
  EXPECT_EQ(res->hits[0].id, 900002);
  req.mode = SearchMode::kExact;
  auto exact = index->Search(req);
  ASSERT_TRUE(exact.ok());
  ASSERT_EQ(exact->hits.size(), res->hits.size());
  for (size_t i = 0; i < res->hits.size(); ++i) {
    EXPECT_EQ(res->hits[i].id, exact->hits[i].id) << "rank " << i;
    EXPECT_NEAR(res->hits[i].score, exact->hits[i].score, 1e-5);
  }
  ASSERT_TRUE(index->Remove(900002).ok());
  req.mode = SearchMode::kAuto;
  res = index->Search(req);
  ASSERT_TRUE(res.ok());
  for (const Hit& h : res->hits) EXPECT_NE(h.id, 900002);
}

TEST(SearchTest, SaveLoadRoundTrip) {
  const SyntheticSet& set = Set20k();
  auto index = BuildSynthetic(set, SmallIvfOptions());
  ASSERT_TRUE(index->Remove(set.records[3].id).ok());
  index->SetDataVersion(42);
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("index_test_" + std::to_string(::getpid()) + ".idx"))
                               .string();
  ASSERT_TRUE(index->Save(path).ok());
  auto header = ReadIndexHeader(path);
  ASSERT_TRUE(header.ok()) << header.status().ToString();
  EXPECT_EQ(header->data_version, 42);
  EXPECT_EQ(header->rows, 19999);
  EXPECT_EQ(header->dim, set.layout.dim);
  EXPECT_NE(header->description.find("IVF"), std::string::npos) << header->description;
  auto loaded = VectorIndex::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->size(), 19999);
  EXPECT_EQ((*loaded)->data_version(), 42);
  EXPECT_EQ((*loaded)->Get(set.records[3].id).status().code(), Code::kNotFound);
  auto rec = (*loaded)->Get(set.records[8].id);
  ASSERT_TRUE(rec.ok());
  EXPECT_EQ(rec->name, set.records[8].name);
  EXPECT_EQ(rec->district, set.records[8].district);
  for (SearchMode mode : {SearchMode::kAuto, SearchMode::kExact}) {
    SearchRequest req;
    req.query = QueryNear(set, 1234, 5);
    req.k = 20;
    req.mode = mode;
    req.filter.titles = {Title::kSenior, Title::kOther};
    auto a = index->Search(req);
    auto b = (*loaded)->Search(req);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->hits.size(), b->hits.size());
    for (size_t i = 0; i < a->hits.size(); ++i) EXPECT_EQ(a->hits[i].id, b->hits[i].id);
    EXPECT_EQ(a->stats.path, b->stats.path);
  }
  // Corrupt file: a clear error, not a crash.
  std::filesystem::resize_file(path, 1000);
  EXPECT_FALSE(VectorIndex::Load(path).ok());
  std::filesystem::remove(path);
  EXPECT_EQ(ReadIndexHeader(path).status().code(), Code::kNotFound);
}

TEST(IndexHolderTest, SwapIsAtomicForConcurrentReaders) {
  SyntheticSet a = MakeSynthetic(2000, 16, 1, 1);
  SyntheticSet b = MakeSynthetic(3000, 16, 2, 100000);
  IndexHolder holder;
  holder.Swap(BuildSynthetic(a, {}));
  std::shared_ptr<VectorIndex> next = BuildSynthetic(b, {});
  std::atomic<bool> stop{false};
  std::atomic<int> bad{0}, done{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 2; ++t) {
    readers.emplace_back([&] {
      while (!stop) {
        auto idx = holder.Get();
        SearchRequest req;
        req.query = QueryNear(a, 5, 1);
        req.k = 10;
        auto res = idx->Search(req);
        if (!res.ok() || res->hits.size() != 10) ++bad;
        // Every hit comes from one index: ids of a are < 100000, of b >= 100000.
        bool from_b = idx->size() == 3000;
        for (const Hit& h : res->hits) {
          if ((h.id >= 100000) != from_b) ++bad;
        }
        ++done;
      }
    });
  }
  while (done < 50) std::this_thread::yield();
  EXPECT_TRUE(holder.BeginRebuild());
  EXPECT_FALSE(holder.BeginRebuild());
  holder.Swap(next);
  holder.EndRebuild();
  int at_swap = done;
  while (done < at_swap + 50) std::this_thread::yield();
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(bad, 0);
  EXPECT_EQ(holder.Get()->size(), 3000);
}

}  // namespace
}  // namespace consortia
