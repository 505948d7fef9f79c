#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/temp_dir.h"

#include "data/data.h"
#include "internal.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;

using TempDir = testing::TempDir;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Dump(const std::vector<ImportProblem>& problems) {
  std::string out;
  for (const auto& p : problems) {
    out += p.file + ":" + std::to_string(p.row) + ":" + p.field + ": " + p.message + "\n";
  }
  return out;
}

// A dataset with awkward content: CSV metacharacters, CJK, fractional weights,
// a committee before its parent, an expert tie, every list field non-empty.
constexpr const char* kTricky = R"json({
  "organizations": [
    {"key": "soc.nat.ic", "name": "集成电路专业委员会", "kind": "society_committee",
     "parent": "soc.nat", "description": "line one\nline two, with \"quotes\""},
    {"key": "ent:lead-1", "name": "龙头, 企业", "name_en": " Lead Co ", "kind": "enterprise",
     "leading": true, "district": "110108", "zone": "zgc_science_city", "park": "zgc_haidian",
     "industries": [{"code": "ic", "weight": 0.1}, {"code": "ai", "weight": 0.333333333333}],
     "subfields": ["ic.design", "ai.ml"], "capabilities": ["rnd", "standards"],
     "keywords": ["EDA", "芯片, 设计", "a\"b"], "description": "50% 更好"},
    {"key": "soc.nat", "name": "中国电子学会", "kind": "national_society", "staff": 12,
     "expert_team": 300},
    {"key": "uni.pku", "name": "北京大学", "kind": "university", "district": "110108"}
  ],
  "experts": [
    {"key": "exp.a", "name": "张院士", "title": "academician", "academy": "CAS",
     "affiliation": "uni.pku", "fields": ["F0402", "F05"], "industries": [{"code": "ic"}],
     "keywords": ["光刻"], "capacity": 2, "email": "zhang@pku.edu.cn", "phone": "+86 10 1234"},
    {"key": "exp.b", "name": "李工", "title": "other", "affiliation": "ent:lead-1",
     "description": "\"quoted\" start"}
  ],
  "ties": [
    {"from": "exp.a", "to": "ent:lead-1", "kind": "technology_transfer", "year": 2021},
    {"from": "uni.pku", "to": "ent:lead-1", "kind": "joint_rnd", "year": 2020},
    {"from": "uni.pku", "to": "ent:lead-1", "kind": "joint_rnd", "year": 2019},
    {"from": "soc.nat.ic", "to": "uni.pku", "kind": "standard", "year": 2022}
  ]
})json";

std::unique_ptr<Store> StoreWith(const Dataset& d) {
  auto store = Store::Open(":memory:");
  EXPECT_TRUE(store.ok());
  auto report = (*store)->Import(d);
  EXPECT_TRUE(report.ok());
  EXPECT_TRUE(report->ok()) << Dump(report->problems);
  return std::move(store).value();
}

Dataset Tricky() {
  std::vector<ImportProblem> problems;
  Dataset d = ParseJsonDataset(kTricky, &problems);
  EXPECT_TRUE(problems.empty()) << Dump(problems);
  return d;
}

TEST(ExportTest, JsonRoundTripIsIdentical) {
  auto first = StoreWith(Tricky());
  auto exported = first->Export();
  ASSERT_TRUE(exported.ok());
  EXPECT_EQ(exported->organizations.size(), 4u);
  EXPECT_EQ(exported->experts.size(), 2u);
  EXPECT_EQ(exported->ties.size(), 4u);
  const std::string json1 = ToJson(*exported, false, true).dump(2);
  EXPECT_EQ(json1.find("\"id\""), std::string::npos);

  std::vector<ImportProblem> problems;
  auto second = StoreWith(ParseJsonDataset(json1, &problems));
  ASSERT_TRUE(problems.empty()) << Dump(problems);
  const std::string json2 = ToJson(*second->Export(), false, true).dump(2);
  EXPECT_EQ(json1, json2);

  // Content survives, not only the text.
  const Organization& lead = exported->organizations[1];
  EXPECT_EQ(lead.name, "龙头, 企业");
  EXPECT_EQ(lead.name_en, " Lead Co ");
  EXPECT_EQ(lead.industries[1].weight, 0.333333333333);
  EXPECT_EQ(lead.keywords, (std::vector<std::string>{"EDA", "芯片, 设计", "a\"b"}));
  EXPECT_EQ(exported->experts[0].phone, "+86 10 1234");
  // Ties in a stable order: organisations' ties first, then experts', each by id.
  EXPECT_EQ(exported->ties[0].from_key, "soc.nat.ic");
  EXPECT_EQ(exported->ties[1].year, 2019);
  EXPECT_EQ(exported->ties[3].from_key, "exp.a");
}

TEST(ExportTest, CsvRoundTripIsIdentical) {
  TempDir dir;
  auto first = StoreWith(Tricky());
  auto exported = first->Export();
  ASSERT_TRUE(exported.ok());
  ASSERT_TRUE(WriteCsvDataset(*exported, dir.File("one")).ok());

  std::vector<ImportProblem> problems;
  Dataset parsed = ParseCsvDataset(dir.File("one"), &problems);
  ASSERT_TRUE(problems.empty()) << Dump(problems);
  auto second = StoreWith(parsed);
  auto again = second->Export();
  ASSERT_TRUE(again.ok());
  ASSERT_TRUE(WriteCsvDataset(*again, dir.File("two")).ok());
  for (const char* file : {"organizations.csv", "experts.csv", "ties.csv"}) {
    const std::string a = ReadAll(dir.File("one") + "/" + file);
    EXPECT_FALSE(a.empty());
    EXPECT_EQ(a, ReadAll(dir.File("two") + "/" + file)) << file;
  }
  // And the CSV path loses nothing compared with JSON.
  EXPECT_EQ(ToJson(*exported, false, true), ToJson(*again, false, true));
  const std::string ties = ReadAll(dir.File("one") + "/ties.csv");
  EXPECT_EQ(ties.substr(0, ties.find('\n')), "from,to,kind,year");
}

TEST(ExportTest, CsvQuotingRules) {
  std::string row;
  detail::AppendCsvRow(&row, {"plain", "a,b", "say \"hi\"", "two\nlines", "", " pad"});
  EXPECT_EQ(row, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\" pad\"\n");
  std::vector<std::vector<std::string>> rows;
  std::string error;
  int error_row = 0;
  ASSERT_TRUE(detail::ParseCsv(row + "x,\"\"\r\n", &rows, &error, &error_row)) << error;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"plain", "a,b", "say \"hi\"", "two\nlines", "", " pad"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"x", ""}));

  EXPECT_FALSE(detail::ParseCsv("a,b\nc,d\"e\n", &rows, &error, &error_row));
  EXPECT_EQ(error_row, 2);
  EXPECT_FALSE(detail::ParseCsv("a,\"b\"c\n", &rows, &error, &error_row));
  EXPECT_EQ(error_row, 1);
  EXPECT_FALSE(detail::ParseCsv("a\n\"never closed\n", &rows, &error, &error_row));
  EXPECT_EQ(error_row, 2);
}

TEST(ExportTest, ToJsonIdsAndContacts) {
  auto store = StoreWith(Tricky());
  auto expert = store->GetExpert(5);
  ASSERT_TRUE(expert.ok());
  nlohmann::json with = ToJson(*expert, true, false);
  EXPECT_EQ(with["id"], 5);
  EXPECT_EQ(with["affiliation_id"], 4);
  EXPECT_EQ(with["affiliation"], "uni.pku");
  EXPECT_FALSE(with.contains("email"));
  nlohmann::json contacts = ToJson(*expert, false, true);
  EXPECT_FALSE(contacts.contains("id"));
  EXPECT_EQ(contacts["email"], "zhang@pku.edu.cn");
  EXPECT_EQ(ToJson(*store->GetOrganization(1), true)["parent_id"], 3);
  auto ties = store->AllTies();
  nlohmann::json tie = ToJson((*ties)[0], true);
  EXPECT_EQ(tie["from_id"], 1);
  EXPECT_EQ(tie["to_id"], 4);
  // Output with ids parses back (ids are accepted and ignored by Import).
  std::vector<ImportProblem> problems;
  Dataset d = ParseJsonDataset(ToJson(*store->Export(), true, true).dump(), &problems);
  EXPECT_TRUE(problems.empty()) << Dump(problems);
  EXPECT_EQ(d.experts[0].affiliation_id, 4);
}

TEST(ExportTest, WeightsPrintShortest) {
  EXPECT_EQ(detail::FormatWeight(1.0), "1");
  EXPECT_EQ(detail::FormatWeight(0.1), "0.1");
  double w = 0;
  ASSERT_TRUE(detail::ParseWeight("0.333333333333", &w));
  EXPECT_EQ(w, 0.333333333333);
  EXPECT_FALSE(detail::ParseWeight("0.5x", &w));
  EXPECT_FALSE(detail::ParseWeight("", &w));
}

}  // namespace
}  // namespace consortia
