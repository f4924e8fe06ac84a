#pragma once
// Deterministic XML serialisation of an XmlNode tree, for every file Crux
// generates: the same tree always gives the same bytes. Elements that hold
// only elements are indented one per line (two spaces a level), so `git diff`
// shows edits line by line; elements with mixed content (text beside
// elements, as in <p>) are written on one line exactly as they are, because
// adding white space there would change the text. UTF-8 characters are
// written as characters; only &amp; &lt; &gt; &quot; are escaped.
#include <string>
#include <vector>

#include "tei/xml/xml_tree.h"

namespace crux {

struct XmlWriteOptions {
  // Processing instructions written after the XML declaration, e.g.
  // "xml-model href=\"...\"" (without <? ?>).
  std::vector<std::string> processing_instructions;
  // Local names of elements written on one line with everything inside them
  // (e.g. "f" of feature structures), to keep files short where each such
  // element is one fact.
  std::vector<std::string> one_line_elements;
};

std::string serialize_xml(const XmlNode& root, const XmlWriteOptions& options = {});
// One element written as it would be at `depth` inside a document whose
// enclosing element is in namespace parent_ns: no XML declaration, no leading
// indentation, no final newline (for splicing into an existing file).
std::string serialize_xml_fragment(const XmlNode& element, int depth, const std::string& parent_ns,
                                   const XmlWriteOptions& options = {});

// Escaping used by the serialiser, exposed for writers that stream.
void append_escaped_text(std::string& out, const std::string& text);
void append_escaped_attribute(std::string& out, const std::string& value);

}  // namespace crux
