// demo/random.h — the demo generator's PRNG: xoshiro256** seeded by
// splitmix64. Implemented here (not std::*_distribution) so that the same seed
// gives the same numbers with every compiler and standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace consortia::detail {

class DemoRng {
 public:
  explicit DemoRng(std::uint64_t seed) {
    for (auto& s : state_) s = SplitMix(&seed);
  }

  // A generator for an independent stream (e.g. one per stage), so that
  // changing one stage does not shift the numbers of the others.
  DemoRng Fork(std::uint64_t stream) const {
    return DemoRng(state_[0] ^ (stream * 0x9e3779b97f4a7c15ULL) ^ state_[3]);
  }

  std::uint64_t Next() {
    const std::uint64_t result = Rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = Rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, n); n > 0. Modulo bias is negligible for the small n used.
  std::uint64_t Below(std::uint64_t n) { return Next() % n; }
  int Int(int lo, int hi) {  // inclusive
    return lo + static_cast<int>(Below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
  double Real() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }  // [0, 1)
  bool Chance(double p) { return Real() < p; }

  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }
  // Index drawn with probability proportional to weights[i] (non-negative, not all 0).
  std::size_t Weighted(const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = Real() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  static std::uint64_t Rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t SplitMix(std::uint64_t* x) {
    std::uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::uint64_t state_[4];
};

}  // namespace consortia::detail
