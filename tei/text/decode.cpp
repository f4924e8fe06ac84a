// decode_text: from the bytes of a text file to clean UTF-8. The order of the
// questions matters: --encoding wins; then a BOM; then binary content is
// refused (before the UTF-8 check, since NUL-riddled data is "valid" UTF-8);
// then UTF-8; a file that is mostly valid UTF-8 is broken UTF-8, never
// re-guessed as a legacy charset; only then is the charset detected.
#include "tei/text/decode.h"

#include <algorithm>
#include <array>
#include <functional>

#include "tei/base/error.h"
#include "tei/base/utf8.h"
#include "tei/text/byte_scan.h"
#include "tei/text/charset.h"

namespace crux {
namespace {

// Share of control bytes (NUL and C0 other than \t \n \v \f \r and ESC) in the
// first 64 KiB above which a file is binary, and the least number of them
// that proves it (so a short note with a stray NUL or two is still text).
constexpr double kBinaryControlShare = 0.05;
constexpr size_t kBinaryMinControls = 16;

struct Magic {
  std::string_view prefix;
  const char* what;
};
constexpr std::array<Magic, 9> kMagics{{
    {"\x89PNG", "a PNG image"},
    {"\x7F"
     "ELF",
     "an ELF executable or library"},
    {"%PDF-", "a PDF document (extract its text first)"},
    {"PK\x03\x04", "a ZIP archive, for example a .docx or .odt document (save it as plain text, HTML or TEI first)"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office document (save it as plain text first)"},
    {"\x1F\x8B", "a gzip-compressed file (uncompress it first)"},
}};

bool is_binary_control(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B;
}

// UTF-16 without a BOM: one byte of each pair (the high byte) takes very few
// values (0x00 for Latin, 0x04 for Cyrillic, 0x1E for Vietnamese...), the
// other many. Returns "UTF-16LE", "UTF-16BE" or "".
std::string sniff_bomless_utf16(std::string_view sample) {
  size_t pairs = sample.size() / 2;
  if (pairs < 8) return {};
  auto top3_share = [&](size_t parity) {
    std::array<size_t, 256> freq{};
    for (size_t i = parity; i < pairs * 2; i += 2) ++freq[static_cast<unsigned char>(sample[i])];
    std::partial_sort(freq.begin(), freq.begin() + 3, freq.end(), std::greater<>());
    return static_cast<double>(freq[0] + freq[1] + freq[2]) / pairs;
  };
  double even = top3_share(0), odd = top3_share(1);
  if (odd >= 0.9 && even < 0.6) return "UTF-16LE";
  if (even >= 0.9 && odd < 0.6) return "UTF-16BE";
  return {};
}

// Whether decoded text is text: at most 5% of its characters are C0 controls
// (other than \t \n \r \f) or U+FFFD. Guards the UTF-16 guess against binary
// data with a near-constant byte in every pair (16-bit audio, tables).
bool mostly_printable(std::string_view utf8) {
  size_t chars = 0, bad = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = decode_utf8(utf8, i);
    ++chars;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0xFFFD) ++bad;
  }
  return chars > 0 && bad * 20 <= chars;
}

// Refuses binary files; returns the UTF-16 variant when the control bytes are
// those of BOM-less UTF-16, "" for ordinary text.
std::string check_not_binary(std::string_view bytes, const std::string& file) {
  for (const Magic& m : kMagics)
    if (bytes.substr(0, m.prefix.size()) == m.prefix)
      throw bad_input(file, std::string("this is not a text file but ") + m.what);
  std::string_view sample = bytes.substr(0, std::min(bytes.size(), kDetectSampleBytes));
  size_t controls = 0;
  for (unsigned char c : sample) controls += is_binary_control(c) ? 1 : 0;
  if (controls < kBinaryMinControls || controls <= kBinaryControlShare * sample.size()) return {};
  std::string utf16 = sniff_bomless_utf16(sample);
  if (!utf16.empty() &&
      mostly_printable(convert_bytes(sample.substr(0, sample.size() & ~size_t{1}), utf16, 0, file, true)))
    return utf16;
  int share = static_cast<int>(100.0 * controls / sample.size() + 0.5);
  throw bad_input(file, "this looks like a binary file, not text: " + std::to_string(share) + "% of its first " +
                            std::to_string(sample.size()) +
                            " bytes are NULs or control characters (Crux refuses files where more than 5% are)");
}

// Counts valid multi-byte UTF-8 sequences and runs of invalid bytes: a file
// whose non-ASCII is mostly valid UTF-8 is damaged UTF-8, not a legacy
// charset. Legacy text makes an invalid run of nearly every word, so the scan
// stops once invalid runs lead by kLegacyLead: the answer cannot change much.
bool mostly_utf8(std::string_view bytes) {
  constexpr size_t kLegacyLead = 1000;
  size_t valid = 0, invalid = 0;
  bool in_bad = false;
  size_t i = 0;
  while (i < bytes.size() && invalid < valid + kLegacyLead) {
    size_t ascii = scan::ascii_prefix(bytes.substr(i));
    if (ascii > 0) {
      i += ascii;
      in_bad = false;
      continue;
    }
    size_t k = i;
    decode_utf8(bytes, k);
    if (k - i >= 2) {
      ++valid;
      in_bad = false;
    } else if (!in_bad) {
      ++invalid;
      in_bad = true;
    }
    i = k;
  }
  return valid >= 1 && valid >= invalid;
}

// Byte offset of the first invalid UTF-8 sequence (npos if none), and whether
// the bytes are plain ASCII; ASCII runs are skipped eight bytes at a time.
size_t scan_utf8(std::string_view s, bool& ascii) {
  ascii = true;
  size_t i = 0;
  for (;;) {
    i += scan::ascii_prefix(s.substr(i));
    if (i >= s.size()) return std::string_view::npos;
    ascii = false;
    size_t k = i;
    decode_utf8(s, k);
    if (k == i + 1) return i;  // a byte >= 0x80 that starts no valid sequence
    i = k;
  }
}

struct Bom {
  std::string_view bytes;
  const char* charset;
};
constexpr std::array<Bom, 5> kBoms{{
    {{"\xFF\xFE\x00\x00", 4}, "UTF-32LE"},  // before UTF-16LE, whose BOM it starts with
    {{"\x00\x00\xFE\xFF", 4}, "UTF-32BE"},
    {"\xEF\xBB\xBF", "UTF-8"},
    {"\xFF\xFE", "UTF-16LE"},
    {"\xFE\xFF", "UTF-16BE"},
}};

}  // namespace

DecodedText decode_text(std::string_view bytes, const std::string& file, const DecodeOptions& options) {
  if (bytes.empty()) throw bad_input(file, "the file is empty: there is no text to import");
  DecodedText d;
  size_t first_bad = 0;
  bool known_nfc = false;  // single-byte charsets without combining characters give NFC
  std::string utf8;

  const Bom* bom = nullptr;
  for (const Bom& b : kBoms)
    if (bytes.substr(0, b.bytes.size()) == b.bytes) {
      bom = &b;
      break;
    }

  if (!options.encoding.empty()) {
    d.encoding = canonical_charset_name(options.encoding);
    if (d.encoding.empty()) convert_to_utf8(bytes, options.encoding, file, options.lossy);  // throws the message
    // A BOM of the very encoding given is not text.
    size_t skip = (bom && canonical_charset_name(bom->charset) == d.encoding) ? bom->bytes.size() : 0;
    utf8 = convert_bytes(bytes.substr(skip), d.encoding, skip, file, options.lossy, &d.invalid_replaced, &first_bad,
                         &known_nfc);
    d.source = "given";
    d.confidence = 100;
  } else if (bom) {
    d.encoding = bom->charset;
    size_t skip = bom->bytes.size();
    utf8 = convert_bytes(bytes.substr(skip), d.encoding, skip, file, options.lossy, &d.invalid_replaced, &first_bad);
    d.source = "bom";
    d.confidence = 100;
  } else if (std::string utf16 = check_not_binary(bytes, file); !utf16.empty()) {
    d.encoding = utf16;
    utf8 = convert_bytes(bytes, utf16, 0, file, options.lossy, &d.invalid_replaced, &first_bad);
    d.source = "detected";
    d.confidence = 90;
    d.warnings.push_back("the file has no byte-order mark; it was read as " + utf16 +
                         " from the pattern of its bytes (give --encoding if the text looks wrong)");
  } else if (bool ascii = false; scan_utf8(bytes, ascii) == std::string_view::npos) {
    d.encoding = "UTF-8";
    d.source = ascii ? "ascii" : "utf-8";
    d.confidence = 100;
    utf8.assign(bytes);
  } else if (mostly_utf8(bytes)) {
    d.encoding = "UTF-8";
    d.source = "utf-8";
    d.confidence = 100;
    utf8 = convert_bytes(bytes, "UTF-8", 0, file, options.lossy, &d.invalid_replaced, &first_bad);
  } else {
    CharsetDecision guess = detect_legacy_charset(bytes, file);
    d.encoding = guess.name;
    d.confidence = guess.confidence;
    d.source = "detected";
    d.warnings = std::move(guess.warnings);
    utf8 = convert_bytes(bytes, canonical_charset_name(guess.name), 0, file, options.lossy, &d.invalid_replaced,
                         &first_bad, &known_nfc);
  }

  if (d.invalid_replaced > 0)
    d.warnings.push_back(std::to_string(d.invalid_replaced) + " invalid byte sequence" +
                         (d.invalid_replaced == 1 ? " was" : "s were") +
                         " replaced by U+FFFD (the first at byte offset " + std::to_string(first_bad) + ")");
  d.control_chars_removed = remove_control_characters(utf8);  // removing characters keeps known NFC text NFC
  if (!known_nfc) to_nfc_in_place(utf8);
  d.utf8 = std::move(utf8);
  return d;
}

}  // namespace crux
