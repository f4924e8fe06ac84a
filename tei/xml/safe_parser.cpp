#include "tei/xml/safe_parser.h"

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/XMLString.hpp>

#include "tei/base/utf8.h"
#include "tei/xml/xml_reader.h"

namespace crux {

using namespace xercesc;

namespace {

std::string location(const std::string& path, int line, int column) {
  return (path.empty() ? std::string("(input)") : path) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

int clamp_position(XMLFileLoc v) { return v > 0x7fffffff ? 0x7fffffff : static_cast<int>(v); }

}  // namespace

InputSource* empty_input_source() {
  static const XMLByte nothing[1] = {0};
  return new MemBufInputSource(nothing, 0, u"", false);
}

XmlError::XmlError(const std::string& path, int line, int column, const std::string& message)
    : Error(ErrorCategory::BadInput, message, location(path, line, column)),
      path_(path),
      line_(line),
      column_(column) {}

void append_utf8_from_xmlch(std::string& out, const XMLCh* s, XMLSize_t length) {
  for (XMLSize_t i = 0; i < length; ++i) {
    char32_t c = s[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<char32_t>(s[i + 1]) - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    append_utf8(out, c);
  }
}

std::string to_utf8(const XMLCh* s, XMLSize_t length) {
  std::string out;
  out.reserve(length);
  append_utf8_from_xmlch(out, s, length);
  return out;
}

std::string to_utf8(const XMLCh* s) { return s ? to_utf8(s, XMLString::stringLen(s)) : std::string(); }

std::u16string to_xmlch(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    char32_t c = decode_utf8(utf8, i);
    if (c >= 0x10000) {
      c -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (c >> 10));
      out += static_cast<char16_t>(0xDC00 + (c & 0x3FF));
    } else {
      out += static_cast<char16_t>(c);
    }
  }
  return out;
}

int SafeHandler::current_line() const { return locator_ ? clamp_position(locator_->getLineNumber()) : 0; }
int SafeHandler::current_column() const { return locator_ ? clamp_position(locator_->getColumnNumber()) : 0; }

void SafeHandler::fail(const std::string& message) const {
  throw XmlError(file_, current_line(), current_column(), message);
}

void SafeHandler::internalEntityDecl(const XMLCh* const, const XMLCh* const) { fail(kEntityRefusalMessage); }
void SafeHandler::externalEntityDecl(const XMLCh* const, const XMLCh* const, const XMLCh* const) {
  fail(kEntityRefusalMessage);
}
void SafeHandler::unparsedEntityDecl(const XMLCh* const, const XMLCh* const, const XMLCh* const,
                                     const XMLCh* const) {
  fail(kEntityRefusalMessage);
}

void SafeHandler::skippedEntity(const XMLCh* const name) {
  fail("the file uses the entity &" + to_utf8(name) +
       "; declared in an external DTD, which Crux does not read (replace it with the character it stands for)");
}

void SafeHandler::startDTD(const XMLCh* const, const XMLCh* const public_id, const XMLCh* const system_id) {
  external_dtd_ = (system_id && *system_id) || (public_id && *public_id);
}

InputSource* SafeHandler::resolveEntity(const XMLCh* const, const XMLCh* const) { return empty_input_source(); }

void SafeHandler::fatalError(const SAXParseException& e) {
  throw XmlError(file_, clamp_position(e.getLineNumber()), clamp_position(e.getColumnNumber()),
                 "not well-formed XML: " + to_utf8(e.getMessage()));
}

void SafeHandler::error(const SAXParseException& e) {
  throw XmlError(file_, clamp_position(e.getLineNumber()), clamp_position(e.getColumnNumber()),
                 to_utf8(e.getMessage()));
}

}  // namespace crux
