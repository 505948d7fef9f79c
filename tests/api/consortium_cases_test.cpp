// Data-file cases for consortium validation and suggestion:
// tests/api/cases/consortium/*.json (see the README there), one test per file.
// Each case goes through the JSON functions the HTTP routes use. A key the
// runner does not know fails the case: a typo must not check nothing.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "api/api.h"
#include "data/data.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/rules.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCases = fs::path(CONSORTIA_SOURCE_DIR) / "tests/api/cases/consortium";

json ReadJson(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

// The case files, sorted (dataset.json is the data they share, not a case).
std::vector<std::string> CaseFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "dataset.json") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Adds a failure naming every key of `object` that is not in `known`.
::testing::AssertionResult OnlyKeys(const json& object, std::initializer_list<const char*> known,
                                    const std::string& where) {
  if (!object.is_object()) return ::testing::AssertionFailure() << where << " is not an object";
  const std::set<std::string> allowed(known.begin(), known.end());
  std::string unknown;
  for (const auto& [key, value] : object.items()) {
    if (!allowed.count(key)) unknown += (unknown.empty() ? "" : ", ") + key;
  }
  if (unknown.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "unknown key(s) in " << where << ": " << unknown;
}

// One store + catalog with dataset.json, shared by all cases (read-only).
class ConsortiumCases : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    auto rules = LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
    ASSERT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = new ProgrammeRules(std::move(*rules));
    auto store = Store::Open(":memory:");
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = store->release();
    std::ifstream in(kCases / "dataset.json");
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<ImportProblem> problems;
    Dataset data = ParseJsonDataset(ss.str(), &problems);
    ASSERT_TRUE(problems.empty()) << problems[0].field << ": " << problems[0].message;
    auto report = store_->Import(data);
    ASSERT_TRUE(report.ok() && report->ok());
    ASSERT_TRUE(store_
                    ->ForEachOrganization([](const Organization& o) {
                      keys_[o.key] = o.id;
                      names_[o.id] = o.key;
                    })
                    .ok());
    CatalogOptions options;
    options.index_path = ":memory:";
    auto catalog = Catalog::Open(store_, ":memory:", options);
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = catalog->release();
  }
  static void TearDownTestSuite() {
    delete catalog_;
    delete store_;
    delete rules_;
  }

  static Id IdOf(const json& ref) {
    if (ref.is_number_integer()) return ref.get<Id>();
    auto it = keys_.find(ref.get<std::string>());
    EXPECT_NE(it, keys_.end()) << "unknown key in case: " << ref;
    return it == keys_.end() ? 0 : it->second;
  }
  static std::string KeyOf(Id id) {
    auto it = names_.find(id);
    return it == names_.end() ? std::to_string(id) : it->second;
  }

  static void RunValidate(const json& c);
  static void RunSuggest(const json& c);

  static ProgrammeRules* rules_;
  static Store* store_;
  static Catalog* catalog_;
  static std::map<std::string, Id> keys_;
  static std::map<Id, std::string> names_;
};

ProgrammeRules* ConsortiumCases::rules_ = nullptr;
Store* ConsortiumCases::store_ = nullptr;
Catalog* ConsortiumCases::catalog_ = nullptr;
std::map<std::string, Id> ConsortiumCases::keys_;
std::map<Id, std::string> ConsortiumCases::names_;

void ConsortiumCases::RunValidate(const json& c) {
  const json& v = c.at("validate");
  ASSERT_TRUE(OnlyKeys(v, {"type", "industry", "region", "members", "applicant"}, "validate"));
  json body = {{"type", v.at("type")}, {"members", json::array()}};
  for (const char* f : {"industry", "region"}) {
    if (v.contains(f)) body[f] = v.at(f);
  }
  for (const json& m : v.at("members")) {
    ASSERT_TRUE(OnlyKeys(m, {"key", "id", "role"}, "validate.members[]"));
    body["members"].push_back(
        {{"id", IdOf(m.contains("key") ? m.at("key") : m.at("id"))}, {"role", m.at("role")}});
  }
  if (v.contains("applicant")) body["applicant_id"] = IdOf(v.at("applicant"));
  auto answer = ValidateConsortiumJson(*store_, *rules_, body);
  ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  const json& expect = c.at("expect");
  ASSERT_TRUE(OnlyKeys(expect, {"valid", "violations", "warnings"}, "expect"));
  EXPECT_EQ(answer->at("valid"), expect.at("valid")) << answer->dump(2);
  // Violations and warnings: the exact list (code, role, member); no "warnings"
  // in the case means none. Messages are Chinese and name the member.
  for (const char* list : {"violations", "warnings"}) {
    std::multiset<std::string> got, want;
    std::map<std::string, std::string> message_of;
    for (const json& x : answer->at(list)) {
      const std::string message = x.at("message").get<std::string>();
      ASSERT_FALSE(message.empty());
      const std::string key = x.at("code").get<std::string>() + "|" + x.value("role", "") + "|" +
                              (x.contains("member_id") ? KeyOf(x.at("member_id").get<Id>()) : "");
      got.insert(key);
      message_of[key] = message;
    }
    const json wanted = expect.value(list, json::array());
    for (const json& x : wanted) {
      ASSERT_TRUE(OnlyKeys(x, {"code", "role", "member", "message_contains"},
                           std::string("expect.") + list + "[]"));
      std::string member;
      if (x.contains("member")) {
        member = x.at("member").is_string() ? x.at("member").get<std::string>()
                                            : std::to_string(x.at("member").get<Id>());
      }
      const std::string key =
          x.at("code").get<std::string>() + "|" + x.value("role", "") + "|" + member;
      want.insert(key);
      for (const json& words : x.value("message_contains", json::array())) {
        EXPECT_NE(message_of[key].find(words.get<std::string>()), std::string::npos)
            << words << " in " << message_of[key];
      }
    }
    EXPECT_EQ(got, want) << list << "\n" << answer->dump(2);
  }
}

void ConsortiumCases::RunSuggest(const json& c) {
  const json& s = c.at("suggest");
  json body = json::object();
  for (auto& [key, value] : s.items()) {
    if (key == "lead") {
      body["lead_id"] = IdOf(value);
    } else if (key == "applicant") {
      body["applicant_id"] = IdOf(value);
    } else if (key == "inline_lead") {
      body["lead"] = value;
    } else if (key == "pin" || key == "exclude") {
      body[key] = json::array();
      for (const json& k : value) body[key].push_back(IdOf(k));
    } else {
      body[key] = value;
    }
  }
  auto answer = SuggestConsortiumJson(*catalog_, *rules_, body);
  const json error = answer.ok() ? json() : ErrorBody(answer.status());
  const json& expect = c.at("expect");
  ASSERT_TRUE(OnlyKeys(expect,
                       {"error", "proposals", "min_difference", "every_proposal", "top_candidate",
                        "candidate_reasons"},
                       "expect"));
  if (expect.contains("error")) {
    ASSERT_EQ(expect.size(), 1u) << "an error case expects nothing else";
    ASSERT_FALSE(answer.ok()) << answer->dump(2);
    const json& want = expect.at("error");
    ASSERT_TRUE(OnlyKeys(want,
                         {"code", "field", "role", "eligible", "required", "relaxation_contains",
                          "message_contains"},
                         "error"));
    const json& got = error.at("error");
    EXPECT_EQ(got.at("code"), want.at("code")) << error.dump(2);
    for (const char* f : {"field", "role", "eligible", "required"}) {
      if (want.contains(f)) {
        EXPECT_EQ(got.value(f, json()), want.at(f)) << f << "\n" << error.dump(2);
      }
    }
    if (want.value("code", "") == "infeasible") {
      EXPECT_EQ(got.at("field"), got.at("role"));
    }
    const json words_wanted = want.value("relaxation_contains", json::array());
    for (const json& words : words_wanted) {
      EXPECT_NE(got.at("relaxation").get<std::string>().find(words.get<std::string>()),
                std::string::npos)
          << words << "\n"
          << error.dump(2);
    }
    for (const json& words : want.value("message_contains", json::array())) {
      EXPECT_NE(got.at("message").get<std::string>().find(words.get<std::string>()),
                std::string::npos)
          << words << "\n"
          << error.dump(2);
    }
    return;
  }
  ASSERT_TRUE(answer.ok()) << error.dump(2);
  const json& proposals = answer->at("proposals");
  if (expect.contains("proposals")) {
    EXPECT_EQ(proposals.size(), expect.at("proposals").get<size_t>());
  }
  // Alternatives differ from every earlier one in at least min_difference
  // members: by default a third of the non-lead members, rounded up, at most
  // those not pinned (the applicant named counts as pinned).
  const int min_difference = answer->at("min_difference").get<int>();
  if (expect.contains("min_difference")) {
    EXPECT_EQ(min_difference, expect.at("min_difference").get<int>());
  }
  if (!s.contains("min_difference") && !proposals.empty()) {
    const int non_lead = static_cast<int>(proposals[0].at("members").size()) - 1;
    int forced = static_cast<int>(s.value("pin", json::array()).size());
    if (s.contains("applicant") &&
        (!s.contains("pin") || std::find(s.at("pin").begin(), s.at("pin").end(),
                                         s.at("applicant")) == s.at("pin").end())) {
      ++forced;
    }
    EXPECT_EQ(min_difference, std::max(1, std::min((non_lead + 2) / 3, non_lead - forced)));
  }
  std::vector<std::set<Id>> earlier;
  for (const json& p : proposals) {
    std::map<std::string, int> roles;
    std::set<Id> ids;
    for (const json& m : p.at("members")) {
      ++roles[m.at("role").get<std::string>()];
      EXPECT_TRUE(ids.insert(m.at("id").get<Id>()).second) << "duplicate member";
    }
    for (const auto& other : earlier) {
      int common = 0;
      for (Id id : ids) common += other.count(id);
      EXPECT_GE(static_cast<int>(other.size()) - common, min_difference) << p.dump(2);
    }
    earlier.push_back(ids);
    if (!expect.contains("every_proposal")) continue;
    const json& e = expect.at("every_proposal");
    ASSERT_TRUE(OnlyKeys(e, {"roles", "includes", "excludes", "applicant_is_member", "applicant"},
                         "every_proposal"));
    const json roles_wanted = e.value("roles", json::object());
    for (auto& [role, n] : roles_wanted.items()) {
      EXPECT_EQ(roles[role], n.get<int>()) << role << "\n" << p.dump(2);
    }
    const json includes = e.value("includes", json::array()),
               excludes = e.value("excludes", json::array());
    for (const json& k : includes) {
      EXPECT_TRUE(ids.count(IdOf(k))) << k << " missing\n" << p.dump(2);
    }
    for (const json& k : excludes) {
      EXPECT_FALSE(ids.count(IdOf(k))) << k << " present\n" << p.dump(2);
    }
    if (e.value("applicant_is_member", false)) {
      EXPECT_TRUE(ids.count(p.at("applicant_id").get<Id>())) << p.dump(2);
    }
    if (e.contains("applicant")) {
      EXPECT_EQ(p.at("applicant_id").get<Id>(), IdOf(e.at("applicant"))) << p.dump(2);
      EXPECT_FALSE(p.at("applicant_name").get<std::string>().empty());
    }
    // The proposal's terms add up to its score.
    double sum = 0;
    for (auto& [name, value] : p.at("terms").items()) sum += value.get<double>();
    EXPECT_NEAR(sum, p.at("score").get<double>(), 1e-6);
  }
  auto role_list = [&](const std::string& role) -> const json& {
    for (const json& r : answer->at("candidates")) {
      if (r.at("role") == role) return r.at("candidates");
    }
    ADD_FAILURE() << "no candidates for " << role;
    static const json empty = json::array();
    return empty;
  };
  const json top = expect.value("top_candidate", json::object());
  for (auto& [role, key] : top.items()) {
    const json& list = role_list(role);
    ASSERT_FALSE(list.empty()) << role;
    EXPECT_EQ(KeyOf(list[0].at("id").get<Id>()), key.get<std::string>()) << list.dump(2);
  }
  const json reasons_wanted = expect.value("candidate_reasons", json::array());
  for (const json& want : reasons_wanted) {
    ASSERT_TRUE(OnlyKeys(want, {"role", "key", "contains"}, "candidate_reasons[]"));
    const json& list = role_list(want.at("role").get<std::string>());
    const Id id = IdOf(want.at("key"));
    auto it =
        std::find_if(list.begin(), list.end(), [&](const json& x) { return x.at("id") == id; });
    ASSERT_NE(it, list.end()) << want.at("key") << " not listed";
    const std::string reasons = it->at("reasons").dump();
    for (const json& words : want.at("contains")) {
      EXPECT_NE(reasons.find(words.get<std::string>()), std::string::npos)
          << words << " in " << reasons;
    }
  }
}

TEST_P(ConsortiumCases, MeetsExpectations) {
  const json c = ReadJson(GetParam());
  ASSERT_TRUE(OnlyKeys(c, {"what", "validate", "suggest", "expect"}, "the case"));
  ASSERT_TRUE(c.contains("what") && c.contains("expect"));
  ASSERT_NE(c.contains("validate"), c.contains("suggest")) << "one of validate and suggest";
  SCOPED_TRACE(c.at("what").get<std::string>());
  try {
    if (c.contains("validate")) {
      RunValidate(c);
    } else {
      RunSuggest(c);
    }
  } catch (const std::exception& e) {  // a malformed case file or answer
    ADD_FAILURE() << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ConsortiumCases, ::testing::ValuesIn(CaseFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return fs::path(info.param).stem().string();
                         });

// The case set covers both routes.
TEST(ConsortiumCaseFiles, AtLeastEightOfEachKind) {
  int validate = 0, suggest = 0;
  for (const std::string& file : CaseFiles()) {
    const json c = ReadJson(file);
    validate += c.contains("validate");
    suggest += c.contains("suggest");
  }
  EXPECT_GE(validate, 8);
  EXPECT_GE(suggest, 8);
}

}  // namespace
}  // namespace consortia
