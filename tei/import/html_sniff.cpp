#include "tei/import/html_sniff.h"

#include <initializer_list>

namespace crux {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_ci(std::string_view s, size_t i, std::string_view w) {
  if (i + w.size() > s.size()) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (lower(s[i + k]) != w[k]) return false;
  return true;
}

bool contains_ci(std::string_view s, std::string_view w) {
  for (size_t i = 0; i + w.size() <= s.size(); ++i)
    if (s[i] == '<' && starts_ci(s, i, w)) return true;
  return false;
}

bool ends_ci(const std::string& name, std::string_view suffix) {
  return name.size() >= suffix.size() && starts_ci(name, name.size() - suffix.size(), suffix);
}

// A name as written (letters, digits, ':', '-', '_', '.') starting at i.
std::string_view name_at(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && (is_alpha(s[j]) || (s[j] >= '0' && s[j] <= '9') || s[j] == ':' || s[j] == '-' ||
                          s[j] == '_' || s[j] == '.'))
    ++j;
  return s.substr(i, j - i);
}

bool is_tei_name(std::string_view name) {
  size_t colon = name.rfind(':');
  std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
  return local == "TEI" || local == "teiCorpus" || local == "TEI.2";
}

bool one_of_ci(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name.size() == n.size() && starts_ci(name, 0, n)) return true;
  return false;
}

// The HTML evidence in the content alone; -1 for TEI.
int content_score(std::string_view s) {
  size_t i = 0;
  for (;;) {  // white space, comments, XML declarations and processing instructions
    while (i < s.size() && is_space(s[i])) ++i;
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return 0;
      i = end + 3;
    } else if (s.compare(i, 2, "<?") == 0) {
      size_t end = s.find("?>", i + 2);
      if (end == std::string_view::npos) return 0;
      i = end + 2;
    } else {
      break;
    }
  }
  if (starts_ci(s, i, "<!doctype")) {
    size_t j = i + 9;
    while (j < s.size() && is_space(s[j])) ++j;
    std::string_view root = name_at(s, j);
    if (is_tei_name(root)) return -1;
    if (one_of_ci(root, {"html"})) return 90;
    size_t end = s.find('>', j);
    if (end == std::string_view::npos) return 0;
    i = end + 1;
    while (i < s.size() && is_space(s[i])) ++i;
  }
  if (i < s.size() && s[i] == '<' && i + 1 < s.size() && is_alpha(s[i + 1])) {
    std::string_view root = name_at(s, i + 1);
    if (is_tei_name(root)) return -1;
    if (one_of_ci(root, {"html"})) return 90;
    if (one_of_ci(root, {"head", "body", "meta", "title", "link", "style", "script", "div", "p", "table",
                         "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "center", "font", "base", "span",
                         "article", "section", "main", "header", "nav", "br", "b", "i", "a", "pre", "blockquote"}))
      return 70;
  }
  std::string_view early = s.substr(0, 4096);
  for (std::string_view tag : {"<body", "<p>", "<p ", "<div", "<br>", "<br/", "<br ", "<table", "<h1", "<h2",
                               "<h3", "<head>", "<title>", "<meta "})
    if (contains_ci(early, tag)) return 50;
  return 0;
}

}  // namespace

int sniff_html(std::string_view head, const std::string& filename) {
  std::string narrowed;
  if (head.size() >= 2 && (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF")) {
    // UTF-16: the markup is ASCII, one byte of each pair.
    size_t first = head[0] == '\xFF' ? 2 : 3;
    for (size_t k = first; k < head.size() && narrowed.size() < 8192; k += 2) narrowed += head[k];
    head = narrowed;
  } else if (head.substr(0, 3) == "\xEF\xBB\xBF") {
    head.remove_prefix(3);
  }
  if (head.find('\0') != std::string_view::npos) return 0;
  int score = content_score(head);
  if (score < 0) return 0;
  bool html_name = ends_ci(filename, ".html") || ends_ci(filename, ".htm") || ends_ci(filename, ".xhtml") ||
                   ends_ci(filename, ".shtml");
  if (!html_name) return score;
  if (score > 0) return score + 5;
  for (size_t i = 0; i + 1 < head.size(); ++i)
    if (head[i] == '<' && is_alpha(head[i + 1]) && !is_tei_name(name_at(head, i + 1))) return 20;
  return 0;
}

}  // namespace crux
