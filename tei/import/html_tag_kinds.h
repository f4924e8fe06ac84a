#pragma once
// What the HTML tree-building rules say about a tag name, as far as the depth
// guard needs it: the "special" category, formatting elements, void elements,
// raw-text elements, scope boundaries, and which start tags close an open p.
// Names are interned to small ids so the scanner compares integers.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crux::html_tags {

enum Kind : uint32_t {
  kVoid = 1u << 0,        // no end tag, never pushed (br, img, meta...)
  kIgnore = 1u << 1,      // html, head, body, frameset: not nesting in practice
  kRaw = 1u << 2,         // content is raw text up to </name> (script, style, textarea, title...)
  kSpecial = 1u << 3,     // the spec's "special" category
  kFormatting = 1u << 4,  // a, b, big, code, em, font, i, nobr, s, small, strike, strong, tt, u
  kClosesP = 1u << 5,     // a start tag that closes a p in button scope (not table: quirks mode)
  kBoundary = 1u << 6,    // ends "has an element in scope" searches
  kHeading = 1u << 7,     // h1..h6
  kMarker = 1u << 8,      // td, th, caption, applet, object, marquee, template: clears formatting
  kForeign = 1u << 9,     // svg, math: start foreign content
  kNotAdp = 1u << 10,     // special but not address, div, p (the li / dd rules stop at these)
  kPlaintext = 1u << 11,  // the rest of the page is text
  kSvgIntegration = 1u << 12,   // svg foreignObject, desc, title: HTML inside
  kMathIntegration = 1u << 14,  // MathML mi, mo, mn, ms, mtext, annotation-xml: HTML inside
  kScopedEnd = 1u << 15,  // an end tag that closes the element if in scope (div, ul, section...)
  kBreakout = 1u << 13,     // an HTML start tag that ends svg/math content (b, div, p, table...)
};

// Ids fixed for the names the rules mention by name.
enum Id : uint32_t {
  P, LI, DD, DT, UL, OL, BUTTON, TABLE, TBODY, THEAD, TFOOT, TR, TD, TH, CAPTION,
  TEMPLATE, A, NOBR, OPTION, OPTGROUP, HTML, SVG, MATH, H1, H2, H3, H4, H5, H6,
  SELECT, INPUT, KEYGEN, TEXTAREA, SCRIPT, HR, FORM, kFirstFreeId
};

uint32_t kinds_of(std::string_view lower_name);

// Interns lower-case tag names; ids below kFirstFreeId are the names of Id.
class TagTable {
 public:
  TagTable();
  uint32_t id(std::string_view lower_name);
  uint32_t kinds(uint32_t id) const { return kinds_[id]; }
  size_t size() const { return kinds_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<uint32_t> kinds_;
};

}  // namespace crux::html_tags
