// sniff_xml_encoding / xml_to_utf8 (XML 1.0 appendix F) and sniff_xml_root.
#include <gtest/gtest.h>

#include "tei/base/error.h"
#include "tei/xml/xml_encoding.h"
#include "tei/xml/xml_reader.h"
#include "tei/xml/xml_sniff.h"

namespace crux {
namespace {

std::string utf16(const std::u16string& s, bool little_endian, bool bom) {
  std::string out = bom ? (little_endian ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char16_t c : s) {
    char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

TEST(XmlEncoding, SniffsBomDeclarationOrDefault) {
  auto e = sniff_xml_encoding("<a/>");
  EXPECT_EQ(e.name, "UTF-8");
  EXPECT_EQ(e.source, "utf-8");
  EXPECT_TRUE(e.utf8);
  e = sniff_xml_encoding("<?xml version=\"1.0\" encoding='utf-8'?><a/>");
  EXPECT_EQ(e.name, "UTF-8");
  EXPECT_EQ(e.source, "declared");
  e = sniff_xml_encoding("\xEF\xBB\xBF<a/>");
  EXPECT_EQ(e.source, "bom");
  EXPECT_EQ(e.bom_length, 3u);
  e = sniff_xml_encoding("<?xml version=\"1.0\" encoding = \"windows-1251\" ?><a/>");
  EXPECT_EQ(e.name, "windows-1251");
  EXPECT_FALSE(e.utf8);
  EXPECT_TRUE(sniff_xml_encoding("<?xml version=\"1.0\" encoding=\"US-ASCII\"?><a/>").utf8);
  EXPECT_EQ(sniff_xml_encoding(utf16(u"<a/>", true, true)).name, "UTF-16LE");
  EXPECT_EQ(sniff_xml_encoding(utf16(u"<a/>", false, true)).name, "UTF-16BE");
  e = sniff_xml_encoding(utf16(u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>", false, false));
  EXPECT_EQ(e.name, "UTF-16BE");
  EXPECT_EQ(e.source, "declared");
}

TEST(XmlEncoding, ConvertsToUtf8AndRewritesTheDeclaration) {
  std::string cp1251 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<p>\xCC\xE8\xF0</p>";
  XmlEncoding found;
  EXPECT_EQ(xml_to_utf8(cp1251, "w.xml", &found), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p>Мир</p>");
  EXPECT_EQ(found.name, "windows-1251");
  std::u16string u16 = u"<?xml version='1.0' encoding='UTF-16'?>\n<p>Жук 𝔸</p>";
  EXPECT_EQ(xml_to_utf8(utf16(u16, false, true), "u.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n<p>Жук 𝔸</p>");
  EXPECT_EQ(xml_to_utf8(utf16(u"<p>x</p>", true, true), "u.xml"), "<p>x</p>");
  // UTF-8 comes back byte for byte, BOM included.
  EXPECT_EQ(xml_to_utf8("\xEF\xBB\xBF<p>x</p>", "b.xml"), "\xEF\xBB\xBF<p>x</p>");
  // The converted document parses to the same text.
  EXPECT_EQ(parse_xml(xml_to_utf8(cp1251, "w.xml"), "w.xml").root->string_value(), "Мир");
}

TEST(XmlEncoding, RefusesUnknownEncodingsAndInvalidBytes) {
  EXPECT_THROW(xml_to_utf8("<?xml version=\"1.0\" encoding=\"no-such-charset\"?><a/>", "n.xml"), Error);
  std::string lone_surrogate = utf16(u"<a>", true, true) + std::string("\x00\xD8", 2) + utf16(u"</a>", true, false);
  try {
    xml_to_utf8(lone_surrogate, "s.xml");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::BadInput);
    EXPECT_EQ(e.file(), "s.xml");
  }
}

TEST(XmlSniff, FindsTheRootAndItsNamespace) {
  XmlRootName r = sniff_xml_root(
      "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- <x> -->\n<!DOCTYPE tei:TEI [ <!ATTLIST p a CDATA \"]>\"> ]>\n"
      "<tei:TEI xmlns=\"urn:default\" xmlns:tei='http://www.tei-c.org/ns/1.0' a=\"/>\">");
  EXPECT_TRUE(r.found);
  EXPECT_EQ(r.qname, "tei:TEI");
  EXPECT_EQ(r.local, "TEI");
  EXPECT_EQ(r.ns, kTeiNs);
  EXPECT_TRUE(r.ns_known);
  r = sniff_xml_root("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"r");
  EXPECT_EQ(r.local, "TEI");
  EXPECT_FALSE(r.ns_known);
  r = sniff_xml_root(utf16(u"<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">", true, false));
  EXPECT_EQ(r.local, "teiCorpus");
  EXPECT_EQ(r.ns, kTeiNs);
  EXPECT_FALSE(sniff_xml_root("plain text").found);
  EXPECT_FALSE(sniff_xml_root("<!-- unterminated").found);
}

}  // namespace
}  // namespace crux
