// index/row_bits.h — internal: one bit per row, the type of the rows'
// attribute bitsets and of a compiled filter (row_filter.cpp). Not part of the
// module's contract.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace consortia::detail {

// One bit per row. Word layout is that of faiss::IDSelectorBitmap on a
// little-endian machine (bit r%8 of byte r/8).
class Bits {
 public:
  void Resize(std::int64_t rows) { words_.resize((rows + 63) / 64, 0); }
  void Set(std::int64_t r) { words_[r >> 6] |= std::uint64_t{1} << (r & 63); }
  void Clear(std::int64_t r) { words_[r >> 6] &= ~(std::uint64_t{1} << (r & 63)); }
  bool Test(std::int64_t r) const { return (words_[r >> 6] >> (r & 63)) & 1; }
  void Assign(std::int64_t r, bool v) { v ? Set(r) : Clear(r); }
  std::int64_t Count() const {
    std::int64_t n = 0;
    for (auto w : words_) n += std::popcount(w);
    return n;
  }
  void AndWith(const Bits& o) {
    for (size_t i = 0; i < words_.size(); ++i) words_[i] &= o.words_[i];
  }
  void OrWith(const Bits& o) {
    for (size_t i = 0; i < words_.size(); ++i) words_[i] |= o.words_[i];
  }
  void AndNotWith(const Bits& o) {
    for (size_t i = 0; i < words_.size(); ++i) words_[i] &= ~o.words_[i];
  }
  void ClearAll() { std::fill(words_.begin(), words_.end(), 0); }
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (size_t i = 0; i < words_.size(); ++i) {
      std::uint64_t w = words_[i];
      while (w != 0) {
        int b = std::countr_zero(w);
        fn(static_cast<std::int64_t>(i * 64 + b));
        w &= w - 1;
      }
    }
  }
  const std::uint8_t* bytes() const { return reinterpret_cast<const std::uint8_t*>(words_.data()); }
  size_t words() const { return words_.size(); }
  const std::vector<std::uint64_t>& raw() const { return words_; }
  std::vector<std::uint64_t>& raw() { return words_; }

 private:
  std::vector<std::uint64_t> words_;
};

}  // namespace consortia::detail
