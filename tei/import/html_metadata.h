#pragma once
// Bibliographic hints in a page's markup: <title>, <meta name="author">, the
// publication date (<meta name="date">, article:published_time, Dublin Core)
// and the language (<html lang>, else <meta http-equiv="Content-Language">).
// Only <head> is read.
#include <gumbo.h>

#include <string>

namespace crux {

struct HtmlMetadata {
  std::string title;   // white space collapsed, NFC
  std::string author;
  std::string date;    // "YYYY-MM-DD" when the page gives an ISO or YYYY/MM/DD date, else as written
  std::string lang;    // BCP 47 as written in lang / xml:lang, "" when absent or not a language tag
};

// `root` is gumbo's <html> element. The first of each kind wins.
HtmlMetadata read_metadata(const GumboNode* root);

// True for strings shaped like a BCP 47 tag: "en", "en-GB", "zh-Hant", "vi".
bool looks_like_language_tag(const std::string& tag);

}  // namespace crux
