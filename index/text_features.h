// index/text_features.h — internal: the hashed n-grams of a text, and keyword
// matching. Not part of the module's contract (see index/index.h).
#pragma once

#include <cmath>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace consortia::detail {

// Decodes UTF-8 into code points; invalid bytes become U+FFFD.
std::vector<char32_t> DecodeUtf8(std::string_view s);

bool IsCjk(char32_t c);
bool IsAsciiAlnum(char32_t c);
// Full-width ASCII folded to ASCII, A-Z to a-z.
char32_t Fold(char32_t c);
void AppendUtf8(char32_t c, std::string* out);
// English plural -> singular (Harman's S-stemmer): "antibodies" -> "antibody".
void StemPlural(std::string* word);

// The n-gram tokens of a text: CJK runs give character unigrams and bigrams;
// ASCII letter/digit runs give the lower-cased word (plurals folded to the
// singular, "antibodies" -> "antibody") and, for words of 4+
// characters, the trigrams of "<word>". Everything else separates tokens.
std::vector<std::string> Tokens(std::string_view text);

// (bucket, count) pairs of the hashed tokens, sorted by bucket, each bucket once.
std::vector<std::pair<std::uint32_t, float>> HashedCounts(std::string_view text, int hash_bits);

// 1 + log(count) for whole tokens; weighted pieces (trigrams weigh < 1) stay linear
// so that no weight turns negative.
inline float SublinearTf(float count) { return count >= 1.0f ? 1.0f + std::log(count) : count; }

std::uint64_t Fnv1a(std::string_view s);

}  // namespace consortia::detail
