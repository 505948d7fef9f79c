// Query strings (and CLI options) -> filters, through the one reader in query mode.
#include "api/api.h"
#include "core/model.h"
#include "vocabulary.h"

namespace consortia {

using api_internal::IsDistrict;
using api_internal::IsField;
using api_internal::IsIndustry;
using api_internal::IsPark;
using api_internal::IsZone;

Result<std::optional<std::int64_t>> IntParam(const ParamMap& params, std::string_view name,
                                             std::int64_t min, std::int64_t max) {
  JsonReader r(params);
  std::int64_t n = 0;
  if (!r[name].present()) return std::optional<std::int64_t>();
  if (!r[name].Int(&n, min, max)) return r.status();
  return std::optional<std::int64_t>(n);
}

Result<std::optional<bool>> BoolParam(const ParamMap& params, std::string_view name) {
  JsonReader r(params);
  bool b = false;
  if (!r[name].present()) return std::optional<bool>();
  if (!r[name].Bool(&b)) return r.status();
  return std::optional<bool>(b);
}

Result<OrgFilter> ParseOrgFilter(const ParamMap& params) {
  JsonReader r(params);
  r.root().Object(
      {"kind", "leading", "industry", "district", "zone", "park", "text", "limit", "offset"});
  OrgFilter f;
  if (OrgKind kind{};
      r["kind"].present() && r["kind"].Enum(&kind, ParseOrgKind, api_internal::OrgKindChoices())) {
    f.kind = kind;
  }
  if (bool leading = false; r["leading"].present() && r["leading"].Bool(&leading)) {
    f.leading = leading;
  }
  r["industry"].Code(&f.industry, IsIndustry, "industry code");
  r["district"].Code(&f.district, IsDistrict, "district code");
  r["zone"].Code(&f.zone, IsZone, "zone code");
  r["park"].Code(&f.park, IsPark, "park code");
  r["text"].Text(&f.text, kMaxFilterText);
  r["limit"].Int(&f.limit, 1, kMaxLimit);
  r["offset"].Int(&f.offset, 0, 1'000'000'000);
  if (!r.ok()) return r.status();
  return f;
}

Result<ExpertFilter> ParseExpertFilter(const ParamMap& params) {
  JsonReader r(params);
  r.root().Object({"title", "industry", "field", "affiliation_id", "text", "limit", "offset"});
  ExpertFilter f;
  if (Title title{};
      r["title"].present() && r["title"].Enum(&title, ParseTitle, api_internal::TitleChoices())) {
    f.title = title;
  }
  if (Id id = 0; r["affiliation_id"].present() && r["affiliation_id"].Id(&id)) {
    f.affiliation_id = id;
  }
  r["industry"].Code(&f.industry, IsIndustry, "industry code");
  r["field"].Code(&f.field, IsField, "discipline code");
  r["text"].Text(&f.text, kMaxFilterText);
  r["limit"].Int(&f.limit, 1, kMaxLimit);
  r["offset"].Int(&f.offset, 0, 1'000'000'000);
  if (!r.ok()) return r.status();
  return f;
}

Result<bool> ParseRecordParams(const ParamMap& params) {
  JsonReader r(params);
  r.root().Object({"ties"});
  bool ties = true;
  r["ties"].Bool(&ties);
  if (!r.ok()) return r.status();
  return ties;
}

Result<ConsortiumFilter> ParseConsortiumFilter(const ParamMap& params,
                                               const ProgrammeRules& rules) {
  JsonReader r(params);
  r.root().Object({"status", "type", "year"});
  ConsortiumFilter f;
  r["status"].OneOf(&f.status, {"proposed", "applied", "approved", "active", "cancelled"});
  r["type"].Code(
      &f.type, [&rules](std::string_view t) { return rules.FindType(t) != nullptr; },
      "consortium type of the rules");
  r["year"].Int(&f.year, 1900, 2200);
  if (!r.ok()) return r.status();
  return f;
}

Result<std::string> ParseApplicationParams(const ParamMap& params) {
  JsonReader r(params);
  r.root().Object({"format"});
  std::string format = "md";
  r["format"].OneOf(&format, {"md", "markdown", "html"});
  if (!r.ok()) return r.status();
  return format == "html" ? format : std::string("md");
}

}  // namespace consortia
