// ProfileModel: the block layout and the LSA text model (hashed n-gram TF-IDF
// reduced by a randomized truncated SVD fitted on the corpus).
#include <Eigen/Dense>
#include <Eigen/Sparse>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "binary_io.h"
#include "core/taxonomy.h"
#include "index/index.h"
#include "text_features.h"

namespace consortia {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

namespace {

constexpr std::uint32_t kModelMagic = 0x4C4D5043;  // "CPML"

int IndexOf(const std::vector<Term>& terms, std::string_view code) {
  for (size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

// Code pseudo-tokens joined to a record's text when fitting and embedding: they
// tie n-grams of both languages to the same language-neutral codes.
std::string CodeText(const ProfileRecord& r) {
  std::string s;
  for (const auto& w : r.industries) s += " zzind" + w.code;
  for (const auto& c : r.subfields) s += " zzsub" + c;
  for (const auto& f : r.fields) {
    for (const auto& c : FieldToSubfields(f)) s += " zzsub" + c;
  }
  // Dots and underscores split words; keep codes as one token each.
  for (char& ch : s) {
    if (ch == '.' || ch == '_') ch = 'x';
  }
  return s;
}

Eigen::MatrixXf Orthonormalize(const Eigen::MatrixXf& y) {
  Eigen::HouseholderQR<Eigen::MatrixXf> qr(y);
  return qr.householderQ() * Eigen::MatrixXf::Identity(y.rows(), y.cols());
}

}  // namespace

class ProfileModel::Impl {
 public:
  ProfileOptions options;
  BlockLayout layout;
  std::vector<std::int32_t> column;  // bucket -> column, -1 if dropped
  std::vector<float> idf;            // per column
  RowMatrix proj;                    // columns x text_dim

  // TF-IDF (sublinear tf, L2-normalised) as (column, value) pairs.
  std::vector<std::pair<int, float>> Tfidf(std::string_view text) const {
    std::vector<std::pair<int, float>> out;
    if (column.empty()) return out;
    double norm = 0;
    for (auto [bucket, count] : detail::HashedCounts(text, options.hash_bits)) {
      int col = column[bucket];
      if (col < 0) continue;
      float w = detail::SublinearTf(count) * idf[col];
      out.emplace_back(col, w);
      norm += double(w) * w;
    }
    if (norm > 0) {
      float inv = static_cast<float>(1.0 / std::sqrt(norm));
      for (auto& p : out) p.second *= inv;
    }
    return out;
  }

  void TextBlock(std::string_view text, float* out) const {
    const int k = layout.Size(Block::kText);
    std::fill(out, out + k, 0.0f);
    if (proj.rows() == 0) return;
    for (auto [col, w] : Tfidf(text)) {
      const float* row = proj.data() + static_cast<size_t>(col) * proj.cols();
      for (int j = 0; j < proj.cols(); ++j) out[j] += w * row[j];
    }
    NormalizeL2(out, k);
  }

  void Finish(float* v) const {
    for (int b = 0; b < kBlockCount; ++b) {
      float* p = v + layout.offset[b];
      NormalizeL2(p, layout.size[b]);
      for (int i = 0; i < layout.size[b]; ++i) p[i] *= options.weights.value[b];
    }
    NormalizeL2(v, layout.dim);
  }
};

ProfileModel::ProfileModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ProfileModel::~ProfileModel() = default;
const BlockLayout& ProfileModel::layout() const { return impl_->layout; }
int ProfileModel::dim() const { return impl_->layout.dim; }
const ProfileOptions& ProfileModel::options() const { return impl_->options; }

Result<std::shared_ptr<const ProfileModel>> ProfileModel::Fit(
    const std::vector<ProfileRecord>& corpus, const ProfileOptions& options) {
  if (options.text_dim < 1 || options.text_dim > 1024) {
    return Status::InvalidArgument("text_dim must be in 1..1024", "text_dim");
  }
  if (options.hash_bits < 10 || options.hash_bits > 24) {
    return Status::InvalidArgument("hash_bits must be in 10..24", "hash_bits");
  }
  for (float w : options.weights.value) {
    if (!(w >= 0) || !std::isfinite(w)) {
      return Status::InvalidArgument("block weights must be finite and >= 0", "weights");
    }
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->layout = BlockLayout::Standard(options.text_dim);

  // Sample the documents the SVD is fitted on.
  std::vector<size_t> sample(corpus.size());
  std::iota(sample.begin(), sample.end(), 0);
  if (static_cast<int>(sample.size()) > options.max_fit_docs) {
    std::mt19937_64 rng(options.seed);
    std::shuffle(sample.begin(), sample.end(), rng);
    sample.resize(options.max_fit_docs);
    std::sort(sample.begin(), sample.end());
  }
  const size_t n = sample.size();
  std::vector<std::vector<std::pair<std::uint32_t, float>>> docs(n);
#pragma omp parallel for schedule(dynamic, 64)
  for (size_t i = 0; i < n; ++i) {
    const ProfileRecord& r = corpus[sample[i]];
    docs[i] = detail::HashedCounts(r.text + CodeText(r), options.hash_bits);
  }
  const size_t buckets = size_t{1} << options.hash_bits;
  std::vector<std::int32_t> df(buckets, 0);
  for (const auto& d : docs) {
    for (auto [b, c] : d) ++df[b];
  }
  impl->column.assign(buckets, -1);
  int cols = 0;
  const int min_df = std::max(1, std::min<int>(options.min_df, static_cast<int>(n / 2)));
  for (size_t b = 0; b < buckets; ++b) {
    if (df[b] >= min_df) {
      impl->column[b] = cols++;
      impl->idf.push_back(static_cast<float>(std::log((1.0 + n) / (1.0 + df[b])) + 1.0));
    }
  }
  const int k = options.text_dim;
  impl->proj = RowMatrix::Zero(cols, k);
  const int l = std::min<int>({k + 10, static_cast<int>(n), cols});
  if (l >= 1) {
    // A: n x cols, rows are L2-normalised TF-IDF.
    std::vector<Eigen::Triplet<float>> triplets;
    for (size_t i = 0; i < n; ++i) {
      double norm = 0;
      size_t start = triplets.size();
      for (auto [b, c] : docs[i]) {
        int col = impl->column[b];
        if (col < 0) continue;
        float w = detail::SublinearTf(c) * impl->idf[col];
        triplets.emplace_back(static_cast<int>(i), col, w);
        norm += double(w) * w;
      }
      if (norm > 0) {
        float inv = static_cast<float>(1.0 / std::sqrt(norm));
        for (size_t t = start; t < triplets.size(); ++t) {
          triplets[t] = Eigen::Triplet<float>(triplets[t].row(), triplets[t].col(),
                                              triplets[t].value() * inv);
        }
      }
    }
    docs.clear();
    docs.shrink_to_fit();
    Eigen::SparseMatrix<float, Eigen::RowMajor> a(static_cast<int>(n), cols);
    a.setFromTriplets(triplets.begin(), triplets.end());
    triplets.clear();
    triplets.shrink_to_fit();
    Eigen::SparseMatrix<float, Eigen::RowMajor> at = a.transpose();

    std::mt19937_64 rng(options.seed);
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    Eigen::MatrixXf omega(cols, l);
    for (int j = 0; j < l; ++j) {
      for (int i = 0; i < cols; ++i) omega(i, j) = gauss(rng);
    }
    Eigen::MatrixXf y = a * omega;
    for (int it = 0; it < options.power_iterations; ++it) {
      Eigen::MatrixXf q = Orthonormalize(y);
      Eigen::MatrixXf z = Orthonormalize(at * q);
      y = a * z;
    }
    Eigen::MatrixXf q = Orthonormalize(y);
    Eigen::MatrixXf bt = at * q;  // cols x l  (B^T, B = Q^T A)
    Eigen::MatrixXf bbt = bt.transpose() * bt;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXf> eig(bbt);
    // Eigenvalues ascending: take the largest.
    const int keep = std::min(k, l);
    for (int j = 0; j < keep; ++j) {
      int src = l - 1 - j;
      float sigma2 = eig.eigenvalues()(src);
      if (sigma2 <= 1e-10f) break;
      Eigen::VectorXf v = bt * eig.eigenvectors().col(src) / std::sqrt(sigma2);
      impl->proj.col(j) = v;
    }
  }
  return std::shared_ptr<const ProfileModel>(new ProfileModel(std::move(impl)));
}

std::vector<float> ProfileModel::Embed(const ProfileRecord& r) const {
  const BlockLayout& L = impl_->layout;
  std::vector<float> v(L.dim, 0.0f);
  float* ind = v.data() + L.Offset(Block::kIndustries);
  for (const auto& w : r.industries) {
    int i = IndexOf(Industries(), w.code);
    if (i >= 0) ind[i] += static_cast<float>(w.weight);
  }
  float* sub = v.data() + L.Offset(Block::kFields);
  for (const auto& c : r.subfields) {
    int i = IndexOf(Subfields(), c);
    if (i >= 0) sub[i] += 1.0f;
  }
  for (const auto& f : r.fields) {
    const auto& mapped = FieldToSubfields(f);
    for (const auto& c : mapped) {
      int i = IndexOf(Subfields(), c);
      if (i >= 0) sub[i] += 1.0f / static_cast<float>(mapped.size());
    }
  }
  float* cap = v.data() + L.Offset(Block::kCapabilities);
  for (const auto& c : r.capabilities) {
    int i = IndexOf(Capabilities(), c);
    if (i >= 0) cap[i] += 1.0f;
  }
  impl_->TextBlock(r.text + CodeText(r), v.data() + L.Offset(Block::kText));
  impl_->Finish(v.data());
  return v;
}

std::vector<float> ProfileModel::EmbedText(std::string_view text) const {
  std::vector<float> v(impl_->layout.Size(Block::kText));
  impl_->TextBlock(text, v.data());
  return v;
}

Result<std::vector<float>> ProfileModel::EmbedQuery(const QueryInput& q) const {
  const BlockLayout& L = impl_->layout;
  std::vector<float> v(L.dim, 0.0f);
  for (const auto& c : q.industries) {
    int i = IndexOf(Industries(), c);
    if (i < 0) return Status::InvalidArgument("unknown industry code '" + c + "'", "industries");
    v[L.Offset(Block::kIndustries) + i] += 1.0f;
  }
  for (const auto& c : q.subfields) {
    int i = IndexOf(Subfields(), c);
    if (i < 0) return Status::InvalidArgument("unknown sub-field code '" + c + "'", "subfields");
    v[L.Offset(Block::kFields) + i] += 1.0f;
  }
  for (const auto& f : q.fields) {
    const auto& mapped = FieldToSubfields(f);
    if (FindField(f) == nullptr && mapped.empty()) {
      return Status::InvalidArgument("unknown discipline code '" + f + "'", "fields");
    }
    for (const auto& c : mapped) {
      int i = IndexOf(Subfields(), c);
      if (i >= 0) v[L.Offset(Block::kFields) + i] += 1.0f / static_cast<float>(mapped.size());
    }
  }
  for (const auto& c : q.capabilities) {
    int i = IndexOf(Capabilities(), c);
    if (i < 0) {
      return Status::InvalidArgument("unknown capability code '" + c + "'", "capabilities");
    }
    v[L.Offset(Block::kCapabilities) + i] += 1.0f;
  }
  impl_->TextBlock(q.text, v.data() + L.Offset(Block::kText));
  impl_->Finish(v.data());
  bool any = std::any_of(v.begin(), v.end(), [](float x) { return x != 0.0f; });
  if (!any) {
    return Status::InvalidArgument(q.text.empty()
                                       ? "query is empty: give text, codes or like"
                                       : "query text has no n-gram known to the profile model",
                                   "text");
  }
  return v;
}

void ProfileModel::AppendTo(std::string* out) const {
  const Impl& m = *impl_;
  detail::Put<std::uint32_t>(out, kModelMagic);
  detail::Put<std::int32_t>(out, m.options.text_dim);
  detail::Put<std::int32_t>(out, m.options.hash_bits);
  detail::Put<std::int32_t>(out, m.options.min_df);
  detail::Put<std::int32_t>(out, m.options.max_fit_docs);
  detail::Put<std::int32_t>(out, m.options.power_iterations);
  detail::Put<std::uint64_t>(out, m.options.seed);
  for (float w : m.options.weights.value) detail::Put<float>(out, w);
  std::vector<std::uint32_t> kept;  // buckets in column order
  kept.resize(m.idf.size());
  for (size_t b = 0; b < m.column.size(); ++b) {
    if (m.column[b] >= 0) kept[m.column[b]] = static_cast<std::uint32_t>(b);
  }
  detail::PutVector(out, kept);
  detail::PutVector(out, m.idf);
  std::vector<float> proj(m.proj.data(), m.proj.data() + m.proj.size());
  detail::PutVector(out, proj);
}

Result<std::shared_ptr<const ProfileModel>> ProfileModel::Parse(std::string_view in,
                                                                size_t* consumed) {
  detail::Reader r(in);
  if (r.Get<std::uint32_t>() != kModelMagic) return Status::Corruption("profile model: bad magic");
  auto impl = std::make_unique<Impl>();
  ProfileOptions& o = impl->options;
  o.text_dim = r.Get<std::int32_t>();
  o.hash_bits = r.Get<std::int32_t>();
  o.min_df = r.Get<std::int32_t>();
  o.max_fit_docs = r.Get<std::int32_t>();
  o.power_iterations = r.Get<std::int32_t>();
  o.seed = r.Get<std::uint64_t>();
  for (float& w : o.weights.value) w = r.Get<float>();
  auto kept = r.GetVector<std::uint32_t>();
  impl->idf = r.GetVector<float>();
  auto proj = r.GetVector<float>();
  if (!r.ok() || o.text_dim < 1 || o.text_dim > 1024 || o.hash_bits < 10 || o.hash_bits > 24 ||
      kept.size() != impl->idf.size() || proj.size() != kept.size() * o.text_dim) {
    return Status::Corruption("profile model: truncated or inconsistent");
  }
  impl->layout = BlockLayout::Standard(o.text_dim);
  impl->column.assign(size_t{1} << o.hash_bits, -1);
  for (size_t c = 0; c < kept.size(); ++c) {
    if (kept[c] >= impl->column.size()) return Status::Corruption("profile model: bad bucket");
    impl->column[kept[c]] = static_cast<std::int32_t>(c);
  }
  impl->proj =
      Eigen::Map<RowMatrix>(proj.data(), static_cast<Eigen::Index>(kept.size()), o.text_dim);
  if (consumed != nullptr) *consumed = r.consumed();
  return std::shared_ptr<const ProfileModel>(new ProfileModel(std::move(impl)));
}

}  // namespace consortia
