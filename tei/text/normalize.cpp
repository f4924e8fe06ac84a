// Cleaning of decoded UTF-8: NFC, control characters, invalid sequences.
// These run over whole files (up to 256 MiB), so each has a linear fast path
// that touches nothing when there is nothing to do: NFC is checked with ICU's
// quick check on UTF-8 directly (no UTF-16 copy) and skipped for text below
// U+0300; control characters are found with one byte scan.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstring>

#include "tei/base/error.h"
#include "tei/base/utf8.h"
#include "tei/text/byte_scan.h"
#include "tei/text/decode.h"

namespace crux {
namespace {

const icu::Normalizer2& nfc_instance() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || !nfc) throw internal_error(std::string("ICU NFC normaliser: ") + u_errorName(err));
  return *nfc;
}

// Code points below U+0300 are all NFC_Quick_Check=Yes starters and cannot
// compose with each other, so text made only of them is NFC. Their UTF-8 lead
// bytes are below 0xCC.
bool below_combining_marks(std::string_view s) {
  size_t i = 0;
  for (;;) {
    i += scan::ascii_prefix(s.substr(i));
    if (i >= s.size()) return true;
    if (static_cast<unsigned char>(s[i]) >= 0xCC) return false;
    ++i;
  }
}

// Whether the byte at i is one remove_control_characters acts on: C0 controls
// other than \t and \n, DEL, and the C1 controls U+0080..U+009F (C2 80..C2 9F).
bool needs_attention(const std::string& s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20) return c != '\t' && c != '\n';
  if (c == 0x7F) return true;
  if (c != 0xC2 || i + 1 >= s.size()) return false;
  auto next = static_cast<unsigned char>(s[i + 1]);
  return next >= 0x80 && next <= 0x9F;
}

// The first index >= i that needs attention, or s.size(). Eight bytes per
// step; a word holding a candidate ("\n" ends every line) is checked bytewise.
size_t next_attention(const std::string& s, size_t i) {
  const size_t n = s.size();
  for (;;) {
    while (i + 8 <= n) {
      std::uint64_t x = scan::load8(s.data() + i);
      if (scan::has_less(x, 0x20) | scan::has_byte(x, 0x7F) | scan::has_byte(x, 0xC2)) break;
      i += 8;
    }
    for (size_t end = std::min(n, i + 8); i < end; ++i)
      if (needs_attention(s, i)) return i;
    if (i >= n) return n;
  }
}

}  // namespace

bool to_nfc_in_place(std::string& utf8) {
  if (below_combining_marks(utf8)) return false;
  const icu::Normalizer2& nfc = nfc_instance();
  UErrorCode err = U_ZERO_ERROR;
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc.isNormalizedUTF8(piece, err) && U_SUCCESS(err)) return false;
  err = U_ZERO_ERROR;
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc.normalizeUTF8(0, piece, sink, nullptr, err);
  if (U_FAILURE(err)) throw internal_error(std::string("NFC normalisation failed: ") + u_errorName(err));
  utf8.swap(out);
  return true;
}

std::string to_nfc(std::string_view utf8) {
  std::string s(utf8);
  to_nfc_in_place(s);
  return s;
}

size_t remove_control_characters(std::string& s) {
  const size_t n = s.size();
  size_t i = next_attention(s, 0);
  if (i == n) return 0;  // the usual case: nothing to remove, nothing copied
  size_t removed = 0;
  size_t out = i;
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {  // \r\n and a lone \r are line ends, not noise: not counted.
      s[out++] = '\n';
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
    } else if (c == '\f') {  // a page break ends a line
      s[out++] = '\n';
      ++i;
    } else {  // NUL, other C0 controls (\v, ESC...), DEL, C1 controls (two bytes)
      ++removed;
      i += c == 0xC2 ? 2 : 1;
    }
    size_t next = next_attention(s, i);
    std::memmove(s.data() + out, s.data() + i, next - i);
    out += next - i;
    i = next;
  }
  s.resize(out);
  return removed;
}

std::string repair_utf8(std::string_view bytes, size_t* replaced) {
  std::string out;
  out.reserve(bytes.size() + 16);
  size_t count = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    std::optional<size_t> bad = first_invalid_utf8(bytes.substr(i));
    if (!bad) {
      out.append(bytes.substr(i));
      break;
    }
    out.append(bytes.substr(i, *bad));
    size_t j = i + *bad;
    // Skip the whole run of invalid bytes: decode_utf8 advances by one byte
    // exactly when the byte at j starts no valid sequence.
    while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) >= 0x80) {
      size_t k = j;
      decode_utf8(bytes, k);
      if (k != j + 1) break;
      j = k;
    }
    out += "\xEF\xBF\xBD";
    ++count;
    i = j;
  }
  if (replaced) *replaced += count;
  return out;
}

}  // namespace crux
