// The NSFC -> sub-field cross-walk of the profiles (FieldToSubfields) is the
// inverse of core/disciplines.h's SubfieldFieldTable(), the table the demo
// generator gives experts their codes from: one table, read the same way by
// the data and by the index.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "core/disciplines.h"
#include "core/taxonomy.h"
#include "demo/demo.h"
#include "index/index.h"

namespace consortia {
namespace {

bool Has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(CrossWalkTest, IsTheSharedTableReadBackwards) {
  for (const Term& f : Fields()) {
    EXPECT_EQ(FieldToSubfields(f.code), SubfieldsOfField(f.code)) << f.code;
    EXPECT_FALSE(FieldToSubfields(f.code).empty()) << f.code;
  }
  for (const SubfieldFields& row : SubfieldFieldTable()) {
    for (const std::string& c : row.fields) {
      EXPECT_TRUE(Has(FieldToSubfields(c), row.subfield)) << c << " -> " << row.subfield;
    }
  }
  // A child code the taxonomy does not know maps like its parent.
  EXPECT_EQ(FieldToSubfields("F0403"), FieldToSubfields("F04"));
  EXPECT_TRUE(FieldToSubfields("Z9").empty());
}

// On the demo set: the index reads an expert's first code onto a sub-field his
// affiliation works on (his main direction lies there), and every code he
// holds onto one of his own industries.
TEST(CrossWalkTest, PlacesDemoExpertsOnTheirOwnWork) {
  DemoOptions options;
  options.organizations = 400;
  options.experts = 4000;
  const Dataset d = GenerateDemo(options);
  std::map<std::string, const Organization*> by_key;
  for (const Organization& o : d.organizations) by_key[o.key] = &o;
  for (const Expert& e : d.experts) {
    SCOPED_TRACE(e.key + " " + ::testing::PrintToString(e.fields));
    const Organization& org = *by_key.at(e.affiliation_key);
    const auto& first = FieldToSubfields(e.fields.front());
    EXPECT_TRUE(std::any_of(first.begin(), first.end(),
                            [&](const std::string& s) { return Has(org.subfields, s); }))
        << org.name << " " << ::testing::PrintToString(org.subfields);
    for (const std::string& f : e.fields) {
      const auto& mapped = FieldToSubfields(f);
      EXPECT_TRUE(std::any_of(mapped.begin(), mapped.end(), [&](const std::string& s) {
        return std::any_of(e.industries.begin(), e.industries.end(),
                           [&](const Weighted& w) { return w.code == FindSubfield(s)->parent; });
      })) << f;
    }
  }
}

}  // namespace
}  // namespace consortia
