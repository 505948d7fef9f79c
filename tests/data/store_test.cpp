#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "tests/temp_dir.h"

#include "data/data.h"
#include "sqlite.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;

// A unique temporary directory, removed with its contents.
using TempDir = testing::TempDir;

Organization Org(std::string key, std::string name, OrgKind kind) {
  Organization o;
  o.key = std::move(key);
  o.name = std::move(name);
  o.kind = kind;
  o.district = "110108";
  return o;
}

Expert Exp(std::string key, std::string name, Title title, std::string affiliation) {
  Expert e;
  e.key = std::move(key);
  e.name = std::move(name);
  e.title = title;
  if (title == Title::kAcademician) e.academy = "CAS";
  e.affiliation_key = std::move(affiliation);
  return e;
}

// A small world: 5 organisations, 4 experts, 3 ties.
Dataset World() {
  Dataset d;
  Organization lead = Org("ent.lead", "北京芯片科技有限公司", OrgKind::kEnterprise);
  lead.name_en = "Beijing Chip Tech";
  lead.leading = true;
  lead.industries = {{"ic", 1.0}, {"ai", 0.4}};
  lead.zone = "zgc_science_city";
  lead.park = "zgc_haidian";
  lead.keywords = {"EDA", "芯片设计"};
  lead.description = "Yield up to 50% better";
  Organization small = Org("ent.small", "小企业", OrgKind::kEnterprise);
  small.industries = {{"ai", 0.5}};
  small.district = "110105";
  small.description = "Yield 500 units";
  Organization nat = Org("soc.nat", "中国电子学会", OrgKind::kNationalSociety);
  nat.industries = {{"ngit", 1.0}};
  nat.staff = 12;
  nat.expert_team = 80;
  Organization com = Org("soc.nat.ic", "集成电路专业委员会", OrgKind::kSocietyCommittee);
  com.parent_key = "soc.nat";
  Organization uni = Org("uni.pku", "北京大学", OrgKind::kUniversity);
  uni.name_en = "Peking University";
  uni.capabilities = {"rnd", "laboratory"};
  d.organizations = {lead, small, nat, com, uni};

  Expert a = Exp("exp.a", "张院士", Title::kAcademician, "uni.pku");
  a.fields = {"F0402"};
  a.industries = {{"ic", 1.0}};
  a.email = "a@example.org";
  Expert b = Exp("exp.b", "李教授", Title::kRenowned, "uni.pku");
  b.fields = {"F04"};
  b.keywords = {"machine learning"};
  Expert c = Exp("exp.c", "王工", Title::kSenior, "ent.lead");
  c.fields = {"F05"};
  c.industries = {{"ai", 0.5}};
  c.capacity = 2;
  Expert e = Exp("exp.d", "赵工", Title::kOther, "ent.small");
  e.fields = {"E05"};
  d.experts = {a, b, c, e};
  d.ties = {{"uni.pku", "ent.lead", 0, 0, TieKind::kJointRnd, 2020},
            {"exp.a", "ent.lead", 0, 0, TieKind::kTechTransfer, 2021},
            {"soc.nat", "ent.small", 0, 0, TieKind::kStandard, 2019}};
  return d;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(dir_.File("store.db"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }
  void ImportWorld() {
    auto report = store_->Import(World());
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_TRUE(report->ok()) << report->problems[0].field << ": " << report->problems[0].message;
  }
  Id IdOfOrg(const std::string& key) {
    OrgFilter f;
    f.limit = 1000;
    auto page = store_->ListOrganizations(f);
    for (const auto& o : page->items) {
      if (o.key == key) return o.id;
    }
    return 0;
  }
  Id IdOfExpert(const std::string& key) {
    ExpertFilter f;
    f.limit = 1000;
    auto page = store_->ListExperts(f);
    for (const auto& e : page->items) {
      if (e.key == key) return e.id;
    }
    return 0;
  }
  std::vector<std::string> OrgKeys(const OrgFilter& f) {
    auto page = store_->ListOrganizations(f);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    std::vector<std::string> keys;
    if (page.ok()) {
      for (const auto& o : page->items) keys.push_back(o.key);
    }
    return keys;
  }
  std::vector<std::string> ExpertKeys(const ExpertFilter& f) {
    auto page = store_->ListExperts(f);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    std::vector<std::string> keys;
    if (page.ok()) {
      for (const auto& e : page->items) keys.push_back(e.key);
    }
    return keys;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

using Keys = std::vector<std::string>;

TEST_F(StoreTest, FreshDatabaseIsWalAtCurrentSchema) {
  EXPECT_EQ(store_->SchemaVersion(), kSchemaVersion);
  EXPECT_EQ(store_->DataVersion(), 0);
  auto db = detail::Db::Open(dir_.File("store.db"));
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*(*db)->QueryText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA foreign_keys"), 1);
  auto counts = store_->Count();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->organizations + counts->experts + counts->ties, 0);
}

TEST_F(StoreTest, ImportAssignsOneIdSequenceAndResolvesKeys) {
  auto report = store_->Import(World());
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->ok());
  EXPECT_EQ(report->organizations_inserted, 5);
  EXPECT_EQ(report->experts_inserted, 4);
  EXPECT_EQ(report->ties_inserted, 3);
  EXPECT_EQ(report->organizations_updated + report->experts_updated, 0);
  EXPECT_EQ(store_->DataVersion(), 1);

  // Organisations take ids 1..5, experts 6..9: one sequence.
  auto com = store_->GetOrganization(4);
  ASSERT_TRUE(com.ok());
  EXPECT_EQ(com->key, "soc.nat.ic");
  EXPECT_EQ(com->parent_key, "soc.nat");
  EXPECT_EQ(com->parent_id, 3);
  auto a = store_->GetExpert(6);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->key, "exp.a");
  EXPECT_EQ(a->affiliation_id, 5);
  EXPECT_EQ(a->academy, "CAS");
  EXPECT_EQ(a->email, "a@example.org");
  EXPECT_EQ(store_->GetExpert(1).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->GetOrganization(6).status().code(), Code::kNotFound);

  auto lead = store_->GetOrganization(1);
  ASSERT_TRUE(lead.ok());
  Organization expected = World().organizations[0];
  expected.id = 1;
  EXPECT_EQ(*lead, expected);

  auto ties = store_->TiesOf(1);
  ASSERT_TRUE(ties.ok());
  ASSERT_EQ(ties->size(), 2u);
  EXPECT_EQ((*ties)[0].from_key, "uni.pku");
  EXPECT_EQ((*ties)[0].from_id, 5);
  EXPECT_EQ((*ties)[1].from_key, "exp.a");
  EXPECT_EQ((*ties)[1].kind, TieKind::kTechTransfer);
  EXPECT_EQ(store_->TiesOf(999).status().code(), Code::kNotFound);
}

TEST_F(StoreTest, UpsertByKeyUpdatesAndCounts) {
  ImportWorld();
  Dataset again;
  Organization small = World().organizations[1];
  small.name = "小企业(更名)";
  small.industries = {{"rural", 0.2}};
  again.organizations = {small, Org("ent.new", "新企业", OrgKind::kEnterprise)};
  Expert d = World().experts[3];
  d.capacity = 3;
  again.experts = {d};
  again.ties = {World().ties[0], {"ent.new", "ent.small", 0, 0, TieKind::kBrand, 2022}};
  auto report = store_->Import(again);
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->ok());
  EXPECT_EQ(report->organizations_inserted, 1);
  EXPECT_EQ(report->organizations_updated, 1);
  EXPECT_EQ(report->experts_inserted, 0);
  EXPECT_EQ(report->experts_updated, 1);
  EXPECT_EQ(report->ties_inserted, 1);  // the first tie already existed
  EXPECT_EQ(store_->DataVersion(), 2);

  auto got = store_->GetOrganization(2);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->name, "小企业(更名)");
  EXPECT_EQ(got->industries, (std::vector<Weighted>{{"rural", 0.2}}));
  auto counts = store_->Count();
  EXPECT_EQ(counts->organizations, 6);
  EXPECT_EQ(counts->experts, 4);
  EXPECT_EQ(counts->ties, 4);
  // The old industry no longer matches the filter, the new one does.
  OrgFilter f;
  f.industry = "ai";
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead"}));
  f.industry = "rural";
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.small"}));
  EXPECT_EQ(store_->GetExpert(9)->capacity, 3);
  EXPECT_EQ(store_->GetOrganization(10)->key, "ent.new");  // new id after the experts
}

TEST_F(StoreTest, BadRowLeavesStoreUnchanged) {
  ImportWorld();
  Dataset batch;
  batch.organizations = {Org("ent.x1", "企业一", OrgKind::kEnterprise),
                         Org("ent.x2", "", OrgKind::kEnterprise),  // empty name
                         Org("ent.x3", "企业三", OrgKind::kEnterprise)};
  Organization renamed = World().organizations[0];
  renamed.name = "should not be written";
  batch.organizations.push_back(renamed);
  batch.experts = {Exp("exp.x", "新专家", Title::kSenior, "ent.x1")};
  auto report = store_->Import(batch);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->problems.size(), 1u);
  EXPECT_EQ(report->problems[0].file, "organizations");
  EXPECT_EQ(report->problems[0].row, 2);
  EXPECT_EQ(report->problems[0].field, "name");
  EXPECT_EQ(store_->DataVersion(), 1);
  auto counts = store_->Count();
  EXPECT_EQ(counts->organizations, 5);
  EXPECT_EQ(counts->experts, 4);
  EXPECT_EQ(counts->ties, 3);
  EXPECT_EQ(store_->GetOrganization(1)->name, "北京芯片科技有限公司");
}

TEST_F(StoreTest, KeysAreUniqueAcrossOrganisationsAndExperts) {
  ImportWorld();
  Dataset batch;
  batch.experts = {Exp("ent.small", "撞名专家", Title::kSenior, "uni.pku")};
  auto report = store_->Import(batch);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->problems.size(), 1u);
  EXPECT_EQ(report->problems[0].file, "experts");
  EXPECT_EQ(report->problems[0].row, 1);
  EXPECT_EQ(report->problems[0].field, "key");
  EXPECT_NE(report->problems[0].message.find("organisation"), std::string::npos);
}

TEST_F(StoreTest, StoredCommitteesKeepTheirParentANationalSociety) {
  ImportWorld();
  Dataset batch;
  Organization nat = World().organizations[2];
  nat.kind = OrgKind::kMunicipalSociety;
  batch.organizations = {nat};
  auto report = store_->Import(batch);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->problems.size(), 1u);
  EXPECT_EQ(report->problems[0].row, 1);
  EXPECT_EQ(report->problems[0].field, "kind");
  EXPECT_EQ(store_->GetOrganization(3)->kind, OrgKind::kNationalSociety);
}

TEST_F(StoreTest, EmptyImportWritesNothing) {
  ImportWorld();
  auto report = store_->Import(Dataset{});
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok());
  Dataset ties_only;
  ties_only.ties = {World().ties[1]};  // already stored
  report = store_->Import(ties_only);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->ties_inserted, 0);
  EXPECT_EQ(store_->DataVersion(), 1);
}

TEST_F(StoreTest, OrganisationFiltersAndPaging) {
  ImportWorld();
  OrgFilter f;
  f.kind = OrgKind::kEnterprise;
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead", "ent.small"}));
  f = {};
  f.leading = true;
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead"}));
  f.leading = false;
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.small", "soc.nat", "soc.nat.ic", "uni.pku"}));
  f = {};
  f.industry = "ai";
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead", "ent.small"}));
  f.kind = OrgKind::kEnterprise;
  f.district = "110105";
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.small"}));
  f = {};
  f.zone = "zgc_science_city";
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead"}));
  f = {};
  f.park = "zgc_haidian";
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead"}));
  f.park = "zgc_miyun";
  EXPECT_TRUE(OrgKeys(f).empty());

  // Text: name, name_en (case-insensitive ASCII), description, keywords.
  f = {};
  f.text = "peking";
  EXPECT_EQ(OrgKeys(f), (Keys{"uni.pku"}));
  f.text = "芯片设计";  // keyword only
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead"}));
  f.text = "学会";
  EXPECT_EQ(OrgKeys(f), (Keys{"soc.nat"}));
  f.text = "50%";  // '%' is literal: "500 units" does not match
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead"}));
  f.text = "Yield";
  EXPECT_EQ(OrgKeys(f), (Keys{"ent.lead", "ent.small"}));
  f.text = "x' OR 1=1 --";
  EXPECT_TRUE(OrgKeys(f).empty());

  // Paging: total counts all matches; items are the page, by id.
  f = {};
  f.limit = 2;
  f.offset = 1;
  auto page = store_->ListOrganizations(f);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].id, 2);
  EXPECT_EQ(page->items[1].id, 3);
  f.offset = 4;
  EXPECT_EQ(OrgKeys(f), (Keys{"uni.pku"}));

  for (int bad : {0, -1, 1001}) {
    f.limit = bad;
    auto r = store_->ListOrganizations(f);
    EXPECT_EQ(r.status().code(), Code::kInvalidArgument);
    EXPECT_EQ(r.status().field(), "limit");
  }
  f.limit = 1000;
  EXPECT_TRUE(store_->ListOrganizations(f).ok());
}

TEST_F(StoreTest, ExpertFiltersAndPaging) {
  ImportWorld();
  ExpertFilter f;
  f.field = "F04";  // the code and its children
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.a", "exp.b"}));
  f.field = "F0402";
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.a"}));
  f.field = "F";
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.a", "exp.b", "exp.c"}));
  f = {};
  f.title = Title::kAcademician;
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.a"}));
  f = {};
  f.affiliation_id = 5;
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.a", "exp.b"}));
  f.title = Title::kRenowned;
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.b"}));
  f = {};
  f.industry = "ai";
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.c"}));
  f = {};
  f.text = "Machine";
  EXPECT_EQ(ExpertKeys(f), (Keys{"exp.b"}));
  f = {};
  f.limit = 3;
  f.offset = 3;
  auto page = store_->ListExperts(f);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 4);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].key, "exp.d");
  f.limit = 1001;
  EXPECT_EQ(store_->ListExperts(f).status().field(), "limit");
}

TEST_F(StoreTest, ChangesSinceAndDelete) {
  ImportWorld();
  const std::int64_t v1 = store_->DataVersion();
  auto all = store_->ChangesSince(0);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->version, v1);
  EXPECT_EQ(all->organizations.size(), 5u);
  EXPECT_EQ(all->experts.size(), 4u);
  EXPECT_TRUE(all->deleted.empty());

  Dataset update;
  Organization uni = World().organizations[4];
  uni.staff = 7;
  update.organizations = {uni};
  ASSERT_TRUE(store_->Import(update)->ok());
  auto changes = store_->ChangesSince(v1);
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(changes->version, v1 + 1);
  ASSERT_EQ(changes->organizations.size(), 1u);
  EXPECT_EQ(changes->organizations[0].key, "uni.pku");
  EXPECT_EQ(changes->organizations[0].staff, 7);
  EXPECT_TRUE(changes->experts.empty());

  // Conflicts: the university has affiliated experts, the society a committee.
  EXPECT_EQ(store_->Delete(5).code(), Code::kConflict);
  EXPECT_EQ(store_->Delete(3).code(), Code::kConflict);
  EXPECT_EQ(store_->Delete(12345).code(), Code::kNotFound);
  EXPECT_EQ(store_->DataVersion(), v1 + 1);

  // Deleting expert a removes its tie; deleting the committee frees the society.
  const Id a = IdOfExpert("exp.a");
  ASSERT_TRUE(store_->Delete(a).ok());
  EXPECT_EQ(store_->DataVersion(), v1 + 2);
  EXPECT_EQ(store_->Count()->ties, 2);
  EXPECT_EQ(store_->GetExpert(a).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->Delete(a).code(), Code::kNotFound);
  ASSERT_TRUE(store_->Delete(IdOfOrg("soc.nat.ic")).ok());
  ASSERT_TRUE(store_->Delete(3).ok());  // soc.nat and its tie to ent.small
  EXPECT_EQ(store_->Count()->ties, 1);

  changes = store_->ChangesSince(v1 + 1);
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(changes->deleted, (std::vector<Id>{3, 4, a}));
  EXPECT_TRUE(changes->organizations.empty());
  changes = store_->ChangesSince(v1 + 3);
  EXPECT_EQ(changes->deleted, (std::vector<Id>{3}));
  EXPECT_EQ(changes->version, v1 + 4);
}

TEST_F(StoreTest, ForEachStreamsInIdOrder) {
  ImportWorld();
  std::vector<Id> ids;
  ASSERT_TRUE(store_->ForEachExpert([&](const Expert& e) { ids.push_back(e.id); }).ok());
  EXPECT_EQ(ids, (std::vector<Id>{6, 7, 8, 9}));
  ids.clear();
  ASSERT_TRUE(
      store_->ForEachOrganization([&](const Organization& o) { ids.push_back(o.id); }).ok());
  EXPECT_EQ(ids, (std::vector<Id>{1, 2, 3, 4, 5}));
}

TEST_F(StoreTest, ReopenKeepsData) {
  ImportWorld();
  store_.reset();
  auto store = Store::Open(dir_.File("store.db"));
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->DataVersion(), 1);
  EXPECT_EQ((*store)->Count()->experts, 4);
}

TEST(StoreMemoryTest, InMemoryDatabaseWorks) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->SchemaVersion(), kSchemaVersion);
  auto report = (*store)->Import(World());
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok());
}

// Manual scale check: --gtest_also_run_disabled_tests --gtest_filter=*Million*
TEST(StoreScaleTest, DISABLED_MillionExperts) {
  TempDir dir;
  auto store = Store::Open(dir.File("big.db"));
  ASSERT_TRUE(store.ok());
  Dataset d;
  d.organizations.push_back(Org("org.0", "机构", OrgKind::kUniversity));
  const char* env = std::getenv("CONSORTIA_SCALE_N");  // default 10^6
  const int n = env != nullptr ? std::atoi(env) : 1000000;
  d.experts.reserve(n);
  for (int i = 0; i < n; ++i) {
    Expert e = Exp("e." + std::to_string(i), "专家" + std::to_string(i), Title::kSenior, "org.0");
    e.fields = {"F0402", "F05"};
    e.industries = {{"ai", 0.5}, {"ic", 1}};
    e.keywords = {"k" + std::to_string(i % 100)};
    d.experts.push_back(std::move(e));
  }
  auto t0 = std::chrono::steady_clock::now();
  auto report = (*store)->Import(d);
  auto t1 = std::chrono::steady_clock::now();
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->ok());
  d = {};
  std::int64_t count = 0;
  ASSERT_TRUE((*store)->ForEachExpert([&](const Expert&) { ++count; }).ok());
  auto t2 = std::chrono::steady_clock::now();
  EXPECT_EQ(count, n);
  ExpertFilter f;
  f.field = "F04";
  f.text = "专家99999";
  auto page = (*store)->ListExperts(f);
  auto t3 = std::chrono::steady_clock::now();
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, n >= 1000000 ? 11 : n > 99999 ? 1 : 0);
  using ms = std::chrono::milliseconds;
  std::printf("import %lld ms, scan %lld ms, filtered list %lld ms\n",
              static_cast<long long>(std::chrono::duration_cast<ms>(t1 - t0).count()),
              static_cast<long long>(std::chrono::duration_cast<ms>(t2 - t1).count()),
              static_cast<long long>(std::chrono::duration_cast<ms>(t3 - t2).count()));
}

}  // namespace
}  // namespace consortia
