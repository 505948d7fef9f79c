// `consortia backup` of a running server while it takes imports over HTTP,
// then `consortia restore`: the restored database opens, passes
// integrity_check and holds every import acknowledged before the backup
// began, each whole; restore refuses a database in use or one that exists.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "data/data.h"
#include "tests/server_process.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::RunConsortia;
using testing::ServerProcess;
using testing::TempDir;

constexpr int kBatch = 25;
constexpr const char* kToken = "backup-token";

// An import body of kBatch organisations named "备份批<b>号<i>".
std::string BatchBody(int b) {
  json orgs = json::array();
  for (int i = 0; i < kBatch; ++i) {
    orgs.push_back({{"key", "bk" + std::to_string(b) + "." + std::to_string(i)},
                    {"name", "备份批" + std::to_string(b) + "号" + std::to_string(i)},
                    {"kind", "enterprise"},
                    {"district", "110108"},
                    {"description", std::string(300, 'd')}});
  }
  return json{{"organizations", orgs}}.dump();
}

std::int64_t BatchRows(const Store& store, int b) {
  OrgFilter filter;
  filter.text = "备份批" + std::to_string(b) + "号";
  filter.limit = 1;
  auto page = store.ListOrganizations(filter);
  return page.ok() ? page->total : -1;
}

TEST(BackupCliTest, BackUpARunningServerDuringImportsThenRestore) {
  TempDir dir;
  const std::string db = dir.File("live.db");
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Import(testing::SmallDataset()).ok());
  }
  ServerProcess server;
  ASSERT_TRUE(server.Start(db, kToken, dir.File("server.log"))) << server.message();

  std::atomic<int> acked{0};
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    httplib::Client client("127.0.0.1", server.port());
    client.set_read_timeout(60);
    const httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
    for (int b = 0; !stop; ++b) {
      auto res = client.Post("/v1/import", auth, BatchBody(b), "application/json");
      ASSERT_TRUE(res && res->status == 200) << (res ? res->body : "no answer");
      acked = b + 1;
    }
  });
  while (acked < 3) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const int before = acked;
  auto backup = RunConsortia("backup --db " + db + " --out " + dir.File("live.bak"));
  const int after = acked;
  // A restore into the live database is refused while the server has it open.
  auto in_use = RunConsortia("restore --from " + dir.File("live.bak") + " --db " + db + " --force");
  stop = true;
  writer.join();
  server.Signal(SIGTERM);
  EXPECT_EQ(server.Wait(), 0) << server.log();

  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  EXPECT_NE(backup.output.find("integrity ok"), std::string::npos) << backup.output;
  EXPECT_EQ(in_use.exit_code, 1) << in_use.output;
  EXPECT_NE(in_use.output.find("in use"), std::string::npos) << in_use.output;

  const std::string restored_db = dir.File("restored.db");
  auto restore = RunConsortia("restore --from " + dir.File("live.bak") + " --db " + restored_db);
  ASSERT_EQ(restore.exit_code, 0) << restore.output;
  auto again = RunConsortia("restore --from " + dir.File("live.bak") + " --db " + restored_db);
  EXPECT_EQ(again.exit_code, 1) << "an existing database needs --force: " << again.output;
  EXPECT_NE(again.output.find("--force"), std::string::npos) << again.output;

  auto problems = CheckDatabase(restored_db);
  ASSERT_TRUE(problems.ok()) << problems.status().ToString();
  EXPECT_TRUE(problems->empty());
  auto restored = Store::Open(restored_db);
  ASSERT_TRUE(restored.ok()) << restored.status().ToString();
  for (int b = 0; b < acked; ++b) {
    const std::int64_t rows = BatchRows(**restored, b);
    EXPECT_TRUE(rows == 0 || rows == kBatch) << "batch " << b << ": " << rows;
    if (b < before) {
      EXPECT_EQ(rows, kBatch) << "batch " << b << " was acknowledged before";
    }
    if (b > after) {
      EXPECT_EQ(rows, 0) << "batch " << b << " began after the backup";
    }
  }
  auto counts = (*restored)->Count();
  ASSERT_TRUE(counts.ok());
  EXPECT_GE(counts->experts, 3);

  // The restored database serves.
  ServerProcess again_server;
  ASSERT_TRUE(again_server.Start(restored_db, kToken, dir.File("restored.log")))
      << again_server.message();
  httplib::Client client("127.0.0.1", again_server.port());
  auto health = client.Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["organizations"], counts->organizations);
}

TEST(BackupCliTest, UsageAndFailures) {
  TempDir dir;
  EXPECT_EQ(RunConsortia("backup --db " + dir.File("x.db")).exit_code, 2);   // no --out
  EXPECT_EQ(RunConsortia("restore --db " + dir.File("x.db")).exit_code, 2);  // no --from
  auto missing = RunConsortia("backup --db " + dir.File("none.db") + " --out " + dir.File("o.bak"));
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.output.find("no database"), std::string::npos) << missing.output;
  auto help = RunConsortia("backup --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.output.find("online backup"), std::string::npos);
}

}  // namespace
}  // namespace consortia
