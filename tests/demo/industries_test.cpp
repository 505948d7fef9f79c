// Every industry a demo record is listed under is earned by what the record
// itself says: a sub-field of that industry, a keyword that is that industry's
// own term, and, for a secondary industry, a mention in the description. A
// line of work reached across industries (a display maker's GaN epitaxy) is
// named by the terms where the two meet. An analyst reading the records
// (notebooks/01_data_overview.ipynb) found 17 % of secondary codes and 21 % of
// leading enterprises' industry listings unsupported by any keyword.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "default_set.h"

namespace consortia {
namespace {

using testing::DefaultDemo;
using testing::OwnTermOf;

bool EarnedByKeyword(const std::vector<std::string>& keywords, std::string_view industry) {
  return std::any_of(keywords.begin(), keywords.end(),
                     [&](const std::string& k) { return OwnTermOf(k, industry); });
}

// True if the description names one of the industry's own terms.
bool NamedInDescription(const std::string& description, std::string_view industry) {
  for (const detail::SubfieldVocabulary& v : detail::SubfieldVocabularies()) {
    if (FindSubfield(v.subfield)->parent != industry) continue;
    std::vector<const detail::DemoTerm*> terms = {&v.topic};
    for (const auto* list : {&v.directions, &v.chokepoints}) {
      for (const detail::DemoTerm& t : *list) terms.push_back(&t);
    }
    for (const detail::DemoTerm* t : terms) {
      if (OwnTermOf(t->zh, industry) && description.find(t->zh) != std::string::npos) return true;
    }
  }
  return false;
}

TEST(DemoIndustriesTest, EveryIndustryIsEarnedByTheRecordsOwnWords) {
  const Dataset& d = DefaultDemo();
  int secondary = 0;
  for (const Organization& o : d.organizations) {
    SCOPED_TRACE(o.key + " " + o.name + " " + ::testing::PrintToString(o.keywords));
    for (const Weighted& w : o.industries) {
      EXPECT_TRUE(
          std::any_of(o.subfields.begin(), o.subfields.end(),
                      [&](const std::string& s) { return FindSubfield(s)->parent == w.code; }))
          << w.code << " without a sub-field";
      EXPECT_TRUE(EarnedByKeyword(o.keywords, w.code)) << w.code << " without a keyword of its own";
      if (&w == &o.industries.front()) continue;
      ++secondary;
      EXPECT_TRUE(NamedInDescription(o.description, w.code)) << w.code << ": " << o.description;
    }
  }
  for (const Expert& e : d.experts) {
    SCOPED_TRACE(e.key + " " + ::testing::PrintToString(e.keywords));
    for (const Weighted& w : e.industries) {
      EXPECT_TRUE(EarnedByKeyword(e.keywords, w.code)) << w.code << " without a keyword of its own";
      if (&w == &e.industries.front()) continue;
      ++secondary;
      EXPECT_TRUE(NamedInDescription(e.description, w.code)) << w.code << ": " << e.description;
    }
  }
  EXPECT_GT(secondary, 1000);  // records of two or three industries are common, not rare
}

// A keyword of a secondary industry lies where the record's first industry
// meets it (detail::BridgeTerms): a power-grid company's compound
// semiconductors are SiC power devices, a display maker's are GaN epitaxy.
TEST(DemoIndustriesTest, WorkAcrossIndustriesMeetsWhereTheyMeet) {
  const Dataset& d = DefaultDemo();
  // Terms of `industry` through which some sub-field of `from` reaches it.
  auto bridges = [](std::string_view from, std::string_view industry) {
    std::set<std::string> terms;  // Chinese and English
    for (const Term& s : Subfields()) {
      if (s.parent != from) continue;
      for (std::string_view t : detail::NeighboursOf(s.code)) {
        if (FindSubfield(t)->parent != industry) continue;
        for (std::string_view zh : detail::BridgeTerms(s.code, t)) {
          const detail::DemoTerm* term = detail::FindTerm(*detail::FindVocabulary(t), zh);
          terms.emplace(term->zh);
          terms.emplace(term->en);
        }
      }
    }
    return terms;
  };
  int checked = 0;
  auto check = [&](const std::string& who, const std::vector<Weighted>& industries,
                   const std::vector<std::string>& keywords) {
    for (std::size_t i = 1; i < industries.size(); ++i) {
      const std::set<std::string> via = bridges(industries[0].code, industries[i].code);
      for (const std::string& k : keywords) {
        if (!OwnTermOf(k, industries[i].code)) continue;
        ++checked;
        EXPECT_TRUE(via.count(k)) << who << ": " << k << " of " << industries[i].code
                                  << " is no bridge from " << industries[0].code;
      }
    }
  };
  for (const Expert& e : d.experts) check(e.key, e.industries, e.keywords);
  for (const Organization& o : d.organizations) {
    if (o.kind == OrgKind::kEnterprise || o.kind == OrgKind::kEnterpriseCast) {
      check(o.key + " " + o.name, o.industries, o.keywords);
    }
  }
  EXPECT_GT(checked, 500);
}

// The analyst's own measure (notebooks/lib/dataquality.py): a keyword's home
// industry is the primary industry of >= 70 % of the >= 5 records carrying
// it; a secondary code is supported if one of the record's keywords has that
// home. Terms shared where two industries meet (氮化镓外延) have no home, so a
// few remain; the generator is not tuned to this measure, only held to it.
TEST(DemoIndustriesTest, FewSecondaryCodesLackAKeywordAtHomeThere) {
  const Dataset& d = DefaultDemo();
  struct Record {
    const std::vector<Weighted>* industries;
    const std::vector<std::string>* keywords;
    bool leading;
  };
  std::vector<Record> records;
  for (const Organization& o : d.organizations)
    records.push_back({&o.industries, &o.keywords, o.leading});
  for (const Expert& e : d.experts) records.push_back({&e.industries, &e.keywords, false});
  auto primary = [](const Record& r) {
    return std::max_element(
               r.industries->begin(), r.industries->end(),
               [](const Weighted& a, const Weighted& b) { return a.weight < b.weight; })
        ->code;
  };
  std::map<std::string, std::map<std::string, int>> carriers;  // keyword -> primary -> records
  for (const Record& r : records) {
    std::set<std::string> distinct(r.keywords->begin(), r.keywords->end());
    for (const std::string& k : distinct) ++carriers[k][primary(r)];
  }
  std::map<std::string, std::string> home;
  for (const auto& [k, by] : carriers) {
    int n = 0, top = 0;
    std::string best;
    for (const auto& [industry, count] : by) {
      n += count;
      if (count > top) top = count, best = industry;
    }
    if (n >= 5 && top >= 0.7 * n) home[k] = best;
  }
  int codes = 0, unsupported = 0, listings = 0, unsupported_listings = 0;
  for (const Record& r : records) {
    std::set<std::string> homes;
    for (const std::string& k : *r.keywords) {
      if (home.count(k)) homes.insert(home[k]);
    }
    for (const Weighted& w : *r.industries) {
      const bool secondary = w.code != primary(r);
      if (r.leading) {  // GET /v1/organizations?kind=enterprise&leading=true&industry=X
        ++listings;
        unsupported_listings += secondary && !homes.count(w.code);
      }
      if (secondary && !homes.empty()) {
        ++codes;
        unsupported += !homes.count(w.code);
      }
    }
  }
  ASSERT_GT(codes, 1000);
  EXPECT_LT(unsupported, codes * 8 / 100) << unsupported << " of " << codes;  // was 17 %
  EXPECT_LT(unsupported_listings, listings * 3 / 100)
      << unsupported_listings << " of " << listings;  // was 21 %
}

}  // namespace
}  // namespace consortia
