#pragma once
// Which character encoding an XML document is in (XML 1.0 appendix F: byte
// order mark, then the encoding declaration, else UTF-8), and conversion of a
// whole document to UTF-8 for the files Crux keeps. Xerces-free (ICU).
#include <string>
#include <string_view>

namespace crux {

struct XmlEncoding {
  // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", or the name in
  // the encoding declaration as written (e.g. "windows-1251").
  std::string name = "UTF-8";
  // "bom" | "declared" | "utf-8" (neither: XML's default), as in ImportReport.
  std::string source = "utf-8";
  // The bytes are UTF-8 (or US-ASCII, its subset): they can be scanned and
  // edited byte-wise and need no conversion.
  bool utf8 = true;
  size_t bom_length = 0;
};

XmlEncoding sniff_xml_encoding(std::string_view bytes);

// The document as UTF-8. UTF-8 input is returned byte for byte (a UTF-8 BOM
// included). Anything else is converted with ICU: the BOM is dropped and the
// encoding declaration, if any, rewritten to encoding="UTF-8" (nothing else
// changes). Throws crux::Error(BadInput) naming the file for bytes invalid in
// the encoding or an encoding ICU does not know.
std::string xml_to_utf8(std::string_view bytes, const std::string& file, XmlEncoding* found = nullptr);

}  // namespace crux
