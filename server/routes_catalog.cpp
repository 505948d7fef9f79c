// Read-only catalogue: health, taxonomy, the OpenAPI document, organisations and experts.
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
                       {"districts", r.districts},
                       {"industries", r.industries}});
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

// With a catalog, "index" says what the search index holds: after an import
// or a restart its data_version equals the store's and its rows are the
// organisations plus the experts.
Result<Answer> Health(const Store& store, const Catalog* catalog) {
  auto counts = store.Count();
  if (!counts.ok()) return counts.status();
  Json body = {{"status", "ok"},
               {"schema_version", store.SchemaVersion()},
               {"data_version", store.DataVersion()},
               {"organizations", counts->organizations},
               {"experts", counts->experts},
               {"ties", counts->ties}};
  if (catalog != nullptr) {
    const std::shared_ptr<VectorIndex> index = catalog->index();
    body["index"] = {{"rows", index->size()},
                     {"data_version", index->data_version()},
                     {"builds", catalog->builds()},
                     {"rebuilding", catalog->rebuilding()}};
  }
  return Answer{200, std::move(body)};
}

Result<Answer> ListOrganizations(const Store& store, const Call& call) {
  auto filter = ParseOrgFilter(call.query);
  if (!filter.ok()) return filter.status();
  auto page = store.ListOrganizations(*filter);
  if (!page.ok()) return page.status();
  Json items = Json::array();
  for (const Organization& o : page->items) items.push_back(ToJson(o));
  return Answer{200, PageJson(*page, filter->limit, filter->offset, std::move(items))};
}

Result<Answer> ListExperts(const Store& store, const Call& call) {
  auto filter = ParseExpertFilter(call.query);
  if (!filter.ok()) return filter.status();
  auto page = store.ListExperts(*filter);
  if (!page.ok()) return page.status();
  Json items = Json::array();
  for (const Expert& e : page->items) items.push_back(ToJson(e, true, call.writer));
  return Answer{200, PageJson(*page, filter->limit, filter->offset, std::move(items))};
}

// One organisation or expert, with its ties unless ?ties=false.
template <typename Get, typename Render>
Result<Answer> Record(const Store& store, const Call& call, const char* what, Get get,
                      Render render) {
  auto id = call.PathId();
  if (!id.ok()) return id.status();
  auto want_ties = ParseRecordParams(call.query);
  if (!want_ties.ok()) return want_ties.status();
  auto record = get(*id);
  if (!record.ok()) {
    if (record.status().code() == Code::kNotFound) {
      return Status::NotFound(std::string("no ") + what + " with id " + std::to_string(*id), "id");
    }
    return record.status();
  }
  Json body = render(*record);
  if (*want_ties) {
    auto ties = store.TiesOf(*id);
    if (!ties.ok()) return ties.status();
    body["ties"] = TiesJson(*ties);
  }
  return Answer{200, std::move(body)};
}

}  // namespace

void AddCatalogRoutes(Router& router) {
  const Context ctx = router.context();
  router.Add({"GET", "/v1/health"}, [ctx](const Call&) { return Health(*ctx.store, ctx.catalog); });
  router.Add({"GET", "/v1/taxonomy"}, [](const Call&) -> Result<Answer> {
    static const std::string kBody =
        TaxonomyJson().dump(-1, ' ', false, Json::error_handler_t::replace);
    return Answer{200, {}, kBody, "application/json; charset=utf-8"};
  });
  router.Add({"GET", "/v1/openapi.json"}, [](const Call&) -> Result<Answer> {
    return Answer{200, {}, std::string(OpenApiDocument()), "application/json; charset=utf-8"};
  });
  router.Add({"GET", "/v1/organizations", Access::kRead, Body::kNone, 0, /*query=*/true},
             [ctx](const Call& call) { return ListOrganizations(*ctx.store, call); });
  router.Add({"GET", "/v1/organizations/{id}", Access::kRead, Body::kNone, 0, /*query=*/true},
             [ctx](const Call& call) {
               return Record(
                   *ctx.store, call, "organization",
                   [&](Id id) { return ctx.store->GetOrganization(id); },
                   [](const Organization& o) { return ToJson(o); });
             });
  router.Add({"GET", "/v1/experts", Access::kRead, Body::kNone, 0, /*query=*/true},
             [ctx](const Call& call) { return ListExperts(*ctx.store, call); });
  router.Add({"GET", "/v1/experts/{id}", Access::kRead, Body::kNone, 0, /*query=*/true},
             [ctx](const Call& call) {
               return Record(
                   *ctx.store, call, "expert", [&](Id id) { return ctx.store->GetExpert(id); },
                   [&](const Expert& e) { return ToJson(e, true, call.writer); });
             });
}

}  // namespace consortia::http
