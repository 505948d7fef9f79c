// Consortium suggestions on the default demo set, read as a domain expert
// would: members come from the consortium's target, complementarity never
// brings in a member on its own, relevance outweighs location and old ties
// for a national society, and alternatives really differ. Built once.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "demo/demo.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/rules.h"

namespace consortia {
namespace {

class DemoFitTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto rules = LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
    ASSERT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = new ProgrammeRules(std::move(*rules));
    Dataset data = GenerateDemo(DemoOptions{});  // the demo as `consortia demo` makes it
    auto store = Store::Open(":memory:");
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value().release();
    auto report = store_->Import(data);
    ASSERT_TRUE(report.ok() && report->ok());
    CatalogOptions catalog_options;
    catalog_options.index_path = ":memory:";
    auto catalog = Catalog::Open(store_, ":memory:", catalog_options);
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = std::move(catalog).value().release();
    ASSERT_TRUE(store_
                    ->ForEachOrganization([](const Organization& o) {
                      by_name_[o.name] = o.id;
                      orgs_[o.id] = o;
                    })
                    .ok());
  }
  static void TearDownTestSuite() {
    delete catalog_;
    delete store_;
    delete rules_;
  }
  void SetUp() override { ASSERT_NE(catalog_, nullptr) << "fixture failed"; }

  static Id IdOf(const std::string& name) {
    auto it = by_name_.find(name);
    EXPECT_NE(it, by_name_.end()) << name << " is not in the demo set";
    return it == by_name_.end() ? 0 : it->second;
  }

  // The first leading enterprise (in id order) whose main industry is
  // `industry` and that `also` accepts: leads are chosen by what they are, not
  // by their generated names, so the test survives a regenerated demo set.
  template <typename Pred>
  static Id Lead(const std::string& industry, Pred also) {
    for (const auto& [id, o] : orgs_) {
      if (o.leading && !o.industries.empty() && o.industries[0].code == industry && also(o)) {
        return id;
      }
    }
    ADD_FAILURE() << "no leading " << industry << " enterprise of that kind in the demo set";
    return 0;
  }
  static bool Has(const std::vector<std::string>& codes, const std::string& code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  }
  static bool HasIndustry(const Organization& o, const std::string& code) {
    return std::any_of(o.industries.begin(), o.industries.end(),
                       [&](const Weighted& w) { return w.code == code; });
  }

  static ConsortiumSuggestion Suggest(ConsortiumRequest req) {
    auto out = SuggestConsortium(*catalog_, *rules_, req);
    EXPECT_TRUE(out.ok()) << out.status().ToString();
    return out.ok() ? std::move(*out) : ConsortiumSuggestion{};
  }

  static bool HasSubfield(Id id, const std::string& code) {
    const auto& sf = orgs_.at(id).subfields;
    return std::find(sf.begin(), sf.end(), code) != sf.end();
  }

  // Every pair of proposals differs in at least a third of the non-lead members.
  static void ExpectDistinct(const ConsortiumSuggestion& s) {
    ASSERT_GE(s.proposals.size(), 2u);
    const int non_lead = static_cast<int>(s.proposals[0].members.size()) - 1;
    EXPECT_EQ(s.min_difference, (non_lead + 2) / 3);
    for (size_t a = 0; a < s.proposals.size(); ++a) {
      std::set<Id> ids;
      for (const ProposalMember& m : s.proposals[a].members) ids.insert(m.id);
      for (size_t b = 0; b < a; ++b) {
        int common = 0;
        for (const ProposalMember& m : s.proposals[b].members) common += ids.count(m.id);
        EXPECT_GE(non_lead + 1 - common, s.min_difference) << a << " vs " << b;
      }
    }
  }

  static ProgrammeRules* rules_;
  static Store* store_;
  static Catalog* catalog_;
  static std::map<std::string, Id> by_name_;
  static std::map<Id, Organization> orgs_;
};

ProgrammeRules* DemoFitTest::rules_ = nullptr;
Store* DemoFitTest::store_ = nullptr;
Catalog* DemoFitTest::catalog_ = nullptr;
std::map<std::string, Id> DemoFitTest::by_name_;
std::map<Id, Organization> DemoFitTest::orgs_;

// An AI enterprise (大模型, 算力) with a digital-medicine sideline once got
// a TCM society, a TCM university and a microbiology institute "to complement"
// it. Its target is AI and the Zhongguancun Science City's industries.
TEST_F(DemoFitTest, ARegionalAiConsortiumGetsNoTcmMembers) {
  ConsortiumRequest req;
  req.type = "regional";
  req.lead_id = Lead("ai", [](const Organization& o) {
    return o.zone == "zgc_science_city" && HasIndustry(o, "biomed");
  });
  req.region = "zgc_science_city";
  req.problem = "大模型 算力调度";
  const ConsortiumSuggestion s = Suggest(req);
  ASSERT_EQ(s.proposals.size(), 3u);
  for (const Proposal& p : s.proposals) {
    EXPECT_TRUE(p.warnings.empty()) << p.warnings[0].message;
    for (const ProposalMember& m : p.members) {
      const Organization& o = orgs_.at(m.id);
      EXPECT_FALSE(HasSubfield(m.id, "biomed.tcm")) << o.name;
      if (m.role == "park") continue;
      bool in_target = false;
      for (const Weighted& w : o.industries) {
        in_target |= w.code == "ai" || w.code == "ic" || w.code == "software";
      }
      EXPECT_TRUE(in_target) << o.name << " (" << m.role << ")";
    }
  }
  ExpectDistinct(s);
}

// Complementarity only counts as far as the candidate concerns the problem:
// no candidate without problem relevance earns any, and a vaccine maker is
// no longer given TCM societies "to complement" it.
TEST_F(DemoFitTest, ComplementarityAloneBringsInNoOne) {
  const Id vaccine_maker =
      Lead("biomed", [](const Organization& o) { return Has(o.subfields, "biomed.vaccine"); });
  const Id device_maker =
      Lead("biomed", [](const Organization& o) { return Has(o.subfields, "biomed.device"); });
  const std::pair<Id, const char*> requests[] = {
      {vaccine_maker, "mRNA疫苗 多联多价疫苗 规模化生产"},
      {device_maker, "手术机器人 精密运动控制 医学影像导航"}};
  for (const auto& [lead_id, problem] : requests) {
    const std::string lead = orgs_.at(lead_id).name;
    ConsortiumRequest req;
    req.type = "industrial";
    req.lead_id = lead_id;
    req.industry = "biomed";
    req.problem = problem;
    const ConsortiumSuggestion s = Suggest(req);
    ASSERT_FALSE(s.proposals.empty()) << lead;
    std::map<Id, const ScoredCandidate*> scored;
    for (const RoleCandidates& rc : s.candidates) {
      for (const ScoredCandidate& c : rc.candidates) scored[c.id] = &c;
    }
    if (lead_id == vaccine_maker) {
      for (const Proposal& p : s.proposals) {
        for (const ProposalMember& m : p.members) {
          EXPECT_FALSE(HasSubfield(m.id, "biomed.tcm")) << lead << ": " << orgs_.at(m.id).name;
        }
      }
    }
    for (const auto& [id, c] : scored) {
      double complementarity = 0, problem_term = 0;
      for (const auto& [name, value] : c->terms) {
        if (name == "complementarity") complementarity = value;
        if (name == "problem") problem_term = value;
      }
      if (problem_term == 0) {
        EXPECT_EQ(complementarity, 0) << c->name;
      }
    }
    ExpectDistinct(s);
  }
}

// For a packaging problem, the national society that works on packaging
// (中国电子学会) outranks the vacuum society, whose IC work is equipment.
TEST_F(DemoFitTest, RelevanceOutweighsLocationAndTiesForANationalSociety) {
  ConsortiumRequest req;
  req.type = "industrial";
  req.lead_id = Lead("ic", [](const Organization& o) { return Has(o.subfields, "ic.packaging"); });
  req.industry = "ic";
  req.problem = "先进封装 晶圆级封装 系统级封装";
  const ConsortiumSuggestion s = Suggest(req);
  const Id packaging = IdOf("中国电子学会");
  ASSERT_TRUE(HasSubfield(packaging, "ic.packaging"));
  const Id thin_film = IdOf("中国真空学会");
  ASSERT_FALSE(HasSubfield(thin_film, "ic.packaging"));
  int packaging_rank = 1000, thin_film_rank = 1000;
  for (const RoleCandidates& rc : s.candidates) {
    if (rc.role != "national_society") continue;
    for (size_t i = 0; i < rc.candidates.size(); ++i) {
      if (rc.candidates[i].id == packaging) packaging_rank = static_cast<int>(i);
      if (rc.candidates[i].id == thin_film) thin_film_rank = static_cast<int>(i);
    }
  }
  EXPECT_LT(packaging_rank, 3);
  EXPECT_LT(packaging_rank, thin_film_rank);
}

// A Daxing (亦庄) enterprise asked to lead the Yanqing park's regional consortium:
// the answer says so.
TEST_F(DemoFitTest, ALeadOutsideTheRegionIsWarned) {
  ConsortiumRequest req;
  req.type = "regional";
  req.lead_id = Lead("biomed", [](const Organization& o) { return o.district == "110115"; });
  req.region = "zgc_yanqing";
  req.k = 1;
  const ConsortiumSuggestion s = Suggest(req);
  ASSERT_EQ(s.warnings.size(), 1u);
  EXPECT_EQ(s.warnings[0].code, "lead_outside_region");
  EXPECT_NE(s.warnings[0].message.find("不在中关村延庆园内"), std::string::npos);
  ASSERT_FALSE(s.proposals.empty());
  EXPECT_FALSE(s.proposals[0].warnings.empty());
}

}  // namespace
}  // namespace consortia
