#pragma once
// PRIVATE to tei/xml/: Xerces types appear here and must never reach a header
// outside this folder. The pieces every Xerces parse in Crux shares:
//
// - make_safe_reader() (xml_reader.cpp) is the ONE function that creates a
//   Xerces parser. It sets the safety features, installs the handler in every
//   SAX role and an entity resolver (deny-all unless the caller passes one that
//   is at least as strict, as the validator does for schemas/).
// - SafeHandler refuses entity declarations (XXE, billion laughs) and turns
//   Xerces errors into crux::XmlError "file:line:col: message".
#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace crux {

// UTF-16 (XMLCh) → UTF-8; unpaired surrogates become U+FFFD (Xerces never
// produces them from well-formed input).
std::string to_utf8(const XMLCh* s);
std::string to_utf8(const XMLCh* s, XMLSize_t length);
void append_utf8_from_xmlch(std::string& out, const XMLCh* s, XMLSize_t length);
// UTF-8 → NUL-terminated UTF-16, for passing names and paths to Xerces.
std::u16string to_xmlch(std::string_view utf8);

// Resolves nothing: every external entity, DTD or schema becomes an empty
// document, so no file or URL outside the input is ever read.
class DenyAllResolver : public xercesc::XMLEntityResolver {
 public:
  xercesc::InputSource* resolveEntity(xercesc::XMLResourceIdentifier* id) override;
};

// Base of every SAX handler in Crux. Subclasses build trees or collect
// validation problems; the safety refusals here cannot be overridden.
class SafeHandler : public xercesc::DefaultHandler {
 public:
  explicit SafeHandler(std::string file) : file_(std::move(file)) {}

  void setDocumentLocator(const xercesc::Locator* const locator) override { locator_ = locator; }
  // Entity declarations of any kind are refused before they can be used.
  void internalEntityDecl(const XMLCh* const name, const XMLCh* const value) final;
  void externalEntityDecl(const XMLCh* const name, const XMLCh* const public_id,
                          const XMLCh* const system_id) final;
  void unparsedEntityDecl(const XMLCh* const name, const XMLCh* const public_id,
                          const XMLCh* const system_id, const XMLCh* const notation) final;
  // SAX1-style resolver (used only if no XMLEntityResolver is set): deny all.
  xercesc::InputSource* resolveEntity(const XMLCh* const public_id, const XMLCh* const system_id) final;

  // Fatal errors (malformed XML) always throw XmlError. error() throws too by
  // default; the validator overrides it to collect validity problems.
  void fatalError(const xercesc::SAXParseException& e) override;
  void error(const xercesc::SAXParseException& e) override;
  void warning(const xercesc::SAXParseException&) override {}

  const std::string& file() const { return file_; }
  int current_line() const;
  int current_column() const;
  // Throws XmlError at the current position.
  [[noreturn]] void fail(const std::string& message) const;

 protected:
  const xercesc::Locator* locator_ = nullptr;
  std::string file_;
};

// The message for refused DOCTYPE entity declarations (tests assert it).
inline constexpr const char* kEntityRefusal =
    "the file declares XML entities (DOCTYPE), which Crux refuses for safety";

// The one factory (defined in xml_reader.cpp). `handler` receives content,
// errors, DTD/declaration and lexical events; `resolver` defaults to deny-all;
// `pool` is the validator's locked grammar pool (nullptr: no validation
// possible, Val_Never). Both must outlive the returned reader.
std::unique_ptr<xercesc::SAX2XMLReader> make_safe_reader(SafeHandler& handler,
                                                        xercesc::XMLEntityResolver* resolver = nullptr,
                                                        xercesc::XMLGrammarPool* pool = nullptr);

// Parses `bytes` with `reader` (no copy of the bytes is made). `file` becomes
// the system id for Xerces' own messages.
void parse_bytes(xercesc::SAX2XMLReader& reader, std::string_view bytes, const std::string& file);

}  // namespace crux
