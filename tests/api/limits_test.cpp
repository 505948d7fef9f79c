// Every parser of api/ reads through the one reader: limits, edge values,
// unknown fields and the one error body, without a server.
#include <gtest/gtest.h>

#include <string>

#include "api/api.h"

namespace consortia {
namespace {

using nlohmann::json;

const json kTwoToThe63 = json::parse("9223372036854775808");

ProgrammeRules Rules() {
  auto rules = LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
  EXPECT_TRUE(rules.ok()) << rules.status().ToString();
  return rules.ok() ? *rules : ProgrammeRules{};
}

TEST(LimitsTest, QueryStringsAreReadLikeBodies) {
  EXPECT_EQ(ParseOrgFilter({{"offset", "9223372036854775808"}}).status().field(), "offset");
  EXPECT_EQ(ParseOrgFilter({{"text", std::string("a\0b", 3)}}).status().field(), "text");
  EXPECT_EQ(ParseOrgFilter({{"text", std::string(201, 'x')}}).status().field(), "text");
  EXPECT_TRUE(ParseOrgFilter({{"text", std::string(200, 'x')}}).ok());
  EXPECT_EQ(ParseExpertFilter({{"colour", "red"}}).status().message(),
            "colour is an unknown field (allowed: title, industry, field, affiliation_id, text, "
            "limit, offset)");
  EXPECT_EQ(ParseRecordParams({{"ties", "perhaps"}}).status().field(), "ties");
  EXPECT_EQ(*ParseApplicationParams({{"format", "markdown"}}), "md");
  EXPECT_EQ(ParseApplicationParams({{"format", "pdf"}}).status().message(),
            "format must be one of md, markdown, html (got \"pdf\")");
  const ProgrammeRules rules = Rules();
  EXPECT_EQ(ParseConsortiumFilter({{"status", "finished"}}, rules).status().field(), "status");
  EXPECT_EQ(ParseConsortiumFilter({{"type", "national"}}, rules).status().field(), "type");
  auto filter = ParseConsortiumFilter({{"status", "active"}, {"year", "2024"}}, rules);
  ASSERT_TRUE(filter.ok());
  EXPECT_EQ(filter->status, "active");
  EXPECT_EQ(filter->year, 2024);
}

TEST(LimitsTest, SearchBodiesAreBounded) {
  EXPECT_EQ(ParseSearchRequest({{"text", std::string(kMaxQueryText + 1, 'x')}}).status().field(),
            "text");
  EXPECT_TRUE(ParseSearchRequest({{"text", std::string(kMaxQueryText, 'x')}}).ok());
  EXPECT_EQ(ParseSearchRequest({{"text", "x"}, {"k", kTwoToThe63}}).status().field(), "k");
  json ids = json::array();
  for (int i = 1; i <= static_cast<int>(kMaxIds) + 1; ++i) ids.push_back(i);
  EXPECT_EQ(ParseSearchRequest({{"text", "x"}, {"filters", {{"exclude", ids}}}}).status().message(),
            "filters.exclude must have at most 1000 items (got 1001)");
  EXPECT_EQ(ParseSearchRequest({{"text", "x"}, {"filters", {{"industries", {"ic", "steel"}}}}})
                .status()
                .field(),
            "filters.industries[1]");
  EXPECT_EQ(ParseSearchRequest({{"text", "x"}, {"weights", {{"text", 1e9}}}}).status().field(),
            "weights.text");
  EXPECT_EQ(ParseSearchRequest(json::object()).status().field(), "text");
  auto ok = ParseSearchRequest({{"like", 5}, {"kinds", {"expert", "university"}}, {"k", 3}});
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->like, 5);
  EXPECT_EQ(ok->filter.kinds.size(), 2u);
  EXPECT_EQ(ok->k, 3);
}

TEST(LimitsTest, SuggestionAndTeamBodiesAreBounded) {
  const ProgrammeRules rules = Rules();
  json lead = {{"name", std::string(kMaxName + 1, 'n')}};
  EXPECT_EQ(ParseConsortiumRequest({{"type", "industrial"}, {"lead", lead}}).status().field(),
            "lead.name");
  EXPECT_EQ(
      ParseConsortiumRequest({{"type", "industrial"}, {"lead_id", 1}, {"k", 11}}).status().field(),
      "k");
  EXPECT_EQ(ParseConsortiumRequest(
                {{"type", "industrial"}, {"lead_id", 1}, {"options", {{"tie_bonus", -1}}}})
                .status()
                .field(),
            "options.tie_bonus");
  EXPECT_EQ(
      ParseTeamRequest({{"industry", "ic"}, {"commitments", {{"abc", 1}}}}, rules).status().field(),
      "commitments.abc");
  EXPECT_EQ(ParseTeamRequest({{"industry", "ic"}, {"commitments", {{"12", kTwoToThe63}}}}, rules)
                .status()
                .field(),
            "commitments.12");
  EXPECT_EQ(ParseTeamRequest({{"industry", "ic"}, {"pin", {3}}, {"exclude", {4, 3}}}, rules)
                .status()
                .field(),
            "exclude[1]");
  EXPECT_EQ(
      ParseTeamRequest({{"fields", {"F0402", {{"code", "F0402"}}}}}, rules).status().message(),
      "fields[1] repeats F0402 (fields[0])");
  auto team = ParseTeamRequest({{"industry", "ic"}, {"commitments", {{"12", 2}}}}, rules);
  ASSERT_TRUE(team.ok()) << team.status().ToString();
  EXPECT_EQ(team->commitments.at(12), 2);
  EXPECT_EQ(team->size, rules.team.min_size);
}

TEST(LimitsTest, RegistryAndPlanBodiesRefuseEdgeValues) {
  const ProgrammeRules rules = Rules();
  ConsortiumRecord record;
  record.type = "industrial";
  EXPECT_EQ(ApplyConsortiumPatch({{"revision", kTwoToThe63}}, &record).field(), "revision");
  EXPECT_EQ(ApplyConsortiumPatch({{"revision", -1}}, &record).field(), "revision");
  EXPECT_EQ(ApplyConsortiumPatch({{"name", std::string(kMaxName + 1, 'x')}}, &record).field(),
            "name");
  EXPECT_EQ(
      ApplyConsortiumPatch({{"project", std::string(kMaxLongText + 1, 'x')}}, &record).message(),
      "project must be at most 10000 characters (got 10001)");
  EXPECT_EQ(record.project, "");  // a refused patch changes nothing
  ASSERT_TRUE(ApplyConsortiumPatch({{"project", "二期"}, {"revision", 3}}, &record).ok());
  EXPECT_EQ(record.project, "二期");
  EXPECT_EQ(record.revision, 3);
  EXPECT_EQ(
      ParseConsortiumBody(
          {{"type", "industrial"}, {"members", json::array()}, {"team", {{"members", {7, 8, 7}}}}},
          rules)
          .status()
          .field(),
      "team.members[2]");
  EXPECT_EQ(ParseConsortiumBody({{"type", "industrial"}, {"members", {{{"id", 1}}}}}, rules)
                .status()
                .field(),
            "members[0].role");

  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(PlanJson(**store, rules, {{"year", kTwoToThe63}}).status().field(), "year");
  EXPECT_EQ(PlanJson(**store, rules, {{"node_limit", -1}}).status().field(), "node_limit");
  EXPECT_EQ(PlanJson(**store, rules, {{"candidates", {{{"id", ""}, {"members", json::array()}}}}})
                .status()
                .field(),
            "candidates[0].id");
  EXPECT_EQ(PlanJson(**store, rules,
                     {{"candidates", {{{"type", "industrial"}, {"members", {{{"id", 1}}}}}}}})
                .status()
                .field(),
            "candidates[0].members[0].role");
}

TEST(LimitsTest, ImportsReadTheDocumentOnceAndListRecordProblems) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  auto invalid = ImportJson(**store, nullptr, "{\"organizations\": [");
  EXPECT_EQ(invalid.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(invalid.status().field(), "body");
  auto twice = ImportJson(**store, nullptr, R"({"organizations": [], "organizations": []})");
  EXPECT_EQ(twice.status().field(), "organizations");
  auto unknown = ImportJson(**store, nullptr, R"({"organisations": []})");
  EXPECT_EQ(unknown.status().field(), "organisations");
  const std::string long_name = std::string(kMaxName + 1, 'n');
  auto problems = ImportJson(**store, nullptr,
                             R"({"organizations": [
      {"key": "a", "name": "好", "kind": "enterprise"},
      {"key": "b", "name": ")" + long_name +
                                 R"(", "kind": "enterprise"}]})");
  ASSERT_EQ(problems.status().code(), Code::kInvalidImport);
  EXPECT_EQ(problems.status().field(), "organizations[1].name");
  const json body = ErrorBody(problems.status());
  EXPECT_EQ(body["error"]["code"], "invalid_import");
  ASSERT_EQ(body["error"]["problems"].size(), 1u);
  EXPECT_EQ(body["error"]["problems"][0]["row"], 2);
  EXPECT_EQ(body["error"]["problems"][0]["message"],
            "name must be at most 200 characters (got 201)");
  EXPECT_EQ((*store)->Count()->organizations, 0);
  auto ok = ImportJson(**store, nullptr,
                       R"({"organizations": [{"key": "a", "name": "好", "kind": "enterprise"}]})");
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ((*ok)["report"]["organizations_inserted"], 1);
}

TEST(LimitsTest, TheErrorBodyCarriesTheDetails) {
  const Status s = Status::Infeasible("no park in the region", "park")
                       .WithDetails({{"role", "park"}, {"eligible", 0}, {"required", 1}});
  EXPECT_EQ(ErrorBody(s), (json{{"error",
                                 {{"code", "infeasible"},
                                  {"message", "no park in the region"},
                                  {"field", "park"},
                                  {"role", "park"},
                                  {"eligible", 0},
                                  {"required", 1}}}}));
  EXPECT_EQ(ErrorBody(Status::NotFound("gone")),
            (json{{"error", {{"code", "not_found"}, {"message", "gone"}}}}));
}

}  // namespace
}  // namespace consortia
