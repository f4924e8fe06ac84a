#pragma once
// The one place Crux parses XML. Every Xerces parser is created here with the
// safe settings: no external DTD loaded, default entity resolution off, a
// SecurityManager with a low entity-expansion limit, DOCTYPEs with entity
// declarations refused. Errors name the file, line and column.
#include <functional>
#include <string>
#include <string_view>

#include "tei/base/error.h"
#include "tei/xml/xml_tree.h"

namespace crux {

// Elements nested deeper than this are refused while parsing: the tree's
// destructor and its users recurse, and no real TEI comes near it.
inline constexpr int kMaxXmlDepth = 5000;

// The problem reported for a DOCTYPE that declares entities (XXE, billion
// laughs): refused before any entity is used or any file read.
inline constexpr const char* kEntityRefusalMessage =
    "the file declares XML entities (DOCTYPE), which Crux refuses for safety";

// A parse error at a position. what() is "file:line:col: message"; file()
// (inherited) is that "file:line:col" location, path() the file alone,
// problem() the message alone. Category: BadInput.
class XmlError : public Error {
 public:
  XmlError(const std::string& path, int line, int column, const std::string& message);
  const std::string& path() const noexcept { return path_; }
  int line() const noexcept { return line_; }
  int column() const noexcept { return column_; }

 private:
  std::string path_;
  int line_;
  int column_;
};

// Initialises Xerces once per process (thread-safe; terminated at exit).
void ensure_xml_platform();

// Parses a whole XML document into an XmlDocument. Throws XmlError (a
// crux::Error, BadInput) "file:line:col: message" for malformed XML, invalid
// UTF-8, DOCTYPEs that declare entities (XXE, billion laughs), truncated
// documents, nesting deeper than kMaxXmlDepth. Any encoding Xerces knows is
// read (BOM / declaration); an external DTD named in a DOCTYPE is ignored,
// never fetched. Element line/column are where the start tag's '<' is.
XmlDocument parse_xml(std::string_view bytes, const std::string& file);

// Well-formedness check only (same safety), cheaper than building a tree.
void check_well_formed(std::string_view bytes, const std::string& file);

}  // namespace crux
