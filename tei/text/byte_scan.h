#pragma once
// Internal to tei/text: word-at-a-time byte scans ("SWAR") for the loops that
// run over whole files. Import must reach 50 MB/s on plain text; a loop that
// branches on every byte does not, one that tests eight bytes per step does.
// Each function is exact: flagged words are re-examined byte by byte.
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace crux::scan {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

inline std::uint64_t load8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
// Nonzero iff some byte of x is below n (n <= 128).
inline std::uint64_t has_less(std::uint64_t x, unsigned n) { return (x - kOnes * n) & ~x & kHigh; }
// Nonzero iff some byte of x equals b.
inline std::uint64_t has_byte(std::uint64_t x, unsigned b) {
  std::uint64_t y = x ^ (kOnes * b);
  return (y - kOnes) & ~y & kHigh;
}

// High bit set in exactly the bytes of x that equal b.
inline std::uint64_t eq_mask(std::uint64_t x, unsigned b) {
  std::uint64_t y = x ^ (kOnes * b);
  std::uint64_t nonzero = ((y & ~kHigh) + ~kHigh) | y;
  return ~nonzero & kHigh;
}

// Index of the first tab or of the first of two adjacent spaces, or npos.
inline size_t find_space_run(std::string_view s) {
  size_t i = 0;
  // Words overlap by one byte so that a pair across two words is seen too.
  while (i + 8 <= s.size()) {
    std::uint64_t x = load8(s.data() + i);
    std::uint64_t sp = eq_mask(x, ' ');
    // The byte after each space, in register order (the load is in memory order).
    std::uint64_t next = std::endian::native == std::endian::little ? sp << 8 : sp >> 8;
    if (eq_mask(x, '\t') | (sp & next)) break;
    i += 7;
  }
  for (; i < s.size(); ++i)
    if (s[i] == '\t' || (s[i] == ' ' && i + 1 < s.size() && s[i + 1] == ' ')) return i;
  return std::string_view::npos;
}

// Length of the longest prefix of s that is ASCII.
inline size_t ascii_prefix(std::string_view s) {
  size_t i = 0;
  while (i + 8 <= s.size() && (load8(s.data() + i) & kHigh) == 0) i += 8;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Number of code points of valid UTF-8 s, counting stops once it exceeds cap
// (the result is then some value > cap): callers compare lengths against
// thresholds, and long paragraphs need not be counted to the end.
inline size_t cp_length_capped(std::string_view s, size_t cap) {
  if (s.size() > 4 * cap) return cap + 1;  // at most 4 bytes per code point
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n > cap) return n;
  }
  return n;
}

}  // namespace crux::scan
