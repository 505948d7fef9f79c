#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "data/data.h"
#include "sqlite.h"
#include "tests/temp_dir.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;

class MigrationTest : public ::testing::Test {
 protected:
  testing::TempDir dir_{"consortia_migration_test"};
  std::string path_ = dir_.File("old.db");
};

TEST_F(MigrationTest, V1DatabaseIsUpgradedWithDataIntact) {
  {
    auto db = detail::OpenDatabase(path_, 1);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 1);
    // v1 has no version column and no meta table.
    EXPECT_FALSE((*db)->Exec("SELECT version FROM organizations").ok());
    EXPECT_FALSE((*db)->Exec("SELECT * FROM meta").ok());
    Status st = (*db)->Exec(R"sql(
      INSERT INTO records(id, key, type) VALUES (1, 'soc.nat', 0), (2, 'soc.nat.ic', 0),
                                                (3, 'exp.a', 1);
      INSERT INTO organizations(id, name, kind, parent_id, district, industries, staff)
        VALUES (1, '中国电子学会', 'national_society', NULL, '110108', '[["ngit",1.0]]', 12),
               (2, '集成电路专业委员会', 'society_committee', 1, '110108', '[]', 0);
      INSERT INTO record_industries(code, id) VALUES ('ngit', 1);
      INSERT INTO experts(id, name, title, academy, affiliation_id, fields, industries, capacity)
        VALUES (3, '张院士', 'academician', 'CAE', 1, '["F0402"]', '[["ic",0.5]]', 2);
      INSERT INTO expert_fields(code, id) VALUES ('F0402', 3);
      INSERT INTO ties(from_id, to_id, kind, year) VALUES (3, 1, 'standard', 2018);
    )sql");
    ASSERT_TRUE(st.ok()) << st.ToString();
  }

  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Store& s = **store;
  EXPECT_EQ(s.SchemaVersion(), kSchemaVersion);
  EXPECT_EQ(s.DataVersion(), 1);  // pre-versioning rows count as version 1

  auto nat = s.GetOrganization(1);
  ASSERT_TRUE(nat.ok());
  EXPECT_EQ(nat->name, "中国电子学会");
  EXPECT_EQ(nat->kind, OrgKind::kNationalSociety);
  EXPECT_EQ(nat->staff, 12);
  EXPECT_EQ(nat->industries, (std::vector<Weighted>{{"ngit", 1.0}}));
  auto com = s.GetOrganization(2);
  ASSERT_TRUE(com.ok());
  EXPECT_EQ(com->parent_key, "soc.nat");
  auto a = s.GetExpert(3);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->academy, "CAE");
  EXPECT_EQ(a->affiliation_key, "soc.nat");
  EXPECT_EQ(a->capacity, 2);
  EXPECT_EQ(a->fields, (std::vector<std::string>{"F0402"}));
  auto ties = s.AllTies();
  ASSERT_TRUE(ties.ok());
  ASSERT_EQ(ties->size(), 1u);
  EXPECT_EQ((*ties)[0].from_key, "exp.a");
  EXPECT_EQ((*ties)[0].kind, TieKind::kStandard);

  auto changes = s.ChangesSince(0);
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(changes->organizations.size(), 2u);
  EXPECT_EQ(changes->experts.size(), 1u);
  EXPECT_TRUE(s.ChangesSince(1)->organizations.empty());

  // The upgraded store keeps working: filters, new ids after the old ones, versions.
  ExpertFilter f;
  f.field = "F04";
  EXPECT_EQ(s.ListExperts(f)->total, 1);
  Dataset more;
  Organization uni;
  uni.key = "uni.new";
  uni.name = "新大学";
  uni.kind = OrgKind::kUniversity;
  more.organizations = {uni};
  auto report = s.Import(more);
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->ok());
  EXPECT_EQ(s.DataVersion(), 2);
  EXPECT_EQ(s.GetOrganization(4)->key, "uni.new");
  EXPECT_EQ(s.ChangesSince(1)->organizations.size(), 1u);
}

TEST_F(MigrationTest, EmptyV1DatabaseStartsAtDataVersionZero) {
  ASSERT_TRUE(detail::OpenDatabase(path_, 1).ok());
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->SchemaVersion(), kSchemaVersion);
  EXPECT_EQ((*store)->DataVersion(), 0);
}

TEST_F(MigrationTest, V2DatabaseIsUpgradedWithDataIntactAndGainsTheRegistry) {
  {
    auto db = detail::OpenDatabase(path_, 2);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    EXPECT_FALSE((*db)->Exec("SELECT * FROM consortia").ok());  // v2 has no registry
    Status st = (*db)->Exec(R"sql(
      INSERT INTO records(id, key, type) VALUES (1, 'ent.a', 0), (2, 'exp.a', 1);
      INSERT INTO organizations(id, name, kind, leading, district, version)
        VALUES (1, '北方芯材科技有限公司', 'enterprise', 1, '110108', 1);
      INSERT INTO experts(id, name, title, affiliation_id, capacity, version)
        VALUES (2, '王院士', 'academician', 1, 2, 1);
      UPDATE meta SET value = 1 WHERE key = 'data_version';
    )sql");
    ASSERT_TRUE(st.ok()) << st.ToString();
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Store& s = **store;
  EXPECT_EQ(s.SchemaVersion(), kSchemaVersion);
  EXPECT_EQ(s.DataVersion(), 1);
  EXPECT_EQ(s.GetOrganization(1)->name, "北方芯材科技有限公司");
  EXPECT_TRUE(s.GetOrganization(1)->leading);
  EXPECT_EQ(s.GetExpert(2)->capacity, 2);
  // The registry is there and empty, and works.
  EXPECT_TRUE(s.ListConsortia()->empty());
  ConsortiumRecord r;
  r.type = "industrial";
  r.industry = "ic";
  r.members = {{1, "leading_enterprise"}};
  r.team.leader_id = 2;
  auto created = s.CreateConsortium(r, "tester");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ(s.Commitments()->organizations.at(1), 1);
  EXPECT_EQ(s.DataVersion(), 1);  // registry writes do not move the data version
}

TEST_F(MigrationTest, NewerSchemaIsRefused) {
  {
    auto db = detail::OpenDatabase(path_, kSchemaVersion);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 99").ok());
  }
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Code::kCorruption);
}

TEST_F(MigrationTest, TargetVersionIsChecked) {
  EXPECT_EQ(detail::OpenDatabase(path_, 0).status().field(), "target_version");
  EXPECT_EQ(detail::OpenDatabase(path_, kSchemaVersion + 1).status().code(),
            Code::kInvalidArgument);
}

}  // namespace
}  // namespace consortia
