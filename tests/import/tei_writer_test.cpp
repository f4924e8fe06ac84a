#include "tei/import/tei_writer.h"

#include <gtest/gtest.h>

#include "tei/source/plain_text.h"
#include "tei/source/source_header.h"
#include "tei/xml/validator.h"
#include "tei/xml/xml_reader.h"
#include "tests/support/test_support.h"

using namespace crux;

namespace {

Block heading(int level, const std::string& text) {
  Block b;
  b.kind = BlockKind::Heading;
  b.level = level;
  b.content = {Inline::text_run(text)};
  return b;
}

Block para(std::vector<Inline> content) {
  Block b;
  b.kind = BlockKind::Paragraph;
  b.content = std::move(content);
  return b;
}

Document sample_document() {
  Document d;
  d.body.push_back(para({Inline::text_run("Before any heading.")}));
  d.body.push_back(heading(1, "The Storming of the Winter Palace"));
  Inline emph{InlineKind::Emphasis, "", "italic", {Inline::text_run("Aurora")}};
  d.body.push_back(para({Inline::text_run("The cruiser "), emph, Inline::text_run(" fired blank shots "),
                         Inline{InlineKind::Citation, "[47]", "", {}}, Inline::text_run(".")}));
  d.body.push_back(heading(2, "Defenders"));
  Block list;
  list.kind = BlockKind::List;
  for (const char* t : {"cadets", "Cossacks", "the Women's Battalion <script>alert(1)</script> & co"}) {
    Block item;
    item.kind = BlockKind::ListItem;
    item.content = {Inline::text_run(t)};
    list.children.push_back(item);
  }
  d.body.push_back(list);
  d.body.push_back(heading(1, "Aftermath"));
  d.body.push_back(para({Inline::text_run("Kerensky escaped"), Inline{InlineKind::LineBreak, "", "", {}},
                         Inline::text_run("and fled.")}));
  Block table;
  table.kind = BlockKind::Table;
  Block row;
  row.kind = BlockKind::Row;
  Block c1, c2;
  c1.kind = c2.kind = BlockKind::Cell;
  c1.attr = "label";
  c1.content = {Inline::text_run("Date")};
  c2.content = {Inline::text_run("25 October 1917")};
  row.children = {c1, c2};
  table.children = {row};
  d.body.push_back(table);
  d.boilerplate.push_back({"advert", para({Inline::text_run("Unlock your full potential with tutoring")})});
  d.boilerplate.push_back({"contact", para({Inline::text_run("Phone 020 8988 8777")})});
  return d;
}

SourceMeta sample_meta() {
  SourceMeta m;
  m.id = "notes";
  m.title = "Revision notes";
  m.author = "A. Teacher";
  m.date = "2019-05-01";
  m.lang = "en";
  m.type = "tertiary";
  m.perspective = "Western textbook";
  m.distance = "later";
  m.audience = "pupils";
  m.provenance = "https://example.invalid/notes";
  m.reliability = "Simplified for exams.";
  m.original_file = "notes.txt";
  m.original_format = "text";
  m.encoding = "windows-1252";
  m.encoding_confidence = 87;
  m.import_date = "2017-11-08T00:00:00Z";
  m.crux_version = "0.1.0";
  return m;
}

}  // namespace

TEST(TeiWriter, HeadingsOpenNestedDivsAndBlocksGetPrefixedIds) {
  std::string tei = write_source_tei(sample_document(), sample_meta());
  EXPECT_NE(tei.find("<p xml:id=\"notes.p1\">Before any heading.</p>"), std::string::npos) << tei;
  EXPECT_NE(tei.find("<div xml:id=\"notes.div1\">\n        <head xml:id=\"notes.head1\">The Storming of the Winter Palace</head>"),
            std::string::npos) << tei;
  // The level-2 heading nests inside the first div; the next level-1 closes both.
  size_t div2 = tei.find("<div xml:id=\"notes.div2\">");
  size_t div3 = tei.find("<div xml:id=\"notes.div3\">");
  ASSERT_NE(div2, std::string::npos);
  ASSERT_NE(div3, std::string::npos);
  EXPECT_EQ(tei.substr(div2 - 8, 8), std::string(8, ' '));  // depth 4: TEI/text/body/div/div
  EXPECT_NE(tei.find("The cruiser <hi rend=\"italic\">Aurora</hi> fired blank shots <ref type=\"citation\">[47]</ref>."),
            std::string::npos);
  EXPECT_NE(tei.find("<item xml:id=\"notes.item3\">the Women's Battalion &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</item>"),
            std::string::npos);
  EXPECT_NE(tei.find("Kerensky escaped<lb/>\nand fled."), std::string::npos);
  EXPECT_NE(tei.find("<cell xml:id=\"notes.cell1\" role=\"label\">Date</cell>"), std::string::npos);
  EXPECT_NE(tei.find("<div type=\"boilerplate\" subtype=\"advert\">"), std::string::npos);
  EXPECT_NE(tei.find("<text xml:lang=\"en\">"), std::string::npos);
}

TEST(TeiWriter, HeaderCarriesTheSourceCriticismProfile) {
  std::string tei = write_source_tei(sample_document(), sample_meta());
  for (const char* part : {"<term type=\"source-type\">tertiary</term>", "<term type=\"perspective\">Western textbook</term>",
                           "<term type=\"distance\">later</term>", "<name type=\"audience\">pupils</name>",
                           "<date when=\"2019-05-01\">2019-05-01</date>", "<idno type=\"filename\">notes.txt</idno>",
                           "<note type=\"provenance\">https://example.invalid/notes</note>",
                           "<language ident=\"en\">English</language>",
                           "<application ident=\"crux\" version=\"0.1.0\" when=\"2017-11-08T00:00:00Z\">",
                           "encoding windows-1252, detected with confidence 87%"})
    EXPECT_NE(tei.find(part), std::string::npos) << part;
}

TEST(TeiWriter, IsDeterministic) {
  EXPECT_EQ(write_source_tei(sample_document(), sample_meta()), write_source_tei(sample_document(), sample_meta()));
}

TEST(TeiWriter, OutputIsValidAndReadsBack) {
  std::string tei = write_source_tei(sample_document(), sample_meta());
  auto problems = validate_document(tei, "notes.tei.xml");
  for (const auto& p : problems) ADD_FAILURE() << p.to_string();
  XmlDocument doc = parse_xml(tei, "notes.tei.xml");
  SourceMeta back = read_source_meta(doc);
  EXPECT_EQ(back.title, "Revision notes");
  EXPECT_EQ(back.author, "A. Teacher");
  EXPECT_EQ(back.lang, "en");
  EXPECT_EQ(back.type, "tertiary");
  EXPECT_EQ(back.perspective, "Western textbook");
  EXPECT_EQ(back.distance, "later");
  EXPECT_EQ(back.audience, "pupils");
  EXPECT_EQ(back.provenance, "https://example.invalid/notes");
  EXPECT_EQ(back.reliability, "Simplified for exams.");
  EXPECT_EQ(back.date, "2019-05-01");
  EXPECT_EQ(back.original_file, "notes.txt");
}

TEST(TeiWriter, PlainTextOffsetsMatchTheBlocks) {
  XmlDocument doc = parse_xml(write_source_tei(sample_document(), sample_meta()), "notes.tei.xml");
  PlainText pt = compute_plain_text(doc);
  EXPECT_EQ(pt.text,
            "Before any heading.\nThe Storming of the Winter Palace\nThe cruiser Aurora fired blank shots [47].\n"
            "Defenders\ncadets\nCossacks\nthe Women's Battalion <script>alert(1)</script> & co\nAftermath\n"
            "Kerensky escaped and fled.\nDate\n25 October 1917");
  ASSERT_EQ(pt.blocks.size(), 11u);
  EXPECT_EQ(pt.blocks[1].id, "notes.head1");
  EXPECT_EQ(pt.blocks[1].element, "head");
  EXPECT_EQ(pt.blocks[1].start, 20u);
  EXPECT_EQ(pt.blocks[3].depth, 2);
  EXPECT_EQ(pt.blocks[8].id, "notes.p3");
  // Boilerplate in <back> is not part of the reading text.
  EXPECT_EQ(pt.text.find("tutoring"), std::string::npos);
}

TEST(TeiWriter, JingAcceptsTheOutput) {
  CRUX_REQUIRE_SHARED();
  test::TempDir d;
  test::spit(d.file("notes.tei.xml"), write_source_tei(sample_document(), sample_meta()));
  std::string result = test::jing_tei_all(d.file("notes.tei.xml"));
  if (result.rfind("SKIP", 0) == 0) GTEST_SKIP() << result;
  EXPECT_EQ(result, "");
}

TEST(TeiWriter, LanguageNames) {
  EXPECT_EQ(language_name("vi"), "Vietnamese");
  EXPECT_EQ(language_name("ru"), "Russian");
  EXPECT_EQ(language_name(""), "Undetermined");
}
