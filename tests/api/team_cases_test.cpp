// Hand-built team cases: tests/api/cases/team/*.json (format in README.md
// there), one test per file. Each case's experts are the candidate pool; the
// request goes through the same code as POST /v1/teams/suggest after
// retrieval. A key the runner does not know fails the case: a typo must not
// check nothing.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "api/api.h"
#include "matcher/rules.h"
#include "matcher/team.h"

namespace consortia {
namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

const std::string kCaseDir = CONSORTIA_SOURCE_DIR "/tests/api/cases/team";

// Adds a failure naming every key of `object` that is not in `known`.
::testing::AssertionResult OnlyKeys(const Json& object, std::initializer_list<const char*> known,
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

std::vector<TeamCandidate> Experts(const Json& list) {
  std::vector<TeamCandidate> out;
  for (const Json& e : list) {
    auto one = [&](Id id, Id affiliation, double relevance) {
      TeamCandidate c;
      c.id = id;
      c.name = e.value("name", std::string(e.value("title", "other")) + " " + std::to_string(id));
      c.title = *ParseTitle(e.value("title", "other"));
      c.affiliation_id = affiliation;
      c.fields = e.value("fields", std::vector<std::string>{});
      c.relevance = relevance;
      c.capacity = e.value("capacity", 1);
      out.push_back(c);
    };
    if (e.contains("ids")) {
      Id lo = e["ids"][0], hi = e["ids"][1];
      Id alo = e["affiliations"][0], ahi = e["affiliations"][1];
      double rlo = 0, rhi = 0;
      if (e["relevance"].is_array()) {
        rhi = e["relevance"][0];
        rlo = e["relevance"][1];
      } else {
        rhi = rlo = e["relevance"];
      }
      for (Id id = lo; id <= hi; ++id) {
        double t = hi == lo ? 0 : static_cast<double>(id - lo) / static_cast<double>(hi - lo);
        one(id, alo + (id - lo) % (ahi - alo + 1), rhi + (rlo - rhi) * t);
      }
    } else {
      one(e["id"], e.value("affiliation", Id{0}), e.value("relevance", 0.5));
    }
  }
  return out;
}

std::vector<std::string> CaseFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kCaseDir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool HasCjk(const std::string& s) {
  // CJK Unified Ideographs (U+4E00..U+9FFF) are 3-byte sequences E4..E9 xx xx.
  for (unsigned char c : s) {
    if (c >= 0xE4 && c <= 0xE9) return true;
  }
  return false;
}

// The NSFC relation the reader of a coverage entry is promised.
bool HoldsField(const std::vector<std::string>& fields, const std::string& field) {
  for (const std::string& f : fields) {
    if (f == field || (f.size() > 3 && f.substr(0, 3) == field)) return true;
  }
  return false;
}

// What every successful answer must show, whatever the case: names beside ids
// (members, backups, leader, affiliations in "experts"), Chinese reasons and
// warnings, honest coverage (holders only; "uncovered" = every field not
// covered), and alternatives that differ in min_difference members.
void CheckEveryAnswer(const Json& request, const Json& answer, std::map<Id, TeamCandidate> by_id) {
  const Json& teams = answer["teams"];
  const Json& experts = answer["experts"];
  ASSERT_EQ(answer["field_coverage"].size(), teams.size());
  ASSERT_EQ(answer["differences"].size(), teams.size());
  const int min_difference =
      request.value("min_difference", std::min(5, static_cast<int>(teams[0]["members"].size())));
  EXPECT_EQ(answer["min_difference"], min_difference);
  std::vector<std::set<Id>> sets;
  for (std::size_t t = 0; t < teams.size(); ++t) {
    const Json& team = teams[t];
    EXPECT_EQ(team["leader"]["id"], team["leader_id"]);
    EXPECT_FALSE(team["leader"]["title_name"].get<std::string>().empty());
    std::set<Id> ids;
    for (const Json& m : team["members"]) {
      const Id id = m["id"];
      ids.insert(id);
      const std::string key = std::to_string(id);
      ASSERT_TRUE(experts.contains(key)) << "member " << id << " is not named in experts";
      EXPECT_EQ(experts[key]["name"], by_id[id].name);
      EXPECT_TRUE(HasCjk(experts[key]["title_name"].get<std::string>()));
      const std::string why = m["why"];
      EXPECT_TRUE(HasCjk(why)) << why;
      for (const char* english : {"leader", "covers", "relevance", "pinned", "affiliated"}) {
        EXPECT_EQ(why.find(english), std::string::npos) << why;
      }
      for (const Json& b : m["backups"]) {
        const std::string bkey = std::to_string(b.get<Id>());
        ASSERT_TRUE(experts.contains(bkey)) << "backup " << b << " is not named in experts";
        EXPECT_FALSE(experts[bkey]["name"].get<std::string>().empty());
        EXPECT_TRUE(experts[bkey].contains("affiliation_name"));
      }
    }
    std::set<std::string> not_covered;
    for (const Json& fc : answer["field_coverage"][t]) {
      const std::string field = fc["field"];
      if (fc["status"] != "covered") {
        not_covered.insert(field);
        EXPECT_TRUE(HasCjk(fc.value("message", ""))) << field;
      }
      for (const Json& id : team["coverage"][field]) {
        EXPECT_TRUE(HoldsField(by_id[id.get<Id>()].fields, field))
            << "expert " << id << " is said to cover " << field;
      }
      EXPECT_EQ(team["coverage"][field].empty(), fc["status"] != "covered") << field;
    }
    std::set<std::string> uncovered;
    for (const Json& f : team["uncovered"]) uncovered.insert(f.get<std::string>());
    EXPECT_EQ(uncovered, not_covered);
    for (std::size_t j = 0; j < sets.size(); ++j) {
      int differ = 0;
      for (Id id : ids) differ += sets[j].count(id) == 0;
      EXPECT_GE(differ, min_difference) << "team " << t + 1 << " against team " << j + 1;
    }
    sets.push_back(ids);
  }
  for (const Json& w : answer["warnings"]) {
    EXPECT_TRUE(HasCjk(w["message"].get<std::string>())) << w.dump();
  }
}

// An expert already serving in registered consortia counts: the caller's
// commitments (teams outside the registry) add to the registry's.
TEST(TeamCommitments, CallerAddsToRegistry) {
  TeamRequest request;
  request.commitments = {{1, 1}, {2, 1}};
  AddRegistryCommitments({{1, 1}, {3, 2}}, &request);
  EXPECT_EQ(request.commitments, (std::map<Id, int>{{1, 2}, {2, 1}, {3, 2}}));
  TeamRequest none;
  AddRegistryCommitments({{1, 1}}, &none);
  EXPECT_EQ(none.commitments, (std::map<Id, int>{{1, 1}}));
}

class TeamCase : public ::testing::TestWithParam<std::string> {};

TEST_P(TeamCase, MeetsExpectations) {
  auto rules = LoadRules(CONSORTIA_SOURCE_DIR "/rules/bast-2022.json");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  std::ifstream in(GetParam());
  Json c = Json::parse(in);
  ASSERT_TRUE(OnlyKeys(c, {"description", "experts", "request", "expect"}, "the case"));
  ASSERT_TRUE(c.contains("experts") && c.contains("request") && c.contains("expect"));
  SCOPED_TRACE(c.value("description", ""));
  for (const Json& e : c["experts"]) {
    ASSERT_TRUE(OnlyKeys(e,
                         {"id", "ids", "name", "title", "affiliation", "affiliations", "fields",
                          "relevance", "capacity"},
                         "experts[]"));
  }
  std::vector<TeamCandidate> pool = Experts(c["experts"]);
  std::map<Id, TeamCandidate> by_id;
  for (const TeamCandidate& e : pool) by_id[e.id] = e;
  const Json& expect = c["expect"];
  ASSERT_TRUE(OnlyKeys(expect,
                       {"size", "leader_title", "leader_id", "present", "absent", "covers", "teams",
                        "distinct_leaders", "same_leader", "uncovered", "field_status", "relations",
                        "field_message", "warnings", "absent_warnings", "fields", "error"},
                       "expect"));
  auto answer = SuggestTeamsFromCandidates(*rules, c["request"], pool);

  if (expect.contains("error")) {
    ASSERT_EQ(expect.size(), 1u) << "an error case expects nothing else";
    ASSERT_FALSE(answer.ok()) << answer->dump();
    const Json& e = expect["error"];
    ASSERT_TRUE(OnlyKeys(e, {"code", "field", "relaxation"}, "expect.error"));
    EXPECT_EQ(CodeName(answer.status().code()), e["code"].get<std::string>())
        << answer.status().ToString();
    Json body = ErrorBody(answer.status());
    EXPECT_EQ(body["error"]["field"], e["field"]) << body.dump();
    if (e.contains("relaxation")) {
      EXPECT_EQ(body["error"]["relaxation"], e["relaxation"]);
    }
    return;
  }
  ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  const Json& teams = (*answer)["teams"];
  ASSERT_FALSE(teams.empty());
  const int cap =
      c["request"].value("max_per_affiliation", rules->team.max_per_affiliation_default);
  std::vector<std::string> titles = c["request"].value("leader_titles", std::vector<std::string>{});
  if (titles.empty()) {
    for (Title t : rules->team.leader_titles) titles.emplace_back(ToString(t));
  }
  std::set<Id> leaders;
  for (const Json& team : teams) {
    std::set<Id> ids;
    std::map<Id, int> per_affiliation;
    for (const Json& m : team["members"]) ids.insert(m["id"].get<Id>());
    for (const Json& m : team["members"]) {
      Id aff = m["affiliation_id"];
      if (aff != 0) {
        EXPECT_LE(++per_affiliation[aff], cap) << "affiliation " << aff;
      }
      for (const Json& b : m["backups"]) EXPECT_EQ(ids.count(b.get<Id>()), 0u);
    }
    Id leader = team["leader_id"];
    EXPECT_EQ(team["members"][0]["id"], leader) << "the leader comes first";
    std::string leader_title(ToString(by_id[leader].title));
    EXPECT_NE(std::find(titles.begin(), titles.end(), leader_title), titles.end()) << leader_title;
    leaders.insert(leader);
    if (expect.contains("size")) {
      EXPECT_EQ(team["members"].size(), expect["size"].get<size_t>());
    }
  }
  CheckEveryAnswer(c["request"], *answer, by_id);
  const Json& first = teams[0];
  std::set<Id> members;
  for (const Json& m : first["members"]) members.insert(m["id"].get<Id>());
  if (expect.contains("leader_id")) {
    EXPECT_EQ(first["leader_id"], expect["leader_id"]);
  }
  if (expect.contains("leader_title")) {
    auto allowed = expect["leader_title"].get<std::vector<std::string>>();
    std::string t(ToString(by_id[first["leader_id"].get<Id>()].title));
    EXPECT_NE(std::find(allowed.begin(), allowed.end(), t), allowed.end()) << t;
  }
  for (const Json& id : expect.value("present", Json::array())) {
    EXPECT_EQ(members.count(id.get<Id>()), 1u) << "expert " << id << " should be in the team";
  }
  for (const Json& id : expect.value("absent", Json::array())) {
    EXPECT_EQ(members.count(id.get<Id>()), 0u) << "expert " << id << " should not be in the team";
  }
  for (const Json& f : expect.value("covers", Json::array())) {
    ASSERT_TRUE(first["coverage"].contains(f.get<std::string>())) << f;
    EXPECT_FALSE(first["coverage"][f.get<std::string>()].empty()) << f;
  }
  if (expect.contains("teams")) {
    EXPECT_EQ(teams.size(), expect["teams"].get<size_t>());
  }
  if (expect.value("distinct_leaders", false)) {
    EXPECT_EQ(leaders.size(), teams.size());
  }
  if (expect.value("same_leader", false)) {
    EXPECT_EQ(leaders.size(), 1u);
  }
  if (expect.contains("uncovered")) {
    EXPECT_EQ(first["uncovered"], expect["uncovered"]);
  }
  std::map<std::string, Json> per_field;  // the first team's field_coverage by field
  // Named, not temporaries: items() of a temporary dangles in a range-for.
  const Json field_status = expect.value("field_status", Json::object());
  const Json relations_by_field = expect.value("relations", Json::object());
  const Json messages_by_field = expect.value("field_message", Json::object());
  for (const Json& fc : (*answer)["field_coverage"][0]) per_field[fc["field"]] = fc;
  for (const auto& [field, status] : field_status.items()) {
    ASSERT_TRUE(per_field.count(field)) << field;
    EXPECT_EQ(per_field[field]["status"], status) << field;
  }
  for (const auto& [field, relations] : relations_by_field.items()) {
    ASSERT_TRUE(per_field.count(field)) << field;
    std::set<std::string> got, want;
    const std::map<std::string, double> degree = {
        {"same", 0.8}, {"child", 0.8}, {"parent", 0.5}, {"sibling", 0.25}};
    for (const Json& b : per_field[field]["by"]) {
      got.insert(b["relation"].get<std::string>());
      EXPECT_DOUBLE_EQ(b["degree"].get<double>(), degree.at(b["relation"].get<std::string>()));
      EXPECT_TRUE(HasCjk(b["relation_name"].get<std::string>())) << b.dump();
    }
    for (const Json& r : relations) want.insert(r.get<std::string>());
    EXPECT_EQ(got, want) << field;
  }
  for (const auto& [field, parts] : messages_by_field.items()) {
    ASSERT_TRUE(per_field.count(field)) << field;
    const std::string message = per_field[field].value("message", "");
    for (const Json& part : parts) {
      EXPECT_NE(message.find(part.get<std::string>()), std::string::npos)
          << field << ": \"" << message << "\" lacks \"" << part.get<std::string>() << "\"";
    }
  }
  std::set<std::string> warned;
  for (const Json& w : (*answer)["warnings"]) warned.insert(w["code"].get<std::string>());
  for (const Json& code : expect.value("warnings", Json::array())) {
    EXPECT_EQ(warned.count(code.get<std::string>()), 1u)
        << "no warning " << code << " in " << (*answer)["warnings"].dump();
  }
  for (const Json& code : expect.value("absent_warnings", Json::array())) {
    EXPECT_EQ(warned.count(code.get<std::string>()), 0u)
        << "warning " << code << " in " << (*answer)["warnings"].dump();
  }
  if (expect.contains("fields")) {
    std::vector<std::string> codes;
    for (const Json& f : (*answer)["fields"]) codes.push_back(f["code"].get<std::string>());
    EXPECT_EQ(codes, expect["fields"].get<std::vector<std::string>>());
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, TeamCase, ::testing::ValuesIn(CaseFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return fs::path(info.param).stem().string();
                         });

}  // namespace
}  // namespace consortia
