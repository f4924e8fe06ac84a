// The TEI importer: existing TEI P5 kept byte for byte, missing ids added,
// report and metadata read from the document.
#include <gtest/gtest.h>

#include "tei/import/importers.h"
#include "tei/xml/validator.h"
#include "tei/xml/xml_reader.h"
#include "tests/support/test_support.h"

namespace crux {
namespace {

const Importer& tei_importer() {
  static std::unique_ptr<Importer> imp = make_tei_importer();
  return *imp;
}

ImportResult import(const std::string& bytes, const ImportOptions& options = {}, const std::string& id = "src") {
  SourceMeta meta;
  meta.id = id;
  return tei_importer().run("in.xml", bytes, options, meta);
}

ImportOptions with_lang(const std::string& lang) {
  ImportOptions o;
  o.lang = lang;
  return o;
}

bool has_warning(const ImportReport& r, const std::string& part) {
  for (const auto& w : r.warnings)
    if (w.find(part) != std::string::npos) return true;
  return false;
}

std::string utf16le(const std::u16string& s) {
  std::string out = "\xFF\xFE";
  for (char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

const std::string kMinimal =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
    "<titleStmt><title> The  Title </title><author><persName>Ann Author</persName><idno>Q1</idno></author></titleStmt>"
    "<publicationStmt><p>x</p></publicationStmt>"
    "<sourceDesc><bibl><date when=\"1917-10\">October 1917</date></bibl></sourceDesc></fileDesc></teiHeader>"
    "<text><body><p>a</p><list><item>i</item></list></body></text></TEI>\n";

TEST(TeiImporter, SniffsTeiP5ByRootAndNamespace) {
  const Importer& imp = tei_importer();
  EXPECT_EQ(imp.format(), "tei");
  EXPECT_EQ(imp.sniff(kMinimal, "x.xml"), 100);
  EXPECT_EQ(imp.sniff("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a\"?><!-- c -->\n"
                      "<!DOCTYPE TEI [ <!ATTLIST p a CDATA \"]>\"> ]>\n"
                      "<tei:teiCorpus xmlns:tei=\"http://www.tei-c.org/ns/1.0\">",
                      "x"),
            100);
  EXPECT_EQ(imp.sniff(utf16le(u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><TEI xmlns='http://www.tei-c.org/ns/1.0'>"), "x"),
            100);
  EXPECT_EQ(imp.sniff("<TEI.2><teiHeader>", "old.xml"), 60);
  EXPECT_EQ(imp.sniff("<TEI xmlns=\"http://example.org/\">", "x.xml"), 60);
  EXPECT_EQ(imp.sniff("<html><body>", "x.html"), 0);
  EXPECT_EQ(imp.sniff("Just text.\n", "x.txt"), 0);
  EXPECT_EQ(imp.sniff("<p xmlns=\"http://www.tei-c.org/ns/1.0\">", "x.xml"), 0);
}

TEST(TeiImporter, RefusesTeiWithoutTheP5Namespace) {
  try {
    import("<TEI.2><teiHeader/><text><body><p>x</p></body></text></TEI.2>");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::BadInput);
    EXPECT_NE(std::string(e.what()).find("TEI P4"), std::string::npos) << e.what();
  }
  EXPECT_THROW(import("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>"), XmlError);
}

TEST(TeiImporter, ReadsMetadataLanguageAndCounts) {
  ImportResult r = import(kMinimal, with_lang("de"));
  EXPECT_EQ(r.report.format, "tei");
  EXPECT_EQ(r.report.encoding, "UTF-8");
  EXPECT_EQ(r.report.encoding_source, "declared");
  EXPECT_EQ(r.found.title, "The Title");
  EXPECT_EQ(r.found.author, "Ann Author");
  EXPECT_EQ(r.found.date, "1917-10");
  EXPECT_EQ(r.report.language, "de");
  EXPECT_EQ(r.report.language_source, "given");
  EXPECT_EQ(r.report.paragraphs, 1u);
  EXPECT_EQ(r.report.list_items, 1u);
  EXPECT_EQ(r.report.ids_added, 4u);  // body, p, list, item
  EXPECT_FALSE(r.document.has_value());
  EXPECT_NE(r.tei.find("<p xml:id=\"src.p1\">a</p>"), std::string::npos);
  EXPECT_TRUE(has_warning(r.report, "found 1 paragraphs (p), 0 headings (head), 1 list items (item), 0 tables and 0 speeches (sp)"));

  std::string declared = kMinimal;
  declared.replace(declared.find("<TEI "), 5, "<TEI xml:lang=\"uk\" ");
  ImportResult lang = import(declared, with_lang("de"));
  EXPECT_EQ(lang.report.language, "uk");
  EXPECT_EQ(lang.report.language_source, "document");
  EXPECT_EQ(lang.found.lang, "uk");
  EXPECT_TRUE(has_warning(import(kMinimal).report, "does not state its language"));
}

TEST(TeiImporter, ConvertsUtf16ToUtf8) {
  std::u16string doc = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                       u"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text xml:lang=\"ru\"><body><p>Жук</p></body></text></TEI>";
  ImportResult r = import(utf16le(doc));
  EXPECT_EQ(r.report.encoding, "UTF-16LE");
  EXPECT_EQ(r.report.encoding_source, "bom");
  EXPECT_TRUE(has_warning(r.report, "converted from UTF-16LE to UTF-8"));
  EXPECT_EQ(r.tei,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text xml:lang=\"ru\"><body xml:id=\"src.body1\">"
            "<p xml:id=\"src.p1\">Жук</p></body></text></TEI>");
  EXPECT_EQ(r.report.language, "ru");
}

TEST(TeiImporter, KeepsATeiCorpusAsOneSource) {
  std::string corpus =
      "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>C</title></titleStmt>"
      "</fileDesc></teiHeader>"
      "<TEI xml:id=\"a\"><teiHeader/><text><body><p xml:id=\"x\">1</p></body></text></TEI>"
      "<TEI><teiHeader/><text><body><p xml:id=\"x\">2</p><sp><p>3</p></sp></body></text></TEI></teiCorpus>";
  ImportResult r = import(corpus);
  EXPECT_TRUE(has_warning(r.report, "a teiCorpus of 2 TEI documents is imported as one source"));
  EXPECT_TRUE(has_warning(r.report, "1 xml:ids are used more than once"));
  EXPECT_EQ(r.found.title, "C");
  EXPECT_EQ(r.report.paragraphs, 3u);
  EXPECT_EQ(r.report.ids_added, 4u);  // body, body, sp, p
}

class TeiImporterOnCorpus : public ::testing::TestWithParam<const char*> {};

// Expected numbers counted with xmllint, e.g.
//   xmllint --xpath 'count(//*[local-name()="text"]//*[local-name()="sp"])' FILE
struct Expected {
  size_t paragraphs, headings, speeches, ids_added;
  const char* title;
  const char* author;
};

TEST_P(TeiImporterOnCorpus, ImportsKeepingTheFile) {
  CRUX_REQUIRE_SHARED();
  std::string name = GetParam();
  Expected e = name.starts_with("chekhov") ? Expected{201, 12, 153, 643, "Медведь", "Антон Павлович Чехов"}
                                           : Expected{1365, 11, 1247, 4369, "Дни Турбиных", "Михаил Афанасьевич Булгаков"};
  std::string original = test::slurp(test::shared_dir() + "/corpus/tei-samples/" + name);
  ASSERT_EQ(tei_importer().sniff(std::string_view(original).substr(0, 64 * 1024), name), 100);
  ImportResult r = import(original, {}, "play");
  EXPECT_EQ(r.report.format, "tei");
  EXPECT_EQ(r.report.encoding, "UTF-8");
  EXPECT_EQ(r.report.paragraphs, e.paragraphs);
  EXPECT_EQ(r.report.headings, e.headings);
  EXPECT_EQ(r.report.list_items, 0u);
  EXPECT_EQ(r.report.ids_added, e.ids_added);
  EXPECT_TRUE(has_warning(r.report, std::to_string(e.speeches) + " speeches (sp)"));
  EXPECT_EQ(r.report.language, "ru");
  EXPECT_EQ(r.report.language_source, "document");
  EXPECT_EQ(r.found.title, e.title);
  EXPECT_EQ(r.found.author, e.author);

  // Everything before <text> (prolog, PIs, header, standOff) is byte for byte
  // the original; ids were only added inside <text>.
  size_t text_at = original.find("<text>");
  ASSERT_NE(text_at, std::string::npos);
  EXPECT_TRUE(r.tei.compare(0, text_at, original, 0, text_at) == 0);
  size_t header_end = original.find("</teiHeader>");
  EXPECT_LT(header_end, text_at);
  EXPECT_EQ(r.tei.size(), original.size() + [&] {
    size_t n = 0;
    for (size_t at = r.tei.find(" xml:id=\"play."); at != std::string::npos; at = r.tei.find(" xml:id=\"play.", at + 1))
      n += r.tei.find('"', at + 14) + 1 - at;
    return n;
  }());
  auto problems = validate_document(r.tei, name);
  EXPECT_TRUE(problems.empty()) << problems.size() << " problems, first " << problems[0].to_string();
}

INSTANTIATE_TEST_SUITE_P(Samples, TeiImporterOnCorpus,
                         ::testing::Values("chekhov-medved.rusdracor.xml", "bulgakov-dni-turbinyh.rusdracor.xml"),
                         [](const auto& info) {  // stable test names: the author
                           std::string name = info.param;
                           return name.substr(0, name.find('-'));
                         });

}  // namespace
}  // namespace crux
