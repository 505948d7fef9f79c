// Read-only catalogue: health, taxonomy, organisations and experts.
#include "api/api.h"
#include "core/taxonomy.h"
#include "routes.h"

namespace consortia::http {
namespace {

Json TermJson(const Term& t, bool with_parent = false, const char* parent_name = "parent") {
  Json j = {{"code", t.code}, {"name", t.name}, {"name_en", t.name_en}};
  if (with_parent) j[parent_name] = t.parent;
  return j;
}

Json Terms(const std::vector<Term>& terms, bool with_parent = false,
           const char* parent_name = "parent") {
  Json out = Json::array();
  for (const Term& t : terms) out.push_back(TermJson(t, with_parent, parent_name));
  return out;
}

Json TaxonomyJson() {
  Json regions = Json::array();
  for (const Region& r : Regions()) {
    regions.push_back({{"code", r.code},
                       {"name", r.name},
                       {"name_en", r.name_en},
                       {"kind", r.kind == RegionKind::kZone ? "zone" : "park"},
                       {"districts", r.districts}});
  }
  return {{"industries", Terms(Industries())}, {"subfields", Terms(Subfields(), true, "industry")},
          {"regions", std::move(regions)},     {"districts", Terms(Districts())},
          {"fields", Terms(Fields(), true)},   {"capabilities", Terms(Capabilities())}};
}

Json TiesJson(const std::vector<Tie>& ties) {
  Json out = Json::array();
  for (const Tie& t : ties) out.push_back(ToJson(t));
  return out;
}

template <typename T>
Json PageJson(const Page<T>& page, int limit, int offset, Json items) {
  return {{"items", std::move(items)}, {"total", page.total}, {"limit", limit}, {"offset", offset}};
}

Status Health(Store& store, httplib::Response& res) {
  auto counts = store.Count();
  if (!counts.ok()) return counts.status();
  ReplyJson(res, 200,
            {{"status", "ok"},
             {"schema_version", store.SchemaVersion()},
             {"data_version", store.DataVersion()},
             {"organizations", counts->organizations},
             {"experts", counts->experts},
             {"ties", counts->ties}});
  return Status::Ok();
}

Status ListOrganizations(Store& store, const httplib::Request& req, httplib::Response& res) {
  auto params = QueryParams(req);
  if (!params.ok()) return params.status();
  auto filter = ParseOrgFilter(*params);
  if (!filter.ok()) return filter.status();
  auto page = store.ListOrganizations(*filter);
  if (!page.ok()) return page.status();
  Json items = Json::array();
  for (const Organization& o : page->items) items.push_back(ToJson(o));
  ReplyJson(res, 200, PageJson(*page, filter->limit, filter->offset, std::move(items)));
  return Status::Ok();
}

Status ListExperts(const Context& ctx, const httplib::Request& req, httplib::Response& res) {
  auto access = ReadAccess(req, *ctx.options);
  if (!access.ok()) return access.status();
  auto params = QueryParams(req);
  if (!params.ok()) return params.status();
  auto filter = ParseExpertFilter(*params);
  if (!filter.ok()) return filter.status();
  auto page = ctx.store->ListExperts(*filter);
  if (!page.ok()) return page.status();
  Json items = Json::array();
  bool contacts = *access == Access::kWriter;
  for (const Expert& e : page->items) items.push_back(ToJson(e, true, contacts));
  ReplyJson(res, 200, PageJson(*page, filter->limit, filter->offset, std::move(items)));
  return Status::Ok();
}

// Single records carry their ties unless ?ties=false.
Result<bool> WantTies(const httplib::Request& req) {
  auto params = QueryParams(req);
  if (!params.ok()) return params.status();
  Status known = CheckKnownParams(*params, {"ties"});
  if (!known.ok()) return known;
  auto ties = BoolParam(*params, "ties");
  if (!ties.ok()) return ties.status();
  return ties->value_or(true);
}

Status GetOrganization(Store& store, const httplib::Request& req, httplib::Response& res) {
  auto id = PathId(req);
  if (!id.ok()) return id.status();
  auto want_ties = WantTies(req);
  if (!want_ties.ok()) return want_ties.status();
  auto org = store.GetOrganization(*id);
  if (!org.ok()) {
    if (org.status().code() == Code::kNotFound) {
      return Status::NotFound("no organization with id " + std::to_string(*id), "id");
    }
    return org.status();
  }
  Json body = ToJson(*org);
  if (*want_ties) {
    auto ties = store.TiesOf(*id);
    if (!ties.ok()) return ties.status();
    body["ties"] = TiesJson(*ties);
  }
  ReplyJson(res, 200, body);
  return Status::Ok();
}

Status GetExpert(const Context& ctx, const httplib::Request& req, httplib::Response& res) {
  auto access = ReadAccess(req, *ctx.options);
  if (!access.ok()) return access.status();
  auto id = PathId(req);
  if (!id.ok()) return id.status();
  auto want_ties = WantTies(req);
  if (!want_ties.ok()) return want_ties.status();
  auto expert = ctx.store->GetExpert(*id);
  if (!expert.ok()) {
    if (expert.status().code() == Code::kNotFound) {
      return Status::NotFound("no expert with id " + std::to_string(*id), "id");
    }
    return expert.status();
  }
  Json body = ToJson(*expert, true, *access == Access::kWriter);
  if (*want_ties) {
    auto ties = ctx.store->TiesOf(*id);
    if (!ties.ok()) return ties.status();
    body["ties"] = TiesJson(*ties);
  }
  ReplyJson(res, 200, body);
  return Status::Ok();
}

}  // namespace

void AddCatalogRoutes(Router& router) {
  const Context ctx = router.context();
  router.Get("/v1/health", [ctx](const httplib::Request&, httplib::Response& res) {
    return Health(*ctx.store, res);
  });
  router.Get("/v1/taxonomy", [](const httplib::Request&, httplib::Response& res) {
    static const std::string kBody =
        TaxonomyJson().dump(-1, ' ', false, Json::error_handler_t::replace);
    res.status = 200;
    res.set_content(kBody, "application/json; charset=utf-8");
    return Status::Ok();
  });
  router.Get("/v1/organizations", [ctx](const httplib::Request& req, httplib::Response& res) {
    return ListOrganizations(*ctx.store, req, res);
  });
  router.Get("/v1/organizations/([^/]+)",
             [ctx](const httplib::Request& req, httplib::Response& res) {
               return GetOrganization(*ctx.store, req, res);
             });
  router.Get("/v1/experts", [ctx](const httplib::Request& req, httplib::Response& res) {
    return ListExperts(ctx, req, res);
  });
  router.Get("/v1/experts/([^/]+)", [ctx](const httplib::Request& req, httplib::Response& res) {
    return GetExpert(ctx, req, res);
  });
}

}  // namespace consortia::http
