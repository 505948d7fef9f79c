// Online backup and restore (data/data.h BackupDatabase, RestoreDatabase):
// a backup taken while another connection keeps importing is one snapshot
// holding every import acknowledged before it began, each import whole or
// absent; restores check the backup first and never replace a database
// without force or while it is in use.
#include <atomic>
#include <filesystem>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "data/data.h"
#include "tests/temp_dir.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

constexpr int kBatch = 20;

// Batch b: kBatch organisations named "批次<b>号<i>" (the name is the marker).
Dataset Batch(int b) {
  Dataset d;
  for (int i = 0; i < kBatch; ++i) {
    Organization o;
    o.key = "b" + std::to_string(b) + ".o" + std::to_string(i);
    o.name = "批次" + std::to_string(b) + "号" + std::to_string(i);
    o.kind = OrgKind::kEnterprise;
    o.district = "110108";
    o.description = std::string(400, 'x');  // pages enough for a many-step backup
    d.organizations.push_back(o);
  }
  return d;
}

std::int64_t BatchRows(const Store& store, int b) {
  OrgFilter filter;
  filter.text = "批次" + std::to_string(b) + "号";
  filter.limit = 1;
  auto page = store.ListOrganizations(filter);
  EXPECT_TRUE(page.ok());
  return page.ok() ? page->total : -1;
}

std::unique_ptr<Store> OpenStore(const std::string& path) {
  auto store = Store::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

TEST(BackupTest, ASnapshotTakenDuringWritesHoldsEveryEarlierWrite) {
  TempDir dir;
  const std::string db = dir.File("live.db");
  auto store = OpenStore(db);
  ASSERT_TRUE(store);
  for (int b = 0; b < 40; ++b) ASSERT_TRUE(store->Import(Batch(b)).ok());

  // A writer imports batch after batch; `acked` counts the ones that returned.
  std::atomic<int> acked{40};
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    for (int b = 40; !stop; ++b) {
      auto report = store->Import(Batch(b));
      ASSERT_TRUE(report.ok() && report->ok());
      acked = b + 1;
    }
  });
  while (acked < 45) std::this_thread::yield();

  const int before = acked;
  BackupOptions options;
  options.pages_per_step = 4;
  int steps = 0;
  // A slow copy (1 ms per step), so that imports commit while it runs.
  options.progress = [&](std::string_view stage, std::int64_t, std::int64_t) {
    if (stage == "copy") ++steps;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  };
  auto report = BackupDatabase(db, dir.File("live.bak"), options);
  const int after = acked;
  stop = true;
  writer.join();
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GT(steps, 20) << "many steps, never restarted";
  EXPECT_GT(after, before + 2) << "imports committed while the backup ran";
  EXPECT_EQ(report->schema_version, kSchemaVersion);
  EXPECT_GT(report->bytes, 0);

  auto restored_report = RestoreDatabase(dir.File("live.bak"), dir.File("restored.db"));
  ASSERT_TRUE(restored_report.ok()) << restored_report.status().ToString();
  EXPECT_TRUE(restored_report->replaced.empty());
  auto problems = CheckDatabase(dir.File("restored.db"));
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty());

  auto restored = OpenStore(dir.File("restored.db"));
  ASSERT_TRUE(restored);
  EXPECT_EQ(restored->DataVersion(), report->data_version);
  int present = 0;
  for (int b = 0; b < acked; ++b) {
    const std::int64_t rows = BatchRows(*restored, b);
    EXPECT_TRUE(rows == 0 || rows == kBatch) << "batch " << b << " is half there: " << rows;
    if (b < before) {
      EXPECT_EQ(rows, kBatch) << "batch " << b << " was acknowledged before";
    }
    if (b > after) {
      EXPECT_EQ(rows, 0) << "batch " << b << " began after the backup ended";
    }
    present += rows == kBatch;
  }
  EXPECT_LT(present, acked.load()) << "the snapshot is not the end state";
  // The backup is one file: no WAL beside it, and it is not in WAL mode.
  EXPECT_FALSE(fs::exists(dir.File("live.bak-wal")));
  EXPECT_FALSE(fs::exists(dir.File("live.bak.tmp")));
}

TEST(BackupTest, RefusesToOverwriteWithoutBeingTold) {
  TempDir dir;
  auto store = OpenStore(dir.File("a.db"));
  ASSERT_TRUE(store && store->Import(Batch(1)).ok());
  testing::WriteFile(dir.File("exists.bak"), "keep me");
  auto refused = BackupDatabase(dir.File("a.db"), dir.File("exists.bak"));
  EXPECT_EQ(refused.status().code(), Code::kConflict);
  EXPECT_EQ(testing::ReadFile(dir.File("exists.bak")), "keep me");
  BackupOptions overwrite;
  overwrite.overwrite = true;
  EXPECT_TRUE(BackupDatabase(dir.File("a.db"), dir.File("exists.bak"), overwrite).ok());
  EXPECT_EQ(BackupDatabase(dir.File("missing.db"), dir.File("m.bak")).status().code(),
            Code::kNotFound);
  EXPECT_EQ(BackupDatabase(dir.File("a.db"), dir.File("a.db")).status().code(), Code::kConflict);
}

TEST(RestoreTest, ReplacesOnlyWithForceAndKeepsTheReplacedFile) {
  TempDir dir;
  {
    auto old_store = OpenStore(dir.File("old.db"));
    ASSERT_TRUE(old_store && old_store->Import(Batch(1)).ok());
    ASSERT_TRUE(old_store->Import(Batch(2)).ok());  // the WAL holds some of it
    auto source = OpenStore(dir.File("src.db"));
    ASSERT_TRUE(source && source->Import(Batch(3)).ok());
  }
  ASSERT_TRUE(BackupDatabase(dir.File("src.db"), dir.File("src.bak")).ok());

  auto refused = RestoreDatabase(dir.File("src.bak"), dir.File("old.db"));
  EXPECT_EQ(refused.status().code(), Code::kConflict) << refused.status().ToString();
  RestoreOptions force;
  force.force = true;
  auto done = RestoreDatabase(dir.File("src.bak"), dir.File("old.db"), force);
  ASSERT_TRUE(done.ok()) << done.status().ToString();
  EXPECT_EQ(done->replaced, dir.File("old.db.before-restore"));
  {
    auto now = OpenStore(dir.File("old.db"));
    ASSERT_TRUE(now);
    EXPECT_EQ(BatchRows(*now, 3), kBatch);
    EXPECT_EQ(BatchRows(*now, 1), 0);
  }
  // The replaced database is whole, its WAL folded in.
  auto kept = OpenStore(dir.File("old.db.before-restore"));
  ASSERT_TRUE(kept);
  EXPECT_EQ(BatchRows(*kept, 1), kBatch);
  EXPECT_EQ(BatchRows(*kept, 2), kBatch);
}

TEST(RestoreTest, RefusesADatabaseInUse) {
  TempDir dir;
  auto source = OpenStore(dir.File("src.db"));
  ASSERT_TRUE(source && source->Import(Batch(3)).ok());
  ASSERT_TRUE(BackupDatabase(dir.File("src.db"), dir.File("src.bak")).ok());
  auto in_use = OpenStore(dir.File("live.db"));  // as a running server holds it
  ASSERT_TRUE(in_use && in_use->Import(Batch(9)).ok());
  RestoreOptions force;
  force.force = true;
  auto refused = RestoreDatabase(dir.File("src.bak"), dir.File("live.db"), force);
  EXPECT_EQ(refused.status().code(), Code::kConflict) << refused.status().ToString();
  EXPECT_NE(refused.status().message().find("in use"), std::string::npos);
  EXPECT_EQ(BatchRows(*in_use, 9), kBatch);
  EXPECT_FALSE(fs::exists(dir.File("live.db.restore.tmp")));
}

TEST(RestoreTest, ChecksTheBackupBeforeTouchingAnything) {
  TempDir dir;
  {
    auto target = OpenStore(dir.File("target.db"));
    ASSERT_TRUE(target && target->Import(Batch(5)).ok());
    auto source = OpenStore(dir.File("src.db"));
    ASSERT_TRUE(source);
    for (int b = 0; b < 30; ++b) ASSERT_TRUE(source->Import(Batch(b)).ok());
  }
  ASSERT_TRUE(BackupDatabase(dir.File("src.db"), dir.File("good.bak")).ok());
  RestoreOptions force;
  force.force = true;

  // A damaged copy: a run of pages overwritten in the middle.
  std::string bytes = testing::ReadFile(dir.File("good.bak"));
  ASSERT_GT(bytes.size(), 64u << 10);
  for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 16384; ++i) bytes[i] = '\x5a';
  testing::WriteFile(dir.File("damaged.bak"), bytes);
  auto damaged = RestoreDatabase(dir.File("damaged.bak"), dir.File("target.db"), force);
  EXPECT_EQ(damaged.status().code(), Code::kCorruption) << damaged.status().ToString();

  testing::WriteFile(dir.File("text.bak"), std::string(8192, 'x'));
  EXPECT_FALSE(RestoreDatabase(dir.File("text.bak"), dir.File("target.db"), force).ok());

  {  // A sound SQLite database, but not a Consortia one.
    sqlite3* plain = nullptr;
    ASSERT_EQ(sqlite3_open(dir.File("plain.db").c_str(), &plain), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(plain, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
    sqlite3_close(plain);
  }
  auto not_ours = CheckDatabase(dir.File("plain.db"));
  ASSERT_TRUE(not_ours.ok());
  EXPECT_TRUE(not_ours->empty());
  auto refused = RestoreDatabase(dir.File("plain.db"), dir.File("target.db"), force);
  EXPECT_EQ(refused.status().code(), Code::kInvalidArgument) << refused.status().ToString();
  EXPECT_EQ(RestoreDatabase(dir.File("missing.bak"), dir.File("target.db"), force).status().code(),
            Code::kNotFound);

  // The target is untouched, and no temporary file is left behind.
  auto target = OpenStore(dir.File("target.db"));
  ASSERT_TRUE(target);
  EXPECT_EQ(BatchRows(*target, 5), kBatch);
  EXPECT_FALSE(fs::exists(dir.File("target.db.restore.tmp")));
  EXPECT_FALSE(fs::exists(dir.File("target.db.before-restore")));
}

TEST(CheckDatabaseTest, ReportsReferencesToMissingRows) {
  TempDir dir;
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.File("fk.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE p(id INTEGER PRIMARY KEY);"
                         "CREATE TABLE c(x REFERENCES p(id)); INSERT INTO c VALUES (5);",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto problems = CheckDatabase(dir.File("fk.db"));
  ASSERT_TRUE(problems.ok()) << problems.status().ToString();
  ASSERT_EQ(problems->size(), 1u);
  EXPECT_EQ((*problems)[0], "foreign key: c row 1 refers to a missing p");
  EXPECT_EQ(CheckDatabase(dir.File("none.db")).status().code(), Code::kNotFound);
}

TEST(StoreFilesTest, SizesOfTheDatabaseAndItsWal) {
  TempDir dir;
  auto store = OpenStore(dir.File("f.db"));
  ASSERT_TRUE(store && store->Import(Batch(1)).ok());
  const DatabaseFiles files = store->Files();
  EXPECT_EQ(files.path, dir.File("f.db"));
  EXPECT_GT(files.db_bytes + files.wal_bytes, 4096);
  auto memory = OpenStore(":memory:");
  ASSERT_TRUE(memory);
  EXPECT_EQ(memory->Files().db_bytes, 0);
  EXPECT_TRUE(memory->Files().path.empty());
}

}  // namespace
}  // namespace consortia
