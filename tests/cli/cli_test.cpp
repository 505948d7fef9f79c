// The `consortia` binary end to end: help, usage errors, import problems,
// export -> import round trips (JSON and CSV), demo overwrite protection, list/show.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "data/data.h"
#include "tests/test_util.h"

namespace consortia {
namespace {

using nlohmann::json;
using testing::ReadFile;
using testing::RunConsortia;
using testing::TempDir;
using testing::WriteFile;

Store::Counts CountsOf(const std::string& db) {
  auto store = Store::Open(db);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return {};
  auto counts = (*store)->Count();
  EXPECT_TRUE(counts.ok());
  return counts.ok() ? *counts : Store::Counts{};
}

TEST(CliTest, HelpExitsZero) {
  auto top = RunConsortia("--help");
  EXPECT_EQ(top.exit_code, 0);
  for (const char* cmd : {"demo", "serve", "import", "export", "generate", "list", "show"}) {
    EXPECT_NE(top.output.find(cmd), std::string::npos) << cmd;
    auto help = RunConsortia(std::string(cmd) + " --help");
    EXPECT_EQ(help.exit_code, 0) << cmd << ": " << help.output;
    EXPECT_NE(help.output.find("usage: consortia " + std::string(cmd)), std::string::npos)
        << help.output;
  }
}

TEST(CliTest, BadUsageExitsTwo) {
  TempDir dir;
  const std::string db = dir.File("x.db");
  EXPECT_EQ(RunConsortia("").exit_code, 2);
  EXPECT_EQ(RunConsortia("teleport").exit_code, 2);
  EXPECT_EQ(RunConsortia("import --db " + db).exit_code, 2);  // neither --json nor --csv
  EXPECT_EQ(RunConsortia("import --db " + db + " --json a --csv b").exit_code, 2);
  EXPECT_EQ(RunConsortia("import --json a.json").exit_code, 2);           // no --db
  EXPECT_EQ(RunConsortia("export --db " + db + " --json").exit_code, 2);  // missing value
  EXPECT_EQ(RunConsortia("list planets --db " + db).exit_code, 2);
  EXPECT_EQ(RunConsortia("generate --organizations ten --experts 5 --json -").exit_code, 2);
  auto bad_kind = RunConsortia("list organizations --db " + db + " --kind spaceship");
  EXPECT_EQ(bad_kind.exit_code, 2);
  EXPECT_NE(bad_kind.output.find("kind must be one of"), std::string::npos) << bad_kind.output;
  auto unknown = RunConsortia("serve --db " + db + " --colour red");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.output.find("unknown option --colour"), std::string::npos);
  EXPECT_EQ(RunConsortia("show abc --db " + db).exit_code, 2);
}

TEST(CliTest, BadImportPrintsEveryProblemAndWritesNothing) {
  TempDir dir;
  const std::string db = dir.File("x.db");
  const std::string good = dir.File("good.json");
  WriteFile(good, ToJson(testing::SmallDataset(), false, true).dump());
  ASSERT_EQ(RunConsortia("import --db " + db + " --json " + good).exit_code, 0);
  const Store::Counts before = CountsOf(db);
  EXPECT_EQ(before.organizations, 5);

  const std::string bad = dir.File("bad.json");
  WriteFile(bad, R"({"organizations": [
      {"key": "n1", "name": "新一", "kind": "enterprise", "district": "110108"},
      {"key": "n2", "name": "新二", "kind": "spaceship", "district": "110108"},
      {"key": "n3", "name": "新三", "kind": "enterprise", "district": "999999"}]})");
  auto r = RunConsortia("import --db " + db + " --json " + bad);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find(bad + ":organizations:2: kind: "), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(bad + ":organizations:3: district: "), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("nothing was written"), std::string::npos);
  const Store::Counts after = CountsOf(db);
  EXPECT_EQ(after.organizations, before.organizations);
  EXPECT_EQ(after.experts, before.experts);

  // CSV: the problem names the file and the CSV row (header = row 1).
  const std::string csv = dir.File("csv");
  std::filesystem::create_directories(csv);
  WriteFile(csv + "/organizations.csv",
            "key,name,kind,district\nc1,甲,enterprise,110108\nc2,乙,enterprise,110108\n"
            "c3,丙,spaceship,110108\n");
  auto rc = RunConsortia("import --db " + db + " --csv " + csv);
  EXPECT_EQ(rc.exit_code, 1) << rc.output;
  EXPECT_NE(rc.output.find("organizations.csv:4: kind: "), std::string::npos) << rc.output;
  EXPECT_EQ(CountsOf(db).organizations, before.organizations);

  EXPECT_EQ(RunConsortia("import --db " + db + " --json " + dir.File("missing.json")).exit_code, 1);
}

TEST(CliTest, ExportImportRoundTrip) {
  TempDir dir;
  const std::string gen = dir.File("gen.json");
  auto g = RunConsortia("generate --organizations 80 --experts 300 --seed 7 --json " + gen);
  ASSERT_EQ(g.exit_code, 0) << g.output;
  const json generated = json::parse(ReadFile(gen));
  EXPECT_EQ(generated["organizations"].size(), 80u);
  EXPECT_EQ(generated["experts"].size(), 300u);

  const std::string db1 = dir.File("one.db"), db2 = dir.File("two.db"), db3 = dir.File("three.db");
  ASSERT_EQ(RunConsortia("import --db " + db1 + " --json " + gen).exit_code, 0);
  const std::string out1 = dir.File("out1.json"), out2 = dir.File("out2.json");
  ASSERT_EQ(RunConsortia("export --db " + db1 + " --json " + out1).exit_code, 0);
  ASSERT_EQ(RunConsortia("import --db " + db2 + " --json " + out1).exit_code, 0);
  ASSERT_EQ(RunConsortia("export --db " + db2 + " --json " + out2).exit_code, 0);
  const json one = json::parse(ReadFile(out1));
  EXPECT_EQ(one["organizations"].size(), 80u);
  EXPECT_EQ(one["experts"].size(), 300u);
  EXPECT_EQ(one["ties"].size(), generated["ties"].size());
  EXPECT_EQ(one, json::parse(ReadFile(out2)));

  const std::string csv = dir.File("csv");
  ASSERT_EQ(RunConsortia("export --db " + db1 + " --csv " + csv).exit_code, 0);
  auto imported = RunConsortia("import --db " + db3 + " --csv " + csv);
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_NE(imported.output.find("organizations 80 inserted"), std::string::npos)
      << imported.output;
  auto exported = RunConsortia("export --db " + db3 + " --json -");
  ASSERT_EQ(exported.exit_code, 0);
  // stdout carries the JSON, stderr (mixed in here) a one-line summary after it.
  const std::string text = exported.output.substr(0, exported.output.rfind("exported"));
  EXPECT_EQ(one, json::parse(text));

  // Re-importing the same data inserts nothing.
  auto again = RunConsortia("import --db " + db1 + " --json " + out1);
  EXPECT_NE(again.output.find("organizations 0 inserted, 80 updated"), std::string::npos)
      << again.output;
}

TEST(CliTest, DemoRefusesToOverwrite) {
  TempDir dir;
  const std::string db = dir.File("demo.db");
  const std::string small = " --organizations 120 --experts 400";
  auto first = RunConsortia("demo --db " + db + small);
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_EQ(CountsOf(db).experts, 400);
  auto second = RunConsortia("demo --db " + db + " --organizations 130 --experts 10");
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.output.find("--force"), std::string::npos) << second.output;
  EXPECT_EQ(CountsOf(db).experts, 400);
  auto forced = RunConsortia("demo --db " + db + " --organizations 130 --experts 10 --force");
  ASSERT_EQ(forced.exit_code, 0) << forced.output;
  EXPECT_EQ(CountsOf(db).organizations, 130);
  EXPECT_EQ(CountsOf(db).experts, 10);
}

TEST(CliTest, ListAndShow) {
  TempDir dir;
  const std::string db = dir.File("x.db");
  const std::string good = dir.File("good.json");
  WriteFile(good, ToJson(testing::SmallDataset(), false, true).dump());
  ASSERT_EQ(RunConsortia("import --db " + db + " --json " + good).exit_code, 0);

  auto table = RunConsortia("list organizations --db " + db + " --kind enterprise --leading true");
  ASSERT_EQ(table.exit_code, 0) << table.output;
  EXPECT_NE(table.output.find("ent1"), std::string::npos);
  EXPECT_NE(table.output.find("ent3"), std::string::npos);
  EXPECT_EQ(table.output.find("ent2"), std::string::npos) << table.output;
  EXPECT_NE(table.output.find("1-2 of 2"), std::string::npos) << table.output;

  auto listed = RunConsortia("list experts --db " + db + " --field F04 --json");
  ASSERT_EQ(listed.exit_code, 0);
  json page = json::parse(listed.output);
  EXPECT_EQ(page["total"], 2);
  EXPECT_EQ(page["items"][0]["email"].get<std::string>().find("@example.cn") != std::string::npos,
            true);

  const Id e1 = [&] {
    for (const json& e : page["items"]) {
      if (e["key"] == "e1") return e["id"].get<Id>();
    }
    return Id{0};
  }();
  ASSERT_GT(e1, 0);
  auto shown = RunConsortia("show " + std::to_string(e1) + " --db " + db);
  ASSERT_EQ(shown.exit_code, 0) << shown.output;
  EXPECT_NE(shown.output.find("expert " + std::to_string(e1)), std::string::npos);
  EXPECT_NE(shown.output.find("张院士"), std::string::npos);
  EXPECT_NE(shown.output.find("joint_rnd"), std::string::npos) << shown.output;
  auto missing = RunConsortia("show 999999 --db " + db);
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(RunConsortia("list organizations --db " + dir.File("nope.db")).exit_code, 1);
}

// `consortia routes` prints the server's own table: every method, the access, the limit.
TEST(CliTest, RoutesListsTheRegisteredTable) {
  auto r = RunConsortia("routes");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  for (const char* row : {"GET     /v1/health                             read   -",
                          "PATCH   /v1/consortia/{id}                     write  1 MiB",
                          "PUT     /v1/consortia/{id}                     write  1 MiB",
                          "POST    /v1/search                             read   64 KiB",
                          "POST    /v1/import                             write  64 MiB"}) {
    EXPECT_NE(r.output.find(row), std::string::npos) << row << "\n" << r.output;
  }
  EXPECT_EQ(RunConsortia("routes --colour red").exit_code, 2);
}

// The command line reads bodies and options with the API's reader: its messages.
TEST(CliTest, ProgrammeOptionsAreReadLikeQueries) {
  TempDir dir;
  const std::string db = dir.File("x.db");
  const std::string data = dir.File("data.json");
  WriteFile(data, ToJson(testing::SmallDataset(), false, true).dump());
  ASSERT_EQ(RunConsortia("import --db " + db + " --json " + data).exit_code, 0);
  auto year = RunConsortia("programme list --db " + db + " --year soon");
  EXPECT_EQ(year.exit_code, 2);
  EXPECT_NE(year.output.find("--year must be an integer in 1900..2200 (got \"soon\")"),
            std::string::npos)
      << year.output;
  const std::string twice = dir.File("twice.json");
  WriteFile(twice, R"({"type": "industrial", "type": "regional", "members": []})");
  auto created = RunConsortia("programme create --db " + db + " --json " + twice);
  EXPECT_EQ(created.exit_code, 1);
  EXPECT_NE(created.output.find("type is given twice"), std::string::npos) << created.output;
}

}  // namespace
}  // namespace consortia
