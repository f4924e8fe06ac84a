#include "tei/anchor/approx_match.h"

#include <algorithm>

namespace crux {

namespace {

size_t hash_code_point(char32_t c) { return static_cast<size_t>((c * 0x9E3779B1u) >> 7); }

// One column step of one block (Myers 1999, advance_block). hin is the
// horizontal delta entering the block's top row, the result the delta
// leaving its bottom row (the row marked by `high`).
inline int advance_block(uint64_t& pv, uint64_t& mv, uint64_t eq, uint64_t high, int hin) {
  uint64_t xv = eq | mv;
  if (hin < 0) eq |= 1;
  uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
  uint64_t ph = mv | ~(xh | pv);
  uint64_t mh = pv & xh;
  int hout = (ph & high) ? 1 : ((mh & high) ? -1 : 0);
  ph <<= 1;
  mh <<= 1;
  if (hin < 0)
    mh |= 1;
  else if (hin > 0)
    ph |= 1;
  pv = mh | ~(xv | ph);
  mv = ph & xv;
  return hout;
}

// Runs the DP over `count` code points get(0), get(1)... and calls
// visit(j, D[m][j]) after each column j = 1..count; visit returns false to
// stop. top is the delta along row 0: 0 lets an occurrence start anywhere
// (D[0][j] = 0), 1 pins it to the first code point read (D[0][j] = j).
template <class Get, class Visit>
void run_myers(const PatternMasks& p, size_t count, int top, Get get, Visit visit) {
  const size_t blocks = p.blocks();
  const uint64_t last_high = uint64_t{1} << ((p.size() - 1) % 64);
  long score = static_cast<long>(p.size());
  if (blocks == 1) {
    uint64_t pv = ~uint64_t{0}, mv = 0;
    for (size_t j = 0; j < count; ++j) {
      score += advance_block(pv, mv, p.masks(get(j))[0], last_high, top);
      if (!visit(j + 1, static_cast<size_t>(score))) return;
    }
    return;
  }
  std::vector<uint64_t> pv(blocks, ~uint64_t{0}), mv(blocks, 0);
  constexpr uint64_t kHigh = uint64_t{1} << 63;
  for (size_t j = 0; j < count; ++j) {
    const uint64_t* eq = p.masks(get(j));
    int h = top;
    for (size_t b = 0; b + 1 < blocks; ++b) h = advance_block(pv[b], mv[b], eq[b], kHigh, h);
    score += advance_block(pv[blocks - 1], mv[blocks - 1], eq[blocks - 1], last_high, h);
    if (!visit(j + 1, static_cast<size_t>(score))) return;
  }
}

template <class Get>
AnchoredMatch anchored(size_t count, const PatternMasks& p, Get get) {
  const size_t m = p.size();
  AnchoredMatch best{m, 0};
  if (m == 0) return best;
  auto farther = [m](size_t a, size_t b) {  // is length a farther from m than b?
    return (a > m ? a - m : m - a) > (b > m ? b - m : m - b);
  };
  run_myers(p, count, 1, get, [&](size_t j, size_t d) {
    if (d < best.errors || (d == best.errors && farther(best.length, j))) best = {d, j};
    // A longer alignment costs at least j + 1 - m and is no nearer to m.
    return !(j >= m && j + 1 - m >= best.errors);
  });
  return best;
}

}  // namespace

PatternMasks::PatternMasks(std::u32string_view pattern)
    : m_(pattern.size()), blocks_(pattern.empty() ? 1 : (pattern.size() + 63) / 64) {
  // Open addressing for the code points outside ASCII, at most half full.
  size_t others = 0;
  for (char32_t c : pattern) others += c >= kAscii;
  size_t slots = 2;
  while (slots < 2 * others) slots *= 2;
  keys_.assign(slots, kNoKey);
  rows_.assign(slots, 0);
  key_mask_ = slots - 1;
  masks_.reserve(blocks_ * 16);
  masks_.assign(blocks_, 0);  // row 0
  for (size_t i = 0; i < pattern.size(); ++i) {
    char32_t c = pattern[i];
    uint32_t row = c < kAscii ? ascii_[c] : find_row(c);
    if (row == 0) row = add_row(c);
    masks_[row * blocks_ + i / 64] |= uint64_t{1} << (i % 64);
  }
}

uint32_t PatternMasks::find_row(char32_t c) const {
  for (size_t i = hash_code_point(c) & key_mask_;; i = (i + 1) & key_mask_) {
    if (keys_[i] == c) return rows_[i];
    if (keys_[i] == kNoKey) return 0;
  }
}

uint32_t PatternMasks::add_row(char32_t c) {
  auto row = static_cast<uint32_t>(masks_.size() / blocks_);
  masks_.resize(masks_.size() + blocks_, 0);
  if (c < kAscii) {
    ascii_[c] = row;
    return row;
  }
  size_t i = hash_code_point(c) & key_mask_;
  while (keys_[i] != kNoKey) i = (i + 1) & key_mask_;
  keys_[i] = c;
  rows_[i] = row;
  return row;
}

std::vector<MatchEnd> approx_ends(std::u32string_view text, size_t from, size_t to,
                                  const PatternMasks& pattern, size_t max_errors) {
  std::vector<MatchEnd> hits;
  const size_t m = pattern.size(), blocks = pattern.blocks();
  if (m == 0 || to > text.size() || from >= to) return hits;
  const auto k = static_cast<long>(max_errors);
  // Ukkonen's cut-off (Myers 1999, section 4): only blocks 0..y are
  // computed; every cell below block y exceeds k. Rows of block b: its
  // bottom row is min(64 (b + 1), m).
  auto rows = [&](size_t b) { return static_cast<long>(b + 1 < blocks ? 64 : m - 64 * b); };
  const uint64_t last_high = uint64_t{1} << ((m - 1) % 64);
  auto high = [&](size_t b) { return b + 1 < blocks ? uint64_t{1} << 63 : last_high; };
  std::vector<uint64_t> pv(blocks, ~uint64_t{0}), mv(blocks, 0);
  std::vector<long> score(blocks);
  size_t y = std::min(blocks - 1, max_errors == 0 ? size_t{0} : (max_errors - 1) / 64);
  for (size_t b = 0; b <= y; ++b) score[b] = static_cast<long>(std::min(64 * (b + 1), m));
  for (size_t j = from; j < to; ++j) {
    const uint64_t* eq = pattern.masks(text[j]);
    int carry = 0;
    for (size_t b = 0; b <= y; ++b) {
      carry = advance_block(pv[b], mv[b], eq[b], high(b), carry);
      score[b] += carry;
    }
    if (y + 1 < blocks && score[y] - carry <= k && ((eq[y + 1] & 1) || carry < 0)) {
      // The block below may now hold a cell within k: start it from the
      // previous column's bound (each row one more than the one above).
      ++y;
      pv[y] = ~uint64_t{0};
      mv[y] = 0;
      score[y] = score[y - 1] + rows(y) - carry;
      score[y] += advance_block(pv[y], mv[y], eq[y], high(y), carry);
    } else {
      while (y > 0 && score[y] >= k + rows(y)) --y;
    }
    if (y + 1 == blocks && score[y] <= k) hits.push_back({j + 1, static_cast<size_t>(score[y])});
  }
  // Keep local minima. An end missing from `hits` has more than max_errors,
  // so only adjacent entries can be lower.
  std::vector<MatchEnd> minima;
  for (size_t i = 0; i < hits.size(); ++i) {
    bool left_ok = i == 0 || hits[i - 1].end + 1 != hits[i].end || hits[i - 1].errors >= hits[i].errors;
    bool right_ok = i + 1 == hits.size() || hits[i + 1].end != hits[i].end + 1 ||
                    hits[i + 1].errors >= hits[i].errors;
    if (left_ok && right_ok) minima.push_back(hits[i]);
  }
  return minima;
}

AnchoredMatch anchored_forward(std::u32string_view text, size_t at, size_t limit,
                               const PatternMasks& pattern) {
  size_t count = at >= text.size() ? 0 : std::min(limit, text.size() - at);
  return anchored(count, pattern, [&](size_t j) { return text[at + j]; });
}

AnchoredMatch anchored_backward(std::u32string_view text, size_t at, size_t limit,
                                const PatternMasks& reversed) {
  if (at > text.size()) at = text.size();
  size_t count = std::min(limit, at);
  return anchored(count, reversed, [&](size_t j) { return text[at - 1 - j]; });
}

void column_distances(std::u32string_view text, size_t at, size_t count, const PatternMasks& pattern,
                      Reading reading, bool anchored, std::vector<size_t>& out) {
  at = std::min(at, text.size());
  count = std::min(count, reading == Reading::Forward ? text.size() - at : at);
  out.clear();
  out.reserve(count + 1);
  if (pattern.size() == 0) {
    // D[0][j] is j when anchored (all of it inserted), else 0.
    for (size_t j = 0; j <= count; ++j) out.push_back(anchored ? j : 0);
    return;
  }
  out.push_back(pattern.size());
  auto visit = [&](size_t, size_t d) {
    out.push_back(d);
    return true;
  };
  int top = anchored ? 1 : 0;
  if (reading == Reading::Forward)
    run_myers(pattern, count, top, [&](size_t j) { return text[at + j]; }, visit);
  else
    run_myers(pattern, count, top, [&](size_t j) { return text[at - 1 - j]; }, visit);
}

size_t match_start(std::u32string_view text, const MatchEnd& m, const PatternMasks& reversed) {
  AnchoredMatch a = anchored_backward(text, m.end, reversed.size() + m.errors, reversed);
  return m.end - a.length;
}

}  // namespace crux
