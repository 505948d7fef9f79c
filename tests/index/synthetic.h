// tests/index/synthetic.h — clustered synthetic profiles for the index tests:
// each record has one industry, one or two of its sub-fields, and a text block
// drawn around a per-sub-field direction; titles and districts are random.
#pragma once

#include <cmath>
#include <random>
#include <vector>

#include "core/taxonomy.h"
#include "index/index.h"

namespace consortia::testing {

struct SyntheticSet {
  BlockLayout layout;
  std::vector<ProfileRecord> records;
  std::vector<float> vectors;
};

// Titles: academician 1%, renowned 9%, senior 40%, other 50%.
inline SyntheticSet MakeSynthetic(int n, int text_dim, std::uint64_t seed, Id first_id = 1) {
  SyntheticSet set;
  set.layout = BlockLayout::Standard(text_dim);
  const BlockLayout& L = set.layout;
  std::mt19937_64 rng(seed);
  std::normal_distribution<float> gauss(0.0f, 1.0f);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const auto& subfields = Subfields();
  const auto& industries = Industries();
  std::vector<std::vector<float>> centroid(subfields.size(), std::vector<float>(text_dim));
  std::mt19937_64 crng(99);  // the same topic directions for every seed
  for (auto& c : centroid) {
    for (auto& x : c) x = gauss(crng);
    NormalizeL2(c.data(), text_dim);
  }
  set.vectors.assign(static_cast<size_t>(n) * L.dim, 0.0f);
  set.records.reserve(n);
  for (int i = 0; i < n; ++i) {
    ProfileRecord r;
    r.id = first_id + i;
    r.kind = kExpertKind;
    r.name = "expert-" + std::to_string(r.id);
    int s1 = static_cast<int>(unit(rng) * unit(rng) * subfields.size());  // skewed
    int s2 = static_cast<int>(unit(rng) * subfields.size());
    const std::string& ind = subfields[s1].parent;
    r.industries.push_back({ind, 1.0});
    r.subfields.push_back(subfields[s1].code);
    if (subfields[s2].parent == ind && s2 != s1) r.subfields.push_back(subfields[s2].code);
    double t = unit(rng);
    r.title = t < 0.01   ? Title::kAcademician
              : t < 0.10 ? Title::kRenowned
              : t < 0.50 ? Title::kSenior
                         : Title::kOther;
    r.district = Districts()[rng() % Districts().size()].code;
    r.available = unit(rng) < 0.9;
    float* v = set.vectors.data() + static_cast<size_t>(i) * L.dim;
    for (size_t k = 0; k < industries.size(); ++k) {
      if (industries[k].code == ind) v[L.Offset(Block::kIndustries) + k] = 1.0f;
    }
    for (const auto& code : r.subfields) {
      for (size_t k = 0; k < subfields.size(); ++k) {
        if (subfields[k].code == code) v[L.Offset(Block::kFields) + k] = 1.0f;
      }
    }
    NormalizeL2(v + L.Offset(Block::kFields), L.Size(Block::kFields));
    float* tx = v + L.Offset(Block::kText);
    for (int k = 0; k < text_dim; ++k) tx[k] = centroid[s1][k] + 0.8f * gauss(rng);
    NormalizeL2(tx, text_dim);
    for (int k = 0; k < L.Size(Block::kIndustries); ++k)
      v[L.Offset(Block::kIndustries) + k] *= 0.45f;
    for (int k = 0; k < L.Size(Block::kFields); ++k) v[L.Offset(Block::kFields) + k] *= 0.6f;
    NormalizeL2(v, L.dim);
    set.records.push_back(std::move(r));
  }
  return set;
}

// A query near record `i` (its vector plus noise), normalised.
inline std::vector<float> QueryNear(const SyntheticSet& set, int i, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<float> gauss(0.0f, 0.05f);
  const int d = set.layout.dim;
  std::vector<float> q(set.vectors.begin() + static_cast<size_t>(i) * d,
                       set.vectors.begin() + static_cast<size_t>(i + 1) * d);
  for (auto& x : q) x += gauss(rng);
  NormalizeL2(q.data(), d);
  return q;
}

}  // namespace consortia::testing
