// The request reader: parsing (duplicate keys, depth, invalid JSON), paths in
// every message, range checks before conversion, text checks, lists, query mode.
#include "core/json_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "core/taxonomy.h"

namespace consortia {
namespace {

using nlohmann::json;

json Parsed(std::string_view text) {
  auto j = ParseJson(text);
  EXPECT_TRUE(j.ok()) << j.status().ToString();
  return j.ok() ? *j : json();
}

TEST(ParseJsonTest, RefusesInvalidJsonWithAPosition) {
  auto r = ParseJson("{\"a\": nope}");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(r.status().field(), "body");
  EXPECT_NE(r.status().message().find("body is not valid JSON (at line 1, column"),
            std::string::npos)
      << r.status().message();
  EXPECT_FALSE(ParseJson("").ok());
  EXPECT_EQ(ParseJson("[1,", "rules").status().field(), "rules");
  // Raw control characters and broken UTF-8 are not JSON.
  EXPECT_FALSE(ParseJson(std::string("\"a\0b\"", 5)).ok());
  EXPECT_FALSE(ParseJson("\"\xff\"").ok());
}

TEST(ParseJsonTest, RefusesAKeyGivenTwiceNamingItsPath) {
  auto top = ParseJson(R"({"k": 1, "text": "a", "k": 2})");
  ASSERT_FALSE(top.ok());
  EXPECT_EQ(top.status().field(), "k");
  EXPECT_EQ(top.status().message(), "k is given twice (each key may appear once)");
  auto nested = ParseJson(R"({"members": [{"id": 1}, {"id": 2, "role": "a", "id": 3}]})");
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.status().field(), "members[1].id");
  auto deep = ParseJson(R"({"a": [[1, 2], [3, {"b": {"c": 1, "c": 2}}]]})");
  EXPECT_EQ(deep.status().field(), "a[1][1].b.c");
  // Equal keys in different objects are fine.
  EXPECT_TRUE(ParseJson(R"({"a": {"id": 1}, "b": {"id": 1}, "id": [{"id": 2}]})").ok());
  auto ordered = ParseOrderedJson(R"({"z": 1, "a": 2, "z": 3})", "rules");
  EXPECT_EQ(ordered.status().field(), "z");
}

TEST(ParseJsonTest, RefusesDeepNesting) {
  std::string deep(kMaxJsonDepth + 1, '[');
  deep += std::string(kMaxJsonDepth + 1, ']');
  auto r = ParseJson(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("nested deeper than 64"), std::string::npos);
  std::string ok(kMaxJsonDepth, '[');
  ok += std::string(kMaxJsonDepth, ']');
  EXPECT_TRUE(ParseJson(ok).ok());
}

TEST(JsonReaderTest, UnknownFieldsAreRefusedWithOneMessage) {
  json body = Parsed(R"({"text": "x", "filters": {"leading": true, "colour": "red"}})");
  JsonReader r(body);
  EXPECT_TRUE(r.root().Object({"text", "filters"}));
  EXPECT_FALSE(r["filters"].Object({"leading", "industries"}));
  EXPECT_EQ(r.status().field(), "filters.colour");
  EXPECT_EQ(r.status().message(),
            "filters.colour is an unknown field (allowed: leading, industries)");

  const json list = json::array();
  JsonReader array(list);
  EXPECT_FALSE(array.root().Object({"a"}));
  EXPECT_EQ(array.status().field(), "body");
  EXPECT_EQ(array.status().message(), "body must be an object (got an array)");
}

TEST(JsonReaderTest, IntegersAreRangeCheckedBeforeConversion) {
  json body = Parsed(R"({"k": 9223372036854775808, "year": -9223372036854775808,
                         "big": 18446744073709551615, "f": 5.0, "s": "5", "ok": 42})");
  std::int64_t v = 7;
  {
    JsonReader r(body);
    EXPECT_FALSE(r["k"].Int(&v, 1, 1000));
    EXPECT_EQ(v, 7);  // untouched
    EXPECT_EQ(r.status().field(), "k");
    EXPECT_EQ(r.status().message(), "k must be an integer in 1..1000 (got 9223372036854775808)");
  }
  {
    JsonReader r(body);
    std::int64_t revision = 0;
    EXPECT_FALSE(r["k"].Int(&revision, 0, INT64_MAX));  // 2^63 is not an int64
    EXPECT_EQ(r.status().message(), "k must be an integer >= 0 (got 9223372036854775808)");
  }
  for (const char* key : {"year", "big", "f", "s"}) {
    JsonReader r(body);
    int year = 0;
    EXPECT_FALSE(r[key].Int(&year, 1900, 2200)) << key;
    EXPECT_EQ(r.status().field(), key);
  }
  JsonReader r(body);
  int ok = 0;
  EXPECT_TRUE(r["ok"].Int(&ok, 1, 100));
  EXPECT_EQ(ok, 42);
  Id id = 0;
  EXPECT_FALSE(r["big"].Id(&id));
  EXPECT_EQ(r.status().message(), "big must be a positive integer id (got 18446744073709551615)");
}

TEST(JsonReaderTest, NumbersAreFiniteAndInRange) {
  json body = {{"w", 0.0}, {"x", 2.5}, {"t", "1"}};
  JsonReader r(body);
  double w = -1;
  EXPECT_TRUE(r["x"].Number(&w, 0, 10));
  EXPECT_EQ(w, 2.5);
  EXPECT_FALSE(r["w"].Number(&w, 0, 1, /*min_exclusive=*/true));
  EXPECT_EQ(r.status().message(), "w must be a number in (0, 1] (got 0.0)");
  JsonReader text(body);
  EXPECT_FALSE(text["t"].Number(&w, 0, 10));
  EXPECT_EQ(text.status().field(), "t");
}

TEST(JsonReaderTest, TextIsCheckedForNulUtf8AndLength) {
  json body = {{"nul", std::string("a\0b", 3)},
               {"bad", "\xc3\x28"},
               {"long", std::string(3000, 'x')},
               {"cjk", "光刻胶"},
               {"num", 5}};
  std::string out = "kept";
  JsonReader nul(body);
  EXPECT_FALSE(nul["nul"].Text(&out, 100));
  EXPECT_EQ(nul.status().message(), "nul must not contain NUL characters");
  EXPECT_EQ(out, "kept");
  JsonReader bad(body);
  EXPECT_FALSE(bad["bad"].Text(&out, 100));
  EXPECT_EQ(bad.status().message(), "bad must be valid UTF-8");
  JsonReader long_text(body);
  EXPECT_FALSE(long_text["long"].Text(&out, 2000));
  EXPECT_EQ(long_text.status().message(), "long must be at most 2000 characters (got 3000)");
  JsonReader cjk(body);
  EXPECT_TRUE(cjk["cjk"].Text(&out, 3));  // characters, not bytes
  EXPECT_EQ(out, "光刻胶");
  EXPECT_FALSE(cjk["cjk"].Text(&out, 2));
  JsonReader num(body);
  EXPECT_FALSE(num["num"].Text(&out, 10));
  EXPECT_EQ(num.status().message(), "num must be a string (got 5)");
}

TEST(JsonReaderTest, TheFirstProblemIsKeptAndAbsentValuesChangeNothing) {
  json body = {{"a", "x"}, {"b", "y"}, {"n", nullptr}};
  JsonReader r(body);
  int a = 1, b = 2, n = 3, missing = 4;
  r["a"].Int(&a, 0, 9);
  r["b"].Int(&b, 0, 9);
  EXPECT_TRUE(r["n"].Int(&n, 0, 9));
  EXPECT_TRUE(r["missing"].Int(&missing, 0, 9));
  EXPECT_EQ(r.status().field(), "a");
  EXPECT_EQ(std::make_tuple(a, b, n, missing), std::make_tuple(1, 2, 3, 4));
  EXPECT_FALSE(r["missing"].Required());
  EXPECT_EQ(r.status().field(), "a");
  JsonReader required(body);
  EXPECT_FALSE(required["type"].Required());
  EXPECT_EQ(required.status().message(), "type is required");
}

TEST(JsonReaderTest, IdListsRefuseDuplicatesAndNameTheElement) {
  json body = Parsed(R"({"pin": [4, 5, 4], "ok": [1, 2], "neg": [1, -2], "long": [1, 2, 3]})");
  std::vector<Id> ids;
  JsonReader dup(body);
  EXPECT_FALSE(dup["pin"].Ids(&ids, 10));
  EXPECT_EQ(dup.status().field(), "pin[2]");
  EXPECT_EQ(dup.status().message(), "pin[2] repeats 4 (pin[0])");
  EXPECT_TRUE(ids.empty());
  JsonReader ok(body);
  EXPECT_TRUE(ok["ok"].Ids(&ids, 10));
  EXPECT_EQ(ids, (std::vector<Id>{1, 2}));
  JsonReader neg(body);
  EXPECT_FALSE(neg["neg"].Ids(&ids, 10));
  EXPECT_EQ(neg.status().field(), "neg[1]");
  JsonReader too_long(body);
  EXPECT_FALSE(too_long["long"].Ids(&ids, 2));
  EXPECT_EQ(too_long.status().message(), "long must have at most 2 items (got 3)");
}

TEST(JsonReaderTest, CodesEnumsAndChoices) {
  json body = {{"industries", {"ic", "steel"}},
               {"kind", "university"},
               {"type", "artistic"},
               {"again", {"ic", "ic"}}};
  auto industry = [](std::string_view c) { return FindIndustry(c) != nullptr; };
  std::vector<std::string> codes;
  JsonReader r(body);
  EXPECT_FALSE(r["industries"].Codes(&codes, 12, industry, "industry code"));
  EXPECT_EQ(r.status().field(), "industries[1]");
  EXPECT_EQ(r.status().message(), "industries[1] is not a known industry code (got \"steel\")");
  JsonReader again(body);
  EXPECT_FALSE(again["again"].Codes(&codes, 12, industry, "industry code"));
  EXPECT_EQ(again.status().message(), "again[1] repeats \"ic\" (again[0])");
  JsonReader kinds(body);
  OrgKind kind = OrgKind::kPark;
  EXPECT_TRUE(kinds["kind"].Enum(&kind, ParseOrgKind, "enterprise, university, ..."));
  EXPECT_EQ(kind, OrgKind::kUniversity);
  std::string type;
  EXPECT_FALSE(kinds["type"].OneOf(&type, {"regional", "industrial"}));
  EXPECT_EQ(kinds.status().message(),
            "type must be one of regional, industrial (got \"artistic\")");
}

TEST(JsonReaderTest, QueryModeParsesTextValues) {
  ParamMap params = {{"limit", "20"},
                     {"leading", "yes"},
                     {"offset", "9223372036854775808"},
                     {"text", std::string("ab\0c", 4)}};
  JsonReader r(params);
  EXPECT_TRUE(r.root().Object({"limit", "leading", "offset", "text"}));
  int limit = 0;
  bool leading = false;
  EXPECT_TRUE(r["limit"].Int(&limit, 1, 1000));
  EXPECT_TRUE(r["leading"].Bool(&leading));
  EXPECT_EQ(limit, 20);
  EXPECT_TRUE(leading);
  std::int64_t offset = 0;
  EXPECT_FALSE(r["offset"].Int(&offset, 0, 1'000'000'000));
  EXPECT_EQ(r.status().message(),
            "offset must be an integer in 0..1000000000 (got \"9223372036854775808\")");
  JsonReader text(params);
  std::string t;
  EXPECT_FALSE(text["text"].Text(&t, 200));
  EXPECT_EQ(text.status().field(), "text");
  JsonReader unknown(ParamMap{{"colour", "red"}});
  EXPECT_FALSE(unknown.root().Object({"kind"}));
  EXPECT_EQ(unknown.status().message(), "colour is an unknown field (allowed: kind)");
  // JSON booleans are not query text, and query text is not a JSON boolean.
  const json text_bool = {{"b", "true"}};
  JsonReader json_bool(text_bool);
  EXPECT_FALSE(json_bool["b"].Bool(&leading));
}

TEST(StatusTest, DetailsTravelWithTheStatusAndMerge) {
  Status s = Status::Infeasible("no park", "park");
  EXPECT_FALSE(s.has_details());
  EXPECT_TRUE(s.details().empty());
  Status d = s.WithDetails({{"role", "park"}, {"eligible", 0}});
  Status copy = d;
  Status more = copy.WithDetails({{"relaxation", "choose another region"}});
  EXPECT_EQ(copy.details(), (json{{"role", "park"}, {"eligible", 0}}));
  EXPECT_EQ(more.details()["relaxation"], "choose another region");
  EXPECT_EQ(more.details()["role"], "park");
  EXPECT_EQ(more.field(), "park");
  EXPECT_EQ(more.code(), Code::kInfeasible);
}

}  // namespace
}  // namespace consortia
