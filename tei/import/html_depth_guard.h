#pragma once
// A guard against absurdly deep HTML, run before gumbo. gumbo 0.10 spends
// time quadratic in the nesting depth (its scope checks walk the stack of
// open elements: 100,000 nested divs take ~35 s) and frees its tree
// recursively (a deep tree overflows the stack). So a cheap linear scanner
// estimates the depth gumbo's tree builder will reach - start and end tags,
// void elements, comments, raw text (script, style, textarea, title...), the
// implied end tags of p, li, dd/dt, table parts, phantom tbody/tr, the
// adoption agency's effect on formatting elements, and formatting elements
// gumbo re-opens after they were closed implicitly - erring on the deep side.
// Elements that would open beyond the limit are flattened: their start and
// end tags are removed (block-level ones leave a space, so words do not run
// together) and their text stays where it was.
//
// svg, MathML and <template> are removed with their content on the way:
// the importer keeps none of them, and gumbo 0.10 aborts (a failed assert)
// on some svg or MathML inside tables, e.g.
// <table><td><svg><select><foreignObject><table><table>.
#include <cstddef>
#include <string>
#include <string_view>

namespace crux {

// Nesting deeper than this never reaches gumbo. Real pages stay far below
// (a few dozen levels; a few hundred in generated markup). At 2,000 levels
// gumbo's scope checks cost ~10 ms and its recursive free uses well under
// 1 MB of stack.
inline constexpr size_t kHtmlDepthLimit = 2000;
// Formatting elements (b, i, font, a...) left open are re-created by gumbo in
// every following paragraph; more than this many open at once are dropped,
// so a page of unclosed <font>s cannot multiply the tree.
inline constexpr size_t kHtmlOpenFormattingLimit = 32;

struct DepthGuardResult {
  bool changed = false;   // html holds the flattened page
  std::string html;
  size_t flattened = 0;   // elements whose tags were removed
  size_t max_depth = 0;   // deepest nesting estimated (before flattening)
};

DepthGuardResult guard_html_depth(std::string_view html, size_t limit = kHtmlDepthLimit,
                                  size_t formatting_limit = kHtmlOpenFormattingLimit);

}  // namespace crux
