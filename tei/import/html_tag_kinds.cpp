#include "tei/import/html_tag_kinds.h"

#include <initializer_list>

namespace crux::html_tags {
namespace {

bool in(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

}  // namespace

// svg and MathML never reach the model (the scanner removes them), so the
// special category and the scope boundaries list HTML elements only.
uint32_t kinds_of(std::string_view n) {
  uint32_t k = 0;
  if (in(n, {"area", "base", "br", "col", "embed", "hr", "img", "image", "input", "keygen", "link", "meta",
             "param", "source", "track", "wbr", "basefont", "bgsound", "frame"}))
    k |= kVoid;
  if (in(n, {"html", "head", "body", "frameset"})) k |= kIgnore;
  if (in(n, {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"})) k |= kRaw;
  if (n == "plaintext") k |= kPlaintext;
  if (in(n, {"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote",
             "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div",
             "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
             "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
             "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
             "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
             "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
             "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"}))
    k |= kSpecial;
  if ((k & kSpecial) && !in(n, {"address", "div", "p"})) k |= kNotAdp;
  if (in(n, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"}))
    k |= kFormatting;
  if (in(n, {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
             "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol",
             "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing",
             "form", "li", "dd", "dt", "plaintext", "hr", "xmp"}))
    k |= kClosesP;
  if (in(n, {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"}))
    k |= kBoundary;
  if (in(n, {"address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div",
             "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu",
             "nav", "ol", "pre", "search", "section", "summary", "ul", "form", "applet", "marquee", "object",
             "dd", "dt"}))
    k |= kScopedEnd;
  if (in(n, {"h1", "h2", "h3", "h4", "h5", "h6"})) k |= kHeading;
  if (in(n, {"td", "th", "caption", "applet", "object", "marquee", "template"})) k |= kMarker;
  if (in(n, {"svg", "math"})) k |= kForeign;
  if (in(n, {"foreignobject", "desc", "title"})) k |= kSvgIntegration;
  if (in(n, {"mi", "mo", "mn", "ms", "mtext", "annotation-xml"})) k |= kMathIntegration;
  if (in(n, {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
             "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta",
             "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table",
             "tt", "u", "ul", "var", "font"}))
    k |= kBreakout;
  return k;
}

TagTable::TagTable() {
  for (std::string_view n : {"p", "li", "dd", "dt", "ul", "ol", "button", "table", "tbody", "thead", "tfoot",
                             "tr", "td", "th", "caption", "template", "a", "nobr", "option", "optgroup", "html", "svg", "math",
                             "h1", "h2", "h3", "h4", "h5", "h6", "select", "input", "keygen", "textarea",
                             "script", "hr", "form"})
    id(n);
}

uint32_t TagTable::id(std::string_view lower_name) {
  // Short names dominate; a std::string key keeps this simple and the
  // small-string buffer avoids allocating for them.
  std::string key(lower_name);
  auto it = ids_.find(key);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(kinds_.size());
  kinds_.push_back(kinds_of(lower_name));
  ids_.emplace(std::move(key), id);
  return id;
}

}  // namespace crux::html_tags
