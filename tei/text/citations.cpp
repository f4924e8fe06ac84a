// Citation marks in running text: "[47]", "[3-5]", "[3–5]", "[1, 4]",
// "[64-65]". They are footnote references of encyclopedias and Wikipedia
// copies; marking them lets the TEI keep them as <ref type="citation"> and
// search skip them. Only digits, dashes and commas inside the brackets, so
// "[shí yuè gé mìng]" or "[email protected]" stay text.
#include <cstring>

#include "tei/text/structure.h"

namespace crux {
namespace {

constexpr size_t kMaxCitationBytes = 24;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length in bytes of the citation mark starting at s[0] == '[', or 0.
size_t citation_length(std::string_view s) {
  size_t i = 1;
  size_t digits_in_group = 0;
  bool expect_digit = true;  // after '[' or a separator
  while (i < s.size() && i < kMaxCitationBytes) {
    char c = s[i];
    if (is_digit(c)) {
      if (++digits_in_group > 4) return 0;
      expect_digit = false;
      ++i;
    } else if (c == ']') {
      return expect_digit ? 0 : i + 1;
    } else if (expect_digit) {
      return 0;
    } else if (c == '-' || c == ',') {
      ++i;
      if (c == ',' && i < s.size() && s[i] == ' ') ++i;
      digits_in_group = 0;
      expect_digit = true;
    } else if (s.substr(i, 3) == "\xE2\x80\x93") {  // en dash
      i += 3;
      digits_in_group = 0;
      expect_digit = true;
    } else {
      return 0;
    }
  }
  return 0;
}

}  // namespace

std::vector<Inline> mark_citations(const std::string& text, size_t* count) {
  std::vector<Inline> out;
  size_t found = 0;
  size_t run_start = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const void* hit = std::memchr(text.data() + pos, '[', text.size() - pos);
    if (!hit) break;
    size_t at = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
    size_t len = citation_length(std::string_view(text).substr(at));
    if (len == 0) {
      pos = at + 1;
      continue;
    }
    if (at > run_start) out.push_back(Inline::text_run(text.substr(run_start, at - run_start)));
    out.push_back({InlineKind::Citation, text.substr(at, len), {}, {}});
    ++found;
    run_start = pos = at + len;
  }
  if (run_start < text.size()) out.push_back(Inline::text_run(text.substr(run_start)));
  if (count) *count = found;
  return out;
}

}  // namespace crux
