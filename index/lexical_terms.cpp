// Lexical units of a text, the bilingual term table learned from the data,
// and the preparation of a query (units, chains and concepts) with it
// (index/lexical.h).
#include <algorithm>
#include <map>
#include <unordered_set>

#include "binary_io.h"
#include "core/taxonomy.h"
#include "lexical.h"
#include "text_features.h"

namespace consortia::detail {
namespace {

// Function characters that join words rather than belong to them: a CJK run
// is cut at them, so that "抛光液与抛光垫" gives no bigrams "液与", "与抛".
bool IsJoiner(char32_t c) {
  return c == U'的' || c == U'与' || c == U'和' || c == U'及' || c == U'或';
}

bool IsStopWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kStop = {
      "a",  "an",   "the", "and",  "or",  "of",  "for",   "in", "on",  "with", "to",   "by",
      "at", "from", "as",  "into", "via", "its", "their", "is", "are", "be",   "this", "that"};
  return kStop.count(w) > 0;
}

std::uint64_t TermHash(char kind, std::string_view text) {
  std::string key(1, kind);
  key.append(text);
  return Fnv1a(key);
}

bool IsRunChar(char32_t c) { return IsCjk(c) && !IsJoiner(c); }

// Calls unit(LexUnit, text) for every unit of the code points in order.
template <typename Fn>
void ForEachUnit(const std::vector<char32_t>& cps, Fn&& unit) {
  std::string s;
  int run = 0;
  size_t i = 0;
  while (i < cps.size()) {
    const char32_t c = Fold(cps[i]);
    if (IsRunChar(c)) {
      size_t j = i;
      while (j < cps.size() && IsRunChar(cps[j])) ++j;
      if (j - i == 1) {
        s.clear();
        AppendUtf8(cps[i], &s);
        unit(LexUnit{TermHash('u', s), 'u', run, static_cast<int>(i), static_cast<int>(j)}, s);
      } else {
        for (size_t p = i; p + 1 < j; ++p) {
          s.clear();
          AppendUtf8(cps[p], &s);
          AppendUtf8(cps[p + 1], &s);
          unit(LexUnit{TermHash('b', s), 'b', run, static_cast<int>(p), static_cast<int>(p + 2)},
               s);
        }
      }
      ++run;
      i = j;
    } else if (IsAsciiAlnum(c)) {
      size_t j = i;
      s.clear();
      while (j < cps.size() && IsAsciiAlnum(Fold(cps[j]))) {
        s.push_back(static_cast<char>(Fold(cps[j])));
        ++j;
      }
      StemPlural(&s);
      if (!IsStopWord(s)) {
        unit(LexUnit{TermHash('w', s), 'w', -1, static_cast<int>(i), static_cast<int>(j)}, s);
      }
      i = j;
    } else {
      ++i;
    }
  }
}

std::string Utf8(const std::vector<char32_t>& cps, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < cps.size(); ++i) AppendUtf8(cps[i], &out);
  return out;
}

std::string Joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool HasCjk(const std::vector<char32_t>& cps, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (IsCjk(cps[i])) return true;
  }
  return false;
}

bool IsEnglishChar(char32_t c) {
  return IsAsciiAlnum(c) || c == ' ' || c == '-' || c == '/' || c == '&' || c == '.' || c == '+' ||
         c == '\'' || c == ',';
}

// The folded text of a keyword (full-width to ASCII, lower case).
std::string FoldedText(std::string_view s) {
  std::string out;
  for (char32_t c : DecodeUtf8(s)) AppendUtf8(Fold(c), &out);
  return out;
}

}  // namespace

std::vector<LexUnit> LexicalUnits(std::string_view text) {
  std::vector<LexUnit> out;
  ForEachUnit(DecodeUtf8(text), [&](const LexUnit& u, const std::string&) { out.push_back(u); });
  return out;
}

void CountTerms(std::string_view text, std::vector<std::pair<std::uint64_t, int>>* counts,
                int* length) {
  counts->clear();
  int n = 0;
  ForEachUnit(DecodeUtf8(text), [&](const LexUnit& u, const std::string&) {
    counts->emplace_back(u.term, 1);
    ++n;
  });
  std::sort(counts->begin(), counts->end());
  size_t w = 0;
  for (size_t r = 0; r < counts->size(); ++r) {
    if (w > 0 && (*counts)[w - 1].first == (*counts)[r].first) {
      ++(*counts)[w - 1].second;
    } else {
      (*counts)[w++] = (*counts)[r];
    }
  }
  counts->resize(w);
  *length = n;
}

std::vector<std::string> EnglishWords(std::string_view text) {
  std::vector<std::string> out;
  ForEachUnit(DecodeUtf8(text), [&](const LexUnit& u, const std::string& s) {
    if (u.kind == 'w') out.push_back(s);
  });
  return out;
}

// ---- the term table -----------------------------------------------------------------

TermTable TermTable::Learn(const std::vector<std::string_view>& texts,
                           const std::vector<std::string_view>& keywords) {
  constexpr size_t kUntrimmedMax = 6;  // a Chinese side no keyword trims is kept up to this
  constexpr size_t kLongestSide = 16;
  std::unordered_set<std::string> known;  // folded keywords
  for (std::string_view k : keywords) known.insert(FoldedText(k));
  std::map<std::pair<std::string, std::string>, int> counts;  // (zh, en text) -> times
  for (std::string_view text : texts) {
    const std::vector<char32_t> cps = DecodeUtf8(text);
    for (size_t open = 1; open < cps.size(); ++open) {
      if (Fold(cps[open]) != '(') continue;
      size_t close = open + 1;
      while (close < cps.size() && IsEnglishChar(Fold(cps[close]))) ++close;
      if (close >= cps.size() || Fold(cps[close]) != ')' || close == open + 1) continue;
      // The Chinese side: CJK characters and attached ASCII letters before "(".
      size_t start = open;
      while (start > 0 && (IsCjk(cps[start - 1]) || IsAsciiAlnum(Fold(cps[start - 1])))) --start;
      if (!HasCjk(cps, start, open)) continue;
      std::string zh;
      for (size_t s = start; s + 1 < open; ++s) {  // longest suffix that is a keyword
        if (!IsCjk(cps[s]) && s > start && IsAsciiAlnum(Fold(cps[s - 1]))) continue;
        if (open - s > kLongestSide) continue;
        std::string cand;
        for (size_t p = s; p < open; ++p) AppendUtf8(Fold(cps[p]), &cand);
        if (known.count(cand) && HasCjk(cps, s, open)) {
          zh = Utf8(cps, s, open);
          break;
        }
      }
      if (zh.empty()) {
        if (open - start > kUntrimmedMax) continue;
        zh = Utf8(cps, start, open);
      }
      std::string en;
      for (size_t p = open + 1; p < close; ++p) AppendUtf8(Fold(cps[p]), &en);
      const auto b = en.find_first_not_of(' ');
      const auto e = en.find_last_not_of(' ');
      if (b == std::string::npos) continue;
      en = en.substr(b, e - b + 1);
      if (EnglishWords(en).empty()) continue;
      ++counts[{zh, en}];
    }
  }
  TermTable table;
  auto add = [&](const std::string& zh, const std::string& en_text, int count) {
    Entry e;
    e.zh = zh;
    e.en_text = FoldedText(en_text);
    e.en = EnglishWords(en_text);
    e.count = count;
    if (!e.en.empty() && !zh.empty()) table.entries_.push_back(std::move(e));
  };
  for (const auto& [pair, n] : counts) add(pair.first, pair.second, n);
  // The taxonomy's names (those written without brackets).
  auto names = [&](const std::string& zh, const std::string& en) {
    if (zh.find('(') != std::string::npos || zh.find("（") != std::string::npos) return;
    if (counts.count({zh, FoldedText(en)})) return;
    add(zh, en, 1);
  };
  for (const auto* terms :
       {&Industries(), &Subfields(), &Fields(), &Capabilities(), &Districts()}) {
    for (const Term& t : *terms) names(t.name, t.name_en);
  }
  for (const Region& r : Regions()) names(r.name, r.name_en);
  table.Index();
  return table;
}

void TermTable::Index() {
  by_en_.clear();
  by_zh_.clear();
  longest_zh_ = longest_en_ = 0;
  for (int i = 0; i < static_cast<int>(entries_.size()); ++i) {
    const Entry& e = entries_[i];
    by_en_[Joined(e.en)].push_back(i);
    auto it = by_zh_.find(e.zh);
    if (it == by_zh_.end() || entries_[it->second].count < e.count) by_zh_[e.zh] = i;
    longest_zh_ = std::max(longest_zh_, DecodeUtf8(e.zh).size());
    longest_en_ = std::max(longest_en_, e.en.size());
  }
  for (auto& [words, list] : by_en_) {
    std::stable_sort(list.begin(), list.end(),
                     [&](int a, int b) { return entries_[a].count > entries_[b].count; });
  }
}

const std::vector<int>* TermTable::ByEnglish(const std::string& joined_words) const {
  auto it = by_en_.find(joined_words);
  return it == by_en_.end() ? nullptr : &it->second;
}

int TermTable::ByChinese(std::string_view zh) const {
  auto it = by_zh_.find(std::string(zh));
  return it == by_zh_.end() ? -1 : it->second;
}

void TermTable::AppendTo(std::string* out) const {
  Put<std::uint64_t>(out, entries_.size());
  for (const Entry& e : entries_) {
    PutString(out, e.zh);
    PutString(out, e.en_text);
    Put<std::int32_t>(out, e.count);
  }
}

bool TermTable::Parse(std::string_view in, size_t* consumed, TermTable* out) {
  Reader r(in);
  const auto n = r.Get<std::uint64_t>();
  TermTable t;
  for (std::uint64_t i = 0; i < n && r.ok(); ++i) {
    Entry e;
    e.zh = r.GetString();
    e.en_text = r.GetString();
    e.count = r.Get<std::int32_t>();
    e.en = EnglishWords(e.en_text);
    t.entries_.push_back(std::move(e));
  }
  if (!r.ok()) return false;
  t.Index();
  *out = std::move(t);
  if (consumed != nullptr) *consumed = r.consumed();
  return true;
}

// ---- query preparation ------------------------------------------------------------------

namespace {

// At most this many units are scored per query (a 2,000-character problem
// statement has about that many); the rest of a longer text is ignored.
constexpr size_t kMaxQueryUnits = 600;

// Words that say how a problem is worked on, not what it is about: frequent in
// every industry's problem statements and profiles, so a record sharing only
// them with the query shares nothing a reader would call relevant. Their units
// keep a small share of their weight (LexicalIndex::ComputeStats) and are never
// named in a reason. Document frequency alone cannot tell them apart from
// domain words: on the demo set 先进 is in 3.7 % of records and 光刻 in 3.4 %.
constexpr std::string_view kGenericWords[] = {
    "先进", "技术",   "关键",   "核心",   "研发", "研究",   "开发", "应用",
    "创新", "产业化", "产业",   "平台",   "国产", "国产化", "替代", "自主可控",
    "攻关", "验证",   "示范",   "高端",   "新型", "体系",   "建设", "服务",
    "协同", "一体化", "规模化", "工程化", "提升", "方向",   "工艺"};
constexpr std::string_view kGenericEnglish[] = {
    "advanced", "technology",  "technologies", "key",          "core",
    "research", "development", "application",  "applications", "innovation",
    "platform", "domestic",    "localization"};

// Marks the original units that lie inside a generic word of the text.
void MarkGeneric(TextQuery* q) {
  const std::vector<char32_t>& cps = q->code_points;
  std::vector<bool> generic(cps.size() + 1, false);
  for (std::string_view w : kGenericWords) {
    const std::vector<char32_t> word = DecodeUtf8(w);
    if (word.empty() || word.size() > cps.size()) continue;
    for (size_t p = 0; p + word.size() <= cps.size(); ++p) {
      if (std::equal(word.begin(), word.end(), cps.begin() + static_cast<std::ptrdiff_t>(p))) {
        for (size_t k = p; k < p + word.size(); ++k) generic[k] = true;
      }
    }
  }
  for (TextQuery::Unit& u : q->units) {
    if (u.alt || u.begin < 0 || u.end > static_cast<int>(cps.size()) || u.end <= u.begin) continue;
    bool inside = true;
    for (int k = u.begin; k < u.end && inside; ++k) inside = generic[k];
    if (!inside) {
      std::string word;
      for (int k = u.begin; k < u.end; ++k) AppendUtf8(Fold(cps[k]), &word);
      for (std::string_view e : kGenericEnglish) inside = inside || word == e;
    }
    u.generic = inside;
  }
}

}  // namespace

std::shared_ptr<const TextQuery> PrepareTextQuery(std::string_view text, const TermTable* table) {
  auto q = std::make_shared<TextQuery>();
  q->text = std::string(text);
  q->code_points = DecodeUtf8(text);
  const std::vector<char32_t>& cps = q->code_points;
  std::vector<LexUnit> units;
  std::vector<std::string> unit_text;
  ForEachUnit(cps, [&](const LexUnit& u, const std::string& s) {
    if (units.size() >= kMaxQueryUnits) return;
    units.push_back(u);
    unit_text.push_back(s);
  });

  // Concepts over the original units: [first, last) unit ranges, with an
  // optional table entry.
  struct Span {
    int first, last;
    int entry = -1;
  };
  std::vector<Span> spans;
  // English: runs of words not separated by Chinese text, longest table phrase first.
  // Chinese: per run, the table's Chinese terms (longest first), the rest one concept per segment.
  size_t i = 0;
  while (i < units.size()) {
    if (units[i].kind == 'w') {
      size_t j = i;
      while (j < units.size() && units[j].kind == 'w') ++j;
      size_t p = i;
      while (p < j) {
        int found = -1;
        size_t len = 0;
        if (table != nullptr) {
          for (size_t l = std::min(table->longest_en(), j - p); l >= 1 && found < 0; --l) {
            std::vector<std::string> words(unit_text.begin() + p, unit_text.begin() + p + l);
            const std::vector<int>* hits = table->ByEnglish(Joined(words));
            if (hits != nullptr && !hits->empty()) {
              found = hits->front();
              len = l;
            }
          }
        }
        if (found < 0) len = 1;
        spans.push_back({static_cast<int>(p), static_cast<int>(p + len), found});
        p += len;
      }
      i = j;
      continue;
    }
    // A CJK run: units i..j share units[i].run.
    size_t j = i;
    while (j < units.size() && units[j].kind != 'w' && units[j].run == units[i].run) ++j;
    const int run_begin = units[i].begin;
    const int run_end = units[j - 1].end;
    std::vector<std::pair<int, int>> found;  // (begin, end) code points of table terms
    std::vector<int> found_entry;
    if (table != nullptr && run_end - run_begin >= 2) {
      int p = run_begin;
      while (p < run_end) {
        int hit = -1, len = 0;
        const int max_len = std::min<int>(static_cast<int>(table->longest_zh()), run_end - p);
        for (int l = max_len; l >= 2 && hit < 0; --l) {
          hit = table->ByChinese(Utf8(cps, p, p + l));
          if (hit >= 0) len = l;
        }
        if (hit >= 0) {
          found.emplace_back(p, p + len);
          found_entry.push_back(hit);
          p += len;
        } else {
          ++p;
        }
      }
    }
    // Assign each unit of the run to a table term it lies in, or to a plain segment.
    size_t u = i;
    while (u < j) {
      int entry = -1;
      for (size_t f = 0; f < found.size(); ++f) {
        if (units[u].begin >= found[f].first && units[u].end <= found[f].second) {
          entry = static_cast<int>(f);
          break;
        }
      }
      size_t v = u + 1;
      while (v < j) {
        int e2 = -1;
        for (size_t f = 0; f < found.size(); ++f) {
          if (units[v].begin >= found[f].first && units[v].end <= found[f].second) {
            e2 = static_cast<int>(f);
            break;
          }
        }
        if (e2 != entry) break;
        ++v;
      }
      spans.push_back(
          {static_cast<int>(u), static_cast<int>(v), entry >= 0 ? found_entry[entry] : -1});
      u = v;
    }
    i = j;
  }

  // Units in concept order: each concept's original units, then its translation's.
  std::vector<int> new_index(units.size(), -1);
  for (const Span& s : spans) {
    TextQuery::Concept c;
    const int concept_id = static_cast<int>(q->concepts.size());
    for (int u = s.first; u < s.last; ++u) {
      TextQuery::Unit unit;
      unit.term = units[u].term;
      unit.group = concept_id;
      unit.begin = units[u].begin;
      unit.end = units[u].end;
      if (units[u].kind == 'b' && u > 0 && units[u - 1].kind == 'b' &&
          units[u - 1].run == units[u].run) {
        unit.prev = new_index[u - 1];
      }
      new_index[u] = static_cast<int>(q->units.size());
      q->units.push_back(unit);
    }
    if (s.entry >= 0) {
      const TermTable::Entry& e = table->entries()[s.entry];
      const bool english_query = units[s.first].kind == 'w';
      c.has_alt = true;
      c.alt_text = english_query ? e.zh : e.en_text;
      c.label = english_query ? e.zh : Utf8(cps, units[s.first].begin, units[s.last - 1].end);
      const std::vector<char32_t> alt_cps = DecodeUtf8(c.alt_text);
      int first_alt = static_cast<int>(q->units.size());
      int last_run = -2;
      ForEachUnit(alt_cps, [&](const LexUnit& a, const std::string&) {
        TextQuery::Unit unit;
        unit.term = a.term;
        unit.group = concept_id;
        unit.alt = true;
        unit.begin = a.begin;
        unit.end = a.end;
        const int idx = static_cast<int>(q->units.size());
        if (a.kind == 'b' && idx > first_alt && a.run == last_run) unit.prev = idx - 1;
        last_run = a.kind == 'b' ? a.run : -2;
        q->units.push_back(unit);
      });
    }
    q->concepts.push_back(std::move(c));
  }
  MarkGeneric(q.get());
  return q;
}

}  // namespace consortia::detail
