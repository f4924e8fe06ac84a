#include "tei/xml/xml_sniff.h"

namespace crux {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool ends_name(char c) { return is_space(c) || c == '/' || c == '>' || c == '='; }

// UTF-16 → the low bytes of each unit: enough for ASCII markup.
std::string narrow_utf16(std::string_view s) {
  bool le = s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '<' && s[1] == '\0'));
  size_t start = (s[0] == '\xFF' || s[0] == '\xFE') ? 2 : 0;
  std::string out;
  for (size_t k = start + (le ? 0 : 1); k < s.size(); k += 2) out += s[k] == '\0' ? '?' : s[k];
  return out;
}

// Skips the prolog; returns the offset of the root's '<', or npos.
size_t root_offset(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
    } else if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return end;
      i = end + 3;
    } else if (s.compare(i, 2, "<?") == 0) {
      size_t end = s.find("?>", i + 2);
      if (end == std::string_view::npos) return end;
      i = end + 2;
    } else if (s.compare(i, 9, "<!DOCTYPE") == 0) {
      bool in_subset = false;
      char quote = 0;
      for (i += 9; i < s.size(); ++i) {
        char c = s[i];
        if (quote) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '[') {
          in_subset = true;
        } else if (c == ']') {
          in_subset = false;
        } else if (c == '>' && !in_subset) {
          break;
        }
      }
      if (i >= s.size()) return std::string_view::npos;
      ++i;
    } else {
      return s[i] == '<' ? i : std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

}  // namespace

XmlRootName sniff_xml_root(std::string_view head) {
  std::string narrowed;
  if (head.size() >= 2 && (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF" ||
                           head.substr(0, 2) == std::string_view("<\0", 2) ||
                           head.substr(0, 2) == std::string_view("\0<", 2))) {
    narrowed = narrow_utf16(head);
    head = narrowed;
  } else if (head.substr(0, 3) == "\xEF\xBB\xBF") {
    head.remove_prefix(3);
  }
  XmlRootName root;
  size_t lt = root_offset(head);
  if (lt == std::string_view::npos || lt + 1 >= head.size()) return root;
  size_t k = lt + 1;
  while (k < head.size() && !ends_name(head[k])) ++k;
  if (k == lt + 1) return root;
  root.found = true;
  root.qname = std::string(head.substr(lt + 1, k - lt - 1));
  size_t colon = root.qname.find(':');
  std::string prefix = colon == std::string::npos ? "" : root.qname.substr(0, colon);
  root.local = colon == std::string::npos ? root.qname : root.qname.substr(colon + 1);
  std::string wanted = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
  // Attributes: name = "value" | 'value', up to '>' or '/>'.
  while (k < head.size()) {
    while (k < head.size() && is_space(head[k])) ++k;
    if (k >= head.size()) return root;
    if (head[k] == '>' || head[k] == '/') {
      root.ns_known = true;
      return root;
    }
    size_t name_start = k;
    while (k < head.size() && !ends_name(head[k])) ++k;
    std::string name(head.substr(name_start, k - name_start));
    while (k < head.size() && is_space(head[k])) ++k;
    if (k >= head.size() || head[k] != '=') return root;
    ++k;
    while (k < head.size() && is_space(head[k])) ++k;
    if (k >= head.size() || (head[k] != '"' && head[k] != '\'')) return root;
    size_t close = head.find(head[k], k + 1);
    if (close == std::string_view::npos) return root;
    if (name == wanted) root.ns = std::string(head.substr(k + 1, close - k - 1));
    k = close + 1;
  }
  return root;
}

}  // namespace crux
