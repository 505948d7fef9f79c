// POST /v1/search bodies and answers: similarity search over organisations and experts.
//
// Body (every member optional except one of text/like/codes; unknown members
// are 400 naming them, so typos do not silently widen a search):
//   {"text": "...", "like": id,
//    "codes": {"industries": [...], "subfields": [...], "fields": [...], "capabilities": [...]},
//    "kinds": ["expert", "university", ...],
//    "filters": {"leading": bool, "industries": [...], "districts": [...],
//                "regions": [...], "titles": [...], "available": bool, "exclude": [ids]},
//    "exact": false}
//    "k": 20, "weights": {"industries": 1, "fields": 1, "capabilities": 1, "text": 1, "lexical":
//    1},
// Answer:
//   {"results": [{"id", "kind", "kind_name", "name", "score",
//                 "title"?, "title_name"?, "fields"?: [{"code", "name"}],   (experts)
//                 "why": {"industries", "fields", "capabilities", "text", "lexical",
//                         "terms": [{"term", "weight"}], "matched_keywords"}}],
//    "stats": {"selected": N, "path": "exact" | "scan" | "ivf" | "flat", "nprobe"?: n}}
// `why` holds each block's contribution and the lexical one (they sum to the
// score); `terms` the query's terms the record carries that carry weight
// (weight = share of the query's lexical weight), Chinese first;
// `matched_keywords` the record's keywords holding one of them.
#include <cmath>

#include "api/api.h"
#include "core/taxonomy.h"
#include "matcher/catalog.h"
#include "vocabulary.h"

namespace consortia {

using Json = nlohmann::json;
using namespace api_internal;  // the code predicates

namespace {

// Catalog::Search names filter fields bare; the wire nests them.
Status WireField(const Status& s) {
  static constexpr std::string_view kNested[] = {"industries", "districts", "regions", "titles",
                                                 "exclude"};
  for (std::string_view f : kNested) {
    if (s.field() == f) return Status(s.code(), s.message(), "filters." + s.field());
  }
  return s;
}

double Round(float x) { return std::round(static_cast<double>(x) * 1e6) / 1e6; }

// Chinese names of kinds and titles, as the web client's catalogue has them.
std::string_view KindName(EntityKind kind) {
  static constexpr std::string_view kOrg[kOrgKindCount] = {
      "企业",     "市级学会", "全国学会", "专业委员会", "园区",    "高校",
      "科研院所", "区科协",   "园区科协", "高校科协",   "企业科协"};
  if (kind == kExpertKind) return "专家";
  const int k = static_cast<int>(kind);
  return k >= 0 && k < kOrgKindCount ? kOrg[k] : "";
}

std::string_view TitleName(Title title) {
  static constexpr std::string_view kTitles[kTitleCount] = {"院士", "知名专家", "高级职称", "其他"};
  const int t = static_cast<int>(title);
  return t >= 0 && t < kTitleCount ? kTitles[t] : "";
}

}  // namespace

Result<CatalogQuery> ParseSearchRequest(const Json& body) {
  JsonReader r(body);
  r.root().Object({"text", "like", "codes", "kinds", "filters", "k", "weights", "exact"});
  CatalogQuery q;
  r["text"].Text(&q.text, kMaxQueryText);
  r["like"].Id(&q.like);

  auto codes = r["codes"];
  codes.Object({"industries", "subfields", "fields", "capabilities"});
  codes["industries"].Codes(&q.codes.industries, kMaxCodes, IsIndustry, "industry code");
  codes["subfields"].Codes(&q.codes.subfields, kMaxCodes, IsSubfield, "sub-field code");
  codes["fields"].Codes(&q.codes.fields, kMaxCodes, IsField, "discipline code");
  codes["capabilities"].Codes(&q.codes.capabilities, kMaxCodes, IsCapability, "capability code");

  std::vector<std::string> kinds;
  r["kinds"].Codes(&kinds, kMaxCodes, IsEntityKind, "kind (expert or an organisation kind)");
  for (const std::string& k : kinds) q.filter.kinds.push_back(*ParseEntityKind(k));

  auto filters = r["filters"];
  filters.Object(
      {"leading", "industries", "districts", "regions", "titles", "available", "exclude"});
  if (bool leading = false; filters["leading"].present() && filters["leading"].Bool(&leading)) {
    q.filter.leading = leading;
  }
  filters["available"].Bool(&q.filter.only_available);
  filters["industries"].Codes(&q.filter.industries, kMaxCodes, IsIndustry, "industry code");
  filters["districts"].Codes(&q.filter.districts, kMaxCodes, IsDistrict, "district code");
  filters["regions"].Codes(&q.filter.regions, kMaxCodes, IsRegion, "zone or park code");
  std::vector<std::string> titles;
  filters["titles"].Codes(&titles, kMaxCodes, IsTitle, "title (" + TitleChoices() + ")");
  for (const std::string& t : titles) q.filter.titles.push_back(*ParseTitle(t));
  filters["exclude"].Ids(&q.filter.exclude, kMaxIds);

  r["k"].Int(&q.k, 1, kMaxSearchK);
  auto weights = r["weights"];
  weights.Object({"industries", "fields", "capabilities", "text", "lexical"});
  for (int b = 0; b < kBlockCount; ++b) {
    const auto block = static_cast<Block>(b);
    double w = q.weights[block];
    if (weights[ToString(block)].Number(&w, 0, 100)) q.weights[block] = static_cast<float>(w);
  }
  if (double w = q.lexical; weights["lexical"].Number(&w, 0, 100)) {
    q.lexical = static_cast<float>(w);
  }
  bool exact = false;
  if (r["exact"].Bool(&exact)) q.mode = exact ? SearchMode::kExact : SearchMode::kAuto;
  if (!r.ok()) return r.status();
  if (q.text.find_first_not_of(" \t\r\n") == std::string::npos && q.like == 0 &&
      q.codes.industries.empty() && q.codes.subfields.empty() && q.codes.fields.empty() &&
      q.codes.capabilities.empty()) {
    return Status::InvalidArgument("text is required when neither like nor codes is given", "text");
  }
  return q;
}

Json SearchResultJson(const SearchResult& result) {
  Json results = Json::array();
  for (const Hit& h : result.hits) {
    Json why = Json::object();
    for (int b = 0; b < kBlockCount; ++b) {
      why[std::string(ToString(static_cast<Block>(b)))] = Round(h.contributions[b]);
    }
    why["lexical"] = Round(h.lexical);
    Json terms = Json::array();
    for (const MatchedTerm& t : h.terms)
      terms.push_back({{"term", t.term}, {"weight", Round(t.weight)}});
    why["terms"] = std::move(terms);
    why["matched_keywords"] = h.matched_keywords;
    Json item = {{"id", h.id},
                 {"kind", ToString(h.kind)},
                 {"kind_name", KindName(h.kind)},
                 {"name", h.name},
                 {"score", Round(h.score)}};
    if (h.kind == kExpertKind) {
      if (h.title) {
        item["title"] = ToString(*h.title);
        item["title_name"] = TitleName(*h.title);
      }
      Json fields = Json::array();
      for (const std::string& code : h.fields) {
        const Term* t = FindField(code);
        fields.push_back({{"code", code}, {"name", t ? t->name : code}});
      }
      item["fields"] = std::move(fields);
    }
    item["why"] = std::move(why);
    results.push_back(std::move(item));
  }
  Json stats = {{"selected", result.stats.selected}, {"path", ToString(result.stats.path)}};
  if (result.stats.path == SearchPath::kIvf) stats["nprobe"] = result.stats.nprobe;
  return {{"results", std::move(results)}, {"stats", std::move(stats)}};
}

Result<Json> SearchJson(const Catalog& catalog, const Json& body) {
  auto query = ParseSearchRequest(body);
  if (!query.ok()) return query.status();
  auto result = catalog.Search(*query);
  if (!result.ok()) return WireField(result.status());
  return SearchResultJson(*result);
}

}  // namespace consortia
