// Catalog::Search: request validation, `like`, re-weighting, filtered search.
#include <cmath>

#include "matcher/catalog.h"

namespace consortia {
namespace {

Status ValidateQuery(const CatalogQuery& q) {
  if (q.k < 1 || q.k > kMaxSearchK) {
    return Status::InvalidArgument(
        "k must be in 1.." + std::to_string(kMaxSearchK) + ", got " + std::to_string(q.k), "k");
  }
  const QueryInput& c = q.codes;
  bool has_codes =
      !c.industries.empty() || !c.subfields.empty() || !c.fields.empty() || !c.capabilities.empty();
  bool has_text = q.text.find_first_not_of(" \t\r\n") != std::string::npos;
  if (!has_text && !has_codes && q.like == 0) {
    return Status::InvalidArgument("give \"text\" or \"like\"", "text");
  }
  if (q.like < 0) return Status::InvalidArgument("like must be a positive id", "like");
  bool any_weight = false;
  for (float w : q.weights.value) {
    if (!std::isfinite(w) || w < 0) {
      return Status::InvalidArgument("weights must be finite and >= 0", "weights");
    }
    any_weight = any_weight || w > 0;
  }
  if (!std::isfinite(q.lexical) || q.lexical < 0) {
    return Status::InvalidArgument("weights must be finite and >= 0", "weights");
  }
  any_weight = any_weight || (q.lexical > 0 && has_text);
  if (!any_weight) return Status::InvalidArgument("weights are all zero", "weights");
  for (Id id : q.filter.exclude) {
    if (id <= 0) return Status::InvalidArgument("exclude ids must be positive", "exclude");
  }
  return ValidateFilter(q.filter);
}

}  // namespace

Result<SearchResult> Catalog::Search(const CatalogQuery& query) const {
  if (Status s = ValidateQuery(query); !s.ok()) return s;
  // One snapshot for the whole request: a swap meanwhile does not affect it.
  std::shared_ptr<VectorIndex> idx = index();
  SearchRequest req;
  req.filter = query.filter;
  if (query.like != 0) {
    if (!idx->Get(query.like).ok()) {
      return Status::NotFound("no organization or expert with id " + std::to_string(query.like),
                              "like");
    }
    req.filter.exclude.push_back(query.like);
  }
  QueryInput input = query.codes;
  input.text = query.text;
  auto vec = idx->MakeQuery(input, query.like);
  if (!vec.ok()) return vec.status();
  req.query = std::move(vec).value();
  req.weights = query.weights;
  req.lexical = query.lexical;
  req.k = query.k;
  req.text = query.text;
  req.text_query = idx->PrepareText(query.text);  // once, outside the index's lock
  req.mode = query.mode;
  return idx->Search(req);
}

}  // namespace consortia
