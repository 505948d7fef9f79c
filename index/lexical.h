// index/lexical.h — internal: the lexical side of the index. Not part of the
// module's contract (index/index.h states what callers may rely on).
//
// - Units. A text is cut into lexical units: within a run of CJK characters
//   (split again at the function characters 的 与 和 及 或), its character
//   bigrams, or the character itself for a one-character run; ASCII words
//   lower-cased and folded to the singular (text_features.h), without English
//   function words. A unit's term is a 64-bit hash of its kind and text.
// - LexicalIndex. Per term, the rows carrying it (ascending, tf packed in the
//   low bits); per row, its length in units. Rows are the vector index's
//   rows: a record is added when its row is appended (build, upsert, load)
//   and its postings die with the row's alive bit. df counts every row ever
//   added (tombstones too) until the next rebuild.
// - Scoring is BM25 (k1 1.2, b 0.75) with two changes that make it read
//   phrases: the bigrams of one CJK run form a chain in which a bigram whose
//   predecessor the record also carries is weighted by its conditional IDF
//   (log of df(predecessor) / df(both), the information it adds), so that a
//   common phrase (国产替代) weighs about what the phrase weighs, not the sum
//   of its three bigrams; and a query phrase the term table can translate is
//   one concept matched in either language (the better of the two, the
//   translation scaled to the original's weight). A record's relevance is its
//   score over the query's weight (the score of a record carrying every unit
//   once at average length), clamped to [0, 1].
// - TermTable. "中文（English）" pairs found in the records' texts (the
//   Chinese side trimmed to the longest record keyword it ends with) and the
//   taxonomy's Chinese/English names; it expands a query both ways. Learned
//   when the index is built and saved with it; records upserted later do not
//   add pairs until the next rebuild.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/index.h"
#include "row_bits.h"

namespace consortia::detail {

// ---- units ------------------------------------------------------------------------

struct LexUnit {
  std::uint64_t term = 0;
  char kind = 0;  // 'b' bigram, 'u' lone CJK character, 'w' English word
  int run = -1;   // CJK run number (bigrams of one run chain); -1 for words
  int begin = 0;  // code-point offsets in the text, [begin, end)
  int end = 0;
};

// The units of `text` in text order.
std::vector<LexUnit> LexicalUnits(std::string_view text);
// The distinct terms of `text` with their counts, and the number of units.
void CountTerms(std::string_view text, std::vector<std::pair<std::uint64_t, int>>* counts,
                int* length);
// Lower-cased singular English words of `text` without function words.
std::vector<std::string> EnglishWords(std::string_view text);

// ---- the term table -----------------------------------------------------------------

class TermTable {
 public:
  struct Entry {
    std::string zh;               // Chinese form as written ("化学机械抛光", "AI芯片")
    std::vector<std::string> en;  // its English words (EnglishWords of the English form)
    std::string en_text;          // the English form as written, lower-cased
    int count = 0;                // times seen (taxonomy names count 1)
  };

  // Pairs from `texts` (every text of the corpus: descriptions and keywords);
  // `keywords` (every record keyword) trim the Chinese side; plus the taxonomy.
  static TermTable Learn(const std::vector<std::string_view>& texts,
                         const std::vector<std::string_view>& keywords);

  const std::vector<Entry>& entries() const { return entries_; }
  // Entries whose English words are exactly `words` (best first), by index.
  const std::vector<int>* ByEnglish(const std::string& joined_words) const;
  // Entry whose Chinese form is `zh` (the most frequent), or -1.
  int ByChinese(std::string_view zh) const;
  size_t longest_zh() const { return longest_zh_; }  // code points
  size_t longest_en() const { return longest_en_; }  // words

  void AppendTo(std::string* out) const;
  static bool Parse(std::string_view in, size_t* consumed, TermTable* out);

 private:
  void Index();
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<int>> by_en_;  // joined words -> entries
  std::unordered_map<std::string, int> by_zh_;
  size_t longest_zh_ = 0;
  size_t longest_en_ = 0;
};

}  // namespace consortia::detail

namespace consortia {
namespace detail {
struct LexicalStats;
}

// A query text prepared for lexical scoring (VectorIndex::PrepareText):
// tokenised and expanded once, outside the index's lock.
struct TextQuery {
  struct Unit {
    std::uint64_t term = 0;
    int prev = -1;     // chain predecessor (a unit index), -1 if none
    int group = 0;     // index in concepts
    bool alt = false;  // on the translated side of its concept
    bool generic =
        false;  // inside a generic word of the query (先进, 技术, 国产替代: kGenericWords)
    int begin = 0, end = 0;  // code points in `text` (original side) or in the concept's alt text
  };
  struct Concept {
    bool has_alt = false;
    std::string label;     // how a reason names it when its alt side matched (Chinese first)
    std::string alt_text;  // the translation's text
  };
  std::string text;
  std::vector<char32_t> code_points;  // of text
  std::vector<Unit> units;
  std::vector<Concept> concepts;

  // The statistics of the last index state it was scored against (the
  // chains' conditional IDFs cost intersections of postings): a request that
  // searches or matches the same query many times computes them once.
  mutable std::mutex cache_mu;
  mutable std::shared_ptr<const detail::LexicalStats> cache;  // guarded by cache_mu
  mutable const void* cache_owner = nullptr;                  // guarded by cache_mu
  mutable std::int64_t cache_rows = -1;                       // guarded by cache_mu
  mutable std::uint64_t cache_selection = 0;                  // guarded by cache_mu
};

namespace detail {

// Per-query statistics read under the lock: each unit's weights.
struct UnitWeights {
  float full = 0;  // idf: the unit carried without its predecessor
  float cond = 0;  // carried with its predecessor (conditional idf)
  float mass = 0;  // its share of the query's weight (full chain)
  bool known = false;
};

struct LexicalStats {
  std::vector<UnitWeights> units;
  std::vector<float> concept_scale;  // alt side multiplier per concept
  std::vector<float> concept_mass;
  float mass = 0;  // Σ concept_mass
  float avgdl = 1;
  float named_floor = 0;  // a reason names a span whose IDF reaches this
};

// What one row carries of a query: per unit the BM25 contribution (0 if not carried).
struct RowMatch {
  std::vector<float> unit_score;
  // Per unit the IDF it was scored with (full or conditional; 0 if not
  // carried): what a reason's floor is held against, so that a short record
  // (BM25's length normalisation) does not make 先进 a term worth naming.
  std::vector<float> unit_idf;
  float relevance = 0;  // clamped score / mass
};

class LexicalIndex {
 public:
  static constexpr float kK1 = 1.2f;
  static constexpr float kB = 0.75f;

  // Appends row rows() with the terms of `text`.
  void Add(std::string_view text);
  // Appends a row from counted terms (the batch build tokenises in parallel).
  void Add(const std::vector<std::pair<std::uint64_t, int>>& counts, int length);
  std::int64_t rows() const { return static_cast<std::int64_t>(length_.size()); }
  bool empty() const { return total_length_ == 0; }

  // Weights of the query's units over the rows of `sel` (IDF within what the
  // filter selects: 学会 weighs nothing among societies), `selected` of them;
  // sel null: every row ever added. Cached in the query for this index, row
  // count and selection.
  LexicalStats Stats(const TextQuery& q, const Bits* sel, std::int64_t selected) const;
  // One row's match (binary searches in the postings).
  RowMatch MatchRow(const TextQuery& q, const LexicalStats& st, std::int64_t row) const;

  void AppendTo(std::string* out) const;
  bool Parse(std::string_view in);

 private:
  struct Scratch;
  LexicalStats ComputeStats(const TextQuery& q, const Bits* sel, std::int64_t selected) const;
  void ScoreInto(const TextQuery& q, const LexicalStats& st, const Bits& sel, Scratch* s) const;
  const std::vector<std::uint32_t>* Postings(std::uint64_t term) const;
  int TfAt(std::uint64_t term, std::int64_t row) const;

  std::unordered_map<std::uint64_t, std::uint32_t> term_id_;
  std::vector<std::vector<std::uint32_t>> postings_;  // (row << kTfBits) | min(tf, kMaxTf)
  std::vector<std::uint16_t> length_;                 // per row, units (capped)
  std::int64_t total_length_ = 0;

 public:
  static constexpr int kTfBits = 6;
  static constexpr std::uint32_t kMaxTf = (1u << kTfBits) - 1;
  static constexpr std::int64_t kMaxRows = std::int64_t{1} << (32 - kTfBits);

  // Every row of `sel` that carries a unit, with its relevance (unordered).
  // Term at a time over the postings, into thread-local scratch arrays of
  // rows() entries.
  struct Scored {
    std::vector<std::pair<float, std::int64_t>> rows;  // (relevance, row)
  };
  void Score(const TextQuery& q, const LexicalStats& st, const Bits& sel, Scored* out) const;
};

// Named terms of a row's match (call without the lock): spans of the query
// the record carries whose IDF reaches st.named_floor (or half the query's
// weight), Chinese first, heaviest first; weight = share of the query's weight.
std::vector<MatchedTerm> NamedTerms(const TextQuery& q, const LexicalStats& st, const RowMatch& m);

// Prepares a query text with the table (no index statistics needed).
std::shared_ptr<const TextQuery> PrepareTextQuery(std::string_view text, const TermTable* table);

}  // namespace detail
}  // namespace consortia
