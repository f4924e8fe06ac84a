#pragma once
// The one definition of a source's plain text (docs/file-format.md,
// conventions "Text positions"): the text content of <text><body> in
// document order, NFC-normalised, XML white space collapsed to single spaces,
// block elements separated by one '\n', notes and <back> excluded. Every
// position outside TEI files (search hits, CLI output, W3C selectors, the
// GUI) counts Unicode code points in this text.
#include <cstddef>
#include <string>
#include <vector>

#include "tei/xml/xml_tree.h"

namespace crux {

struct TextBlock {
  std::string id;       // xml:id of the block element ("" if it has none)
  std::string element;  // TEI local name: p, head, item, cell, sp, l, ...
  size_t start = 0;     // code points into PlainText::text
  size_t end = 0;       // exclusive
  int depth = 0;        // nesting depth of divs (for headings)
};

struct PlainText {
  std::string text;               // UTF-8
  size_t length = 0;              // in code points
  std::vector<TextBlock> blocks;  // leaf blocks in order, each one line of text
};

// True for TEI elements that form blocks of the plain text.
bool is_block_element(const std::string& tei_local_name);

// Computes the plain text of a parsed TEI document (throws crux::Error
// BadInput if it has no <text><body>).
PlainText compute_plain_text(const XmlDocument& tei);

}  // namespace crux
