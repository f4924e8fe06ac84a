#include "tei/xml/xml_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "tei/base/error.h"

namespace crux {

namespace {

bool starts_with_bytes(std::string_view s, std::initializer_list<unsigned char> prefix) {
  if (s.size() < prefix.size()) return false;
  size_t i = 0;
  for (unsigned char c : prefix)
    if (static_cast<unsigned char>(s[i++]) != c) return false;
  return true;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The value of encoding="..." in an ASCII-compatible XML declaration, and
// where it sits (offset, length of the value); empty if none.
std::string declared_encoding(std::string_view s, size_t* value_at = nullptr) {
  if (s.substr(0, 5) != "<?xml") return {};
  size_t end = s.find("?>");
  if (end == std::string_view::npos) return {};
  std::string_view decl = s.substr(0, end);
  size_t k = decl.find("encoding");
  if (k == std::string_view::npos) return {};
  k += 8;
  while (k < decl.size() && (decl[k] == ' ' || decl[k] == '\t' || decl[k] == '\r' || decl[k] == '\n')) ++k;
  if (k >= decl.size() || decl[k] != '=') return {};
  ++k;
  while (k < decl.size() && (decl[k] == ' ' || decl[k] == '\t' || decl[k] == '\r' || decl[k] == '\n')) ++k;
  if (k >= decl.size() || (decl[k] != '"' && decl[k] != '\'')) return {};
  char quote = decl[k++];
  size_t close = decl.find(quote, k);
  if (close == std::string_view::npos) return {};
  if (value_at) *value_at = k;
  return std::string(decl.substr(k, close - k));
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

XmlEncoding sniff_xml_encoding(std::string_view b) {
  XmlEncoding e;
  auto set = [&](const char* name, const char* source, size_t bom) {
    e.name = name;
    e.source = source;
    e.utf8 = false;
    e.bom_length = bom;
  };
  if (starts_with_bytes(b, {0xEF, 0xBB, 0xBF})) {
    e.source = "bom";
    e.bom_length = 3;
    return e;
  }
  if (starts_with_bytes(b, {0x00, 0x00, 0xFE, 0xFF})) { set("UTF-32BE", "bom", 4); return e; }
  if (starts_with_bytes(b, {0xFF, 0xFE, 0x00, 0x00})) { set("UTF-32LE", "bom", 4); return e; }
  if (starts_with_bytes(b, {0xFE, 0xFF})) { set("UTF-16BE", "bom", 2); return e; }
  if (starts_with_bytes(b, {0xFF, 0xFE})) { set("UTF-16LE", "bom", 2); return e; }
  // Without a BOM, "<?" tells the width and byte order (appendix F.1).
  if (starts_with_bytes(b, {0x00, 0x00, 0x00, 0x3C})) { set("UTF-32BE", "declared", 0); return e; }
  if (starts_with_bytes(b, {0x3C, 0x00, 0x00, 0x00})) { set("UTF-32LE", "declared", 0); return e; }
  if (starts_with_bytes(b, {0x00, 0x3C, 0x00, 0x3F})) { set("UTF-16BE", "declared", 0); return e; }
  if (starts_with_bytes(b, {0x3C, 0x00, 0x3F, 0x00})) { set("UTF-16LE", "declared", 0); return e; }
  std::string declared = declared_encoding(b);
  if (declared.empty()) return e;
  std::string l = lower(declared);
  e.source = "declared";
  if (l == "utf-8" || l == "utf8") return e;
  e.name = declared;
  e.utf8 = (l == "us-ascii" || l == "ascii");
  return e;
}

std::string xml_to_utf8(std::string_view bytes, const std::string& file, XmlEncoding* found) {
  XmlEncoding e = sniff_xml_encoding(bytes);
  if (found) *found = e;
  if (e.utf8) return std::string(bytes);

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(e.name.c_str(), &status));
  if (U_FAILURE(status))
    throw bad_input(file, "the file declares the character encoding \"" + e.name + "\", which Crux does not know");
  // Invalid bytes must stop the conversion, never become U+FFFD silently.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string_view in = bytes.substr(e.bom_length);
  std::u16string utf16(in.size() + 1, u'\0');
  status = U_ZERO_ERROR;
  int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(utf16.data()), static_cast<int32_t>(utf16.size()),
                            in.data(), static_cast<int32_t>(in.size()), &status);
  if (U_FAILURE(status))
    throw bad_input(file, "the file contains bytes that are not valid " + e.name + " text");
  utf16.resize(static_cast<size_t>(n));
  if (!utf16.empty() && utf16[0] == u'\uFEFF') utf16.erase(0, 1);  // a BOM ICU kept

  std::string out;
  int32_t needed = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &needed, reinterpret_cast<const UChar*>(utf16.data()), static_cast<int32_t>(utf16.size()), &status);
  out.resize(static_cast<size_t>(needed));
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), needed, &needed, reinterpret_cast<const UChar*>(utf16.data()),
              static_cast<int32_t>(utf16.size()), &status);
  if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING)
    throw bad_input(file, "the file contains text that cannot be written as UTF-8 (unpaired surrogates)");

  // The declaration must now say what the bytes are.
  size_t at = 0;
  std::string old = declared_encoding(out, &at);
  if (!old.empty()) out.replace(at, old.size(), "UTF-8");
  return out;
}

}  // namespace crux
