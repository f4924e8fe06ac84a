#pragma once
// The one definition of a source's plain text (docs/file-format.md,
// conventions "Text positions"): the text content of <text><body> in
// document order, NFC-normalised, XML white space collapsed to single spaces,
// block elements separated by one '\n', notes and <back> excluded. Every
// position outside TEI files (search hits, CLI output, W3C selectors, the
// GUI) counts Unicode code points in this text.
#include <cstddef>
#include <optional>
#include <unordered_map>
#include <utility>
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

// A run of plain text that maps one to one onto the string value of an
// element with an xml:id (TEI string-range semantics): plain code points
// [plain_start, plain_start + length) are string-value code points
// [offset, offset + length) of element_ids[element].
struct TextSegment {
  size_t plain_start = 0;
  size_t length = 0;
  size_t element = 0;
  size_t offset = 0;
};

struct StringRangePointer {
  std::string id;
  size_t offset = 0;
  size_t length = 0;
};

struct PlainText {
  std::string text;               // UTF-8
  size_t length = 0;              // in code points
  std::vector<TextBlock> blocks;  // leaf blocks in order, each one line of text
  // The one mapping between plain-text positions and string-range pointers.
  std::vector<std::string> element_ids;  // ids of elements text is mapped to
  std::vector<TextSegment> segments;     // in plain-text order
  // element id → indices into segments, in order (built with the text).
  std::unordered_map<std::string, std::vector<size_t>> segments_by_id;

  // Plain [start, end) → one pointer per element it touches (a range that
  // crosses blocks gives several). Empty when nothing in it is mapped.
  std::vector<StringRangePointer> to_pointers(size_t start, size_t end) const;
  // A pointer → plain [start, end); nullopt when the id is unknown or the
  // offsets fall outside the element's text.
  std::optional<std::pair<size_t, size_t>> from_pointer(const StringRangePointer& p) const;
  // Index of the block holding plain position pos (blocks.size() if none).
  size_t block_at(size_t pos) const;
};

// True for TEI elements that form blocks of the plain text.
bool is_block_element(const std::string& tei_local_name);

// Computes the plain text of a parsed TEI document (throws crux::Error
// BadInput if it has no <text><body>).
PlainText compute_plain_text(const XmlDocument& tei);

}  // namespace crux
