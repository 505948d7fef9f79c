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
                        "distinct_leaders", "error"},
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
}

INSTANTIATE_TEST_SUITE_P(Cases, TeamCase, ::testing::ValuesIn(CaseFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return fs::path(info.param).stem().string();
                         });

}  // namespace
}  // namespace consortia
