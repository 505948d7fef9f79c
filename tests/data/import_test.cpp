#include <filesystem>
#include <fstream>
#include <random>

#include <gtest/gtest.h>

#include "tests/temp_dir.h"

#include "data/data.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;

using TempDir = testing::TempDir;

// True if some problem has exactly this file, row and field.
bool Has(const std::vector<ImportProblem>& problems, const std::string& file, int row,
         const std::string& field) {
  for (const auto& p : problems) {
    if (p.file == file && p.row == row && p.field == field) return true;
  }
  return false;
}

std::string Dump(const std::vector<ImportProblem>& problems) {
  std::string out;
  for (const auto& p : problems) {
    out += p.file + ":" + std::to_string(p.row) + ":" + p.field + ": " + p.message + "\n";
  }
  return out;
}

std::vector<ImportProblem> ParseProblems(const std::string& json) {
  std::vector<ImportProblem> problems;
  ParseJsonDataset(json, &problems);
  return problems;
}

// Parses (expecting no syntax problem) and imports into a fresh in-memory store.
std::vector<ImportProblem> ImportProblems(const std::string& json) {
  std::vector<ImportProblem> problems;
  Dataset d = ParseJsonDataset(json, &problems);
  EXPECT_TRUE(problems.empty()) << Dump(problems);
  auto store = Store::Open(":memory:");
  EXPECT_TRUE(store.ok());
  auto report = (*store)->Import(d);
  EXPECT_TRUE(report.ok());
  return report->problems;
}

constexpr const char* kValid = R"json({
  "organizations": [
    {"key": "soc.nat", "name": "中国电子学会", "kind": "national_society", "staff": 10,
     "expert_team": 50, "industries": [{"code": "ngit", "weight": 1}]},
    {"key": "uni.pku", "name": "北京大学", "name_en": "Peking University", "kind": "university",
     "district": "110108", "zone": "zgc_science_city", "park": "zgc_haidian",
     "capabilities": ["rnd"], "subfields": ["ic.design"], "keywords": ["芯片"]},
    {"key": "ent.lead", "name": "龙头企业", "kind": "enterprise", "leading": true,
     "industries": [{"code": "ic"}, {"code": "ai", "weight": 0.25}]}
  ],
  "experts": [
    {"key": "exp.a", "name": "张院士", "title": "academician", "academy": "CAE",
     "affiliation": "uni.pku", "fields": ["F0402"], "capacity": 2, "email": "a@b.cn"}
  ],
  "ties": [{"from": "exp.a", "to": "ent.lead", "kind": "joint_rnd", "year": 2021}]
})json";

TEST(JsonImportTest, ValidDatasetParsesAndImports) {
  std::vector<ImportProblem> problems;
  Dataset d = ParseJsonDataset(kValid, &problems);
  ASSERT_TRUE(problems.empty()) << Dump(problems);
  ASSERT_EQ(d.organizations.size(), 3u);
  EXPECT_EQ(d.organizations[2].industries, (std::vector<Weighted>{{"ic", 1.0}, {"ai", 0.25}}));
  EXPECT_TRUE(d.organizations[2].leading);
  EXPECT_EQ(d.experts[0].capacity, 2);
  EXPECT_EQ(d.experts[0].title, Title::kAcademician);
  EXPECT_EQ(d.ties[0].year, 2021);
  EXPECT_TRUE(ImportProblems(kValid).empty());
}

TEST(JsonImportTest, InvalidJsonIsOneProblemWithPosition) {
  auto problems = ParseProblems("{\n  \"organizations\": [\n    {\"key\": }\n]}");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].row, 0);
  EXPECT_NE(problems[0].message.find("line 3"), std::string::npos) << problems[0].message;
}

TEST(JsonImportTest, EveryProblemIsCollected) {
  auto problems = ParseProblems(R"json({
    "organizations": [
      {"key": "a", "name": "", "kind": "enterprise"},
      {"key": "b", "name": "B", "kind": "spaceship"},
      {"key": "c", "name": "C", "kind": "enterprise", "industries": [{"code": "steel"}]},
      {"key": "d", "name": "D", "kind": "society_committee"},
      {"key": "e", "nmae": "E", "kind": "enterprise"},
      {"key": "f", "name": "F", "kind": "enterprise", "staff": "ten"},
      {"key": "g h", "name": "G", "kind": "park", "leading": true, "district": "999999"}
    ],
    "experts": [
      {"key": "x", "name": "X", "title": "academician", "affiliation": "a", "fields": ["Z99"],
       "capacity": 0}
    ],
    "ties": [{"from": "a", "to": "b", "kind": "joint_rnd", "year": 1800}],
    "extra": []
  })json");
  EXPECT_TRUE(Has(problems, "organizations", 1, "name")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "organizations", 2, "kind"));
  EXPECT_TRUE(Has(problems, "organizations", 3, "industries"));
  EXPECT_TRUE(Has(problems, "organizations", 4, "parent"));
  EXPECT_TRUE(Has(problems, "organizations", 5, "nmae"));  // typo: unknown field
  EXPECT_TRUE(Has(problems, "organizations", 5, "name"));  // and so name is missing
  EXPECT_TRUE(Has(problems, "organizations", 6, "staff"));
  EXPECT_TRUE(Has(problems, "organizations", 7, "key"));
  EXPECT_TRUE(Has(problems, "organizations", 7, "leading"));
  EXPECT_TRUE(Has(problems, "organizations", 7, "district"));
  EXPECT_TRUE(Has(problems, "experts", 1, "academy"));
  EXPECT_TRUE(Has(problems, "experts", 1, "fields"));
  EXPECT_TRUE(Has(problems, "experts", 1, "capacity"));
  EXPECT_TRUE(Has(problems, "ties", 1, "year"));
  EXPECT_TRUE(Has(problems, "", 0, "extra"));
  EXPECT_EQ(problems.size(), 15u) << Dump(problems);
}

TEST(JsonImportTest, WrongTypesNameTheField) {
  auto problems = ParseProblems(R"json({"organizations": [
    {"key": 7, "name": "A", "kind": "enterprise", "leading": "yes", "keywords": "k",
     "industries": {"code": "ic"}}],
    "experts": {}})json");
  EXPECT_TRUE(Has(problems, "organizations", 1, "key")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "organizations", 1, "leading"));
  EXPECT_TRUE(Has(problems, "organizations", 1, "keywords"));
  EXPECT_TRUE(Has(problems, "organizations", 1, "industries"));
  EXPECT_TRUE(Has(problems, "experts", 0, ""));
  EXPECT_EQ(problems.size(), 5u) << Dump(problems);
}

TEST(ImportValidationTest, IndustryWeightsAndDuplicates) {
  auto problems = ParseProblems(R"json({"organizations": [
    {"key": "a", "name": "A", "kind": "enterprise",
     "industries": [{"code": "ic", "weight": 0}, {"code": "ai", "weight": 0.5},
                    {"code": "ai", "weight": 1.5}]}]})json");
  ASSERT_EQ(problems.size(), 3u) << Dump(problems);
  for (const auto& p : problems) EXPECT_EQ(p.field, "industries");
}

TEST(ImportValidationTest, DuplicateKeysAcrossOrganisationsAndExperts) {
  auto problems = ImportProblems(R"json({
    "organizations": [{"key": "dup", "name": "A", "kind": "university"},
                      {"key": "dup", "name": "B", "kind": "university"}],
    "experts": [{"key": "dup", "name": "C", "title": "other", "affiliation": "dup"}]})json");
  EXPECT_TRUE(Has(problems, "organizations", 2, "key")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "experts", 1, "key"));
  EXPECT_EQ(problems.size(), 2u);
}

TEST(ImportValidationTest, TieToMissingRecord) {
  auto problems = ImportProblems(R"json({
    "organizations": [{"key": "a", "name": "A", "kind": "university"}],
    "experts": [{"key": "x", "name": "X", "title": "other", "affiliation": "a"}],
    "ties": [{"from": "a", "to": "ghost", "kind": "brand", "year": 2000},
             {"from": "nobody", "to": "a", "kind": "brand", "year": 2000},
             {"from": "a", "to": "x", "kind": "brand", "year": 2000}]})json");
  EXPECT_TRUE(Has(problems, "ties", 1, "to")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "ties", 2, "from"));
  EXPECT_TRUE(Has(problems, "ties", 3, "to"));  // ties point to organisations
  EXPECT_EQ(problems.size(), 3u);
}

TEST(ImportValidationTest, CommitteeNeedsNationalSocietyParent) {
  auto problems = ImportProblems(R"json({"organizations": [
    {"key": "muni", "name": "北京市学会", "kind": "municipal_society"},
    {"key": "c1", "name": "委员会一", "kind": "society_committee", "parent": "muni"},
    {"key": "c2", "name": "委员会二", "kind": "society_committee", "parent": "missing"},
    {"key": "c3", "name": "委员会三", "kind": "society_committee", "parent": "nat"},
    {"key": "nat", "name": "全国学会", "kind": "national_society"}]})json");
  EXPECT_TRUE(Has(problems, "organizations", 2, "parent")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "organizations", 3, "parent"));
  EXPECT_EQ(problems.size(), 2u);  // c3's parent comes later in the same import: fine
}

TEST(ImportValidationTest, ExpertAffiliationMustBeAnOrganisation) {
  auto problems = ImportProblems(R"json({
    "organizations": [{"key": "a", "name": "A", "kind": "university"}],
    "experts": [{"key": "x", "name": "X", "title": "other", "affiliation": "missing"},
                {"key": "y", "name": "Y", "title": "other", "affiliation": "x"}]})json");
  EXPECT_TRUE(Has(problems, "experts", 1, "affiliation")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "experts", 2, "affiliation"));
  EXPECT_EQ(problems.size(), 2u);
  // A missing affiliation is a syntax problem already.
  auto syntax =
      ParseProblems(R"json({"experts": [{"key": "z", "name": "Z", "title": "other"}]})json");
  EXPECT_TRUE(Has(syntax, "experts", 1, "affiliation")) << Dump(syntax);
}

TEST(ImportValidationTest, ReferencesResolveAgainstTheStore) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  std::vector<ImportProblem> problems;
  ASSERT_TRUE((*store)->Import(ParseJsonDataset(kValid, &problems))->ok());
  auto report = (*store)->Import(ParseJsonDataset(R"json({
    "organizations": [{"key": "c", "name": "委员会", "kind": "society_committee",
                       "parent": "soc.nat"},
                      {"key": "soc.nat", "name": "改名", "kind": "municipal_society"}],
    "experts": [{"key": "y", "name": "Y", "title": "other", "affiliation": "ent.lead"}],
    "ties": [{"from": "y", "to": "uni.pku", "kind": "brand", "year": 2022}]})json",
                                                  &problems));
  ASSERT_TRUE(problems.empty());
  ASSERT_TRUE(report.ok());
  // soc.nat becomes municipal in the same import, so c's parent is wrong.
  EXPECT_TRUE(Has(report->problems, "organizations", 1, "parent")) << Dump(report->problems);
  EXPECT_EQ(report->problems.size(), 1u);
}

TEST(ImportValidationTest, BrokenUtf8NamesTheField) {
  Dataset d;
  Organization o;
  o.key = "a";
  o.name = "好\xE5\xA5";  // truncated sequence
  o.kind = OrgKind::kUniversity;
  o.description = "ok \xC0\xAF";  // overlong '/'
  d.organizations = {o};
  auto store = Store::Open(":memory:");
  auto report = (*store)->Import(d);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(Has(report->problems, "organizations", 1, "name")) << Dump(report->problems);
  EXPECT_TRUE(Has(report->problems, "organizations", 1, "description"));
  EXPECT_EQ(report->problems.size(), 2u);
  EXPECT_EQ((*store)->DataVersion(), 0);

  // JSON with broken UTF-8 cannot be parsed at all: one problem with its position.
  auto problems = ParseProblems("{\"organizations\": [{\"name\": \"\xFF\"}]}");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("line 1, column 30"), std::string::npos)
      << problems[0].message;
}

TEST(CsvImportTest, ValidFilesParse) {
  TempDir dir;
  dir.Write("organizations.csv",
            "key,name,kind,leading,industries,capabilities,description\n"
            "ent.a,\"企业, 甲\",enterprise,1,ic:0.5;ai,rnd;laboratory,\"He said \"\"hi\"\"\n"
            "second line\"\n"
            "uni.b,大学,university,false,,,\r\n");
  dir.Write("experts.csv",
            "\xEF\xBB\xBFkey,name,title,affiliation,fields,capacity\n"
            "exp.a,专家,senior,uni.b,F04;F0402,3\n");
  dir.Write("ties.csv", "from,to,kind,year\nexp.a,ent.a,joint_project,2023\n");
  std::vector<ImportProblem> problems;
  Dataset d = ParseCsvDataset(dir.path(), &problems);
  ASSERT_TRUE(problems.empty()) << Dump(problems);
  ASSERT_EQ(d.organizations.size(), 2u);
  EXPECT_EQ(d.organizations[0].name, "企业, 甲");
  EXPECT_TRUE(d.organizations[0].leading);
  EXPECT_EQ(d.organizations[0].industries, (std::vector<Weighted>{{"ic", 0.5}, {"ai", 1.0}}));
  EXPECT_EQ(d.organizations[0].capabilities, (std::vector<std::string>{"rnd", "laboratory"}));
  EXPECT_EQ(d.organizations[0].description, "He said \"hi\"\nsecond line");
  EXPECT_FALSE(d.organizations[1].leading);
  ASSERT_EQ(d.experts.size(), 1u);
  EXPECT_EQ(d.experts[0].key, "exp.a");  // BOM skipped
  EXPECT_EQ(d.experts[0].capacity, 3);
  EXPECT_EQ(d.experts[0].fields, (std::vector<std::string>{"F04", "F0402"}));
  EXPECT_EQ(d.ties[0].kind, TieKind::kJointProject);

  auto store = Store::Open(":memory:");
  auto report = (*store)->Import(d);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok()) << Dump(report->problems);
  EXPECT_EQ(report->ties_inserted, 1);
}

TEST(CsvImportTest, RowNumbersCountRecordsWithHeaderAsRowOne) {
  TempDir dir;
  dir.Write("organizations.csv",
            "key,name,kind\n"
            "a,\"multi\nline\",enterprise\n"
            "b,,enterprise\n"
            "c,\"bad \xFF name\",university\n"
            "d,D,rocket\n"
            "e,E\n");
  std::vector<ImportProblem> problems;
  ParseCsvDataset(dir.path(), &problems);
  EXPECT_TRUE(Has(problems, "organizations.csv", 3, "name")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "organizations.csv", 4, "name"));  // broken UTF-8
  EXPECT_TRUE(Has(problems, "organizations.csv", 5, "kind"));
  for (const auto& p : problems) EXPECT_EQ(p.message.find('\xFF'), std::string::npos);
  EXPECT_TRUE(Has(problems, "organizations.csv", 5, "kind"));
  EXPECT_TRUE(Has(problems, "organizations.csv", 6, ""));  // field count
  EXPECT_EQ(problems.size(), 4u);
}

TEST(CsvImportTest, UnknownAndMissingColumns) {
  TempDir dir;
  dir.Write("organizations.csv", "key,name,knd\na,A,enterprise\n");
  dir.Write("ties.csv", "from,to,kind\na,b,brand\n");
  std::vector<ImportProblem> problems;
  ParseCsvDataset(dir.path(), &problems);
  EXPECT_TRUE(Has(problems, "organizations.csv", 1, "knd")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "organizations.csv", 1, "kind"));
  EXPECT_TRUE(Has(problems, "ties.csv", 1, "year"));
  EXPECT_EQ(problems.size(), 3u);
}

TEST(CsvImportTest, BadCellsNameTheirColumn) {
  TempDir dir;
  dir.Write("organizations.csv",
            "key,name,kind,leading,staff,industries\n"
            "a,A,enterprise,maybe,12x,ic:heavy\n");
  dir.Write("experts.csv", "key,name,title,affiliation\nx,X,academician,a\n");
  std::vector<ImportProblem> problems;
  ParseCsvDataset(dir.path(), &problems);
  EXPECT_TRUE(Has(problems, "organizations.csv", 2, "leading")) << Dump(problems);
  EXPECT_TRUE(Has(problems, "organizations.csv", 2, "staff"));
  EXPECT_TRUE(Has(problems, "organizations.csv", 2, "industries"));
  EXPECT_TRUE(Has(problems, "experts.csv", 2, "academy"));
  EXPECT_EQ(problems.size(), 4u);
}

TEST(CsvImportTest, SyntaxErrorsAndMissingDirectory) {
  TempDir dir;
  dir.Write("ties.csv", "from,to,kind,year\na,b,brand,2020\n\"open,c,brand,2020\n");
  std::vector<ImportProblem> problems;
  ParseCsvDataset(dir.path(), &problems);
  ASSERT_EQ(problems.size(), 1u) << Dump(problems);
  EXPECT_EQ(problems[0].file, "ties.csv");
  EXPECT_EQ(problems[0].row, 3);

  problems.clear();
  ParseCsvDataset(dir.path() + "/nope", &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("no such directory"), std::string::npos);

  // Missing files are empty; an explicit file path reads only that file.
  problems.clear();
  Dataset d = ParseCsvDataset(dir.path() + "/ties.csv", &problems);
  EXPECT_EQ(problems.size(), 1u);
}

TEST(ImportProgressTest, ReportsStages) {
  std::vector<ImportProblem> problems;
  Dataset d = ParseJsonDataset(kValid, &problems);
  auto store = Store::Open(":memory:");
  std::vector<std::string> stages;
  std::int64_t last_done = -1, last_total = -1;
  auto report =
      (*store)->Import(d, [&](std::string_view stage, std::int64_t done, std::int64_t total) {
        if (stages.empty() || stages.back() != stage) stages.emplace_back(stage);
        last_done = done;
        last_total = total;
      });
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(stages, (std::vector<std::string>{"validate", "organizations", "experts", "ties"}));
  EXPECT_EQ(last_done, 1);
  EXPECT_EQ(last_total, 1);
}

}  // namespace
}  // namespace consortia

namespace consortia {
namespace {

// The fixtures in testdata/ describe the same small dataset in both formats.
TEST(FixtureTest, JsonAndCsvFixturesAgree) {
  const std::string base = std::string(CONSORTIA_SOURCE_DIR) + "/tests/data/testdata/";
  std::ifstream in(base + "small.json", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(text.empty());
  std::vector<ImportProblem> problems;
  Dataset from_json = ParseJsonDataset(text, &problems);
  ASSERT_TRUE(problems.empty()) << Dump(problems);
  Dataset from_csv = ParseCsvDataset(base + "small_csv", &problems);
  ASSERT_TRUE(problems.empty()) << Dump(problems);
  EXPECT_EQ(ToJson(from_json, false, true), ToJson(from_csv, false, true));
  auto store = Store::Open(":memory:");
  auto report = (*store)->Import(from_csv);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok()) << Dump(report->problems);
  EXPECT_EQ(report->organizations_inserted, 3);
  EXPECT_EQ(report->experts_inserted, 1);
  EXPECT_EQ(report->ties_inserted, 2);
}

}  // namespace
}  // namespace consortia
