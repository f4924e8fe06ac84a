#include "tei/import/html_metadata.h"

#include <initializer_list>
#include <string_view>
#include <vector>

#include "tei/import/html_page_rules.h"
#include "tei/text/decode.h"

namespace crux {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool one_of(const std::string& s, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (s == n) return true;
  return false;
}

// White space collapsed and trimmed, controls removed, NFC.
std::string clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  remove_control_characters(out);
  return to_nfc(out);
}

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// "2014-10-29T10:00:00+00:00" → "2014-10-29"; "2014/10/29" → "2014-10-29".
std::string normalize_date(std::string date) {
  std::string_view d = date;
  if (d.size() >= 10 && digits(d.substr(0, 4)) && digits(d.substr(5, 2)) && digits(d.substr(8, 2)) &&
      d[4] == d[7] && (d[4] == '-' || d[4] == '/') && (d.size() == 10 || d[10] == 'T' || d[10] == ' '))
    return std::string(d.substr(0, 4)) + "-" + std::string(d.substr(5, 2)) + "-" + std::string(d.substr(8, 2));
  return date;
}

std::string text_of(const GumboNode* element) {
  std::string s;
  const GumboVector& kids = element->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE) s += k->v.text.text;
  }
  return s;
}

void read_meta(const GumboNode* el, HtmlMetadata& m) {
  std::string name = lower(attribute(el, "name"));
  if (name.empty()) name = lower(attribute(el, "property"));
  if (name.empty()) name = lower(attribute(el, "itemprop"));
  std::string content = clean(attribute(el, "content"));
  if (content.empty()) return;
  if (m.author.empty() && one_of(name, {"author", "dc.creator", "dcterms.creator", "byl", "article:author",
                                        "citation_author", "parsely-author", "sailthru.author"})) {
    if (content.rfind("http", 0) == 0) return;  // article:author is often a profile URL
    if (lower(content.substr(0, 3)) == "by ") content.erase(0, 3);
    m.author = content;
  } else if (m.date.empty() &&
             one_of(name, {"date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
                           "dcterms.created", "article:published_time", "og:published_time", "pubdate",
                           "publish-date", "publication_date", "citation_publication_date", "citation_date",
                           "datepublished", "sailthru.date", "parsely-pub-date"})) {
    m.date = normalize_date(content);
  } else if (m.lang.empty() && lower(attribute(el, "http-equiv")) == "content-language") {
    std::string first = content.substr(0, content.find(','));
    if (looks_like_language_tag(first)) m.lang = first;
  }
}

}  // namespace

bool looks_like_language_tag(const std::string& tag) {
  if (tag.empty() || tag.size() > 35) return false;
  size_t start = 0;
  for (size_t i = 0; i <= tag.size(); ++i) {
    if (i < tag.size() && tag[i] != '-') {
      char c = static_cast<char>(tag[i] | 0x20);
      bool letter = c >= 'a' && c <= 'z';
      bool digit = tag[i] >= '0' && tag[i] <= '9';
      if (!letter && !(digit && start > 0)) return false;  // the primary subtag is letters only
      continue;
    }
    size_t len = i - start;
    if (len < (start == 0 ? 2u : 1u) || len > 8) return false;
    start = i + 1;
  }
  return true;
}

HtmlMetadata read_metadata(const GumboNode* root) {
  HtmlMetadata m;
  if (!root || root->type != GUMBO_NODE_ELEMENT) return m;
  std::string lang(attribute(root, "lang"));
  if (lang.empty()) lang = attribute(root, "xml:lang");
  lang = clean(lang);
  for (char& c : lang) c = c == '_' ? '-' : c;  // "en_US", as some sites write it
  if (looks_like_language_tag(lang)) m.lang = lang;

  // Only <head> is read: that is where pages put their metadata, and the
  // body can be millions of nodes.
  std::vector<const GumboNode*> stack;
  const GumboVector& top = root->v.element.children;
  for (unsigned i = top.length; i-- > 0;) {
    auto* n = static_cast<const GumboNode*>(top.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_HEAD) stack.push_back(n);
  }
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    switch (n->v.element.tag) {
      case GUMBO_TAG_TITLE:
        if (m.title.empty()) m.title = clean(text_of(n));
        continue;
      case GUMBO_TAG_META: read_meta(n, m); continue;
      default: break;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return m;
}

}  // namespace crux
