// The inverted index of the records' lexical units, its BM25 statistics, the
// scoring of a prepared query over a row bitmap, one row's match and the
// terms a reason may name (index/lexical.h).
#include <algorithm>
#include <cmath>

#include "binary_io.h"
#include "lexical.h"
#include "text_features.h"

namespace consortia::detail {
namespace {

// A reason names a span only if its weight reaches the IDF of a term found in
// this share of the records: terms commoner than that carry no weight of
// their own (先进, 技术, 集成 in the demo set).
constexpr double kNamedDfShare = 0.05;
// The share of its IDF a unit inside a generic word keeps (TextQuery::Unit::generic).
constexpr double kGenericShare = 0.15;

float Idf(double df, double n) {
  return static_cast<float>(std::log(1.0 + (n - df + 0.5) / (df + 0.5)));
}

std::int64_t RowOf(std::uint32_t posting) {
  return static_cast<std::int64_t>(posting >> LexicalIndex::kTfBits);
}
int TfOf(std::uint32_t posting) { return static_cast<int>(posting & LexicalIndex::kMaxTf); }

// |a ∩ b ∩ sel| by row (sel null: all rows), galloping through the longer list.
std::int64_t IntersectCount(const std::vector<std::uint32_t>& a,
                            const std::vector<std::uint32_t>& b, const Bits* sel) {
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = a.size() <= b.size() ? b : a;
  std::int64_t n = 0;
  auto it = large.begin();
  for (std::uint32_t p : small) {
    const std::uint32_t key = p & ~LexicalIndex::kMaxTf;
    it = std::lower_bound(it, large.end(), key);
    if (it == large.end()) break;
    if ((*it & ~LexicalIndex::kMaxTf) != key) continue;
    const std::int64_t row = RowOf(p);
    if (sel == nullptr || (static_cast<size_t>(row >> 6) < sel->words() && sel->Test(row))) ++n;
  }
  return n;
}

float Saturated(int tf, float length, float avgdl) {
  constexpr float k1 = LexicalIndex::kK1, b = LexicalIndex::kB;
  const float norm = k1 * (1.0f - b + b * length / std::max(avgdl, 1e-6f));
  return static_cast<float>(tf) * (k1 + 1.0f) / (static_cast<float>(tf) + norm);
}

}  // namespace

// ---- building -----------------------------------------------------------------------------

void LexicalIndex::Add(std::string_view text) {
  std::vector<std::pair<std::uint64_t, int>> counts;
  int length = 0;
  CountTerms(text, &counts, &length);
  Add(counts, length);
}

void LexicalIndex::Add(const std::vector<std::pair<std::uint64_t, int>>& counts, int length) {
  const std::int64_t row = rows();
  length_.push_back(static_cast<std::uint16_t>(std::min(length, 65535)));
  total_length_ += length_.back();
  if (row >= kMaxRows) return;  // beyond the packing: the row stays unsearchable by words
  for (const auto& [term, tf] : counts) {
    auto [it, inserted] = term_id_.emplace(term, static_cast<std::uint32_t>(postings_.size()));
    if (inserted) postings_.emplace_back();
    postings_[it->second].push_back((static_cast<std::uint32_t>(row) << kTfBits) |
                                    std::min<std::uint32_t>(tf, kMaxTf));
  }
}

const std::vector<std::uint32_t>* LexicalIndex::Postings(std::uint64_t term) const {
  auto it = term_id_.find(term);
  return it == term_id_.end() ? nullptr : &postings_[it->second];
}

int LexicalIndex::TfAt(std::uint64_t term, std::int64_t row) const {
  const auto* p = Postings(term);
  if (p == nullptr || row >= kMaxRows) return 0;
  const std::uint32_t key = static_cast<std::uint32_t>(row) << kTfBits;
  auto it = std::lower_bound(p->begin(), p->end(), key);
  if (it == p->end() || RowOf(*it) != row) return 0;
  return TfOf(*it);
}

// ---- statistics -----------------------------------------------------------------------------

LexicalStats LexicalIndex::Stats(const TextQuery& q, const Bits* sel, std::int64_t selected) const {
  std::uint64_t key = sel == nullptr ? 0 : 1469598103934665603ULL;
  if (sel != nullptr) {
    for (std::uint64_t w : sel->raw()) key = (key ^ w) * 1099511628211ULL;
  }
  {
    std::lock_guard lock(q.cache_mu);
    if (q.cache && q.cache_owner == this && q.cache_rows == rows() && q.cache_selection == key) {
      return *q.cache;
    }
  }
  LexicalStats st = ComputeStats(q, sel, selected);
  std::lock_guard lock(q.cache_mu);
  q.cache = std::make_shared<const LexicalStats>(st);
  q.cache_owner = this;
  q.cache_rows = rows();
  q.cache_selection = key;
  return st;
}

LexicalStats LexicalIndex::ComputeStats(const TextQuery& q, const Bits* sel,
                                        std::int64_t selected) const {
  LexicalStats st;
  const double n = static_cast<double>(std::max<std::int64_t>(sel ? selected : rows(), 1));
  auto in_sel = [&](std::uint32_t p) {
    const std::int64_t row = RowOf(p);
    return static_cast<size_t>(row >> 6) < sel->words() && sel->Test(row);
  };
  auto count = [&](const std::vector<std::uint32_t>& list) -> double {
    if (sel == nullptr) return static_cast<double>(list.size());
    std::int64_t c = 0;
    for (std::uint32_t p : list) c += in_sel(p) ? 1 : 0;
    return static_cast<double>(c);
  };
  // The average length over every row added (as total_length_ counts them),
  // not over the selection's count: a filter does not make records shorter.
  st.avgdl = static_cast<float>(static_cast<double>(total_length_) /
                                static_cast<double>(std::max<std::int64_t>(rows(), 1)));
  st.named_floor = Idf(std::max(1.0, kNamedDfShare * n), n);
  st.units.resize(q.units.size());
  std::vector<const std::vector<std::uint32_t>*> lists(q.units.size());
  std::vector<double> df_of(q.units.size(), 0.0);
  for (size_t i = 0; i < q.units.size(); ++i) {
    lists[i] = Postings(q.units[i].term);
    const double df = lists[i] ? count(*lists[i]) : 0.0;
    df_of[i] = df;
    UnitWeights& w = st.units[i];
    w.known = df > 0;
    if (!w.known) continue;
    // Within a filter the IDF is taken over what it selects (学会 weighs
    // nothing among societies), but a term common in the whole index does not
    // become specific because the filter selects a slice where it is rarer
    // (先进 among societies): the smaller of the two.
    const double all = static_cast<double>(lists[i]->size());
    w.full =
        sel == nullptr ? Idf(df, n) : std::min(Idf(df, n), Idf(all, static_cast<double>(rows())));
    if (q.units[i].generic) w.full = static_cast<float>(w.full * kGenericShare);
    w.cond = w.full;
    w.mass = w.full;
    const int prev = q.units[i].prev;
    // After a generic word the chain starts afresh: 先进 kept little of its
    // weight, so 进封 in 先进封装 carries the phrase's own (conditioning it on
    // 先进 would leave the phrase almost nothing).
    if (prev >= 0 && st.units[prev].known && !(q.units[prev].generic && !q.units[i].generic)) {
      const double df_prev = df_of[prev];
      const double both = static_cast<double>(IntersectCount(*lists[prev], *lists[i], sel));
      if (both > 0) {
        w.cond = std::min(w.full, static_cast<float>(Idf(both, df_prev) *
                                                     (q.units[i].generic ? kGenericShare : 1.0)));
      }
      w.mass = w.cond;
    }
  }
  const size_t nc = q.concepts.size();
  std::vector<float> orig(nc, 0.0f), alt(nc, 0.0f);
  for (size_t i = 0; i < q.units.size(); ++i) {
    (q.units[i].alt ? alt : orig)[q.units[i].group] += st.units[i].mass;
  }
  st.concept_scale.assign(nc, 1.0f);
  st.concept_mass.assign(nc, 0.0f);
  for (size_t c = 0; c < nc; ++c) {
    st.concept_mass[c] = orig[c] > 0 ? orig[c] : alt[c];
    if (orig[c] > 0 && alt[c] > 0) st.concept_scale[c] = orig[c] / alt[c];
    st.mass += st.concept_mass[c];
  }
  return st;
}

// ---- scoring --------------------------------------------------------------------------------

struct LexicalIndex::Scratch {
  std::vector<float> acc, orig, alt;
  std::vector<std::uint32_t> mark_orig, mark_alt;
  std::vector<std::uint32_t> touched, touched_side;
  std::uint32_t epoch = 0;

  void Reserve(std::int64_t rows) {
    if (static_cast<std::int64_t>(acc.size()) >= rows) return;
    acc.resize(rows, 0.0f);
    orig.resize(rows, 0.0f);
    alt.resize(rows, 0.0f);
    mark_orig.resize(rows, 0);
    mark_alt.resize(rows, 0);
  }
  // A fresh range of stamps for `units` units.
  std::uint32_t Stamps(size_t units) {
    if (epoch > 0xF0000000u - units) {
      std::fill(mark_orig.begin(), mark_orig.end(), 0);
      std::fill(mark_alt.begin(), mark_alt.end(), 0);
      epoch = 0;
    }
    const std::uint32_t base = epoch;
    epoch += static_cast<std::uint32_t>(units) + 1;
    return base;
  }
};

void LexicalIndex::ScoreInto(const TextQuery& q, const LexicalStats& st, const Bits& sel,
                             Scratch* s) const {
  s->Reserve(rows());
  const std::uint32_t base = s->Stamps(q.units.size());
  const std::int64_t sel_rows = static_cast<std::int64_t>(sel.words()) * 64;
  size_t u = 0;
  while (u < q.units.size()) {
    const int c = q.units[u].group;
    size_t end = u;
    while (end < q.units.size() && q.units[end].group == c) ++end;
    const bool sides = q.concepts[c].has_alt;
    for (size_t i = u; i < end; ++i) {
      const TextQuery::Unit& unit = q.units[i];
      const UnitWeights& w = st.units[i];
      if (!w.known) continue;
      const auto* list = Postings(unit.term);
      std::vector<std::uint32_t>& mark = unit.alt ? s->mark_alt : s->mark_orig;
      std::vector<float>& target = !sides ? s->acc : unit.alt ? s->alt : s->orig;
      const std::uint32_t stamp = base + static_cast<std::uint32_t>(i) + 1;
      const std::uint32_t prev_stamp =
          unit.prev >= 0 ? base + static_cast<std::uint32_t>(unit.prev) + 1 : 0;
      for (std::uint32_t p : *list) {
        const std::int64_t row = RowOf(p);
        if (row >= sel_rows || !sel.Test(row)) continue;
        const float weight = (unit.prev >= 0 && mark[row] == prev_stamp) ? w.cond : w.full;
        mark[row] = stamp;
        if (weight <= 0) continue;
        const float add = weight * Saturated(TfOf(p), length_[row], st.avgdl);
        if (target[row] == 0.0f) (sides ? s->touched_side : s->touched).push_back(row);
        target[row] += add;
      }
    }
    if (sides) {
      const float scale = st.concept_scale[c];
      for (std::uint32_t row : s->touched_side) {
        if (s->orig[row] == 0.0f && s->alt[row] == 0.0f) continue;  // already merged
        const float best = std::max(s->orig[row], scale * s->alt[row]);
        s->orig[row] = s->alt[row] = 0.0f;
        if (s->acc[row] == 0.0f) s->touched.push_back(row);
        s->acc[row] += best;
      }
      s->touched_side.clear();
    }
    u = end;
  }
}

void LexicalIndex::Score(const TextQuery& q, const LexicalStats& st, const Bits& sel,
                         Scored* out) const {
  thread_local Scratch scratch;
  out->rows.clear();
  if (st.mass <= 0) return;
  ScoreInto(q, st, sel, &scratch);
  const float inv = 1.0f / st.mass;
  out->rows.reserve(scratch.touched.size());
  for (std::uint32_t row : scratch.touched) {
    out->rows.emplace_back(std::min(1.0f, scratch.acc[row] * inv), row);
    scratch.acc[row] = 0.0f;
  }
  scratch.touched.clear();
}

RowMatch LexicalIndex::MatchRow(const TextQuery& q, const LexicalStats& st,
                                std::int64_t row) const {
  RowMatch m;
  m.unit_score.assign(q.units.size(), 0.0f);
  m.unit_idf.assign(q.units.size(), 0.0f);
  if (st.mass <= 0 || row < 0 || row >= rows()) return m;
  std::vector<char> carried(q.units.size(), 0);
  for (size_t i = 0; i < q.units.size(); ++i) {
    if (!st.units[i].known) continue;
    const int tf = TfAt(q.units[i].term, row);
    if (tf == 0) continue;
    carried[i] = 1;
    const int prev = q.units[i].prev;
    const float weight = (prev >= 0 && carried[prev]) ? st.units[i].cond : st.units[i].full;
    m.unit_idf[i] = weight;
    m.unit_score[i] = weight * Saturated(tf, length_[row], st.avgdl);
  }
  std::vector<float> orig(q.concepts.size(), 0.0f), alt(q.concepts.size(), 0.0f);
  for (size_t i = 0; i < q.units.size(); ++i) {
    (q.units[i].alt ? alt : orig)[q.units[i].group] += m.unit_score[i];
  }
  float total = 0;
  for (size_t c = 0; c < q.concepts.size(); ++c) {
    total += std::max(orig[c], st.concept_scale[c] * alt[c]);
  }
  m.relevance = std::min(1.0f, total / st.mass);
  return m;
}

// ---- naming -----------------------------------------------------------------------------------

std::vector<MatchedTerm> NamedTerms(const TextQuery& q, const LexicalStats& st, const RowMatch& m) {
  std::vector<MatchedTerm> out;
  if (st.mass <= 0) return out;
  // `idf`: the span's IDF weight, held against the floor; `weight`: its score.
  auto add = [&](std::string name, float weight, float idf) {
    // Named when specific in the records (the floor) or when it is most of
    // what the query asks (a one-term query names its term).
    if (name.empty() || (idf < st.named_floor && idf < 0.5f * st.mass)) return;
    for (MatchedTerm& t : out) {
      if (t.term == name) {
        t.weight += weight / st.mass;
        return;
      }
    }
    out.push_back({std::move(name), weight / st.mass});
  };
  auto text_of = [&](int begin, int end) {
    std::string s;
    for (int i = begin; i < end && i < static_cast<int>(q.code_points.size()); ++i) {
      AppendUtf8(q.code_points[i], &s);
    }
    return s;
  };
  size_t u = 0;
  while (u < q.units.size()) {
    const int c = q.units[u].group;
    size_t end = u;
    float orig = 0, alt = 0, orig_idf = 0, alt_idf = 0;
    bool all_orig = true;
    while (end < q.units.size() && q.units[end].group == c) {
      if (q.units[end].alt) {
        alt += m.unit_score[end];
        alt_idf += m.unit_idf[end];
      } else {
        orig += m.unit_score[end];
        orig_idf += m.unit_idf[end];
        all_orig = all_orig && (m.unit_score[end] > 0 || !st.units[end].known);
      }
      ++end;
    }
    const TextQuery::Concept& cpt = q.concepts[c];
    const float scaled_alt = st.concept_scale[c] * alt;
    bool all_alt = alt > 0;
    for (size_t i = u; i < end; ++i) {
      if (q.units[i].alt && st.units[i].known && m.unit_score[i] <= 0) all_alt = false;
    }
    if (cpt.has_alt && scaled_alt > orig) {
      // The translation carried it: the Chinese form when whole; a part of a
      // Chinese translation by its spans; a part of an English one not at all.
      if (all_alt) {
        add(cpt.label, scaled_alt, st.concept_scale[c] * alt_idf);
      } else if (cpt.label == cpt.alt_text) {
        const std::vector<char32_t> alt_cps = DecodeUtf8(cpt.alt_text);
        size_t i = u;
        while (i < end) {
          if (!q.units[i].alt || m.unit_score[i] <= 0) {
            ++i;
            continue;
          }
          size_t j = i;
          float w = 0, idf = 0;
          while (j < end && q.units[j].alt && m.unit_score[j] > 0 &&
                 (j == i || q.units[j].prev == static_cast<int>(j) - 1)) {
            w += m.unit_score[j];
            idf += m.unit_idf[j];
            ++j;
          }
          std::string s;
          for (int p = q.units[i].begin;
               p < q.units[j - 1].end && p < static_cast<int>(alt_cps.size()); ++p) {
            AppendUtf8(alt_cps[p], &s);
          }
          add(s, w * st.concept_scale[c], idf * st.concept_scale[c]);
          i = j;
        }
      }
    } else if (cpt.has_alt && all_orig && orig > 0) {
      add(cpt.label, orig, orig_idf);
    } else if (orig > 0) {
      // Maximal spans of consecutive carried units, each named by its text.
      size_t i = u;
      while (i < end) {
        if (q.units[i].alt || m.unit_score[i] <= 0) {
          ++i;
          continue;
        }
        size_t j = i;
        float w = 0, idf = 0;
        while (j < end && !q.units[j].alt && m.unit_score[j] > 0 &&
               (j == i || q.units[j].prev == static_cast<int>(j) - 1)) {
          w += m.unit_score[j];
          idf += m.unit_idf[j];
          ++j;
        }
        add(text_of(q.units[i].begin, q.units[j - 1].end), w, idf);
        i = j;
      }
    }
    u = end;
  }
  for (MatchedTerm& t : out) t.weight = std::min(1.0f, t.weight);  // repeats saturate above 1
  std::stable_sort(out.begin(), out.end(),
                   [](const MatchedTerm& a, const MatchedTerm& b) { return a.weight > b.weight; });
  return out;
}

// ---- serialisation ------------------------------------------------------------------------------

void LexicalIndex::AppendTo(std::string* out) const {
  Put<std::uint64_t>(out, length_.size());
  out->append(reinterpret_cast<const char*>(length_.data()),
              length_.size() * sizeof(std::uint16_t));
  Put<std::uint64_t>(out, postings_.size());
  std::vector<std::uint64_t> terms(postings_.size());
  for (const auto& [term, id] : term_id_) terms[id] = term;
  for (size_t id = 0; id < postings_.size(); ++id) {
    Put<std::uint64_t>(out, terms[id]);
    PutVector(out, postings_[id]);
  }
}

bool LexicalIndex::Parse(std::string_view in) {
  Reader r(in);
  const auto n = r.Get<std::uint64_t>();
  if (!r.ok() || n > in.size()) return false;
  length_.resize(n);
  for (std::uint64_t i = 0; i < n && r.ok(); ++i) length_[i] = r.Get<std::uint16_t>();
  total_length_ = 0;
  for (auto l : length_) total_length_ += l;
  const auto terms = r.Get<std::uint64_t>();
  if (!r.ok() || terms > in.size()) return false;
  postings_.clear();
  postings_.reserve(terms);
  term_id_.clear();
  term_id_.reserve(terms);
  for (std::uint64_t t = 0; t < terms && r.ok(); ++t) {
    const auto term = r.Get<std::uint64_t>();
    term_id_.emplace(term, static_cast<std::uint32_t>(postings_.size()));
    postings_.push_back(r.GetVector<std::uint32_t>());
    if (!postings_.back().empty() &&
        RowOf(postings_.back().back()) >= static_cast<std::int64_t>(n)) {
      return false;
    }
  }
  return r.ok();
}

}  // namespace consortia::detail
