// serialize_xml: deterministic output that reads back (through parse_xml) to
// the same tree, with the text of every element exactly as it was.
#include <gtest/gtest.h>

#include "tei/xml/xml_reader.h"
#include "tei/xml/xml_writer.h"

namespace crux {
namespace {

XmlNode tei_root() {
  XmlNode root;
  root.ns = kTeiNs;
  root.name = "TEI";
  return root;
}

TEST(XmlWriter, IndentsElementOnlyContentAndKeepsMixedContentAsIs) {
  XmlNode root = tei_root();
  XmlNode& body = root.add_element(kTeiNs, "text").add_element(kTeiNs, "body");
  XmlNode& p = body.add_element(kTeiNs, "p");
  p.attributes.push_back({kXmlNs, "id", "s.p1"});
  p.add_text("a < b & \"c\" ");
  p.add_element(kTeiNs, "hi").add_text("x");
  body.add_element(kTeiNs, "p");
  XmlWriteOptions options;
  options.processing_instructions = {"xml-model href=\"crux-tei.xsd\""};
  std::string out = serialize_xml(root, options);
  EXPECT_EQ(out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<?xml-model href=\"crux-tei.xsd\"?>\n"
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
            "  <text>\n"
            "    <body>\n"
            "      <p xml:id=\"s.p1\">a &lt; b &amp; \"c\" <hi>x</hi></p>\n"
            "      <p/>\n"
            "    </body>\n"
            "  </text>\n"
            "</TEI>\n");
  EXPECT_EQ(serialize_xml(root), serialize_xml(root));
}

TEST(XmlWriter, OneLineElementsGetNoAddedWhiteSpace) {
  // A paragraph that is all italic, an item holding only a nested list, a
  // paragraph with only a line break: indenting inside them would change
  // their string value (and every string-range offset into them). Writers of
  // TEI text must name such elements in one_line_elements; without it they
  // are indented like element-only content.
  XmlNode root = tei_root();
  XmlNode& body = root.add_element(kTeiNs, "text").add_element(kTeiNs, "body");
  body.add_element(kTeiNs, "p").add_element(kTeiNs, "hi").add_text("all italic");
  XmlNode& item = body.add_element(kTeiNs, "list").add_element(kTeiNs, "item");
  item.add_element(kTeiNs, "list").add_element(kTeiNs, "item").add_text("nested");
  body.add_element(kTeiNs, "p").add_element(kTeiNs, "lb");
  XmlWriteOptions options;
  options.one_line_elements = {"p", "head", "item", "cell"};
  XmlDocument back = parse_xml(serialize_xml(root, options), "w.xml");
  std::vector<const XmlNode*> ps, items;
  back.root->find_all("p", ps);
  back.root->find_all("item", items);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0]->string_value(), "all italic");
  EXPECT_EQ(ps[1]->string_value(), "");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]->string_value(), "nested");
}

TEST(XmlWriter, RoundTripsNamespacesAttributesAndUnicode) {
  XmlNode root = tei_root();
  root.attributes.push_back({kXmlNs, "lang", "vi"});
  XmlNode& other = root.add_element("urn:other", "x");
  other.add_element("", "plain").add_text("Tiếng Việt — ё 𝔸");
  XmlNode& ref = root.add_element(kTeiNs, "ref");
  ref.attributes.push_back({"", "target", "https://e.org/?a=1&b=\"2\"<>"});
  ref.add_text("r");
  std::string out = serialize_xml(root);
  EXPECT_NE(out.find("Tiếng Việt — ё 𝔸"), std::string::npos) << "characters, not references";
  XmlDocument back = parse_xml(out, "w.xml");
  EXPECT_EQ(back.root->attr_or("lang", "", kXmlNs), "vi");
  std::vector<const XmlNode*> elements;
  for (const auto& c : back.root->children)
    if (c->is_element()) elements.push_back(c.get());
  ASSERT_EQ(elements.size(), 2u);
  const XmlNode& x = *elements[0];
  EXPECT_EQ(x.ns, "urn:other");
  EXPECT_EQ(x.name, "x");
  const XmlNode* plain = nullptr;
  for (const auto& c : x.children)
    if (c->is_element()) plain = c.get();
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->ns, "");
  EXPECT_EQ(plain->string_value(), "Tiếng Việt — ё 𝔸");
  const XmlNode* r = back.root->find_first("ref");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->attr_or("target", ""), "https://e.org/?a=1&b=\"2\"<>");
}

}  // namespace
}  // namespace crux
