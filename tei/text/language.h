#pragma once
// Language identification of a text (cld2 from Debian): at least en, vi, ru,
// zh, fr, de. Used when --lang is not given.
#include <string>
#include <string_view>

namespace crux {

struct LanguageGuess {
  std::string code;       // BCP 47: "en", "vi", "ru", "zh", ... ; "und" when unknown
  double confidence = 0;  // 0..100
  bool reliable = false;
};

LanguageGuess detect_language(std::string_view utf8_text);

}  // namespace crux
