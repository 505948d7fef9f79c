// Store::GetExperts (many experts in one read) and the query plans of the
// per-request reads the team builder makes.
#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "data/data.h"
#include "sqlite.h"
#include "tests/temp_dir.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;

using TempDir = testing::TempDir;

constexpr int kExperts = 1203;  // more than two chunks of the batched read

Dataset World() {
  Dataset d;
  for (int i = 0; i < 3; ++i) {
    Organization o;
    o.key = "org." + std::to_string(i);
    o.name = "机构" + std::to_string(i);
    o.kind = i == 0 ? OrgKind::kUniversity : OrgKind::kEnterprise;
    o.district = "110108";
    d.organizations.push_back(o);
  }
  const Title titles[] = {Title::kAcademician, Title::kRenowned, Title::kSenior, Title::kOther};
  const char* fields[] = {"F0402", "F06", "E05", "C08"};
  for (int i = 0; i < kExperts; ++i) {
    Expert e;
    e.key = "exp." + std::to_string(i);
    e.name = "专家" + std::to_string(i);
    e.title = titles[i % 4];
    if (e.title == Title::kAcademician) e.academy = "CAS";
    e.affiliation_key = "org." + std::to_string(i % 3);
    e.fields = {fields[i % 4], fields[(i / 4) % 4]};
    if (e.fields[0] == e.fields[1]) e.fields.pop_back();
    e.industries = {{"ic", 1.0}, {"ai", 0.25 * (1 + i % 4)}};
    e.keywords = {"关键词" + std::to_string(i)};
    e.description = "第" + std::to_string(i) + "位专家";
    e.capacity = 1 + i % 3;
    d.experts.push_back(e);
  }
  return d;
}

class StoreBatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(dir_.File("batch.db"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    auto report = store_->Import(World());
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_TRUE(report->ok()) << report->problems[0].field << ": " << report->problems[0].message;
    ExpertFilter f;
    f.limit = 1000;
    for (f.offset = 0;; f.offset += f.limit) {
      auto page = store_->ListExperts(f);
      ASSERT_TRUE(page.ok()) << page.status().ToString();
      for (const Expert& e : page->items) expert_ids_.push_back(e.id);
      if (page->items.empty()) break;
    }
    ASSERT_EQ(expert_ids_.size(), static_cast<std::size_t>(kExperts));
    OrgFilter of;
    auto orgs = store_->ListOrganizations(of);
    ASSERT_TRUE(orgs.ok());
    for (const Organization& o : orgs->items) org_ids_.push_back(o.id);
    ASSERT_EQ(org_ids_.size(), 3u);
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::vector<Id> expert_ids_;
  std::vector<Id> org_ids_;
};

TEST_F(StoreBatchTest, ReturnsEveryExpertInTheOrderAskedEqualToGetExpert) {
  std::vector<Id> ids = expert_ids_;
  std::mt19937 rng(7);
  std::shuffle(ids.begin(), ids.end(), rng);
  auto batch = store_->GetExperts(ids);
  ASSERT_TRUE(batch.ok()) << batch.status().ToString();
  ASSERT_EQ(batch->size(), ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto one = store_->GetExpert(ids[i]);
    ASSERT_TRUE(one.ok()) << one.status().ToString();
    EXPECT_EQ((*batch)[i], *one) << "position " << i << " id " << ids[i];
  }
  // Spot-check decoded content, not just equality with the single read.
  const Expert& first = (*batch)[0];
  EXPECT_EQ(first.id, ids[0]);
  EXPECT_EQ(first.name.rfind("专家", 0), 0u);
  EXPECT_FALSE(first.fields.empty());
  EXPECT_EQ(first.industries.size(), 2u);
}

TEST_F(StoreBatchTest, LeavesOutNonExpertsAndRepeats) {
  const Id a = expert_ids_[5], b = expert_ids_[600], c = expert_ids_[1202];
  const Id absent = expert_ids_.back() + 1000;
  std::vector<Id> ids = {c, org_ids_[0], a, absent, c, b, a};
  auto batch = store_->GetExperts(ids);
  ASSERT_TRUE(batch.ok()) << batch.status().ToString();
  ASSERT_EQ(batch->size(), 3u);
  EXPECT_EQ((*batch)[0].id, c);
  EXPECT_EQ((*batch)[1].id, a);
  EXPECT_EQ((*batch)[2].id, b);
  EXPECT_EQ((*batch)[0].key, "exp.1202");
  EXPECT_EQ((*batch)[1].key, "exp.5");
  EXPECT_EQ((*batch)[2].key, "exp.600");
  EXPECT_EQ((*batch)[0].affiliation_key, "org.2");  // 1202 % 3
  EXPECT_EQ((*batch)[1].capacity, 3);               // 1 + 5 % 3
}

TEST_F(StoreBatchTest, EmptyAndDeletedAndBadIds) {
  auto empty = store_->GetExperts({});
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());

  const Id gone = expert_ids_[10];
  ASSERT_TRUE(store_->Delete(gone).ok());
  auto after = store_->GetExperts({gone, expert_ids_[11]});
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].id, expert_ids_[11]);

  auto bad = store_->GetExperts({expert_ids_[0], 0});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(bad.status().field(), "ids");
  EXPECT_NE(bad.status().message().find("ids[1]"), std::string::npos);
}

// The team builder lists a consortium member's experts per request: those reads
// must use the affiliation index, never scan the experts table.
TEST_F(StoreBatchTest, ExpertsByAffiliationUseTheIndex) {
  auto db = detail::OpenDatabase(dir_.File("batch.db"), kSchemaVersion);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  for (const char* sql : {"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM experts e WHERE "
                          "e.affiliation_id = ?",
                          "EXPLAIN QUERY PLAN SELECT e.id FROM experts e JOIN records r ON r.id "
                          "= e.id WHERE e.affiliation_id = ? ORDER BY e.id LIMIT 50 OFFSET 0",
                          "EXPLAIN QUERY PLAN SELECT e.id FROM experts e JOIN records r ON r.id "
                          "= e.id WHERE e.id IN (?, ?, ?)"}) {
    auto stmt = (*db)->Prepare(sql);
    ASSERT_TRUE(stmt.ok()) << stmt.status().ToString();
    std::string plan;
    for (;;) {
      auto row = stmt->Step();
      ASSERT_TRUE(row.ok());
      if (!*row) break;
      plan += stmt->Text(3) + "\n";
    }
    EXPECT_EQ(plan.find("SCAN e"), std::string::npos) << sql << "\n" << plan;
    EXPECT_EQ(plan.find("SCAN experts"), std::string::npos) << sql << "\n" << plan;
    EXPECT_NE(plan.find("SEARCH"), std::string::npos) << sql << "\n" << plan;
  }
}

}  // namespace
}  // namespace consortia
