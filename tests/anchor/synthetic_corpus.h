#pragma once
// Deterministic synthetic sources for the re-anchoring tests and benchmark:
// pseudo-natural text (Zipf-distributed words, sentences, paragraphs; mostly
// Latin script with Cyrillic and Vietnamese paragraphs and some formulaic
// sentences that repeat), random edits scattered over it, and where an old
// range should be after the edits.
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace crux::test {

// About `code_points` code points of text (paragraphs separated by '\n').
std::u32string synthetic_text(size_t code_points, uint64_t seed);

// Some words of the synthetic vocabulary (for inserted text).
std::u32string synthetic_words(std::mt19937_64& rng, size_t count);

// One edit: the old text's [pos, pos + removed) replaced by `inserted`.
struct Edit {
  size_t pos = 0;
  size_t removed = 0;
  std::u32string inserted;
};

struct EditedText {
  std::u32string text;
  std::vector<Edit> edits;  // sorted by pos, not overlapping, in old offsets
};

// Insertions, deletions and substitutions of 1-12 code points (words or
// typos) at random places until about `fraction` of the text is touched.
EditedText apply_random_edits(const std::u32string& text, double fraction, uint64_t seed);

// Where the old range [start, end) is after the edits, and how far the ends
// may honestly differ: the size of the edits inside the range or touching
// its ends (text inserted right at an end may belong to the quote or not),
// plus kWordSlack; 0 when the quote and its ends are untouched.
inline constexpr size_t kWordSlack = 8;
struct ExpectedRange {
  size_t start = 0;
  size_t end = 0;
  size_t slack = 0;
};
ExpectedRange map_range(size_t start, size_t end, const std::vector<Edit>& edits);

// Whether [start, end) is "back on its quote": both ends within the slack of
// the expected ones, and overlapping the expected range (unless the edits
// left nothing of it).
bool on_quote(size_t start, size_t end, const ExpectedRange& want);

// Random anchor ranges over a text: starts on word boundaries, lengths from
// one word to about 80 words (a fifth of them longer than 64 code points).
std::vector<std::pair<size_t, size_t>> random_ranges(const std::u32string& text, size_t count,
                                                     uint64_t seed);

}  // namespace crux::test
