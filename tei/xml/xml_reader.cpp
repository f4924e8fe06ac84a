// parse_xml(), check_well_formed() and make_safe_reader(): the only place a
// Xerces parser is created (see safe_parser.h for the shared pieces).
#include "tei/xml/xml_reader.h"

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>

#include <cstdlib>
#include <mutex>

#include "tei/base/utf8.h"
#include "tei/xml/safe_parser.h"
#include "tei/xml/start_tag_scanner.h"
#include "tei/xml/xml_encoding.h"

namespace crux {

using namespace xercesc;

// Entity references expanded per document, at most. Crux refuses entity
// declarations outright, so this only backs that refusal up; the predefined
// entities (&amp; ...) and character references do not count.
static constexpr XMLSize_t kEntityExpansionLimit = 100;

void ensure_xml_platform() {
  static std::once_flag once;
  std::call_once(once, [] {
    try {
      XMLPlatformUtils::Initialize();
    } catch (const XMLException& e) {
      throw environment_error("", "the XML library (Xerces-C) could not start: " + to_utf8(e.getMessage()));
    }
    // Objects built after this point (grammar pools...) are destroyed before
    // this runs: static destruction runs in reverse order with atexit.
    std::atexit([] { XMLPlatformUtils::Terminate(); });
  });
}

std::unique_ptr<SAX2XMLReader> make_safe_reader(SafeHandler& handler, EntityResolver* resolver,
                                                XMLGrammarPool* pool) {
  ensure_xml_platform();
  static SecurityManager* security = [] {
    auto* s = new SecurityManager();  // shared, read-only, lives as long as the process
    s->setEntityExpansionLimit(kEntityExpansionLimit);
    return s;
  }();
  std::unique_ptr<SAX2XMLReader> r(pool ? XMLReaderFactory::createXMLReader(XMLPlatformUtils::fgMemoryManager, pool)
                                        : XMLReaderFactory::createXMLReader());
  try {
    r->setFeature(XMLUni::fgSAX2CoreNameSpaces, true);
    r->setFeature(XMLUni::fgSAX2CoreNameSpacePrefixes, false);
    // Validation is the validator's business; it switches it on itself.
    r->setFeature(XMLUni::fgSAX2CoreValidation, false);
    r->setFeature(XMLUni::fgXercesSchema, false);
    // Safety: never read an external DTD, never resolve an entity on our own,
    // never follow xsi:schemaLocation hints, bound entity expansion.
    r->setFeature(XMLUni::fgXercesLoadExternalDTD, false);
    r->setFeature(XMLUni::fgXercesDisableDefaultEntityResolution, true);
    r->setFeature(XMLUni::fgXercesLoadSchema, false);
    r->setProperty(XMLUni::fgXercesSecurityManager, security);
  } catch (const SAXException& e) {
    throw internal_error("the XML parser refused a safety setting: " + to_utf8(e.getMessage()));
  }
  r->setContentHandler(&handler);
  r->setErrorHandler(&handler);
  r->setDTDHandler(&handler);
  r->setLexicalHandler(&handler);
  r->setDeclarationHandler(&handler);  // entity declarations → refused
  r->setEntityResolver(resolver ? resolver : &handler);
  return r;
}

void parse_bytes(SAX2XMLReader& reader, std::string_view bytes, const std::string& file) {
  std::u16string system_id = to_xmlch(file.empty() ? std::string("input.xml") : file);
  MemBufInputSource source(reinterpret_cast<const XMLByte*>(bytes.data()), bytes.size(), system_id.c_str(), false);
  try {
    reader.parse(source);
  } catch (const SAXParseException& e) {
    throw XmlError(file, static_cast<int>(e.getLineNumber()), static_cast<int>(e.getColumnNumber()),
                   to_utf8(e.getMessage()));
  } catch (const SAXException& e) {
    throw bad_input(file, to_utf8(e.getMessage()));
  } catch (const OutOfMemoryException&) {
    throw bad_input(file, "the XML file is too large to read into memory");
  } catch (const XMLException& e) {
    throw bad_input(file, "not well-formed XML: " + to_utf8(e.getMessage()));
  }
}

namespace {

// Moves (line, column) from byte `pos` to byte `to` of UTF-8 text: lines
// end at \n, \r\n or \r (XML's line-end normalisation); columns are
// 1-based and count code points.
void advance_position(std::string_view bytes, size_t& pos, size_t to, int& line, int& column) {
  for (; pos < to; ++pos) {
    unsigned char c = static_cast<unsigned char>(bytes[pos]);
    if (c == '\n' || (c == '\r' && (pos + 1 >= bytes.size() || bytes[pos + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80 && c != '\r') {
      ++column;
    }
  }
}

[[noreturn]] void fail_at(std::string_view bytes, size_t offset, const std::string& file, const std::string& message) {
  int line = 1, column = 1;
  size_t pos = 0;
  advance_position(bytes, pos, offset, line, column);
  throw XmlError(file, line, column, message);
}

// Rejects invalid UTF-8 before Xerces sees it: Xerces refuses it too, but
// this names the exact position and says what is wrong in plain words.
void check_utf8(std::string_view bytes, const std::string& file) {
  XmlEncoding enc = sniff_xml_encoding(bytes);
  if (!enc.utf8 || enc.name != "UTF-8") return;
  if (auto bad = first_invalid_utf8(bytes))
    fail_at(bytes, *bad, file, "the file is not valid UTF-8 (an invalid byte sequence)");
}

// When the DOCTYPE names an external DTD (which is never read), Xerces skips
// references to entities it may declare without telling anyone; Crux refuses
// them instead of silently losing their text. (Without an external DTD,
// Xerces itself reports undeclared entities.)
void check_no_external_entities(std::string_view bytes, const std::string& file) {
  std::string converted;
  if (!sniff_xml_encoding(bytes).utf8) bytes = converted = xml_to_utf8(bytes, file);
  std::vector<StartTag> tags;
  std::vector<size_t> refs;
  scan_start_tags(bytes, tags, &refs);
  if (refs.empty()) return;
  size_t end = bytes.find(';', refs[0]);
  std::string name(bytes.substr(refs[0] + 1, end == std::string_view::npos ? 0 : end - refs[0] - 1));
  fail_at(bytes, refs[0], file,
          "the file uses the entity &" + name +
              "; declared in an external DTD, which Crux does not read (replace it with the character it stands for)");
}

class TreeBuilder : public SafeHandler {
 public:
  TreeBuilder(std::string file, bool build) : SafeHandler(std::move(file)), build_(build) {}

  void startElement(const XMLCh* const uri, const XMLCh* const localname, const XMLCh* const,
                    const Attributes& attrs) override {
    if (++depth_ > kMaxXmlDepth)
      fail("elements are nested more than " + std::to_string(kMaxXmlDepth) +
           " levels deep; Crux refuses such files");
    if (!build_) return;
    XmlNode* node;
    if (!current_) {
      root_ = std::make_unique<XmlNode>();
      node = root_.get();
      node->ns = to_utf8(uri);
      node->name = to_utf8(localname);
    } else {
      node = &current_->add_element(to_utf8(uri), to_utf8(localname));
    }
    // The locator is at the end of the start tag; parse_xml moves it to the
    // '<' when it can read the bytes.
    node->line = current_line();
    node->column = current_column();
    node->attributes.reserve(attrs.getLength());
    for (XMLSize_t i = 0; i < attrs.getLength(); ++i)
      node->attributes.push_back({to_utf8(attrs.getURI(i)), to_utf8(attrs.getLocalName(i)), to_utf8(attrs.getValue(i))});
    current_ = node;
  }

  void endElement(const XMLCh* const, const XMLCh* const, const XMLCh* const) override {
    --depth_;
    if (build_ && current_) current_ = current_->parent;
  }

  void characters(const XMLCh* const chars, const XMLSize_t length) override {
    if (!build_ || !current_ || length == 0) return;
    auto& children = current_->children;
    if (children.empty() || children.back()->kind != XmlNode::Kind::Text) current_->add_text(std::string());
    append_utf8_from_xmlch(children.back()->text, chars, length);
  }

  void ignorableWhitespace(const XMLCh* const chars, const XMLSize_t length) override { characters(chars, length); }

  std::unique_ptr<XmlNode> take_root() { return std::move(root_); }

 private:
  bool build_;
  int depth_ = 0;
  XmlNode* current_ = nullptr;
  std::unique_ptr<XmlNode> root_;
};

// Sets each element's line/column to its '<' (1-based; columns count code
// points), matching the n-th start tag in the bytes with the n-th element.
// Only for UTF-8 input; leaves the locator's positions if the counts differ.
void place_elements(XmlNode& root, std::string_view bytes) {
  std::vector<StartTag> tags;
  if (!scan_start_tags(bytes, tags)) return;
  std::vector<XmlNode*> elements;
  std::vector<XmlNode*> stack{&root};
  while (!stack.empty()) {
    XmlNode* n = stack.back();
    stack.pop_back();
    elements.push_back(n);
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
      if ((*it)->is_element()) stack.push_back(it->get());
  }
  if (elements.size() != tags.size()) return;
  int line = 1, column = 1;
  size_t pos = 0;
  for (size_t k = 0; k < tags.size(); ++k) {
    advance_position(bytes, pos, tags[k].begin, line, column);
    elements[k]->line = line;
    elements[k]->column = column;
  }
}

void run_parse(TreeBuilder& handler, std::string_view bytes, const std::string& file) {
  check_utf8(bytes, file);
  auto reader = make_safe_reader(handler);
  parse_bytes(*reader, bytes, file);
  if (handler.names_external_dtd()) check_no_external_entities(bytes, file);
}

}  // namespace

XmlDocument parse_xml(std::string_view bytes, const std::string& file) {
  TreeBuilder builder(file, true);
  run_parse(builder, bytes, file);
  XmlDocument doc;
  doc.file = file;
  doc.root = builder.take_root();
  if (!doc.root) throw XmlError(file, 1, 1, "not well-formed XML: the file has no root element");
  if (sniff_xml_encoding(bytes).utf8) place_elements(*doc.root, bytes);
  return doc;
}

void check_well_formed(std::string_view bytes, const std::string& file) {
  TreeBuilder checker(file, false);
  run_parse(checker, bytes, file);
}

}  // namespace crux
