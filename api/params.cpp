#include "api/api.h"

#include <charconv>

#include "core/model.h"
#include "core/taxonomy.h"

namespace consortia {
namespace {

const std::string* Find(const ParamMap& params, std::string_view name) {
  auto it = params.find(name);
  return it == params.end() ? nullptr : &it->second;
}

std::string KindList() {
  std::string out;
  for (int i = 0; i < kOrgKindCount; ++i) {
    if (i) out += ", ";
    out += ToString(static_cast<OrgKind>(i));
  }
  return out;
}

std::string TitleList() {
  std::string out;
  for (int i = 0; i < kTitleCount; ++i) {
    if (i) out += ", ";
    out += ToString(static_cast<Title>(i));
  }
  return out;
}

// Copies a vocabulary code after checking it; `find` returns true if known.
template <typename FindFn>
Status CodeParam(const ParamMap& params, std::string_view name, const char* what, FindFn find,
                 std::string* out) {
  const std::string* v = Find(params, name);
  if (!v) return Status::Ok();
  if (v->empty() || !find(*v)) {
    return Status::InvalidArgument("unknown " + std::string(what) + " code '" + *v + "'",
                                   std::string(name));
  }
  *out = *v;
  return Status::Ok();
}

Status TextParam(const ParamMap& params, std::string* out) {
  const std::string* v = Find(params, "text");
  if (!v) return Status::Ok();
  if (v->size() > 200) return Status::InvalidArgument("text is longer than 200 bytes", "text");
  *out = *v;
  return Status::Ok();
}

Status Paging(const ParamMap& params, int* limit, int* offset) {
  auto l = IntParam(params, "limit", 1, kMaxLimit);
  if (!l.ok()) return l.status();
  auto o = IntParam(params, "offset", 0, 1'000'000'000);
  if (!o.ok()) return o.status();
  if (*l) *limit = static_cast<int>(**l);
  if (*o) *offset = static_cast<int>(**o);
  return Status::Ok();
}

}  // namespace

Result<std::optional<std::int64_t>> IntParam(const ParamMap& params, std::string_view name,
                                             std::int64_t min, std::int64_t max) {
  const std::string* v = Find(params, name);
  if (!v) return std::optional<std::int64_t>();
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size() || n < min || n > max) {
    return Status::InvalidArgument(std::string(name) + " must be an integer in " +
                                       std::to_string(min) + ".." + std::to_string(max) +
                                       ", got '" + *v + "'",
                                   std::string(name));
  }
  return std::optional<std::int64_t>(n);
}

Result<std::optional<bool>> BoolParam(const ParamMap& params, std::string_view name) {
  const std::string* v = Find(params, name);
  if (!v) return std::optional<bool>();
  if (*v == "true" || *v == "1" || *v == "yes") return std::optional<bool>(true);
  if (*v == "false" || *v == "0" || *v == "no") return std::optional<bool>(false);
  return Status::InvalidArgument(std::string(name) + " must be true or false, got '" + *v + "'",
                                 std::string(name));
}

Status CheckKnownParams(const ParamMap& params, std::initializer_list<std::string_view> allowed) {
  for (const auto& [name, value] : params) {
    bool known = false;
    for (std::string_view a : allowed) known = known || a == name;
    if (!known) {
      std::string list;
      for (std::string_view a : allowed) {
        if (!list.empty()) list += ", ";
        list += a;
      }
      return Status::InvalidArgument("unknown parameter '" + name + "' (accepted: " + list + ")",
                                     name);
    }
  }
  return Status::Ok();
}

Result<OrgFilter> ParseOrgFilter(const ParamMap& params) {
  Status s = CheckKnownParams(params, {"kind", "leading", "industry", "district", "zone", "park",
                                       "text", "limit", "offset"});
  if (!s.ok()) return s;
  OrgFilter f;
  if (const std::string* v = Find(params, "kind")) {
    f.kind = ParseOrgKind(*v);
    if (!f.kind) {
      return Status::InvalidArgument("kind must be one of " + KindList() + ", got '" + *v + "'",
                                     "kind");
    }
  }
  auto leading = BoolParam(params, "leading");
  if (!leading.ok()) return leading.status();
  f.leading = *leading;
  auto is_zone = [](const std::string& c) {
    const Region* r = FindRegion(c);
    return r && r->kind == RegionKind::kZone;
  };
  auto is_park = [](const std::string& c) {
    const Region* r = FindRegion(c);
    return r && r->kind == RegionKind::kPark;
  };
  for (Status st : {
           CodeParam(
               params, "industry", "industry",
               [](const std::string& c) { return FindIndustry(c) != nullptr; }, &f.industry),
           CodeParam(
               params, "district", "district",
               [](const std::string& c) { return FindDistrict(c) != nullptr; }, &f.district),
           CodeParam(params, "zone", "zone", is_zone, &f.zone),
           CodeParam(params, "park", "park", is_park, &f.park),
           TextParam(params, &f.text),
           Paging(params, &f.limit, &f.offset),
       }) {
    if (!st.ok()) return st;
  }
  return f;
}

Result<ExpertFilter> ParseExpertFilter(const ParamMap& params) {
  Status s = CheckKnownParams(
      params, {"title", "industry", "field", "affiliation_id", "text", "limit", "offset"});
  if (!s.ok()) return s;
  ExpertFilter f;
  if (const std::string* v = Find(params, "title")) {
    f.title = ParseTitle(*v);
    if (!f.title) {
      return Status::InvalidArgument("title must be one of " + TitleList() + ", got '" + *v + "'",
                                     "title");
    }
  }
  auto aff = IntParam(params, "affiliation_id", 1, INT64_MAX);
  if (!aff.ok()) return aff.status();
  if (*aff) f.affiliation_id = **aff;
  for (Status st : {
           CodeParam(
               params, "industry", "industry",
               [](const std::string& c) { return FindIndustry(c) != nullptr; }, &f.industry),
           CodeParam(
               params, "field", "field",
               [](const std::string& c) { return FindField(c) != nullptr; }, &f.field),
           TextParam(params, &f.text),
           Paging(params, &f.limit, &f.offset),
       }) {
    if (!st.ok()) return st;
  }
  return f;
}

}  // namespace consortia
