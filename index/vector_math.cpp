// The project's one inner product and L2 normalisation (index/index.h).
//
// Why not faiss::fvec_inner_product / fvec_renorm_L2: Debian's FAISS 1.7.3 is
// built for baseline x86-64, where fvec_inner_product is the scalar reference
// loop (one dependent add per component), and fvec_renorm_L2 opens an OpenMP
// parallel region on every call. Eigen's dot product is vectorised with SSE2;
// the normalisation accumulates in double, as every profile has been built.
#include <Eigen/Core>
#include <algorithm>
#include <cmath>

#include "index/index.h"

namespace consortia {

float InnerProduct(const float* a, const float* b, int dim) {
  if (dim <= 0) return 0.0f;
  return Eigen::Map<const Eigen::VectorXf>(a, dim).dot(Eigen::Map<const Eigen::VectorXf>(b, dim));
}

float InnerProduct(const std::vector<float>& a, const std::vector<float>& b) {
  return InnerProduct(a.data(), b.data(), static_cast<int>(std::min(a.size(), b.size())));
}

double NormalizeL2(float* v, int dim) {
  double s = 0;
  for (int i = 0; i < dim; ++i) s += double(v[i]) * v[i];
  if (s <= 0) return 0.0;
  const double norm = std::sqrt(s);
  const auto inv = static_cast<float>(1.0 / norm);
  for (int i = 0; i < dim; ++i) v[i] *= inv;
  return norm;
}

double NormalizeL2(std::vector<float>* v) {
  return NormalizeL2(v->data(), static_cast<int>(v->size()));
}

}  // namespace consortia
