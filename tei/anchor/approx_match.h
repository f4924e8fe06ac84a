#pragma once
// Bit-parallel approximate string matching on code points: Myers, "A fast
// bit-vector algorithm for approximate string matching based on dynamic
// programming" (J. ACM 46(3), 1999), in its block form for patterns longer
// than one machine word (Myers's advance_block, as in Hyyrö 2003). This is
// the algorithm of the `approx-string-match` package that Hypothesis anchors
// with. Distances are Levenshtein distances (insert, delete, substitute = 1).
//
// Cost: one pass over n code points costs O(n * ceil(m / 64)) word operations
// for a pattern of m code points; approx_ends computes only the blocks that
// can still hold a cell within max_errors (Ukkonen's cut-off, Myers section
// 4), so few allowed edits cost about one block. Patterns of any length are
// exact (no chunking, no approximation); tests compare with the textbook DP.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace crux {

// Myers's "Peq" table for one pattern: for every code point of the pattern a
// bit vector (in 64-bit blocks) of the positions where it occurs.
class PatternMasks {
 public:
  explicit PatternMasks(std::u32string_view pattern);
  size_t size() const { return m_; }
  size_t blocks() const { return blocks_; }
  // blocks() words for code point c; all zero when c is not in the pattern.
  const uint64_t* masks(char32_t c) const {
    if (c < kAscii) return &masks_[static_cast<size_t>(ascii_[c]) * blocks_];
    return &masks_[static_cast<size_t>(find_row(c)) * blocks_];
  }

 private:
  static constexpr char32_t kAscii = 128;
  static constexpr char32_t kNoKey = 0xFFFFFFFF;
  uint32_t find_row(char32_t c) const;
  uint32_t add_row(char32_t c);

  size_t m_;
  size_t blocks_;
  std::array<uint32_t, kAscii> ascii_{};  // row of each ASCII code point (0: the zero row)
  std::vector<char32_t> keys_;             // open addressing for the others
  std::vector<uint32_t> rows_;
  size_t key_mask_ = 0;
  std::vector<uint64_t> masks_;  // row-major, row 0 all zero
};

// An end position of an approximate occurrence and its edit distance.
struct MatchEnd {
  size_t end;     // one past the last code point of the occurrence
  size_t errors;  // the least edit distance of the pattern to a substring ending there
};

// Approximate occurrences of the pattern ending in (from, to] whose best
// substring starts at or after `from`: each end whose distance is at most
// max_errors and not above either neighbour's (local minima, plateaus kept).
// Ascending by end. The start of an occurrence is found with match_start().
std::vector<MatchEnd> approx_ends(std::u32string_view text, size_t from, size_t to,
                                  const PatternMasks& pattern, size_t max_errors);

// The pattern aligned with one end fixed at `at` and the other free within
// `limit` code points: the least distance and the length of text it takes
// (on ties, the length nearest the pattern's own).
struct AnchoredMatch {
  size_t errors;
  size_t length;
};
// Reading forward from text[at]: pattern vs text[at, at + length).
AnchoredMatch anchored_forward(std::u32string_view text, size_t at, size_t limit,
                               const PatternMasks& pattern);
// Reading backward from text[at - 1]; `reversed` holds the pattern reversed:
// pattern vs text[at - length, at).
AnchoredMatch anchored_backward(std::u32string_view text, size_t at, size_t limit,
                                const PatternMasks& reversed);

// Which way column_distances reads the text from `at`.
enum class Reading { Forward, Backward };

// The DP's last row D[m][j] for j = 0..count, reading count code points from
// `at` (Forward: text[at], text[at+1]...; Backward: text[at-1], text[at-2]...;
// count is clamped to what the text has). Anchored: the alignment starts with
// the first code point read; otherwise anywhere among those read, so D[m][j]
// is the least distance to a string ending at the j-th one. Reading backward
// compares the pattern with the text reversed: pass a reversed pattern's
// masks to compare with the text as written.
// The result goes to `out` (cleared first) so callers can reuse its memory.
void column_distances(std::u32string_view text, size_t at, size_t count, const PatternMasks& pattern,
                      Reading reading, bool anchored, std::vector<size_t>& out);

// The start of the best occurrence ending at m.end: anchored_backward with
// the reversed pattern over at most pattern length + m.errors code points.
size_t match_start(std::u32string_view text, const MatchEnd& m, const PatternMasks& reversed);

}  // namespace crux
