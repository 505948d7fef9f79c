// The approximate index: k-means lists (IVF) over the rows, and their 8-bit
// codes — in the lists, in row order, and grouped by industry.
#include <faiss/impl/FaissException.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "kmeans.h"
#include "vector_index_impl.h"

namespace consortia {

using faiss_idx = faiss::Index::idx_t;

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

}  // namespace consortia
