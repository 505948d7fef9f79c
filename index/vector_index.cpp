// VectorIndex: build, incremental updates and filtered search.
#include <faiss/impl/AuxIndexStructures.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/utils/distances.h>
#include <omp.h>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>
#include <queue>
#include <random>
#include <unordered_set>

#include "core/taxonomy.h"
#include "kmeans.h"
#include "sq_scan.h"
#include "vector_index_impl.h"

namespace consortia {
namespace {

using faiss_idx = faiss::Index::idx_t;

int IndexOfTerm(const std::vector<Term>& terms, std::string_view code) {
  for (size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

int IndexOfRegion(std::string_view code) {
  const auto& regions = Regions();
  for (size_t i = 0; i < regions.size(); ++i) {
    if (regions[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

// Membership test over a row bitset, for SearchParameters::sel.
struct BitsSelector final : faiss::IDSelector {
  BitsSelector(const detail::Bits* bits, std::int64_t rows) : bits(bits), rows(rows) {}
  bool is_member(faiss_idx id) const override { return id >= 0 && id < rows && bits->Test(id); }
  const detail::Bits* bits;
  std::int64_t rows;
};

Status CheckVector(const std::vector<float>& v, int dim, const char* field) {
  if (static_cast<int>(v.size()) != dim) {
    return Status::InvalidArgument(
        "vector has " + std::to_string(v.size()) + " floats, expected " + std::to_string(dim),
        field);
  }
  for (float x : v) {
    if (!std::isfinite(x)) return Status::InvalidArgument("vector is not finite", field);
  }
  return Status::Ok();
}

// Top-k of (score, row) by exact inner product over the given rows.
void ExactOverRows(const VectorIndex::Impl& m, const float* q, const detail::Bits& sel, int k,
                   std::vector<std::pair<float, std::int64_t>>* out) {
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

struct IvfScan {
  std::int64_t target = 0;
  std::int64_t found = 0;  // selected rows in the probed lists
  int nprobe = 0;
  double local_density = 0;   // found / codes scanned
  double global_density = 0;  // selected / rows
};

int RerankCount(const VectorIndex::Impl& m, int k) {
  return std::max(k, k * std::max(1, m.options.rerank_factor));
}

// Probes the lists nearest to q until they held enough selected rows, scoring
// the selected 8-bit codes (detail::SqScore); the best RerankCount(k) are
// re-ranked with the float vectors. Writes the top k (score, row), best first.
IvfScan ScanIvf(const VectorIndex::Impl& m, const float* q, const detail::Bits& sel,
                std::int64_t selected, int k, std::vector<std::pair<float, std::int64_t>>* out) {
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
  const detail::SqQuery sq = detail::MakeSqQuery(m.ivf->sq, q, d);
  detail::Candidates cand(RerankCount(m, k));
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
      std::int32_t s = detail::SqScore(sq, codes + j * d);
      if (cand.Admits(s)) cand.Push(s, ids[j]);
    }
  }
  scan.local_density =
      scanned > 0 ? static_cast<double>(scan.found) / static_cast<double>(scanned) : 0.0;
  detail::Rerank(cand, q, m.vectors.data(), d, k, out);
  return scan;
}

// The kAuto path for a filter matching `selected` rows (IndexOptions).
std::string AutoPath(const VectorIndex::Impl& m, std::int64_t selected) {
  const IndexOptions& o = m.options;
  if (!m.ivf || selected <= o.exact_rows) return "exact";
  const double scan_limit =
      std::max(static_cast<double>(o.scan_rows), o.scan_fraction * static_cast<double>(m.live));
  return static_cast<double>(selected) <= scan_limit ? "scan" : "ivf";
}

// Scores the 8-bit codes of every selected row; the best RerankCount(k) are
// re-ranked with the float vectors. Writes the top k (score, row), best first.
// `industries`: indices of the filter's industries (selected rows lie in
// their union), whose contiguous code groups are streamed when that reads
// less than fetching the selected rows' codes one by one.
void ScanSelected(const VectorIndex::Impl& m, const float* q, const detail::Bits& sel,
                  std::int64_t selected, const std::vector<int>& industries, int k,
                  std::vector<std::pair<float, std::int64_t>>* out) {
  const int d = m.layout.dim;
  const detail::SqQuery sq = detail::MakeSqQuery(m.ivf->sq, q, d);
  detail::Candidates cand(RerankCount(m, k));
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
        std::int32_t s = detail::SqScore(sq, g.codes.data() + j * d);
        if (cand.Admits(s)) cand.Push(s, r);
      }
    }
    detail::Rerank(cand, q, m.vectors.data(), d, k, out);
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
    std::int32_t s = detail::SqScore(sq, m.row_code(rows[i]));
    if (cand.Admits(s)) cand.Push(s, rows[i]);
  }
  detail::Rerank(cand, q, m.vectors.data(), d, k, out);
}

}  // namespace

// ---- Impl ------------------------------------------------------------------------

void VectorIndex::Impl::InitBits() {
  kind.assign(kEntityKindCount, {});
  industry.assign(Industries().size(), {});
  district.assign(Districts().size(), {});
  region.assign(Regions().size(), {});
  title.assign(kTitleCount, {});
}

std::int64_t VectorIndex::Impl::AppendRow(ProfileRecord record, const float* vector) {
  const std::int64_t r = rows();
  const std::int64_t n = r + 1;
  if ((r & 63) == 0) {
    for (auto* b : {&alive, &leading, &available}) b->Resize(n);
    for (auto* group : {&kind, &industry, &district, &region, &title}) {
      for (auto& b : *group) b.Resize(n);
    }
  }
  alive.Set(r);
  leading.Assign(r, record.leading);
  available.Assign(r, record.available);
  int k = static_cast<int>(record.kind);
  if (k >= 0 && k < kEntityKindCount) kind[k].Set(r);
  for (const auto& w : record.industries) {
    int i = IndexOfTerm(Industries(), w.code);
    if (i >= 0 && w.weight > 0) industry[i].Set(r);
  }
  int di = IndexOfTerm(Districts(), record.district);
  if (di >= 0) district[di].Set(r);
  for (const std::string* code : {&record.zone, &record.park}) {
    int ri = IndexOfRegion(*code);
    if (ri >= 0) region[ri].Set(r);
  }
  if (record.title) title[static_cast<int>(*record.title)].Set(r);
  row_of[record.id] = r;
  record.text.clear();
  record.text.shrink_to_fit();
  records.push_back(std::move(record));
  if (vector != nullptr) vectors.insert(vectors.end(), vector, vector + layout.dim);
  ++live;
  return r;
}

Status VectorIndex::Impl::AddToIvf(std::int64_t from, const IndexProgressFn& progress) {
  if (!ivf) return Status::Ok();
  const std::int64_t n = rows();
  const std::int64_t batch = 65536;
  const int nlist = static_cast<int>(ivf->nlist);
  try {
    // Encoded once, here; the lists take copies of the row codes.
    EncodeCodes(from);
    for (std::int64_t start = from; start < n; start += batch) {
      std::int64_t m = std::min(batch, n - start);
      std::vector<std::int64_t> assign =
          detail::AssignNearest(row_vector(start), m, centroids(), nlist, layout.dim);
      for (std::int64_t i = 0; i < m; ++i) {
        ivf->invlists->add_entry(static_cast<size_t>(assign[i]), start + i, row_code(start + i));
      }
      ivf->ntotal += m;
      if (progress) progress("add", start + m - from, n - from);
    }
  } catch (const std::exception& e) {
    return Status::Internal(std::string("faiss add: ") + e.what());
  }
  return Status::Ok();
}

void VectorIndex::Impl::EncodeCodes(std::int64_t from) {
  const std::int64_t n = rows();
  const size_t d = static_cast<size_t>(layout.dim);
  codes.resize(static_cast<size_t>(n) * d);
  if (n <= from) return;
  ivf->sq.compute_codes(row_vector(from), codes.data() + static_cast<size_t>(from) * d,
                        static_cast<size_t>(n - from));
  AppendCodeGroups(from);
}

Status VectorIndex::Impl::CodesFromLists() {
  const size_t d = static_cast<size_t>(layout.dim);
  codes.assign(static_cast<size_t>(rows()) * d, 0);
  const auto* lists = ivf->invlists;
  for (size_t l = 0; l < lists->nlist; ++l) {
    const size_t size = lists->list_size(l);
    const faiss_idx* ids = lists->get_ids(l);
    const std::uint8_t* list_codes = lists->get_codes(l);
    for (size_t j = 0; j < size; ++j) {
      if (ids[j] < 0 || ids[j] >= rows()) {
        return Status::Corruption("IVF list " + std::to_string(l) + " holds row " +
                                  std::to_string(ids[j]) + " of " + std::to_string(rows()));
      }
      std::copy_n(list_codes + j * d, d, codes.data() + static_cast<size_t>(ids[j]) * d);
    }
  }
  AppendCodeGroups(0);
  return Status::Ok();
}

void VectorIndex::Impl::AppendCodeGroups(std::int64_t from) {
  const std::int64_t n = rows();
  const size_t d = static_cast<size_t>(layout.dim);
  industry_codes.resize(industry.size());
  for (size_t i = 0; i < industry.size(); ++i) {
    CodeGroup& g = industry_codes[i];
    if (from == 0) {
      g.rows.reserve(static_cast<size_t>(industry[i].Count()));
      g.codes.reserve(g.rows.capacity() * d);
    }
    for (std::int64_t r = from; r < n; ++r) {
      if (!industry[i].Test(r)) continue;
      g.rows.push_back(r);
      g.codes.insert(g.codes.end(), row_code(r), row_code(r) + d);
    }
  }
}

Status VectorIndex::Impl::TrainIvf(const IndexProgressFn& progress) {
  const std::int64_t n = rows();
  ivf.reset();
  codes.clear();
  industry_codes.clear();
  quantizer.reset();
  built_rows = n;
  if (n < options.min_rows_for_ivf || n < 2) return Status::Ok();
  int nlist =
      options.nlist > 0
          ? options.nlist
          : static_cast<int>(std::lround(options.nlist_factor * std::sqrt(static_cast<double>(n))));
  nlist = std::max(1, std::min<int>(nlist, static_cast<int>(n / 4)));
  const int d = layout.dim;
  // Training sample.
  std::int64_t ntrain = std::min<std::int64_t>(
      n, std::max<std::int64_t>(options.max_training_points, std::int64_t{nlist} * 8));
  std::vector<float> train(static_cast<size_t>(ntrain) * d);
  {
    std::vector<std::int64_t> pick(n);
    std::iota(pick.begin(), pick.end(), 0);
    std::mt19937_64 rng(options.seed);
    if (ntrain < n) {
      for (std::int64_t i = 0; i < ntrain; ++i) {
        std::uniform_int_distribution<std::int64_t> u(i, n - 1);
        std::swap(pick[i], pick[u(rng)]);
      }
    }
    for (std::int64_t i = 0; i < ntrain; ++i) {
      std::copy_n(row_vector(pick[i]), d, train.data() + i * d);
    }
  }
  if (progress) progress("train", 0, ntrain);
  try {
    std::vector<float> c = detail::SphericalKmeans(train.data(), ntrain, d, nlist,
                                                   options.kmeans_iterations, options.seed);
    quantizer = std::make_unique<faiss::IndexFlatIP>(d);
    quantizer->add(nlist, c.data());
    // 8-bit codes of the vectors themselves (not of residuals), one
    // [min, max] range per component, trained on the same sample.
    ivf = std::make_unique<faiss::IndexIVFScalarQuantizer>(
        quantizer.get(), d, nlist, faiss::ScalarQuantizer::QT_8bit, faiss::METRIC_INNER_PRODUCT,
        /*encode_residual=*/false);
    ivf->train_residual(ntrain, train.data());
    ivf->is_trained = true;
  } catch (const std::exception& e) {
    ivf.reset();
    quantizer.reset();
    return Status::Internal(std::string("faiss IVF: ") + e.what());
  }
  if (progress) progress("train", ntrain, ntrain);
  return AddToIvf(0, progress);
}

std::string VectorIndex::Impl::Description() const {
  std::string s = ivf ? "IVF" + std::to_string(ivf->nlist) + ",SQ8" : "Flat";
  s += " IP d=" + std::to_string(layout.dim) + " blocks=";
  for (int b = 0; b < kBlockCount; ++b) {
    if (b > 0) s += "/";
    s += std::to_string(layout.size[b]);
  }
  s += model ? " profile=lsa" + std::to_string(model->options().text_dim) + "-hash" +
                   std::to_string(model->options().hash_bits)
             : " profile=none";
  return s;
}

// ---- construction ------------------------------------------------------------------

VectorIndex::VectorIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
VectorIndex::~VectorIndex() = default;

namespace {

Status CheckRecords(const std::vector<ProfileRecord>& records) {
  std::unordered_set<Id> seen;
  seen.reserve(records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    if (records[i].id == 0) {
      return Status::InvalidArgument("record " + std::to_string(i) + " has id 0", "id");
    }
    if (!seen.insert(records[i].id).second) {
      return Status::InvalidArgument("duplicate id " + std::to_string(records[i].id), "id");
    }
    if (static_cast<int>(records[i].kind) >= kEntityKindCount) {
      return Status::InvalidArgument("record " + std::to_string(records[i].id) + " has bad kind",
                                     "kind");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<VectorIndex>> VectorIndex::BuildFromVectors(
    const BlockLayout& layout, std::vector<ProfileRecord> records, std::vector<float> vectors,
    std::int64_t data_version, const IndexOptions& options, const IndexProgressFn& progress) {
  if (layout.dim <= 0) return Status::InvalidArgument("layout has no dimensions", "layout");
  if (vectors.size() != records.size() * static_cast<size_t>(layout.dim)) {
    return Status::InvalidArgument("vectors must be records x dim floats", "vectors");
  }
  if (Status s = CheckRecords(records); !s.ok()) return s;
  auto impl = std::make_unique<Impl>();
  impl->layout = layout;
  impl->options = options;
  impl->data_version = data_version;
  impl->InitBits();
  impl->records.reserve(records.size());
  impl->row_of.reserve(records.size());
  impl->vectors = std::move(vectors);  // rows are appended in place: no copy
  for (size_t i = 0; i < records.size(); ++i) impl->AppendRow(std::move(records[i]), nullptr);
  records.clear();
  records.shrink_to_fit();
  if (Status s = impl->TrainIvf(progress); !s.ok()) return s;
  return std::unique_ptr<VectorIndex>(new VectorIndex(std::move(impl)));
}

Result<std::unique_ptr<VectorIndex>> VectorIndex::Build(std::shared_ptr<const ProfileModel> model,
                                                        std::vector<ProfileRecord> records,
                                                        std::int64_t data_version,
                                                        const IndexOptions& options,
                                                        const IndexProgressFn& progress) {
  if (!model) return Status::InvalidArgument("no profile model", "model");
  if (Status s = CheckRecords(records); !s.ok()) return s;
  const int d = model->dim();
  std::vector<float> vectors(records.size() * static_cast<size_t>(d));
  const std::int64_t n = static_cast<std::int64_t>(records.size());
  std::int64_t done = 0;
#pragma omp parallel for schedule(dynamic, 256)
  for (std::int64_t i = 0; i < n; ++i) {
    std::vector<float> v = model->Embed(records[i]);
    std::copy(v.begin(), v.end(), vectors.begin() + i * d);
    if (progress) {
#pragma omp critical
      {
        ++done;
        if (done % 10000 == 0 || done == n) progress("embed", done, n);
      }
    }
  }
  auto built = BuildFromVectors(model->layout(), std::move(records), std::move(vectors),
                                data_version, options, progress);
  if (!built.ok()) return built.status();
  built.value()->impl_->model = std::move(model);
  return std::move(built).value();
}

Result<std::unique_ptr<VectorIndex>> VectorIndex::FitAndBuild(std::vector<ProfileRecord> records,
                                                              std::int64_t data_version,
                                                              const ProfileOptions& profile,
                                                              const IndexOptions& options,
                                                              const IndexProgressFn& progress) {
  if (progress) progress("fit", 0, static_cast<std::int64_t>(records.size()));
  auto model = ProfileModel::Fit(records, profile);
  if (!model.ok()) return model.status();
  if (progress) {
    progress("fit", static_cast<std::int64_t>(records.size()),
             static_cast<std::int64_t>(records.size()));
  }
  return Build(std::move(model).value(), std::move(records), data_version, options, progress);
}

// ---- updates ----------------------------------------------------------------------

Status VectorIndex::Upsert(const ProfileRecord& record) {
  if (!impl_->model) {
    return Status::InvalidArgument("index was built from vectors: it has no profile model",
                                   "record");
  }
  return UpsertVector(record, impl_->model->Embed(record));
}

Status VectorIndex::UpsertVector(const ProfileRecord& record, const std::vector<float>& vector) {
  if (record.id == 0) return Status::InvalidArgument("record id is 0", "id");
  if (static_cast<int>(record.kind) >= kEntityKindCount) {
    return Status::InvalidArgument("bad kind", "kind");
  }
  if (Status s = CheckVector(vector, impl_->layout.dim, "vector"); !s.ok()) return s;
  std::unique_lock lock(impl_->mu);
  Impl& m = *impl_;
  auto it = m.row_of.find(record.id);
  if (it != m.row_of.end()) {
    m.alive.Clear(it->second);
    m.row_of.erase(it);
    --m.live;
    ++m.tombstones;
  }
  std::int64_t row = m.AppendRow(record, vector.data());
  return m.AddToIvf(row, {});
}

Status VectorIndex::Remove(Id id) {
  std::unique_lock lock(impl_->mu);
  Impl& m = *impl_;
  auto it = m.row_of.find(id);
  if (it == m.row_of.end()) {
    return Status::NotFound("id " + std::to_string(id) + " is not in the index", "id");
  }
  m.alive.Clear(it->second);
  m.row_of.erase(it);
  --m.live;
  ++m.tombstones;
  return Status::Ok();
}

void VectorIndex::SetDataVersion(std::int64_t version) {
  std::unique_lock lock(impl_->mu);
  impl_->data_version = version;
}

// ---- accessors ----------------------------------------------------------------------

Result<std::vector<float>> VectorIndex::Embedding(Id id) const {
  std::shared_lock lock(impl_->mu);
  auto it = impl_->row_of.find(id);
  if (it == impl_->row_of.end()) {
    return Status::NotFound("id " + std::to_string(id) + " is not in the index", "like");
  }
  const float* v = impl_->row_vector(it->second);
  return std::vector<float>(v, v + impl_->layout.dim);
}

Result<ProfileRecord> VectorIndex::Get(Id id) const {
  std::shared_lock lock(impl_->mu);
  auto it = impl_->row_of.find(id);
  if (it == impl_->row_of.end()) {
    return Status::NotFound("id " + std::to_string(id) + " is not in the index", "id");
  }
  return impl_->records[it->second];
}

Result<std::vector<float>> VectorIndex::MakeQuery(const QueryInput& input, Id like) const {
  const int d = impl_->layout.dim;
  std::vector<float> q(d, 0.0f);
  bool has_words = !input.text.empty() || !input.industries.empty() || !input.subfields.empty() ||
                   !input.fields.empty() || !input.capabilities.empty();
  if (has_words) {
    if (!impl_->model) {
      return Status::InvalidArgument("index has no profile model: only `like` queries", "text");
    }
    auto v = impl_->model->EmbedQuery(input);
    if (!v.ok()) return v.status();
    for (int i = 0; i < d; ++i) q[i] += (*v)[i];
  }
  if (like != 0) {
    auto v = Embedding(like);
    if (!v.ok()) return v.status();
    for (int i = 0; i < d; ++i) q[i] += (*v)[i];
  }
  if (!has_words && like == 0) {
    return Status::InvalidArgument("query is empty: give text, codes or like", "text");
  }
  NormalizeL2(&q);
  return q;
}

std::shared_ptr<const ProfileModel> VectorIndex::model() const { return impl_->model; }
const BlockLayout& VectorIndex::layout() const { return impl_->layout; }

IndexHeader VectorIndex::header() const {
  std::shared_lock lock(impl_->mu);
  IndexHeader h;
  h.description = impl_->Description();
  h.data_version = impl_->data_version;
  h.rows = impl_->live;
  h.dim = impl_->layout.dim;
  h.format_version = static_cast<int>(kIndexFormat);
  return h;
}

std::int64_t VectorIndex::data_version() const {
  std::shared_lock lock(impl_->mu);
  return impl_->data_version;
}

std::int64_t VectorIndex::size() const {
  std::shared_lock lock(impl_->mu);
  return impl_->live;
}

bool VectorIndex::NeedsRebuild() const {
  std::shared_lock lock(impl_->mu);
  const Impl& m = *impl_;
  double changed = static_cast<double>(m.tombstones + (m.rows() - m.built_rows));
  bool ivf_due = !m.ivf && m.live >= m.options.min_rows_for_ivf;
  return ivf_due || changed > m.options.rebuild_fraction *
                                  static_cast<double>(std::max<std::int64_t>(m.built_rows, 1));
}

// ---- filters -------------------------------------------------------------------------

Status ValidateFilter(const Filter& f) {
  for (auto k : f.kinds) {
    if (static_cast<int>(k) >= kEntityKindCount) {
      return Status::InvalidArgument("unknown kind", "kinds");
    }
  }
  for (const auto& c : f.industries) {
    if (FindIndustry(c) == nullptr) {
      return Status::InvalidArgument("unknown industry code '" + c + "'", "industries");
    }
  }
  for (const auto& c : f.districts) {
    if (FindDistrict(c) == nullptr) {
      return Status::InvalidArgument("unknown district code '" + c + "'", "districts");
    }
  }
  for (const auto& c : f.regions) {
    if (FindRegion(c) == nullptr) {
      return Status::InvalidArgument("unknown zone or park code '" + c + "'", "regions");
    }
  }
  for (auto t : f.titles) {
    if (static_cast<int>(t) < 0 || static_cast<int>(t) >= kTitleCount) {
      return Status::InvalidArgument("unknown title", "titles");
    }
  }
  return Status::Ok();
}

namespace {

// sel &= OR over the listed bitsets (skipped when the list is empty).
template <typename Indices>
void AndAnyOf(detail::Bits* sel, const std::vector<detail::Bits>& bits, const Indices& indices) {
  if (indices.empty()) return;
  detail::Bits acc = bits[indices[0]];
  for (size_t i = 1; i < indices.size(); ++i) acc.OrWith(bits[indices[i]]);
  sel->AndWith(acc);
}

detail::Bits Select(const VectorIndex::Impl& m, const Filter& f) {
  detail::Bits sel = m.alive;
  std::vector<int> idx;
  auto collect = [&](auto&& range, auto&& to_index) {
    idx.clear();
    for (const auto& x : range) idx.push_back(to_index(x));
  };
  collect(f.kinds, [](EntityKind k) { return static_cast<int>(k); });
  AndAnyOf(&sel, m.kind, idx);
  collect(f.industries, [](const std::string& c) { return IndexOfTerm(Industries(), c); });
  AndAnyOf(&sel, m.industry, idx);
  collect(f.districts, [](const std::string& c) { return IndexOfTerm(Districts(), c); });
  AndAnyOf(&sel, m.district, idx);
  collect(f.regions, [](const std::string& c) { return IndexOfRegion(c); });
  AndAnyOf(&sel, m.region, idx);
  collect(f.titles, [](Title t) { return static_cast<int>(t); });
  AndAnyOf(&sel, m.title, idx);
  if (f.leading) {
    if (*f.leading) {
      sel.AndWith(m.leading);
    } else {
      sel.AndNotWith(m.leading);
    }
  }
  if (f.only_available) sel.AndWith(m.available);
  if (!f.only_ids.empty()) {
    detail::Bits only;
    only.Resize(m.rows());
    for (Id id : f.only_ids) {
      auto it = m.row_of.find(id);
      if (it != m.row_of.end()) only.Set(it->second);
    }
    sel.AndWith(only);
  }
  for (Id id : f.exclude) {
    auto it = m.row_of.find(id);
    if (it != m.row_of.end()) sel.Clear(it->second);
  }
  return sel;
}

}  // namespace

// ---- search ---------------------------------------------------------------------------

Result<SearchResult> VectorIndex::Search(const SearchRequest& req) const {
  omp_set_num_threads(1);  // one OpenMP thread per request thread
  const Impl& m = *impl_;
  const int d = m.layout.dim;
  if (Status s = CheckVector(req.query, d, "query"); !s.ok()) return s;
  if (req.k < 1 || req.k > 10000) return Status::InvalidArgument("k must be in 1..10000", "k");
  for (float w : req.weights.value) {
    if (!std::isfinite(w) || w < 0) {
      return Status::InvalidArgument("block weights must be finite and >= 0", "weights");
    }
  }
  if (Status s = ValidateFilter(req.filter); !s.ok()) return s;

  std::vector<float> q = req.query;
  for (int b = 0; b < kBlockCount; ++b) {
    for (int i = 0; i < m.layout.size[b]; ++i) q[m.layout.offset[b] + i] *= req.weights.value[b];
  }

  std::shared_lock lock(m.mu);
  SearchResult result;
  detail::Bits sel = Select(m, req.filter);
  result.stats.selected = sel.Count();
  const int k = static_cast<int>(std::min<std::int64_t>(req.k, result.stats.selected));
  std::vector<std::pair<float, std::int64_t>> top;  // (score, row)
  if (k > 0) {
    const std::int64_t rows = m.rows();
    BitsSelector selector(&sel, rows);
    const std::int64_t selected = result.stats.selected;
    const IndexOptions& o = m.options;
    std::string path;
    if (req.mode == SearchMode::kExact) {
      path = "flat";
    } else if (req.mode == SearchMode::kApproximate) {
      path = m.ivf ? "ivf" : "exact";
    } else {
      path = AutoPath(m, selected);
    }
    try {
      if (path == "ivf") {
        IvfScan scan = ScanIvf(m, q.data(), sel, selected, k, &top);
        // Too few matches near the query (the filter is correlated with the
        // vectors and its matches lie elsewhere): the coarse list order is not
        // precise enough there, so scan the matches instead.
        bool sparse = scan.found < scan.target ||
                      scan.local_density < o.min_local_density * scan.global_density;
        if (req.mode == SearchMode::kAuto && sparse && selected <= o.scan_max_rows) {
          path = "scan";
          top.clear();
        } else {
          result.stats.nprobe = scan.nprobe;
        }
      }
      if (path == "scan") {
        std::vector<int> industries;
        for (const std::string& c : req.filter.industries) {
          industries.push_back(IndexOfTerm(Industries(), c));
        }
        ScanSelected(m, q.data(), sel, selected, industries, k, &top);
      } else if (path == "exact") {
        ExactOverRows(m, q.data(), sel, k, &top);
      } else if (path == "flat") {
        // The oracle: what IndexFlatIP computes over the filtered set.
        std::vector<float> dis(k);
        std::vector<faiss_idx> lab(k);
        faiss::knn_inner_product(q.data(), m.vectors.data(), d, 1, rows, k, dis.data(), lab.data(),
                                 &selector);
        for (int i = 0; i < k; ++i) {
          if (lab[i] >= 0) top.emplace_back(dis[i], lab[i]);
        }
      }
      result.stats.path = path;
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

// ---- holder ---------------------------------------------------------------------------

std::shared_ptr<VectorIndex> IndexHolder::Get() const {
  std::lock_guard lock(mu_);
  return current_;
}

void IndexHolder::Swap(std::shared_ptr<VectorIndex> next) {
  std::shared_ptr<VectorIndex> old;
  {
    std::lock_guard lock(mu_);
    old = std::move(current_);
    current_ = std::move(next);
  }
  // `old` is released outside the lock (possibly the last reference).
}

}  // namespace consortia
