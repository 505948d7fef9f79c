// index/kmeans.h — internal: spherical k-means and nearest-centroid assignment
// with Eigen's GEMM. FAISS's own training and add go through the system BLAS,
// which on Debian defaults to the unoptimised reference BLAS (minutes at 10^6
// rows); Eigen's vectorised products keep a 10^6 build within a minute.
#pragma once

#include <cstdint>
#include <vector>

namespace consortia::detail {

// x: n x d row-major, unit rows. Returns nlist x d row-major unit centroids.
std::vector<float> SphericalKmeans(const float* x, std::int64_t n, int d, int nlist, int niter,
                                   std::uint64_t seed);

// For each row of x (n x d), the centroid (nlist x d) of largest inner product.
std::vector<std::int64_t> AssignNearest(const float* x, std::int64_t n, const float* centroids,
                                        int nlist, int d);

}  // namespace consortia::detail
