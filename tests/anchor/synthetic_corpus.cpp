#include "tests/anchor/synthetic_corpus.h"

#include <algorithm>
#include <cmath>

namespace crux::test {

namespace {

const char32_t* const kLatinSyllables[] = {
    U"ka", U"ro", U"mi", U"te", U"sa", U"lo", U"ven", U"dor", U"pe", U"tri", U"an", U"gu",
    U"bel", U"sto", U"ni", U"ra", U"col", U"de", U"mar", U"is", U"qua", U"ter", U"fo", U"lin"};
const char32_t* const kCyrillicSyllables[] = {
    U"ре", U"во", U"лю", U"ци", U"я", U"сов", U"ет", U"ка", U"пи", U"тал", U"ра", U"бо",
    U"чий", U"пар", U"ти", U"я", U"ок", U"тябрь", U"за", U"вод", U"ны", U"хле", U"бом", U"мир"};
const char32_t* const kVietnameseWords[] = {
    U"cách", U"mạng", U"tháng", U"mười", U"người", U"chiến", U"tranh", U"Điện", U"Biên",
    U"Phủ", U"nhân", U"dân", U"lịch", U"sử", U"đảng", U"cộng", U"sản", U"quân", U"đội",
    U"hòa", U"bình", U"độc", U"lập", U"tự", U"do", U"hạnh", U"phúc", U"năm", U"ngày", U"của"};
const char32_t* const kFormulas[] = {
    U"By order of the Military Revolutionary Committee.",
    U"The meeting was closed at midnight.",
    U"Вся власть Советам!",
    U"The soldiers returned to the barracks."};

enum class Script { Latin, Cyrillic, Vietnamese };

struct Vocabulary {
  std::vector<std::u32string> words[3];
  explicit Vocabulary(uint64_t seed) {
    std::mt19937_64 rng(seed);
    auto make = [&](const char32_t* const* syl, size_t n, size_t count, std::vector<std::u32string>& out) {
      for (size_t i = 0; i < count; ++i) {
        std::u32string w;
        size_t parts = 1 + rng() % 4;
        for (size_t p = 0; p < parts; ++p) w += syl[rng() % n];
        out.push_back(w);
      }
    };
    make(kLatinSyllables, std::size(kLatinSyllables), 4000, words[0]);
    make(kCyrillicSyllables, std::size(kCyrillicSyllables), 3000, words[1]);
    for (const char32_t* w : kVietnameseWords) words[2].push_back(w);
  }
};

const Vocabulary& vocabulary() {
  static const Vocabulary v(1917);
  return v;
}

// Zipf-like rank: small ranks are much more frequent.
size_t zipf(std::mt19937_64& rng, size_t n) {
  double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
  auto r = static_cast<size_t>(std::pow(static_cast<double>(n), u)) - 1;
  return std::min(r, n - 1);
}

std::u32string word(std::mt19937_64& rng, Script s) {
  const auto& list = vocabulary().words[static_cast<int>(s)];
  return list[zipf(rng, list.size())];
}

}  // namespace

std::u32string synthetic_words(std::mt19937_64& rng, size_t count) {
  std::u32string out;
  for (size_t i = 0; i < count; ++i) out += word(rng, Script::Latin) + U" ";
  return out;
}

std::u32string synthetic_text(size_t code_points, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::u32string text;
  text.reserve(code_points + 1024);
  while (text.size() < code_points) {
    int pick = static_cast<int>(rng() % 10);
    Script s = pick < 7 ? Script::Latin : pick < 9 ? Script::Cyrillic : Script::Vietnamese;
    size_t sentences = 2 + rng() % 7;
    for (size_t k = 0; k < sentences; ++k) {
      if (rng() % 40 == 0) {
        text += kFormulas[rng() % std::size(kFormulas)];
      } else {
        size_t words = 5 + rng() % 20;
        for (size_t w = 0; w < words; ++w) {
          std::u32string next = word(rng, s);
          if (w == 0 && next[0] < 128) next[0] = static_cast<char32_t>(std::toupper(static_cast<int>(next[0])));
          text += next;
          if (w + 1 < words) text += (rng() % 12 == 0) ? U", " : U" ";
        }
        if (rng() % 6 == 0) text += U" " + std::u32string(1, U'0' + rng() % 10) + U"17";
        text += U'.';
      }
      if (k + 1 < sentences) text += U' ';
    }
    text += U'\n';
  }
  return text;
}

EditedText apply_random_edits(const std::u32string& text, double fraction, uint64_t seed) {
  std::mt19937_64 rng(seed);
  EditedText out;
  const auto budget = static_cast<size_t>(static_cast<double>(text.size()) * fraction);
  size_t touched = 0;
  std::vector<Edit> edits;
  while (touched < budget) {
    Edit e;
    e.pos = rng() % (text.size() + 1);
    size_t len = 1 + rng() % 12;
    switch (rng() % 3) {
      case 0: e.inserted = rng() % 2 ? synthetic_words(rng, 1 + len / 6) : std::u32string(len, U'x'); break;
      case 1: e.removed = std::min(len, text.size() - e.pos); break;
      default:
        e.removed = std::min(len, text.size() - e.pos);
        for (size_t i = 0, n = 1 + rng() % 12; i < n; ++i) e.inserted += static_cast<char32_t>(U'a' + rng() % 26);
    }
    touched += std::max(e.removed, e.inserted.size());
    edits.push_back(std::move(e));
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.pos < b.pos; });
  // Drop edits that overlap or touch the previous one (keeps the mapping exact).
  size_t covered = 0;
  for (Edit& e : edits) {
    if (!out.edits.empty() && e.pos <= covered) continue;
    covered = e.pos + e.removed;
    out.edits.push_back(std::move(e));
  }
  size_t at = 0;
  out.text.reserve(text.size() + budget);
  for (const Edit& e : out.edits) {
    out.text.append(text, at, e.pos - at);
    out.text += e.inserted;
    at = e.pos + e.removed;
  }
  out.text.append(text, at, std::u32string::npos);
  return out;
}

// Old offset x in the new text. An insertion exactly at x counts as before
// x for a start (left) and after it for an end (right); an x inside replaced
// text goes to the start (left) or end (right) of the replacement.
static size_t map_point(size_t x, bool right, const std::vector<Edit>& edits) {
  long shift = 0;
  for (const Edit& e : edits) {
    if (e.pos > x) break;
    size_t e_end = e.pos + e.removed;
    if (e_end < x || (e_end == x && (e.removed > 0 || !right))) {
      shift += static_cast<long>(e.inserted.size()) - static_cast<long>(e.removed);
    } else {
      if (e.pos < x)
        return static_cast<size_t>(static_cast<long>(e.pos) + shift) + (right ? e.inserted.size() : 0);
      break;
    }
  }
  return static_cast<size_t>(static_cast<long>(x) + shift);
}

ExpectedRange map_range(size_t start, size_t end, const std::vector<Edit>& edits) {
  ExpectedRange r;
  r.start = map_point(start, false, edits);
  r.end = map_point(end, true, edits);
  for (const Edit& e : edits) {
    if (e.pos > end) break;
    if (e.pos + e.removed >= start) r.slack += std::max(e.removed, e.inserted.size());
  }
  // A quote's end may honestly stop short of an edit by a few characters too
  // (keeping "gu" in "gu<20 inserted characters>tri" costs more edits than
  // dropping it): a word's worth.
  if (r.slack > 0) r.slack += kWordSlack;
  return r;
}

bool on_quote(size_t start, size_t end, const ExpectedRange& want) {
  auto distance = [](size_t a, size_t b) { return a > b ? a - b : b - a; };
  bool overlaps = want.start == want.end || (start < want.end && want.start < end);
  return overlaps && distance(start, want.start) <= want.slack && distance(end, want.end) <= want.slack;
}

std::vector<std::pair<size_t, size_t>> random_ranges(const std::u32string& text, size_t count, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::pair<size_t, size_t>> out;
  while (out.size() < count) {
    size_t start = rng() % text.size();
    while (start > 0 && text[start - 1] != U' ' && text[start - 1] != U'\n') --start;
    int kind = static_cast<int>(rng() % 20);
    size_t words = kind < 4 ? 1 + rng() % 2 : kind < 15 ? 3 + rng() % 13 : kind < 19 ? 16 + rng() % 25 : 41 + rng() % 40;
    size_t end = start;
    for (size_t w = 0; w < words && end < text.size(); ++w) {
      while (end < text.size() && text[end] != U' ' && text[end] != U'\n') ++end;
      if (w + 1 < words && end < text.size()) ++end;
    }
    if (end > start) out.emplace_back(start, end);
  }
  return out;
}

}  // namespace crux::test
