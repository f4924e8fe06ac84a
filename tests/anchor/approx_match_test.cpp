// Myers's bit-parallel matcher against the textbook dynamic programme, for
// one-word and multi-word (block) patterns, ASCII and other scripts.
#include "tei/anchor/approx_match.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace crux;

namespace {

// D[m][j] for every j: least distance of the pattern to a substring ending at j.
std::vector<size_t> naive_end_distances(std::u32string_view p, std::u32string_view t) {
  std::vector<size_t> prev(p.size() + 1), cur(p.size() + 1), out(t.size() + 1);
  for (size_t i = 0; i <= p.size(); ++i) prev[i] = i;
  out[0] = p.size();
  for (size_t j = 1; j <= t.size(); ++j) {
    cur[0] = 0;
    for (size_t i = 1; i <= p.size(); ++i)
      cur[i] = std::min({prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (p[i - 1] == t[j - 1] ? 0 : 1)});
    out[j] = cur[p.size()];
    std::swap(prev, cur);
  }
  return out;
}

size_t levenshtein(std::u32string_view a, std::u32string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::u32string random_string(std::mt19937_64& rng, size_t n, const std::u32string& alphabet) {
  std::u32string s;
  for (size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
  return s;
}

// The pattern with some random edits, so that there is something to find.
std::u32string mutate(std::mt19937_64& rng, std::u32string s, size_t edits, const std::u32string& alphabet) {
  for (size_t k = 0; k < edits && !s.empty(); ++k) {
    size_t at = rng() % s.size();
    switch (rng() % 3) {
      case 0: s[at] = alphabet[rng() % alphabet.size()]; break;
      case 1: s.erase(at, 1); break;
      default: s.insert(s.begin() + static_cast<long>(at), alphabet[rng() % alphabet.size()]);
    }
  }
  return s;
}

void check_against_naive(const std::u32string& p, const std::u32string& t, size_t k) {
  PatternMasks fwd(p);
  std::u32string rp(p.rbegin(), p.rend());
  PatternMasks rev(rp);
  std::vector<size_t> d = naive_end_distances(p, t);
  std::vector<MatchEnd> expected;
  for (size_t j = 1; j <= t.size(); ++j) {
    if (d[j] > k) continue;
    bool left = j == 1 || d[j - 1] >= d[j];
    bool right = j == t.size() || d[j + 1] >= d[j];
    if (left && right) expected.push_back({j, d[j]});
  }
  std::vector<MatchEnd> got = approx_ends(t, 0, t.size(), fwd, k);
  ASSERT_EQ(got.size(), expected.size()) << "m=" << p.size() << " n=" << t.size();
  for (size_t i = 0; i < got.size(); ++i) {
    ASSERT_EQ(got[i].end, expected[i].end);
    ASSERT_EQ(got[i].errors, expected[i].errors);
    size_t start = match_start(t, got[i], rev);
    ASSERT_LE(start, got[i].end);
    EXPECT_EQ(levenshtein(p, std::u32string_view(t).substr(start, got[i].end - start)), got[i].errors);
  }
}

}  // namespace

TEST(ApproxMatch, FindsExactAndEditedOccurrences) {
  std::u32string text = U"the Winter Palace was taken; the Wintr Palace fell";
  std::u32string pat = U"Winter Palace";
  PatternMasks fwd(pat);
  std::u32string rp(pat.rbegin(), pat.rend());
  PatternMasks rev(rp);
  std::vector<MatchEnd> ends = approx_ends(text, 0, text.size(), fwd, 1);
  ASSERT_EQ(ends.size(), 2u);
  EXPECT_EQ(ends[0].errors, 0u);
  EXPECT_EQ(match_start(text, ends[0], rev), 4u);
  EXPECT_EQ(ends[0].end, 17u);
  EXPECT_EQ(ends[1].errors, 1u);
  EXPECT_EQ(match_start(text, ends[1], rev), 33u);
}

TEST(ApproxMatch, MatchesTheDynamicProgrammeForShortPatterns) {
  std::mt19937_64 rng(42);
  const std::u32string alphabet = U"abcd ";
  for (int round = 0; round < 300; ++round) {
    std::u32string p = random_string(rng, 1 + rng() % 64, alphabet);
    std::u32string t = random_string(rng, rng() % 200, alphabet) + mutate(rng, p, rng() % 4, alphabet) +
                       random_string(rng, rng() % 200, alphabet);
    check_against_naive(p, t, p.size() / 2);
  }
}

TEST(ApproxMatch, MatchesTheDynamicProgrammeForMultiWordPatterns) {
  std::mt19937_64 rng(7);
  const std::u32string alphabet = U"абвгд иеёжз";  // Cyrillic: outside the ASCII table
  for (int round = 0; round < 60; ++round) {
    size_t m = 60 + rng() % 250;  // one to five 64-bit blocks
    std::u32string p = random_string(rng, m, alphabet);
    std::u32string t = random_string(rng, rng() % 300, alphabet) + mutate(rng, p, rng() % 30, alphabet) +
                       random_string(rng, rng() % 300, alphabet);
    check_against_naive(p, t, std::min<size_t>(256, m / 2));
  }
}

TEST(ApproxMatch, FewAllowedErrorsInLongPatternsUseTheCutOffCorrectly) {
  // Small k against long patterns: most blocks are skipped (Ukkonen's cut-off).
  std::mt19937_64 rng(19);
  const std::u32string alphabet = U"abcdefgh ";
  for (int round = 0; round < 60; ++round) {
    size_t m = 65 + rng() % 400;
    std::u32string p = random_string(rng, m, alphabet);
    std::u32string t = random_string(rng, rng() % 500, alphabet) + mutate(rng, p, rng() % 8, alphabet) +
                       random_string(rng, rng() % 300, alphabet) + p + random_string(rng, 50, alphabet);
    for (size_t k : {size_t{0}, size_t{3}, m / 10, m / 4}) check_against_naive(p, t, k);
  }
}

TEST(ApproxMatch, ColumnDistancesAreTheLastRowOfTheDynamicProgramme) {
  std::mt19937_64 rng(23);
  const std::u32string alphabet = U"xyzя ";
  for (int round = 0; round < 100; ++round) {
    std::u32string p = random_string(rng, 1 + rng() % 140, alphabet);
    std::u32string t = random_string(rng, 20 + rng() % 200, alphabet);
    size_t at = rng() % t.size(), count = rng() % 250;
    PatternMasks fwd(p);
    std::u32string rp(p.rbegin(), p.rend());
    PatternMasks rev(rp);
    std::vector<size_t> got;
    // Forward, anchored: the distance of p to t[at, at + j).
    column_distances(t, at, count, fwd, Reading::Forward, true, got);
    ASSERT_EQ(got.size(), std::min(count, t.size() - at) + 1);
    for (size_t j = 0; j < got.size(); ++j)
      ASSERT_EQ(got[j], levenshtein(p, std::u32string_view(t).substr(at, j)));
    // Backward, anchored, reversed masks: the distance of p to t[at - j, at).
    column_distances(t, at, count, rev, Reading::Backward, true, got);
    ASSERT_EQ(got.size(), std::min(count, at) + 1);
    for (size_t j = 0; j < got.size(); ++j)
      ASSERT_EQ(got[j], levenshtein(p, std::u32string_view(t).substr(at - j, j)));
    // Forward, free start: the textbook search column.
    column_distances(t, at, count, fwd, Reading::Forward, false, got);
    std::vector<size_t> naive = naive_end_distances(p, std::u32string_view(t).substr(at, got.size() - 1));
    ASSERT_EQ(got, naive);
  }
}

TEST(ApproxMatch, ExactlyOneAndTwoBlocksAtTheBoundary) {
  std::mt19937_64 rng(3);
  const std::u32string alphabet = U"xyz";
  for (size_t m : {63u, 64u, 65u, 127u, 128u, 129u}) {
    std::u32string p = random_string(rng, m, alphabet);
    std::u32string t = random_string(rng, 100, alphabet) + mutate(rng, p, 5, alphabet) + random_string(rng, 100, alphabet);
    check_against_naive(p, t, m / 2);
  }
}

TEST(ApproxMatch, AnchoredAlignmentsMatchLevenshtein) {
  std::mt19937_64 rng(11);
  const std::u32string alphabet = U"ab cđệ";
  for (int round = 0; round < 200; ++round) {
    std::u32string p = random_string(rng, 1 + rng() % 150, alphabet);
    std::u32string t = mutate(rng, p, rng() % 6, alphabet) + random_string(rng, rng() % 40, alphabet);
    size_t limit = p.size() + p.size() / 2 + 2;
    size_t best = SIZE_MAX;
    for (size_t j = 0; j <= std::min(limit, t.size()); ++j)
      best = std::min(best, levenshtein(p, std::u32string_view(t).substr(0, j)));
    PatternMasks fwd(p);
    AnchoredMatch a = anchored_forward(t, 0, limit, fwd);
    EXPECT_EQ(a.errors, best);
    EXPECT_EQ(levenshtein(p, std::u32string_view(t).substr(0, a.length)), a.errors);
    // Mirrored: reading the reversed text backwards from its end is reading t
    // forwards; the pattern it is compared with is reversed too, so the
    // masks of its reverse are p's own.
    std::u32string rt(t.rbegin(), t.rend());
    EXPECT_EQ(anchored_backward(rt, rt.size(), limit, fwd).errors, best);
  }
}

TEST(ApproxMatch, EmptyInputs) {
  PatternMasks empty(U"");
  EXPECT_TRUE(approx_ends(U"abc", 0, 3, empty, 0).empty());
  PatternMasks p(U"abc");
  EXPECT_TRUE(approx_ends(U"", 0, 0, p, 1).empty());
  EXPECT_EQ(anchored_forward(U"", 0, 10, p).errors, 3u);
  EXPECT_EQ(anchored_backward(U"", 0, 10, p).errors, 3u);
}
