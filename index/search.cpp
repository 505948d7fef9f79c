// VectorIndex::Search: the request checked and re-weighted, the filter
// compiled to a row bitmap, one path chosen (search_paths.h), and the hits
// with their per-block contributions.
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <mutex>

#include <unordered_map>

#include "core/taxonomy.h"
#include "search_paths.h"
#include "text_features.h"
#include "vector_index_impl.h"

namespace consortia {
namespace {

// The path before the IVF fallback: the request's mode, else by selectivity.
SearchPath ChoosePath(const VectorIndex::Impl& m, SearchMode mode, std::int64_t selected) {
  switch (mode) {
    case SearchMode::kExact:
      return SearchPath::kFlat;
    case SearchMode::kApproximate:
      return m.ivf ? SearchPath::kIvf : SearchPath::kExact;
    case SearchMode::kAuto:
      break;
  }
  return detail::AutoPath(m, selected);
}

// Runs the chosen path; kIvf falls back to kScan (kAuto only) when its
// probed lists were sparse in matches. Returns the path taken.
SearchPath RunPath(const VectorIndex::Impl& m, const SearchRequest& req, const float* q,
                   const detail::Bits& sel, std::int64_t selected, int k, int* nprobe,
                   detail::ScoredRows* top) {
  SearchPath path = ChoosePath(m, req.mode, selected);
  if (path == SearchPath::kIvf) {
    const detail::IvfScan scan = detail::ScanIvf(m, q, sel, selected, k, top);
    if (req.mode == SearchMode::kAuto && scan.Sparse(m.options) &&
        selected <= m.options.scan_max_rows) {
      path = SearchPath::kScan;
      top->clear();
    } else {
      *nprobe = scan.nprobe;
    }
  }
  switch (path) {
    case SearchPath::kScan: {
      std::vector<int> industries;
      for (const std::string& c : req.filter.industries) {
        industries.push_back(detail::IndexOfTerm(Industries(), c));
      }
      detail::ScanSelected(m, q, sel, selected, industries, k, top);
      break;
    }
    case SearchPath::kExact:
      detail::ExactOverRows(m, q, sel, k, top);
      break;
    case SearchPath::kFlat:
      detail::FlatOracle(m, q, sel, k, top);
      break;
    case SearchPath::kIvf:
    case SearchPath::kNone:
      break;
  }
  return path;
}

Status CheckRequest(const SearchRequest& req, int dim) {
  if (Status s = detail::CheckVector(req.query, dim, "query"); !s.ok()) return s;
  if (req.k < 1 || req.k > 10000) return Status::InvalidArgument("k must be in 1..10000", "k");
  for (float w : req.weights.value) {
    if (!std::isfinite(w) || w < 0) {
      return Status::InvalidArgument("block weights must be finite and >= 0", "weights");
    }
  }
  return ValidateFilter(req.filter);
}

}  // namespace

std::string_view ToString(SearchPath path) {
  switch (path) {
    case SearchPath::kNone:
      return "";
    case SearchPath::kExact:
      return "exact";
    case SearchPath::kScan:
      return "scan";
    case SearchPath::kIvf:
      return "ivf";
    case SearchPath::kFlat:
      return "flat";
  }
  return "";
}

namespace {

// At most this many rows found by their words alone are re-scored exactly
// (their vectors read) per query; beyond it, the lexically best of them.
constexpr size_t kMaxLexicalRescored = 20000;

// A hit as collected under the lock; reasons are named after it is released.
struct PendingHit {
  Hit hit;
  std::vector<std::string> keywords;
  detail::RowMatch match;
};

// The best k of (score, row) pairs, best first (ties: lower row first).
void KeepBest(detail::ScoredRows* rows, size_t k) {
  auto better = [](const std::pair<float, std::int64_t>& a,
                   const std::pair<float, std::int64_t>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  if (rows->size() > k) {
    std::nth_element(rows->begin(), rows->begin() + static_cast<std::ptrdiff_t>(k), rows->end(),
                     better);
    rows->resize(k);
  }
  std::sort(rows->begin(), rows->end(), better);
}

// The request's text prepared (or the prepared one it carries); null when
// the search is vector only.
std::shared_ptr<const TextQuery> PrepareIfNeeded(const VectorIndex& index, const SearchRequest& req,
                                                 float weight) {
  if (weight <= 0) return nullptr;
  if (req.text_query) return req.text_query;
  if (req.text.find_first_not_of(" \t\r\n") == std::string::npos) return nullptr;
  return index.PrepareText(req.text);
}

}  // namespace

Result<SearchResult> VectorIndex::Search(const SearchRequest& req) const {
  omp_set_num_threads(1);  // one OpenMP thread per request thread
  const Impl& m = *impl_;
  if (Status s = CheckRequest(req, m.layout.dim); !s.ok()) return s;
  if (!std::isfinite(req.lexical) || req.lexical < 0) {
    return Status::InvalidArgument("the lexical weight must be finite and >= 0", "weights");
  }

  std::vector<float> q = req.query;
  for (int b = 0; b < kBlockCount; ++b) {
    for (int i = 0; i < m.layout.size[b]; ++i) q[m.layout.offset[b] + i] *= req.weights.value[b];
  }
  // The text is tokenised and expanded here, before the lock.
  const float lexical_weight = static_cast<float>(m.options.lexical_weight) * req.lexical;
  const std::shared_ptr<const TextQuery> text = PrepareIfNeeded(*this, req, lexical_weight);

  SearchResult result;
  std::vector<PendingHit> pending;
  detail::LexicalStats stats;
  {
    std::shared_lock lock(m.mu);
    const detail::Bits sel = m.SelectRows(req.filter);
    result.stats.selected = sel.Count();
    const int k = static_cast<int>(std::min<std::int64_t>(req.k, result.stats.selected));
    bool lexical = false;
    if (text && k > 0 && !text->units.empty()) {
      stats = m.lexical.Stats(*text, &sel, result.stats.selected);
      lexical = stats.mass > 0;
    }
    detail::ScoredRows top;
    std::vector<float> relevance;  // lexical relevance per row of `top`
    if (k > 0) {
      try {
        if (!lexical) {
          result.stats.path =
              RunPath(m, req, q.data(), sel, result.stats.selected, k, &result.stats.nprobe, &top);
        } else if (req.mode == SearchMode::kExact) {
          // The oracle of the fused score: every selected row.
          detail::LexicalIndex::Scored scored;
          m.lexical.Score(*text, stats, sel, &scored);
          std::vector<float> lex(static_cast<size_t>(m.rows()), 0.0f);
          for (auto [r, row] : scored.rows) lex[row] = r;
          sel.ForEach([&](std::int64_t row) {
            top.emplace_back(
                InnerProduct(q.data(), m.row_vector(row), m.layout.dim) + lexical_weight * lex[row],
                row);
          });
          KeepBest(&top, static_cast<size_t>(k));
          for (auto& [score, row] : top) relevance.push_back(lex[row]);
          result.stats.path = SearchPath::kFlat;
        } else {
          // Threshold algorithm over the two lists: the vector path's best
          // `candidates` rows V (their vector scores exact), then every row
          // whose lexical relevance could still lift it above the k-th fused
          // score of V (a row outside V scores at most min_v in vectors).
          const int candidates = static_cast<int>(
              std::min<std::int64_t>(result.stats.selected, std::max(2 * k, k + 20)));
          detail::ScoredRows vec;
          result.stats.path = RunPath(m, req, q.data(), sel, result.stats.selected, candidates,
                                      &result.stats.nprobe, &vec);
          std::unordered_map<std::int64_t, float> lex;
          float min_v = vec.empty() ? 0.0f : vec.back().first;
          for (auto [score, row] : vec) {
            const float r = m.lexical.MatchRow(*text, stats, row).relevance;
            lex.emplace(row, r);
            top.emplace_back(score + lexical_weight * r, row);
            min_v = std::min(min_v, score);
          }
          KeepBest(&top, static_cast<size_t>(k));
          const bool all_selected = static_cast<std::int64_t>(vec.size()) >= result.stats.selected;
          if (!all_selected) {
            const float kth = static_cast<int>(top.size()) < k ? -1e30f : top.back().first;
            const float need = (kth - min_v) / lexical_weight;
            detail::LexicalIndex::Scored scored;
            m.lexical.Score(*text, stats, sel, &scored);
            auto& rows = scored.rows;
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                                      [&](const std::pair<float, std::int64_t>& x) {
                                        return x.first <= need || lex.count(x.second) > 0;
                                      }),
                       rows.end());
            KeepBest(&rows, kMaxLexicalRescored);
            for (auto [r, row] : rows) {
              lex.emplace(row, r);
              top.emplace_back(
                  InnerProduct(q.data(), m.row_vector(row), m.layout.dim) + lexical_weight * r,
                  row);
            }
            KeepBest(&top, static_cast<size_t>(k));
          }
          for (auto& [score, row] : top) relevance.push_back(lex[row]);
        }
      } catch (const std::exception& e) {
        return Status::Internal(std::string("faiss search: ") + e.what());
      }
    }

    pending.reserve(top.size());
    for (size_t i = 0; i < top.size(); ++i) {
      const std::int64_t row = top[i].second;
      const ProfileRecord& rec = m.records[row];
      PendingHit p;
      Hit& hit = p.hit;
      hit.id = rec.id;
      hit.kind = rec.kind;
      hit.name = rec.name;
      hit.title = rec.title;
      hit.fields = rec.fields;
      const float* x = m.row_vector(row);
      float total = 0;
      for (int b = 0; b < kBlockCount; ++b) {
        const int off = m.layout.offset[b];
        hit.contributions[b] = InnerProduct(q.data() + off, x + off, m.layout.size[b]);
        total += hit.contributions[b];
      }
      if (lexical) {
        hit.lexical = lexical_weight * relevance[i];
        p.match = m.lexical.MatchRow(*text, stats, row);
        p.keywords = rec.keywords;
      }
      hit.score = total + hit.lexical;
      pending.push_back(std::move(p));
    }
  }
  // Reasons, after the lock: the weighted terms and the keywords holding them.
  result.hits.reserve(pending.size());
  for (PendingHit& p : pending) {
    if (text && !p.match.unit_score.empty()) {
      p.hit.terms = detail::NamedTerms(*text, stats, p.match);
      for (const std::string& kw : p.keywords) {
        std::string folded;
        for (char32_t c : detail::DecodeUtf8(kw)) detail::AppendUtf8(detail::Fold(c), &folded);
        for (const MatchedTerm& t : p.hit.terms) {
          std::string term;
          for (char32_t c : detail::DecodeUtf8(t.term)) detail::AppendUtf8(detail::Fold(c), &term);
          if (folded.find(term) != std::string::npos) {
            p.hit.matched_keywords.push_back(kw);
            break;
          }
        }
      }
    }
    result.hits.push_back(std::move(p.hit));
  }
  return result;
}

}  // namespace consortia
