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
};

std::string serialize_xml(const XmlNode& root, const XmlWriteOptions& options = {});

// Escaping used by the serialiser, exposed for writers that stream.
void append_escaped_text(std::string& out, const std::string& text);
void append_escaped_attribute(std::string& out, const std::string& value);

}  // namespace crux
