#pragma once
// A cheap look at the root element of an XML document from its first bytes,
// without parsing: for importers choosing a format. Skips a BOM, the XML
// declaration, processing instructions, comments, white space and the
// DOCTYPE (internal subset included); reads UTF-8/ASCII-compatible bytes and
// UTF-16 (the markup being ASCII). Nothing here is a safety check: the file
// is parsed with parse_xml before anything is kept.
#include <string>
#include <string_view>

namespace crux {

struct XmlRootName {
  bool found = false;     // a root start tag begins within the bytes
  std::string qname;      // as written, e.g. "tei:TEI"
  std::string local;      // "TEI"
  std::string ns;         // its namespace URI from the root's own xmlns attributes
  bool ns_known = false;  // the whole start tag was within the bytes
};

XmlRootName sniff_xml_root(std::string_view head);

}  // namespace crux
