#include "tei/text/text_lines.h"

#include <array>

#include "tei/base/utf8.h"

namespace crux {
namespace {

// These run several times per line: the first (last) byte decides most
// calls without a call to memcmp.
bool starts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && (p.empty() || s[0] == p[0]) && s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && (p.empty() || s.back() == p.back()) && s.substr(s.size() - p.size()) == p;
}

// Spaces that may pad a line: ASCII space, tab, NBSP, ideographic space.
size_t space_at_start(std::string_view s) {
  if (s.empty()) return 0;
  if (s[0] == ' ' || s[0] == '\t') return 1;
  if (starts_with(s, "\xC2\xA0")) return 2;
  if (starts_with(s, "\xE3\x80\x80")) return 3;
  return 0;
}
size_t space_at_end(std::string_view s) {
  if (s.empty()) return 0;
  if (s.back() == ' ' || s.back() == '\t') return 1;
  if (ends_with(s, "\xC2\xA0")) return 2;
  if (ends_with(s, "\xE3\x80\x80")) return 3;
  return 0;
}

// Closing quotes and brackets that may follow a sentence's final mark.
std::string_view strip_closers(std::string_view s) {
  static constexpr std::array<std::string_view, 9> kClosers{"\"",
                                                            "'",
                                                            ")",
                                                            "]",
                                                            "\xE2\x80\x9D" /* ” */,
                                                            "\xE2\x80\x99" /* ’ */,
                                                            "\xC2\xBB" /* » */,
                                                            "\xE3\x80\x8D" /* 」 */,
                                                            "\xEF\xBC\x89" /* ） */};
  // Every closer ends in one of these bytes; most lines end otherwise.
  auto closer_byte = [](unsigned char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x9D || c == 0x99 || c == 0xBB || c == 0x8D ||
           c == 0x89;
  };
  for (bool again = true; again && !s.empty() && closer_byte(static_cast<unsigned char>(s.back()));) {
    again = false;
    for (std::string_view c : kClosers)
      if (ends_with(s, c)) {
        s.remove_suffix(c.size());
        again = true;
      }
  }
  return s;
}

// Trailing citation marks are not the end of the sentence they follow:
// "... the power of. [29]", "Plekhanov's Change [16]".
std::string_view strip_trailing_citations(std::string_view s) {
  for (;;) {
    s = trim_line(s);
    if (s.empty() || s.back() != ']') return s;
    size_t open = s.rfind('[');
    if (open == std::string_view::npos) return s;
    std::string_view inside = s.substr(open + 1, s.size() - open - 2);
    if (inside.empty() || inside.find_first_not_of("0123456789-, ") != std::string_view::npos) return s;
    s = s.substr(0, open);
  }
}

bool ends_with_one_of(std::string_view s, std::initializer_list<std::string_view> marks) {
  for (std::string_view m : marks)
    if (ends_with(s, m)) return true;
  return false;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view trim_line(std::string_view s) {
  while (size_t n = space_at_start(s)) s.remove_prefix(n);
  while (size_t n = space_at_end(s)) s.remove_suffix(n);
  return s;
}

size_t cp_length(std::string_view s) { return count_code_points(s); }

ListMarkerInfo list_marker(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kBullets{
      "-",           "*", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "\xE2\x96\xAA" /* ▪ */, "\xE2\x97\xA6" /* ◦ */,
      "\xE2\x80\xA3" /* ‣ */};
  for (std::string_view b : kBullets) {
    if (!starts_with(line, b)) continue;
    std::string_view rest = line.substr(b.size());
    size_t spaces = 0;
    while (size_t n = space_at_start(rest.substr(spaces))) spaces += n;
    if (spaces == 0 || spaces == rest.size()) return {};
    return {ListMarker::Bullet, b.size() + spaces};
  }
  size_t digits = 0;
  while (digits < line.size() && is_digit(line[digits])) ++digits;
  if (digits == 0 || digits > 3 || digits == line.size()) return {};
  std::string_view rest = line.substr(digits);
  if (starts_with(rest, "\xE3\x80\x81") /* 、 */ && rest.size() > 3) return {ListMarker::Ordered, 0};
  if ((rest[0] == '.' || rest[0] == ')') && rest.size() > 2 && space_at_start(rest.substr(1)) &&
      !trim_line(rest.substr(1)).empty())
    return {ListMarker::Ordered, 0};
  return {};
}

int section_depth(std::string_view line) {
  int components = 0;
  size_t i = 0;
  for (;;) {
    size_t start = i;
    while (i < line.size() && is_digit(line[i])) ++i;
    size_t len = i - start;
    if (len == 0 || len > 3) return 0;
    ++components;
    if (i < line.size() && line[i] == '.' && i + 1 < line.size() && is_digit(line[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (components < 2) return 0;
  if (i < line.size() && line[i] == '.') ++i;  // "1.2." as well as "1.2"
  if (i < line.size() && !space_at_start(line.substr(i))) return 0;
  return components > 6 ? 6 : components;
}

LineEnd line_end(std::string_view line) {
  std::string_view s = strip_closers(strip_trailing_citations(line));
  if (s.empty()) return LineEnd::None;
  switch (s.back()) {  // ASCII first: most lines end so
    case '.':
      return LineEnd::Stop;
    case ',':
    case ';':
    case ':':
      return LineEnd::Pause;
    case '!':
      return LineEnd::Exclamation;
    case '?':
      return LineEnd::Question;
    default:
      break;
  }
  if (static_cast<unsigned char>(s.back()) < 0x80) return LineEnd::None;
  if (ends_with_one_of(s, {"\xE2\x80\xA6" /* … */, "\xE3\x80\x82" /* 。 */})) return LineEnd::Stop;
  if (ends_with_one_of(s, {"\xEF\xBC\x8C" /* ， */, "\xEF\xBC\x9B" /* ； */, "\xEF\xBC\x9A" /* ： */}))
    return LineEnd::Pause;
  if (ends_with(s, "\xEF\xBC\x81" /* ！ */)) return LineEnd::Exclamation;
  if (ends_with(s, "\xEF\xBC\x9F" /* ？ */)) return LineEnd::Question;
  return LineEnd::None;
}

bool ends_like_sentence(std::string_view line) {
  LineEnd e = line_end(line);
  return e == LineEnd::Stop || e == LineEnd::Pause || e == LineEnd::Exclamation;
}

bool ends_with_full_stop(std::string_view line) {
  LineEnd e = line_end(line);
  return e == LineEnd::Stop || e == LineEnd::Exclamation || e == LineEnd::Question;
}

bool ends_with_period(std::string_view line) { return line_end(line) == LineEnd::Stop; }

bool has_letter(std::string_view line) {
  for (char ch : line) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0) return true;
  }
  return false;
}

bool title_like(std::string_view line) {
  if (line.empty() || line.size() > 4 * kMaxTitleLength) return false;
  return title_like(line, cp_length(line), list_marker(line), line_end(line));
}

bool title_like(std::string_view line, size_t length, ListMarkerInfo marker, LineEnd end) {
  if (length == 0 || length > kMaxTitleLength || marker.kind != ListMarker::None) return false;
  char first = line[0];
  if (first == '(' || first == '[' || first == '{' || first == '<' || first == '@' || first == '|') return false;
  if (!has_letter(line) || line.find("://") != std::string_view::npos) return false;
  return end == LineEnd::None || end == LineEnd::Question;
}

}  // namespace crux
