// VectorIndex's lifecycle: construction (build from records or vectors),
// incremental updates, accessors and queries, and IndexHolder's atomic swap.
// Search is in search.cpp, the filter bitmap in row_filter.cpp, the IVF and
// its codes in ivf_codes.cpp, save/load in index_io.cpp.
#include <algorithm>
#include <cmath>
#include <mutex>
#include <unordered_set>

#include "vector_index_impl.h"

namespace consortia {

namespace detail {

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

}  // namespace detail

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
  impl->LearnTerms(records);
  // Words counted in parallel, a chunk at a time, then appended in row order.
  constexpr size_t kChunk = 65536;
  std::vector<std::vector<std::pair<std::uint64_t, int>>> counts;
  std::vector<int> lengths;
  for (size_t begin = 0; begin < records.size(); begin += kChunk) {
    const size_t end = std::min(records.size(), begin + kChunk);
    counts.assign(end - begin, {});
    lengths.assign(end - begin, 0);
#pragma omp parallel for schedule(dynamic, 256)
    for (size_t i = begin; i < end; ++i) {
      detail::CountTerms(records[i].text, &counts[i - begin], &lengths[i - begin]);
    }
    for (size_t i = begin; i < end; ++i) {
      impl->AppendRow(std::move(records[i]), nullptr, true, &counts[i - begin], lengths[i - begin]);
    }
    if (progress) {
      progress("words", static_cast<std::int64_t>(end), static_cast<std::int64_t>(records.size()));
    }
  }
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

void VectorIndex::Impl::LearnTerms(const std::vector<ProfileRecord>& records) {
  std::vector<std::string_view> texts, keywords;
  texts.reserve(records.size());
  for (const ProfileRecord& r : records) {
    texts.push_back(r.text);
    for (const std::string& k : r.keywords) keywords.push_back(k);
  }
  terms = detail::TermTable::Learn(texts, keywords);
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
  if (Status s = detail::CheckVector(vector, impl_->layout.dim, "vector"); !s.ok()) return s;
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

std::shared_ptr<const TextQuery> VectorIndex::PrepareText(std::string_view text) const {
  return detail::PrepareTextQuery(text, &impl_->terms);
}

Result<VectorIndex::TextMatch> VectorIndex::MatchText(const TextQuery& query, Id id,
                                                      const Filter& within) const {
  if (Status s = ValidateFilter(within); !s.ok()) return s;
  detail::LexicalStats stats;
  detail::RowMatch match;
  {
    std::shared_lock lock(impl_->mu);
    auto it = impl_->row_of.find(id);
    if (it == impl_->row_of.end()) {
      return Status::NotFound("id " + std::to_string(id) + " is not in the index", "id");
    }
    const detail::Bits sel = impl_->SelectRows(within);
    stats = impl_->lexical.Stats(query, &sel, sel.Count());
    match = impl_->lexical.MatchRow(query, stats, it->second);
  }
  TextMatch out;
  out.relevance = match.relevance;
  out.terms = detail::NamedTerms(query, stats, match);
  return out;
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
