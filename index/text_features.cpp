// Tokenisation of Chinese and English text into hashed character n-grams.
#include "text_features.h"

#include <algorithm>

#include "index/index.h"

namespace consortia::detail {
void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

namespace {

// Trigrams let spelling variants meet ("lithographic" ~ "lithography") but
// also make unrelated words alike (cos("lithography", "cryptography") was
// 0.88 at equal weights), so a word's trigrams together weigh what the word
// itself weighs times kTrigramShare.
constexpr float kTrigramShare = 0.5f;

// Calls fn(token, weight) for every token of `text`.
template <typename Fn>
void ForEachToken(std::string_view text, Fn&& fn) {
  std::vector<char32_t> cps = DecodeUtf8(text);
  std::string tok;
  size_t i = 0;
  while (i < cps.size()) {
    char32_t c = Fold(cps[i]);
    if (IsCjk(c)) {
      size_t j = i;
      while (j < cps.size() && IsCjk(cps[j])) ++j;
      for (size_t p = i; p < j; ++p) {
        tok.assign(1, 'u');
        AppendUtf8(cps[p], &tok);
        fn(tok, 1.0f);
        if (p + 1 < j) {
          tok.assign(1, 'b');
          AppendUtf8(cps[p], &tok);
          AppendUtf8(cps[p + 1], &tok);
          fn(tok, 1.0f);
        }
      }
      i = j;
    } else if (IsAsciiAlnum(c)) {
      std::string word;
      size_t j = i;
      while (j < cps.size() && IsAsciiAlnum(Fold(cps[j]))) {
        word.push_back(static_cast<char>(Fold(cps[j])));
        ++j;
      }
      StemPlural(&word);
      tok.assign(1, 'w');
      tok.append(word);
      fn(tok, 1.0f);
      if (word.size() >= 4) {
        std::string padded = "<" + word + ">";
        const float share = kTrigramShare / static_cast<float>(padded.size() - 2);
        for (size_t p = 0; p + 3 <= padded.size(); ++p) {
          tok.assign(1, 't');
          tok.append(padded, p, 3);
          fn(tok, share);
        }
      }
      i = j;
    } else {
      ++i;
    }
  }
}

}  // namespace

// Full-width ASCII variants (Ａ..ｚ, ０..９) are folded to ASCII.
char32_t Fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  return c;
}

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// English plurals fold to the singular with Harman's S-stemmer ("models" ->
// "model", "antibodies" -> "antibody", "devices" -> "device"; "process" and
// "virus" stay), so that a query in the singular meets records in the plural
// as whole words and not only through trigrams.
void StemPlural(std::string* w) {
  const std::string_view s(*w);
  if (s.size() < 4) return;
  if (s.ends_with("ies") && !s.ends_with("eies") && !s.ends_with("aies")) {
    w->replace(w->size() - 3, 3, "y");
  } else if (s.ends_with("s") && !s.ends_with("us") && !s.ends_with("ss")) {
    // Harman's "es" -> "e" rule and its "aes"/"ees"/"oes" exceptions (which
    // then fall to this rule) both drop the final "s".
    w->pop_back();
  }
}

std::vector<char32_t> DecodeUtf8(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 2) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

bool IsCjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

std::uint64_t Fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  ForEachToken(text, [&](const std::string& t, float) { out.push_back(t); });
  return out;
}

std::vector<std::pair<std::uint32_t, float>> HashedCounts(std::string_view text, int hash_bits) {
  std::vector<std::pair<std::uint32_t, float>> buckets;
  const std::uint64_t mask = (std::uint64_t{1} << hash_bits) - 1;
  ForEachToken(text, [&](const std::string& t, float weight) {
    buckets.emplace_back(static_cast<std::uint32_t>(Fnv1a(t) & mask), weight);
  });
  std::sort(buckets.begin(), buckets.end());
  std::vector<std::pair<std::uint32_t, float>> out;
  for (const auto& [bucket, weight] : buckets) {
    if (!out.empty() && out.back().first == bucket) {
      out.back().second += weight;
    } else {
      out.emplace_back(bucket, weight);
    }
  }
  return out;
}

}  // namespace consortia::detail

namespace consortia {

std::vector<std::string> MatchedKeywords(std::string_view query_text,
                                         const std::vector<std::string>& keywords) {
  // Query units: ASCII words of 3+ letters ("w..." tokens) and CJK bigrams ("b...").
  std::vector<std::string> units;
  for (auto& t : detail::Tokens(query_text)) {
    if ((t[0] == 'w' && t.size() >= 4) || t[0] == 'b') units.push_back(std::move(t));
  }
  std::sort(units.begin(), units.end());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  std::vector<std::string> out;
  if (units.empty()) return out;
  for (const auto& kw : keywords) {
    bool hit = false;
    for (const auto& t : detail::Tokens(kw)) {
      if ((t[0] == 'w' && t.size() >= 4) || t[0] == 'b') {
        if (std::binary_search(units.begin(), units.end(), t)) {
          hit = true;
          break;
        }
      }
    }
    if (hit) out.push_back(kw);
  }
  return out;
}

}  // namespace consortia
