// add_missing_tei_ids: byte-preserving insertion of xml:ids into existing TEI.
#include <gtest/gtest.h>

#include <set>

#include "tei/xml/tei_ids.h"
#include "tei/xml/validator.h"
#include "tei/xml/xml_reader.h"
#include "tests/support/test_support.h"

namespace crux {
namespace {

std::set<std::string> all_ids(const std::string& xml) {
  std::set<std::string> ids;
  XmlDocument doc = parse_xml(xml, "ids.xml");
  std::vector<const XmlNode*> stack{doc.root.get()};
  size_t count = 0;
  while (!stack.empty()) {
    const XmlNode* n = stack.back();
    stack.pop_back();
    if (const std::string* id = n->xml_id()) {
      ids.insert(*id);
      ++count;
    }
    for (const auto& c : n->children)
      if (c->is_element()) stack.push_back(c.get());
  }
  EXPECT_EQ(ids.size(), count) << "duplicate xml:id";
  return ids;
}

TEST(TeiIds, InsertsIntoStartTagsAndKeepsEverythingElse) {
  std::string in =
      "<?xml version='1.0'?>\n"
      "<?xml-stylesheet type=\"text/css\" href=\"a.css\"?>\n"
      "<!DOCTYPE TEI [\n  <!-- <p> in a comment -->\n  <!ATTLIST p rend CDATA \"x>y\">\n]>\n"
      "<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\">\n"
      "<tei:teiHeader><tei:p>header p keeps no id</tei:p></tei:teiHeader>\n"
      "<tei:text><tei:body>\n"
      "  <tei:p n='a>b \"q\"'>one<!-- <p> --><![CDATA[<p>]]><?pi <p>?></tei:p>\n"
      "  <tei:p xml:id=\"s.p2\">kept</tei:p>\n"
      "  <tei:p\n     rend=\"x\"  ><tei:seg>no id for seg</tei:seg></tei:p>\n"
      "  <tei:p/><tei:lb/><other:p xmlns:other=\"urn:other\"/>\n"
      "  <tei:div type=\"d\" ><tei:head>h</tei:head></tei:div>\n"
      "</tei:body></tei:text>\n"
      "</tei:TEI>\n";
  IdInsertionResult r = add_missing_tei_ids(in, "s", "in.xml");
  std::string expected =
      "<?xml version='1.0'?>\n"
      "<?xml-stylesheet type=\"text/css\" href=\"a.css\"?>\n"
      "<!DOCTYPE TEI [\n  <!-- <p> in a comment -->\n  <!ATTLIST p rend CDATA \"x>y\">\n]>\n"
      "<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\">\n"
      "<tei:teiHeader><tei:p>header p keeps no id</tei:p></tei:teiHeader>\n"
      "<tei:text><tei:body xml:id=\"s.body1\">\n"
      "  <tei:p n='a>b \"q\"' xml:id=\"s.p1\">one<!-- <p> --><![CDATA[<p>]]><?pi <p>?></tei:p>\n"
      "  <tei:p xml:id=\"s.p2\">kept</tei:p>\n"
      "  <tei:p\n     rend=\"x\"   xml:id=\"s.p3\"><tei:seg>no id for seg</tei:seg></tei:p>\n"
      "  <tei:p xml:id=\"s.p4\"/><tei:lb/><other:p xmlns:other=\"urn:other\"/>\n"
      "  <tei:div type=\"d\"  xml:id=\"s.div1\"><tei:head xml:id=\"s.head1\">h</tei:head></tei:div>\n"
      "</tei:body></tei:text>\n"
      "</tei:TEI>\n";
  EXPECT_EQ(r.xml, expected);
  EXPECT_EQ(r.ids_added, 6u);
}

TEST(TeiIds, NumbersSkipIdsTheFileAlreadyHas) {
  std::string in =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text xml:id=\"s.p3\"><body xml:id=\"b\">"
      "<p/><p xml:id=\"s.p1\"/><p/><p/></body></text></TEI>";
  IdInsertionResult r = add_missing_tei_ids(in, "s", "in.xml");
  EXPECT_EQ(r.xml,
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text xml:id=\"s.p3\"><body xml:id=\"b\">"
            "<p xml:id=\"s.p2\"/><p xml:id=\"s.p1\"/><p xml:id=\"s.p4\"/><p xml:id=\"s.p5\"/></body></text></TEI>");
  EXPECT_EQ(r.ids_added, 3u);
  // Nothing to add: the bytes come back as they were.
  EXPECT_EQ(add_missing_tei_ids(r.xml, "s", "in.xml").xml, r.xml);
  EXPECT_EQ(add_missing_tei_ids(r.xml, "s", "in.xml").ids_added, 0u);
}

TEST(TeiIds, RefusesWhatItCannotDoSafely) {
  EXPECT_THROW(add_missing_tei_ids("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>", "s", "cut.xml"), XmlError);
  try {
    add_missing_tei_ids("<TEI/>", "1-bad", "a.xml");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::Internal);
  }
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<TEI/>")) utf16 += std::string{c, '\0'};
  try {
    add_missing_tei_ids(utf16, "s", "u16.xml");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::Internal);
  }
}

class TeiIdsOnCorpus : public ::testing::TestWithParam<std::pair<const char*, size_t>> {};

TEST_P(TeiIdsOnCorpus, AddsOnlyIdsAndKeepsTheBytes) {
  CRUX_REQUIRE_SHARED();
  const auto& [name, expected_added] = GetParam();
  std::string original = test::slurp(test::shared_dir() + "/corpus/tei-samples/" + name);
  const std::string source_id = "dracor-play";
  IdInsertionResult r = add_missing_tei_ids(original, source_id, name);
  // Counted with xmllint: the listed block elements inside TEI <text> lacking @xml:id.
  EXPECT_EQ(r.ids_added, expected_added);

  std::set<std::string> before = all_ids(original), after = all_ids(r.xml);
  for (const std::string& id : before) EXPECT_TRUE(after.count(id)) << "lost " << id;
  EXPECT_EQ(after.size(), before.size() + r.ids_added);
  // Removing exactly the new attributes gives back the original bytes.
  std::string stripped;
  const std::string marker = " xml:id=\"";
  size_t pos = 0;
  for (size_t at = r.xml.find(marker); at != std::string::npos; at = r.xml.find(marker, at + 1)) {
    size_t end = r.xml.find('"', at + marker.size());
    std::string id = r.xml.substr(at + marker.size(), end - at - marker.size());
    if (before.count(id)) continue;
    EXPECT_EQ(id.rfind(source_id + ".", 0), 0u) << id;
    stripped.append(r.xml, pos, at - pos);
    pos = end + 1;
  }
  stripped.append(r.xml, pos);
  EXPECT_TRUE(stripped == original) << "bytes other than the new ids changed";
  EXPECT_EQ(r.xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?xml-stylesheet type=\"text/css\" href=\"../css/tei.css\"?>", 0), 0u);
  EXPECT_TRUE(validate_document(r.xml, name).empty());

  test::TempDir dir;
  test::spit(dir.file("with-ids.xml"), r.xml);
  std::string jing = test::jing_tei_all(dir.file("with-ids.xml"));
  if (jing.starts_with("SKIP")) GTEST_SKIP() << jing;
  EXPECT_EQ(jing, "");
}

INSTANTIATE_TEST_SUITE_P(Samples, TeiIdsOnCorpus,
                         ::testing::Values(std::make_pair("chekhov-medved.rusdracor.xml", size_t{643}),
                                           std::make_pair("bulgakov-dni-turbinyh.rusdracor.xml", size_t{4369})),
                         [](const auto& info) {  // stable test names: the author
                           std::string name = info.param.first;
                           return name.substr(0, name.find('-'));
                         });

}  // namespace
}  // namespace crux
