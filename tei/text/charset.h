#pragma once
// Internal to tei/text: naming, converting and detecting legacy charsets with
// ICU. decode_text() (decode.cpp) is the public entry point; these pieces are
// separate so each can be tested and reasoned about on its own.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crux {

// The name Crux reports for a charset ICU knows: its MIME (else IANA) name,
// e.g. "cp1251" → "windows-1251", "koi8r" → "KOI8-R". Returns "" when ICU does
// not know the name at all.
std::string canonical_charset_name(const std::string& name);

// True for the UTF-8 family names ("UTF-8", "utf8", ...), which Crux decodes
// itself so that invalid sequences are reported the same way everywhere.
bool is_utf8_name(const std::string& canonical);

// Converts bytes in a charset (canonical name) to UTF-8. base_offset is where
// bytes start in the file (after a BOM), so messages give file offsets.
// Strict unless lossy (then each invalid sequence becomes U+FFFD, counted in
// *replaced, the first one's file offset in *first_offset). *is_nfc is set
// when the result is known to be NFC without checking (a single-byte charset
// whose characters are all NFC starters).
std::string convert_bytes(std::string_view bytes, const std::string& canonical, size_t base_offset,
                          const std::string& file, bool lossy, size_t* replaced = nullptr,
                          size_t* first_offset = nullptr, bool* is_nfc = nullptr);

// One candidate charset, as ICU's detector (or Crux's tie-breaker) sees it.
struct CharsetCandidate {
  std::string name;       // canonical name
  double confidence = 0;  // 0..100
  std::string script;     // "Latin", "Cyrillic", "Greek", "Hebrew", "Arabic", "CJK"
};

// The decision for bytes that are not UTF-8 and carry no BOM.
struct CharsetDecision {
  std::string name;
  double confidence = 0;
  std::vector<std::string> warnings;
};

// Detection thresholds (documented in docs/import-text.md).
inline constexpr double kRefuseBelowConfidence = 20;  // best guess weaker than this: refuse
inline constexpr double kWarnBelowConfidence = 50;    // accepted, but the report warns
inline constexpr double kScriptTieMargin = 10;        // two scripts this close: refuse
inline constexpr double kCyrillicAcceptScore = 0.5;   // tie-breaker: best Russian-plausibility score
inline constexpr double kCyrillicMargin = 0.15;       // ... and its lead over the runner-up
inline constexpr size_t kDetectSampleBytes = 64 * 1024;

// ICU's candidates for bytes (first kDetectSampleBytes), best first, without
// the UTF-16/32 and EBCDIC guesses ICU makes for any input (BOM-less UTF-16 and
// EBCDIC are handled, or refused, elsewhere).
std::vector<CharsetCandidate> icu_candidates(std::string_view bytes);

// Russian plausibility of decoded text, 0..1: share of the frequent Russian
// letters among Cyrillic letters × share of Cyrillic among non-ASCII
// characters × share of words with a consistent letter case × share of
// Cyrillic letters not glued to Latin ones. Wrong Cyrillic code pages permute
// the letters and flip their case, which this measures. Returns 0 when the
// text has fewer than 10 Cyrillic letters (too little evidence).
double russian_plausibility(std::string_view utf8);

// Picks the charset of bytes that are neither UTF-8 nor BOM-marked, or throws
// crux::Error(BadInput) naming file when the guess is too weak or two scripts
// are equally likely (with the candidates and the advice to use --encoding).
CharsetDecision detect_legacy_charset(std::string_view bytes, const std::string& file);

}  // namespace crux
