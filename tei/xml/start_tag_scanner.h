#pragma once
// PRIVATE to tei/xml/. A byte scanner over the start tags of an XML document
// that Xerces has already found well-formed, for what SAX cannot tell: where
// exactly each start tag is in the bytes (element positions in parse_xml,
// byte-preserving edits in tei_ids). Works on UTF-8 and other ASCII-compatible
// encodings: '<', '>', quotes never occur inside a multi-byte character.
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace crux {

struct StartTag {
  size_t begin = 0;      // offset of '<'
  size_t insert_at = 0;  // offset of the closing '>' or of the '/' of "/>": where an attribute can go
  std::string_view qname;  // the element name as written, prefix included
};

// Every element start tag in document order (the same order as SAX
// startElement events). Comments, processing instructions, CDATA sections,
// the DOCTYPE (internal subset included) and end tags are skipped; attribute
// values may contain '>' and the other quote. Returns false if the bytes do
// not scan as XML (e.g. an unterminated construct): callers treat that as an
// internal inconsistency, since Xerces accepted the document.
// If `entity_refs` is given, it receives the offset of every '&' in content
// or attribute values that starts a reference to an entity other than the
// five predefined ones (character references excluded).
bool scan_start_tags(std::string_view xml, std::vector<StartTag>& out, std::vector<size_t>* entity_refs = nullptr);

// Where the DOCTYPE declaration is ([first, second) bytes, internal subset
// included), or {npos, npos} if the document has none.
std::pair<size_t, size_t> find_doctype(std::string_view xml);

}  // namespace crux
