#pragma once
// Structure recognition for plain text: paragraphs (blank-line separated or
// one per line, whichever the file uses), headings (short title-like lines
// before text, numbered section titles such as "2.1.5"), list items ("- ",
// "• ", "1."), adjacent duplicate lines (web scrapes repeat headings)
// collapsed to one, citation marks like "[47]" marked up.
#include <cstddef>
#include <string>
#include <vector>

#include "tei/import/document.h"

namespace crux {

struct StructureCounts {
  size_t paragraphs = 0;
  size_t headings = 0;
  size_t list_items = 0;
  size_t duplicates_collapsed = 0;
  size_t citations = 0;
};

// text: clean UTF-8 (NFC, '\n' line ends). Appends blocks to doc.body.
StructureCounts recognize_structure(const std::string& text, Document& doc);

// Splits a run of text into Text and Citation inlines ("[47]", "[3-5]", "[8] [14-15]").
// *count (when given) is set to the number of citation marks found. Empty text
// gives no inlines.
std::vector<Inline> mark_citations(const std::string& text, size_t* count = nullptr);

}  // namespace crux
