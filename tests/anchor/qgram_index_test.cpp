#include "tei/anchor/qgram_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace crux;

namespace {

std::vector<size_t> naive_find_all(std::u32string_view text, std::u32string_view needle) {
  std::vector<size_t> out;
  if (needle.empty()) return out;
  for (size_t p = text.find(needle); p != std::u32string_view::npos; p = text.find(needle, p + 1)) out.push_back(p);
  return out;
}

}  // namespace

TEST(QgramIndex, FindsEveryOccurrenceLikeAScan) {
  std::mt19937_64 rng(5);
  const std::u32string alphabet = U"ab кđ";
  std::u32string text;
  for (int i = 0; i < 20000; ++i) text += alphabet[rng() % alphabet.size()];
  QgramIndex index(text);
  for (int round = 0; round < 500; ++round) {
    size_t len = 1 + rng() % 12;
    size_t at = rng() % (text.size() - len);
    std::u32string needle = text.substr(at, len);
    if (round % 5 == 0) needle[rng() % len] = U'z';  // often absent
    EXPECT_EQ(index.find_all(needle), naive_find_all(text, needle)) << "length " << len;
  }
}

TEST(QgramIndex, StopsAfterMaxHits) {
  std::u32string text(1000, U'a');
  QgramIndex index(text);
  EXPECT_EQ(index.find_all(U"aaaaa", 3).size(), 4u);
  EXPECT_EQ(index.find_all(U"aaaaa").size(), 996u);
  EXPECT_EQ(index.find_all(U"aa", 1).size(), 2u);
}

TEST(QgramIndex, ShortAndEmptyTexts) {
  QgramIndex empty(U"");
  EXPECT_TRUE(empty.find_all(U"a").empty());
  EXPECT_TRUE(empty.find_all(U"").empty());
  QgramIndex tiny(U"abc");
  EXPECT_EQ(tiny.find_all(U"bc"), (std::vector<size_t>{1}));
  EXPECT_TRUE(tiny.find_all(U"abcd").empty());
}
