#include "tei/import/html_citations.h"

#include <string_view>
#include <utility>
#include <vector>

#include "tei/import/html_page_rules.h"
#include "tei/text/structure.h"

namespace crux {
namespace {

constexpr size_t kMaxNodes = 16;
constexpr size_t kMaxBytes = 40;

bool internal_link(const GumboNode* a) {
  std::string_view href = attribute(a, "href");
  return !href.empty() && href.front() == '#';
}

// The text of a small subtree with white space collapsed and trimmed, and
// whether it holds a link within the page; nullopt when it is not small.
std::optional<std::string> small_text(const GumboNode* element, bool& has_internal_link) {
  std::string text;
  size_t nodes = 0;
  std::vector<const GumboNode*> stack{element};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (++nodes > kMaxNodes) return std::nullopt;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      for (const char* p = n->v.text.text; *p; ++p) {
        bool space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
        if (!space) text += *p;
        else if (!text.empty() && text.back() != ' ') text += ' ';
      }
      if (text.size() > kMaxBytes) return std::nullopt;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      if (n->v.element.tag == GUMBO_TAG_A && internal_link(n)) has_internal_link = true;
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// "[47]", "[3-5]": exactly one mark and nothing else.
bool bracket_mark(const std::string& text) {
  size_t found = 0;
  std::vector<Inline> parts = mark_citations(text, &found);
  return found == 1 && parts.size() == 1 && parts.front().kind == InlineKind::Citation;
}

bool digits(std::string_view t) {
  if (t.empty() || t.size() > 3) return false;
  for (char c : t)
    if (c < '0' || c > '9') return false;
  return true;
}

// A note sign as note links show them: "3", "12", "a", "*", "†", and in
// brackets "[a]", "[note 1]", "[nb 2]" (Wikipedia's explanatory notes).
bool note_sign(std::string_view t) {
  if (t.size() >= 3 && t.front() == '[' && t.back() == ']') {
    t = t.substr(1, t.size() - 2);
    if (t.substr(0, 5) == "note " && digits(t.substr(5))) return true;
    if (t.substr(0, 3) == "nb " && digits(t.substr(3))) return true;
  }
  if (t == "*" || t == "\xE2\x80\xA0" || t == "\xE2\x80\xA1") return true;  // * † ‡
  if (t.size() == 1 && t[0] >= 'a' && t[0] <= 'z') return true;
  return digits(t);
}

}  // namespace

std::optional<std::string> citation_mark(const GumboNode* element) {
  bool link = false;
  std::optional<std::string> text = small_text(element, link);
  if (!text || text->empty()) return std::nullopt;
  if (element->v.element.tag == GUMBO_TAG_A) {
    bool bracketed = text->front() == '[';
    if (internal_link(element) && (bracket_mark(*text) || (bracketed && note_sign(*text)))) return text;
    return std::nullopt;
  }
  if (bracket_mark(*text) || (link && note_sign(*text))) return text;
  return std::nullopt;
}

}  // namespace crux
