// The four search paths over a row bitmap (search_paths.h).
#include "search_paths.h"

#include <faiss/impl/AuxIndexStructures.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/utils/distances.h>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>

#include "code_scoring.h"

namespace consortia::detail {
namespace {

using faiss_idx = faiss::Index::idx_t;

// Membership test over a row bitset, for SearchParameters::sel.
struct BitsSelector final : faiss::IDSelector {
  BitsSelector(const Bits* bits, std::int64_t rows) : bits(bits), rows(rows) {}
  bool is_member(faiss_idx id) const override { return id >= 0 && id < rows && bits->Test(id); }
  const Bits* bits;
  std::int64_t rows;
};

int RerankCount(const VectorIndex::Impl& m, int k) {
  return std::max(k, k * std::max(1, m.options.rerank_factor));
}

}  // namespace

void ExactOverRows(const VectorIndex::Impl& m, const float* q, const Bits& sel, int k,
                   ScoredRows* out) {
  const int d = m.layout.dim;
  using Entry = std::pair<float, std::int64_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;  // min-heap
  std::vector<std::int64_t> rows;
  rows.reserve(1024);
  sel.ForEach([&](std::int64_t r) { rows.push_back(r); });
  constexpr size_t kAhead = 4;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i + kAhead < rows.size()) {
      const char* p = reinterpret_cast<const char*>(m.row_vector(rows[i + kAhead]));
      for (int off = 0; off < d * static_cast<int>(sizeof(float)); off += 64) {
        __builtin_prefetch(p + off);
      }
    }
    const std::int64_t r = rows[i];
    const float s = InnerProduct(m.row_vector(r), q, d);
    if (static_cast<int>(heap.size()) < k) {
      heap.emplace(s, r);
    } else if (s > heap.top().first) {
      heap.pop();
      heap.emplace(s, r);
    }
  }
  out->clear();
  while (!heap.empty()) {
    out->push_back(heap.top());
    heap.pop();
  }
  std::reverse(out->begin(), out->end());
}

IvfScan ScanIvf(const VectorIndex::Impl& m, const float* q, const Bits& sel, std::int64_t selected,
                int k, ScoredRows* out) {
  using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  const int d = m.layout.dim;
  const int nlist = static_cast<int>(m.ivf->nlist);
  const int nmax = std::max(
      1, std::min(nlist, static_cast<int>(std::lround(nlist * m.options.max_probe_fraction))));
  Eigen::Map<const Eigen::VectorXf> qv(q, d);
  Eigen::VectorXf cscores = Eigen::Map<const RowMatrix>(m.centroids(), nlist, d) * qv;
  std::vector<int> order(nlist);
  std::iota(order.begin(), order.end(), 0);
  std::partial_sort(order.begin(), order.begin() + nmax, order.end(),
                    [&](int a, int b) { return cscores[a] > cscores[b]; });
  IvfScan scan;
  scan.target = std::max<std::int64_t>(m.options.min_candidates,
                                       static_cast<std::int64_t>(m.options.candidate_factor) * k);
  scan.global_density =
      static_cast<double>(selected) / static_cast<double>(std::max<std::int64_t>(1, m.rows()));
  const int min_nprobe = std::max(
      m.options.min_nprobe, static_cast<int>(std::lround(m.options.min_probe_fraction * nlist)));
  const SqQuery sq = MakeSqQuery(m.ivf->sq, q, d);
  Candidates cand(RerankCount(m, k));
  const auto* invlists = m.ivf->invlists;
  std::int64_t scanned = 0;
  for (; scan.nprobe < nmax; ++scan.nprobe) {
    if (scan.nprobe >= min_nprobe) {
      if (scan.found >= scan.target) break;
      // Matches this sparse near the query will not fill the target from the
      // nearest lists: stop probing, the caller scans the matches instead.
      if (static_cast<double>(scan.found) <
          m.options.min_local_density * scan.global_density * static_cast<double>(scanned)) {
        break;
      }
    }
    const size_t list = static_cast<size_t>(order[scan.nprobe]);
    const size_t size = invlists->list_size(list);
    if (size == 0) continue;
    const faiss_idx* ids = invlists->get_ids(list);
    const std::uint8_t* codes = invlists->get_codes(list);
    scanned += static_cast<std::int64_t>(size);
    for (size_t j = 0; j < size; ++j) {
      if (!sel.Test(ids[j])) continue;
      ++scan.found;
      std::int32_t s = SqScore(sq, codes + j * d);
      if (cand.Admits(s)) cand.Push(s, ids[j]);
    }
  }
  scan.local_density =
      scanned > 0 ? static_cast<double>(scan.found) / static_cast<double>(scanned) : 0.0;
  Rerank(cand, q, m.vectors.data(), d, k, out);
  return scan;
}

SearchPath AutoPath(const VectorIndex::Impl& m, std::int64_t selected) {
  const IndexOptions& o = m.options;
  if (!m.ivf || selected <= o.exact_rows) return SearchPath::kExact;
  const double scan_limit =
      std::max(static_cast<double>(o.scan_rows), o.scan_fraction * static_cast<double>(m.live));
  return static_cast<double>(selected) <= scan_limit ? SearchPath::kScan : SearchPath::kIvf;
}

void FlatOracle(const VectorIndex::Impl& m, const float* q, const Bits& sel, int k,
                ScoredRows* out) {
  const std::int64_t rows = m.rows();
  BitsSelector selector(&sel, rows);
  std::vector<float> dis(k);
  std::vector<faiss_idx> lab(k);
  faiss::knn_inner_product(q, m.vectors.data(), m.layout.dim, 1, rows, k, dis.data(), lab.data(),
                           &selector);
  out->clear();
  for (int i = 0; i < k; ++i) {
    if (lab[i] >= 0) out->emplace_back(dis[i], lab[i]);
  }
}

void ScanSelected(const VectorIndex::Impl& m, const float* q, const Bits& sel,
                  std::int64_t selected, const std::vector<int>& industries, int k,
                  ScoredRows* out) {
  const int d = m.layout.dim;
  const SqQuery sq = MakeSqQuery(m.ivf->sq, q, d);
  Candidates cand(RerankCount(m, k));
  std::int64_t group_rows = 0;
  for (int i : industries) group_rows += static_cast<std::int64_t>(m.industry_codes[i].rows.size());
  // A scattered row costs a few cache and TLB misses; a streamed one about a
  // tenth of that (measured on the 2-core VM, bench/index_bench).
  if (!industries.empty() && group_rows <= 8 * selected) {
    for (size_t gi = 0; gi < industries.size(); ++gi) {
      const auto& g = m.industry_codes[industries[gi]];
      for (size_t j = 0; j < g.rows.size(); ++j) {
        const std::int64_t r = g.rows[j];
        if (!sel.Test(r)) continue;
        bool seen = false;  // scored already in an earlier group
        for (size_t e = 0; e < gi && !seen; ++e) seen = m.industry[industries[e]].Test(r);
        if (seen) continue;
        std::int32_t s = SqScore(sq, g.codes.data() + j * d);
        if (cand.Admits(s)) cand.Push(s, r);
      }
    }
    Rerank(cand, q, m.vectors.data(), d, k, out);
    return;
  }
  std::vector<std::int64_t> rows;
  rows.reserve(static_cast<size_t>(selected));
  sel.ForEach([&](std::int64_t r) { rows.push_back(r); });
  constexpr size_t kAhead = 16;  // selected rows are scattered: prefetch their codes
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i + kAhead < rows.size()) {
      const char* p = reinterpret_cast<const char*>(m.row_code(rows[i + kAhead]));
      for (int off = 0; off < d; off += 64) __builtin_prefetch(p + off);
    }
    std::int32_t s = SqScore(sq, m.row_code(rows[i]));
    if (cand.Admits(s)) cand.Push(s, rows[i]);
  }
  Rerank(cand, q, m.vectors.data(), d, k, out);
}

}  // namespace consortia::detail
