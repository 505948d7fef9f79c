// POST /v1/search bodies and answers: similarity search over organisations and experts.
//
// Body (every member optional except one of text/like/codes; unknown members
// are 400 naming them, so typos do not silently widen a search):
//   {"text": "...", "like": id,
//    "codes": {"industries": [...], "subfields": [...], "fields": [...], "capabilities": [...]},
//    "kinds": ["expert", "university", ...],
//    "filters": {"leading": bool, "industries": [...], "districts": [...],
//                "regions": [...], "titles": [...], "available": bool, "exclude": [ids]},
//    "k": 20, "weights": {"industries": 1, "fields": 1, "capabilities": 1, "text": 1},
//    "exact": false}
// Answer:
//   {"results": [{"id", "kind", "name", "score",
//                 "why": {"industries", "fields", "capabilities", "text", "matched_keywords"}}],
//    "stats": {"selected": N, "path": "exact" | "scan" | "ivf" | "flat", "nprobe"?: n}}
// `why` holds each block's contribution to the score (they sum to it).
#include <cmath>
#include <initializer_list>

#include "api/api.h"
#include "core/taxonomy.h"
#include "matcher/catalog.h"

namespace consortia {

using Json = nlohmann::json;

namespace {

Status CheckMembers(const Json& obj, std::string_view where,
                    std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : obj.items()) {
    bool known = false;
    for (std::string_view a : allowed) known = known || key == a;
    if (!known) {
      std::string field = where.empty() ? key : std::string(where) + "." + key;
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return Status::InvalidArgument("unknown member \"" + field + "\" (allowed: " + list + ")",
                                     field);
    }
  }
  return Status::Ok();
}

Result<std::vector<std::string>> Strings(const Json& v, const std::string& field) {
  if (!v.is_array()) return Status::InvalidArgument(field + " must be an array of strings", field);
  std::vector<std::string> out;
  for (const Json& s : v) {
    if (!s.is_string()) {
      return Status::InvalidArgument(field + " must be an array of strings", field);
    }
    out.push_back(s.get<std::string>());
  }
  return out;
}

// Strings that must each be found by `find` (a taxonomy lookup).
template <typename Find>
Result<std::vector<std::string>> Codes(const Json& v, const std::string& field, Find find,
                                       const char* what) {
  auto codes = Strings(v, field);
  if (!codes.ok()) return codes;
  for (const std::string& c : *codes) {
    if (find(c) == nullptr) {
      return Status::InvalidArgument("unknown " + std::string(what) + " '" + c + "'", field);
    }
  }
  return codes;
}

Result<bool> Bool(const Json& v, const std::string& field) {
  if (!v.is_boolean()) return Status::InvalidArgument(field + " must be true or false", field);
  return v.get<bool>();
}

Result<Id> PositiveId(const Json& v, const std::string& field) {
  if (!v.is_number_integer() || v.get<std::int64_t>() <= 0) {
    return Status::InvalidArgument(field + " must be a positive integer id", field);
  }
  return v.get<Id>();
}

Status ParseFilters(const Json& f, Filter* filter) {
  if (!f.is_object()) return Status::InvalidArgument("filters must be an object", "filters");
  if (Status s = CheckMembers(
          f, "filters",
          {"leading", "industries", "districts", "regions", "titles", "available", "exclude"});
      !s.ok()) {
    return s;
  }
  if (f.contains("leading")) {
    auto b = Bool(f["leading"], "filters.leading");
    if (!b.ok()) return b.status();
    filter->leading = *b;
  }
  if (f.contains("available")) {
    auto b = Bool(f["available"], "filters.available");
    if (!b.ok()) return b.status();
    filter->only_available = *b;
  }
  if (f.contains("industries")) {
    auto c = Codes(f["industries"], "filters.industries", FindIndustry, "industry");
    if (!c.ok()) return c.status();
    filter->industries = std::move(c).value();
  }
  if (f.contains("districts")) {
    auto c = Codes(f["districts"], "filters.districts", FindDistrict, "district");
    if (!c.ok()) return c.status();
    filter->districts = std::move(c).value();
  }
  if (f.contains("regions")) {
    auto c = Codes(f["regions"], "filters.regions", FindRegion, "zone or park");
    if (!c.ok()) return c.status();
    filter->regions = std::move(c).value();
  }
  if (f.contains("titles")) {
    auto names = Strings(f["titles"], "filters.titles");
    if (!names.ok()) return names.status();
    for (const std::string& n : *names) {
      auto t = ParseTitle(n);
      if (!t) {
        return Status::InvalidArgument(
            "unknown title '" + n + "' (academician, renowned, senior, other)", "filters.titles");
      }
      filter->titles.push_back(*t);
    }
  }
  if (f.contains("exclude")) {
    const Json& ex = f["exclude"];
    if (!ex.is_array()) {
      return Status::InvalidArgument("filters.exclude must be an array of ids", "filters.exclude");
    }
    for (const Json& v : ex) {
      auto id = PositiveId(v, "filters.exclude");
      if (!id.ok()) return id.status();
      filter->exclude.push_back(*id);
    }
  }
  return Status::Ok();
}

Status ParseCodes(const Json& c, QueryInput* codes) {
  if (!c.is_object()) return Status::InvalidArgument("codes must be an object", "codes");
  if (Status s = CheckMembers(c, "codes", {"industries", "subfields", "fields", "capabilities"});
      !s.ok()) {
    return s;
  }
  struct Part {
    const char* name;
    const Term* (*find)(std::string_view);
    const char* what;
    std::vector<std::string>* out;
  };
  for (const Part& p : {Part{"industries", FindIndustry, "industry", &codes->industries},
                        Part{"subfields", FindSubfield, "sub-field", &codes->subfields},
                        Part{"fields", FindField, "discipline", &codes->fields},
                        Part{"capabilities", FindCapability, "capability", &codes->capabilities}}) {
    if (!c.contains(p.name)) continue;
    auto v = Codes(c[p.name], std::string("codes.") + p.name, p.find, p.what);
    if (!v.ok()) return v.status();
    *p.out = std::move(v).value();
  }
  return Status::Ok();
}

Status ParseWeights(const Json& w, BlockWeights* weights) {
  if (!w.is_object()) return Status::InvalidArgument("weights must be an object", "weights");
  if (Status s = CheckMembers(w, "weights", {"industries", "fields", "capabilities", "text"});
      !s.ok()) {
    return s;
  }
  for (const auto& [key, value] : w.items()) {
    const std::string field = "weights." + key;
    if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() < 0) {
      return Status::InvalidArgument(field + " must be a number >= 0", field);
    }
    (*weights)[*ParseBlock(key)] = value.get<float>();
  }
  return Status::Ok();
}

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

}  // namespace

Result<CatalogQuery> ParseSearchRequest(const Json& body) {
  if (!body.is_object()) return Status::InvalidArgument("body must be a JSON object", "body");
  if (Status s = CheckMembers(
          body, "", {"text", "like", "codes", "kinds", "filters", "k", "weights", "exact"});
      !s.ok()) {
    return s;
  }
  CatalogQuery q;
  if (body.contains("text")) {
    if (!body["text"].is_string()) return Status::InvalidArgument("text must be a string", "text");
    q.text = body["text"].get<std::string>();
  }
  if (body.contains("like")) {
    auto id = PositiveId(body["like"], "like");
    if (!id.ok()) return id.status();
    q.like = *id;
  }
  if (body.contains("codes")) {
    if (Status s = ParseCodes(body["codes"], &q.codes); !s.ok()) return s;
  }
  if (body.contains("kinds")) {
    auto names = Strings(body["kinds"], "kinds");
    if (!names.ok()) return names.status();
    for (const std::string& n : *names) {
      auto kind = ParseEntityKind(n);
      if (!kind) {
        return Status::InvalidArgument(
            "unknown kind '" + n + "' (expert or an organisation kind such as university)",
            "kinds");
      }
      q.filter.kinds.push_back(*kind);
    }
  }
  if (body.contains("filters")) {
    if (Status s = ParseFilters(body["filters"], &q.filter); !s.ok()) return s;
  }
  if (body.contains("k")) {
    const Json& k = body["k"];
    if (!k.is_number_integer() || k.get<std::int64_t>() < 1 ||
        k.get<std::int64_t>() > kMaxSearchK) {
      return Status::InvalidArgument("k must be an integer in 1.." + std::to_string(kMaxSearchK),
                                     "k");
    }
    q.k = k.get<int>();
  }
  if (body.contains("weights")) {
    if (Status s = ParseWeights(body["weights"], &q.weights); !s.ok()) return s;
  }
  if (body.contains("exact")) {
    auto b = Bool(body["exact"], "exact");
    if (!b.ok()) return b.status();
    q.mode = *b ? SearchMode::kExact : SearchMode::kAuto;
  }
  if (q.text.find_first_not_of(" \t\r\n") == std::string::npos && q.like == 0 &&
      q.codes.industries.empty() && q.codes.subfields.empty() && q.codes.fields.empty() &&
      q.codes.capabilities.empty()) {
    return Status::InvalidArgument("give \"text\" or \"like\"", "text");
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
    why["matched_keywords"] = h.matched_keywords;
    results.push_back({{"id", h.id},
                       {"kind", ToString(h.kind)},
                       {"name", h.name},
                       {"score", Round(h.score)},
                       {"why", std::move(why)}});
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
