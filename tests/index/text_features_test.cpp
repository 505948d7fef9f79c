// Tokens: CJK uni/bigrams, English words folded to the singular, trigrams.
#include "text_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace consortia::detail {
namespace {

bool Has(const std::vector<std::string>& tokens, const std::string& t) {
  return std::find(tokens.begin(), tokens.end(), t) != tokens.end();
}

// The word tokens of a text (tokens of words start with 'w'), in order.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const std::string& t : Tokens(text)) {
    if (!t.empty() && t[0] == 'w') out.push_back(t.substr(1));
  }
  return out;
}

std::string WordOf(const std::string& word) {
  std::vector<std::string> w = Words(word);
  return w.size() == 1 ? w[0] : "";
}

TEST(TextFeaturesTest, EnglishPluralsFoldToTheSingular) {
  EXPECT_EQ(WordOf("models"), "model");
  EXPECT_EQ(WordOf("Antibodies"), "antibody");
  EXPECT_EQ(WordOf("devices"), "device");
  EXPECT_EQ(WordOf("vaccines"), "vaccine");
  // Not plurals: kept as they are.
  EXPECT_EQ(WordOf("process"), "process");
  EXPECT_EQ(WordOf("virus"), "virus");
  EXPECT_EQ(WordOf("gas"), "gas");  // short words are left alone
  EXPECT_EQ(WordOf("EUV"), "euv");
}

TEST(TextFeaturesTest, SingularAndPluralGiveTheSameWordToken) {
  EXPECT_EQ(Words("large language models"),
            (std::vector<std::string>{"large", "language", "model"}));
  std::vector<std::string> a = Tokens("mRNA vaccines"), b = Tokens("mRNA vaccine");
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  EXPECT_EQ(a, b);
}

TEST(TextFeaturesTest, ChineseGivesUnigramsAndBigrams) {
  std::vector<std::string> t = Tokens("光刻胶");
  int unigrams = 0, bigrams = 0;
  for (const std::string& x : t) {
    unigrams += x[0] == 'u' ? 1 : 0;
    bigrams += x[0] == 'b' ? 1 : 0;
  }
  EXPECT_EQ(unigrams, 3);  // 光 刻 胶
  EXPECT_EQ(bigrams, 2);   // 光刻 刻胶
  EXPECT_TRUE(Words("光刻胶").empty());
  EXPECT_TRUE(Has(t, "u光"));
}

}  // namespace
}  // namespace consortia::detail
