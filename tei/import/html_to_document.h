#pragma once
// gumbo's tree → the Document. The walk is iterative (an explicit stack), so
// no depth of HTML can overflow the call stack; structure nested deeper than
// kMaxBlockDepth (lists in lists in quotations...) is kept as plain
// paragraphs at that depth, so the Document, its writer and its destructor
// stay shallow too.
//
// Kept: headings, paragraphs (loose text between blocks becomes paragraphs
// too), lists, data tables, blockquotes, <pre> lines, line breaks, emphasis
// (em/i/cite → italic, strong/b → bold, u/ins → underline, s/del →
// strikethrough, sub/sup), links, citation marks. Dropped: head, script,
// style, noscript, template, iframe, object, forms' controls, images, media,
// ruby annotations, comments.
#include <gumbo.h>

#include <cstddef>

#include "tei/import/document.h"
#include "tei/import/html_page_rules.h"

namespace crux {

inline constexpr size_t kMaxBlockDepth = 48;

struct HtmlConversion {
  Document doc;
  size_t citations = 0;
  size_t control_chars_removed = 0;
  size_t boilerplate_moved = 0;  // blocks moved (or dropped) because of the markup
};

// `root` is gumbo's <html> element. With `semantic` false the page rules
// (html_page_rules.h) are not applied. With `strip` boilerplate is dropped
// instead of moved to doc.boilerplate; their reasons are refined with
// refine_boilerplate_reasons (html_page_rules.h).
HtmlConversion html_to_document(const GumboNode* root, const PageOutline& outline, bool strip, bool semantic);

}  // namespace crux
