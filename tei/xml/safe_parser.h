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
#include <xercesc/sax/EntityResolver.hpp>

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

// An empty document, returned for every external entity, DTD or schema that
// is not to be read. (With default entity resolution disabled, Xerces then
// reads nothing; a NULL would not be safe without that feature.)
xercesc::InputSource* empty_input_source();

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
  // An entity used but declared only in an external DTD (which Crux never
  // reads): refused rather than silently dropping its text. (Xerces reports
  // few of these; parse_xml looks for the rest in the bytes.)
  void skippedEntity(const XMLCh* const name) final;
  // Notes whether the DOCTYPE names an external subset (see parse_xml).
  void startDTD(const XMLCh* const name, const XMLCh* const public_id, const XMLCh* const system_id) override;
  bool names_external_dtd() const { return external_dtd_; }
  // As the default resolver: deny all (an empty document for everything).
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
  bool external_dtd_ = false;
};

// The one factory (defined in xml_reader.cpp). `handler` receives content,
// errors, DTD/declaration and lexical events; `resolver` defaults to the
// handler's deny-all (Xerces asks it for DTDs, external entities and schema
// imports alike); `pool` is the validator's locked grammar pool (validation
// stays off until the caller turns it on). All must outlive the reader.
std::unique_ptr<xercesc::SAX2XMLReader> make_safe_reader(SafeHandler& handler,
                                                        xercesc::EntityResolver* resolver = nullptr,
                                                        xercesc::XMLGrammarPool* pool = nullptr);

// Parses `bytes` with `reader` (no copy of the bytes is made). `file` becomes
// the system id for Xerces' own messages.
void parse_bytes(xercesc::SAX2XMLReader& reader, std::string_view bytes, const std::string& file);

}  // namespace crux
