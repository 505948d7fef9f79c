// The one sub-field <-> NSFC table (core/disciplines.h) and its inverse.
#include "core/disciplines.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/taxonomy.h"

namespace consortia {
namespace {
// The one sub-field <-> NSFC table: every sub-field, in taxonomy order, with
// known codes; its inverse covers every code and agrees with it both ways.
TEST(DisciplinesTest, SubfieldFieldTableCoversEverySubfieldWithKnownCodes) {
  const auto& table = SubfieldFieldTable();
  ASSERT_EQ(table.size(), Subfields().size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    SCOPED_TRACE(table[i].subfield);
    EXPECT_EQ(table[i].subfield, Subfields()[i].code);
    ASSERT_FALSE(table[i].fields.empty());
    std::set<std::string> seen;
    for (const std::string& c : table[i].fields) {
      EXPECT_NE(FindField(c), nullptr) << c;
      EXPECT_TRUE(seen.insert(c).second) << c;
    }
    EXPECT_EQ(&FieldsOfSubfield(table[i].subfield), &table[i].fields);
  }
  EXPECT_TRUE(FieldsOfSubfield("ic.quantum").empty());
  // Child codes where one fits: packaging is F0406, chip design F0402.
  EXPECT_EQ(FieldsOfSubfield("ic.packaging").front(), "F0406");
  EXPECT_EQ(FieldsOfSubfield("ic.design").front(), "F0402");
}

bool Has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(DisciplinesTest, SubfieldsOfFieldIsTheTablesInverse) {
  for (const Term& f : Fields()) {
    SCOPED_TRACE(f.code);
    const auto& subfields = SubfieldsOfField(f.code);
    EXPECT_FALSE(subfields.empty());  // every discipline lands somewhere
    for (const std::string& s : subfields) {
      const auto& codes = FieldsOfSubfield(s);
      EXPECT_TRUE(std::any_of(codes.begin(), codes.end(), [&](const std::string& c) {
        return c == f.code || FindField(c)->parent == f.code;
      })) << s;
    }
  }
  for (const SubfieldFields& row : SubfieldFieldTable()) {
    for (const std::string& c : row.fields) {
      EXPECT_TRUE(Has(SubfieldsOfField(c), row.subfield)) << c << " -> " << row.subfield;
      const std::string& parent = FindField(c)->parent;
      if (!parent.empty()) {
        EXPECT_TRUE(Has(SubfieldsOfField(parent), row.subfield))
            << parent << " -> " << row.subfield;
      }
    }
  }
  // What the index's old private cross-walk missed.
  for (const char* s : {"ai.systems", "ai.brain", "ai.safety", "ai.data_mining"}) {
    EXPECT_TRUE(Has(SubfieldsOfField("F06"), s)) << s;
  }
  EXPECT_TRUE(Has(SubfieldsOfField("H"), "biomed.tcm"));
  EXPECT_TRUE(Has(SubfieldsOfField("F05"), "ngit.communication"));
  EXPECT_TRUE(Has(SubfieldsOfField("E05"), "ic.equipment"));
  EXPECT_TRUE(Has(SubfieldsOfField("E05"), "rural.agri_machinery"));
  EXPECT_TRUE(Has(SubfieldsOfField("E06"), "smart_mfg.aerospace"));
  EXPECT_TRUE(Has(SubfieldsOfField("E06"), "new_energy.pv"));  // through E0607
  EXPECT_TRUE(Has(SubfieldsOfField("F03"), "st_services.testing"));
  EXPECT_TRUE(Has(SubfieldsOfField("C13"), "rural.agri_machinery"));
  // A parent discipline holds its children; a child only its own sub-fields.
  EXPECT_EQ(SubfieldsOfField("F04"),
            (std::vector<std::string>{"ic.design", "ic.manufacturing", "ic.packaging",
                                      "ic.equipment", "ic.materials", "ic.compound"}));
  EXPECT_EQ(SubfieldsOfField("F0402"), (std::vector<std::string>{"ic.design"}));
  EXPECT_TRUE(SubfieldsOfField("F0403").empty());
  EXPECT_TRUE(SubfieldsOfField("X99").empty());
}

}  // namespace
}  // namespace consortia
