// SuggestConsortium through its JSON contract: the explained pool reproduces
// each proposal's score and the exact oracle agrees; error bodies name fields.
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "api/api.h"
#include "compose.h"
#include "compose_exact.h"
#include "data/data.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/rules.h"

namespace consortia {
namespace {

using nlohmann::json;

class ConsortiumSuggestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto rules = LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
    ASSERT_TRUE(rules.ok());
    rules_ = std::move(*rules);
    auto store = Store::Open(":memory:");
    ASSERT_TRUE(store.ok());
    store_ = std::move(*store);
    std::ifstream in(std::string(CONSORTIA_SOURCE_DIR) +
                     "/tests/api/cases/consortium/dataset.json");
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<ImportProblem> problems;
    Dataset data = ParseJsonDataset(ss.str(), &problems);
    ASSERT_TRUE(problems.empty());
    ASSERT_TRUE(store_->Import(data).ok());
    ASSERT_TRUE(
        store_->ForEachOrganization([this](const Organization& o) { ids_[o.key] = o.id; }).ok());
    CatalogOptions options;
    options.index_path = ":memory:";
    auto catalog = Catalog::Open(store_.get(), ":memory:", options);
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = std::move(*catalog);
  }

  ProgrammeRules rules_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Catalog> catalog_;
  std::map<std::string, Id> ids_;
};

TEST_F(ConsortiumSuggestTest, ExplainedPoolReproducesScoresAndOracleAgrees) {
  json body = {{"type", "industrial"},
               {"lead_id", ids_["lead.chip"]},
               {"industry", "ic"},
               {"problem", "晶圆制造 光刻"},
               {"k", 3},
               {"explain", true}};
  auto out = SuggestConsortiumJson(*catalog_, rules_, body);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  const json& e = out->at("explain");
  // Rebuild the problem from the JSON only, as an outside checker would.
  CompositionProblem p;
  for (auto& [role, size] : e.at("slots").items()) p.slots.push_back({role, size.get<int>()});
  std::map<Id, int> at;
  for (const json& m : e.at("pool")) {
    at[m.at("id").get<Id>()] = static_cast<int>(p.members.size());
    p.members.push_back({m.at("role"), m.at("score"), m.at("applicant_eligible"), m.at("pinned")});
  }
  const size_t n = p.members.size();
  p.pair.assign(n * n, 0.0);
  for (const json& pr : e.at("pairs")) {
    const int a = at.at(pr.at("a").get<Id>()), b = at.at(pr.at("b").get<Id>());
    p.pair[a * n + b] = p.pair[b * n + a] = pr.at("weight").get<double>();
  }
  p.min_difference = e.at("min_difference");
  std::vector<std::vector<int>> earlier;
  ASSERT_EQ(out->at("proposals").size(), 3u);
  for (const json& prop : out->at("proposals")) {
    std::vector<int> chosen;
    for (const json& m : prop.at("members")) chosen.push_back(at.at(m.at("id").get<Id>()));
    std::sort(chosen.begin(), chosen.end());
    EXPECT_EQ(CompositionViolation(p, chosen, earlier), "");
    EXPECT_NEAR(CompositionObjective(p, chosen), prop.at("score").get<double>(), 1e-6);
    ExactResult exact = ComposeExact(p, earlier);
    ASSERT_TRUE(exact.complete);
    EXPECT_GE(prop.at("score").get<double>(), 0.95 * exact.best.objective);
    EXPECT_LE(prop.at("score").get<double>(), exact.best.objective + 1e-9);
    earlier.push_back(chosen);
  }
  // Candidates carry terms that add up to their score, and words.
  for (const json& role : out->at("candidates")) {
    for (const json& c : role.at("candidates")) {
      double sum = 0;
      for (auto& [name, v] : c.at("terms").items()) sum += v.get<double>();
      EXPECT_NEAR(sum, c.at("score").get<double>(), 1e-9) << c.dump();
    }
  }
}

TEST_F(ConsortiumSuggestTest, ErrorsNameTheField) {
  auto error = [this](const json& body) {
    auto out = SuggestConsortiumJson(*catalog_, rules_, body);
    EXPECT_FALSE(out.ok()) << body.dump();
    return out.ok() ? json() : ErrorBody(out.status());
  };
  json e = error({{"type", "industrial"}, {"lead_id", 1}, {"colour", "red"}});
  EXPECT_EQ(e["error"]["code"], "invalid_argument");
  EXPECT_EQ(e["error"]["field"], "colour");
  EXPECT_EQ(error({{"type", "artistic"}, {"lead_id", ids_["lead.chip"]}})["error"]["field"],
            "type");
  e = error({{"type", "industrial"}, {"lead_id", 999999}, {"industry", "ic"}});
  EXPECT_EQ(e["error"]["code"], "not_found");
  EXPECT_EQ(e["error"]["field"], "lead_id");
  e = error({{"type", "industrial"},
             {"lead_id", ids_["lead.chip"]},
             {"industry", "ic"},
             {"pin", {ids_["ent.fab"]}},
             {"exclude", {ids_["ent.fab"]}}});
  EXPECT_EQ(e["error"]["field"], "pin");
  // Ids beyond int64 are refused before any conversion, lists refuse repeats.
  e = error(json::parse(R"({"type": "industrial", "lead_id": 9223372036854775808})"));
  EXPECT_EQ(e["error"]["field"], "lead_id");
  e = error({{"type", "industrial"}, {"lead_id", ids_["lead.chip"]}, {"pin", {5, 6, 5}}});
  EXPECT_EQ(e["error"]["field"], "pin[2]");
  EXPECT_EQ(e["error"]["message"], "pin[2] repeats 5 (pin[0])");
  // Validation: malformed drafts are errors, rule breaches are violations.
  auto v =
      ValidateConsortiumJson(*store_, rules_, {{"type", "regional"}, {"members", json::array()}});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().field(), "region");
  v = ValidateConsortiumJson(
      *store_, rules_, {{"type", "industrial"}, {"industry", "ic"}, {"members", {{{"id", 1}}}}});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().field(), "members[0].role");
}

}  // namespace
}  // namespace consortia
