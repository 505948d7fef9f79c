// VectorIndex::Search: the request checked and re-weighted, the filter
// compiled to a row bitmap, one path chosen (search_paths.h), and the hits
// with their per-block contributions.
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <mutex>

#include "core/taxonomy.h"
#include "search_paths.h"
#include "vector_index_impl.h"

namespace consortia {
namespace {

// The path before the IVF fallback: the request's mode, else by selectivity.
SearchPath ChoosePath(const VectorIndex::Impl& m, SearchMode mode, std::int64_t selected) {
  switch (mode) {
    case SearchMode::kExact:
      return SearchPath::kFlat;
    case SearchMode::kApproximate:
      return m.ivf ? SearchPath::kIvf : SearchPath::kExact;
    case SearchMode::kAuto:
      break;
  }
  return detail::AutoPath(m, selected);
}

// Runs the chosen path; kIvf falls back to kScan (kAuto only) when its
// probed lists were sparse in matches. Returns the path taken.
SearchPath RunPath(const VectorIndex::Impl& m, const SearchRequest& req, const float* q,
                   const detail::Bits& sel, std::int64_t selected, int k, int* nprobe,
                   detail::ScoredRows* top) {
  SearchPath path = ChoosePath(m, req.mode, selected);
  if (path == SearchPath::kIvf) {
    const detail::IvfScan scan = detail::ScanIvf(m, q, sel, selected, k, top);
    if (req.mode == SearchMode::kAuto && scan.Sparse(m.options) &&
        selected <= m.options.scan_max_rows) {
      path = SearchPath::kScan;
      top->clear();
    } else {
      *nprobe = scan.nprobe;
    }
  }
  switch (path) {
    case SearchPath::kScan: {
      std::vector<int> industries;
      for (const std::string& c : req.filter.industries) {
        industries.push_back(detail::IndexOfTerm(Industries(), c));
      }
      detail::ScanSelected(m, q, sel, selected, industries, k, top);
      break;
    }
    case SearchPath::kExact:
      detail::ExactOverRows(m, q, sel, k, top);
      break;
    case SearchPath::kFlat:
      detail::FlatOracle(m, q, sel, k, top);
      break;
    case SearchPath::kIvf:
    case SearchPath::kNone:
      break;
  }
  return path;
}

Status CheckRequest(const SearchRequest& req, int dim) {
  if (Status s = detail::CheckVector(req.query, dim, "query"); !s.ok()) return s;
  if (req.k < 1 || req.k > 10000) return Status::InvalidArgument("k must be in 1..10000", "k");
  for (float w : req.weights.value) {
    if (!std::isfinite(w) || w < 0) {
      return Status::InvalidArgument("block weights must be finite and >= 0", "weights");
    }
  }
  return ValidateFilter(req.filter);
}

}  // namespace

std::string_view ToString(SearchPath path) {
  switch (path) {
    case SearchPath::kNone:
      return "";
    case SearchPath::kExact:
      return "exact";
    case SearchPath::kScan:
      return "scan";
    case SearchPath::kIvf:
      return "ivf";
    case SearchPath::kFlat:
      return "flat";
  }
  return "";
}

Result<SearchResult> VectorIndex::Search(const SearchRequest& req) const {
  omp_set_num_threads(1);  // one OpenMP thread per request thread
  const Impl& m = *impl_;
  if (Status s = CheckRequest(req, m.layout.dim); !s.ok()) return s;

  std::vector<float> q = req.query;
  for (int b = 0; b < kBlockCount; ++b) {
    for (int i = 0; i < m.layout.size[b]; ++i) q[m.layout.offset[b] + i] *= req.weights.value[b];
  }

  std::shared_lock lock(m.mu);
  SearchResult result;
  const detail::Bits sel = m.SelectRows(req.filter);
  result.stats.selected = sel.Count();
  const int k = static_cast<int>(std::min<std::int64_t>(req.k, result.stats.selected));
  detail::ScoredRows top;
  if (k > 0) {
    try {
      result.stats.path =
          RunPath(m, req, q.data(), sel, result.stats.selected, k, &result.stats.nprobe, &top);
    } catch (const std::exception& e) {
      return Status::Internal(std::string("faiss search: ") + e.what());
    }
  }

  result.hits.reserve(top.size());
  for (auto [score, row] : top) {
    const ProfileRecord& rec = m.records[row];
    Hit hit;
    hit.id = rec.id;
    hit.kind = rec.kind;
    hit.name = rec.name;
    const float* x = m.row_vector(row);
    float total = 0;
    for (int b = 0; b < kBlockCount; ++b) {
      const int off = m.layout.offset[b];
      hit.contributions[b] = InnerProduct(q.data() + off, x + off, m.layout.size[b]);
      total += hit.contributions[b];
    }
    hit.score = total;
    if (!req.text.empty()) hit.matched_keywords = MatchedKeywords(req.text, rec.keywords);
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace consortia
