// Language identification with cld2. cld2 scores quadgrams over the whole
// buffer it is given, so the text is cut to a bounded sample first: the
// answer for a 100 MB file is decided by its first 64 KiB, which is plenty
// for a language model and keeps detection in the milliseconds.
#include "tei/text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>

namespace crux {
namespace {

constexpr size_t kLanguageSampleBytes = 64 * 1024;

// Cuts s to at most n bytes without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view s, size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// cld2's codes are BCP 47 already ("en", "vi", "zh", "zh-Hant"), except for
// its "unknown" and a few legacy ones.
std::string to_bcp47(CLD2::Language lang) {
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "und";
  std::string code = CLD2::LanguageCode(lang);
  if (code.empty() || code == "un" || code == "xx") return "und";
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "jw") return "jv";
  if (code == "zh-TW") return "zh-Hant";
  return code;
}

}  // namespace

LanguageGuess detect_language(std::string_view utf8_text) {
  LanguageGuess guess;
  guess.code = "und";
  std::string_view sample = utf8_prefix(utf8_text, kLanguageSampleBytes);
  if (sample.empty()) return guess;

  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double normalized_score3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &hints, /*flags=*/0, language3, percent3,
      normalized_score3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable, &valid_prefix);

  guess.code = to_bcp47(lang);
  if (guess.code == "und") return guess;
  guess.reliable = reliable;
  // cld2's percentage is the share of the sample's letters in the top
  // language; an unreliable answer is reported at half of it so that callers
  // comparing against a threshold treat it with suspicion.
  guess.confidence = std::clamp(static_cast<double>(percent3[0]), 0.0, 100.0);
  if (!reliable) guess.confidence /= 2;
  return guess;
}

}  // namespace crux
