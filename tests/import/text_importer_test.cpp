// The plain-text importer end to end: bytes in, document and report out.
#include <gtest/gtest.h>

#include "tei/base/error.h"
#include "tei/import/importers.h"
#include "tests/support/test_support.h"

namespace crux {
namespace {

std::string plain(const std::vector<Inline>& content) {
  std::string s;
  for (const Inline& in : content) s += in.text;
  return s;
}

std::string body_text(const Document& doc) {
  std::string s;
  for (const Block& b : doc.body) {
    s += plain(b.content) + "\n";
    for (const Block& c : b.children) s += plain(c.content) + "\n";
  }
  return s;
}

ImportResult import_text(const std::string& name, const std::string& bytes, ImportOptions options = {}) {
  SourceMeta meta;
  meta.id = "s";
  return make_text_importer()->run(name, bytes, options, meta);
}

std::string corpus(const std::string& relative) { return test::slurp(test::shared_dir() + "/corpus/" + relative); }

TEST(TextImporter, FormatAndSniff) {
  auto imp = make_text_importer();
  EXPECT_EQ(imp->format(), "text");
  EXPECT_EQ(imp->sniff("Lenin returned on 3 April.\n", "notes.txt"), 2);
  EXPECT_EQ(imp->sniff("Lenin returned on 3 April.\n", "notes"), 1);
  EXPECT_EQ(imp->sniff("\xC2\xE5\xF7\xE5\xF0\xEE\xEC \xF2\xEE\xE3\xEE \xE6\xE5 \xE4\xED\xFF", "ru.txt"), 2);
  EXPECT_EQ(imp->sniff(std::string("\x89PNG\r\n\x1A\n\0\0\0\x0D", 12), "image.txt"), 0);
  EXPECT_EQ(imp->sniff("", "empty.txt"), 0);
  // A head cut inside a UTF-8 sequence is still text.
  EXPECT_EQ(imp->sniff("Điện Mùa \xC4", "vi.txt"), 2);
}

TEST(TextImporter, VietnameseKeepsItsDiacritics) {
  CRUX_REQUIRE_SHARED();
  ImportResult r = import_text("cach-mang-1917-lich-su.vi.txt", corpus("october-1917/cach-mang-1917-lich-su.vi.txt"));
  ASSERT_TRUE(r.document);
  std::string body = body_text(*r.document);
  EXPECT_NE(body.find("Điện Mùa đông"), std::string::npos);
  EXPECT_NE(body.find("Chính phủ lâm thời"), std::string::npos);
  EXPECT_NE(body.find("Lénine, ngồi trong căn buồng nhỏ"), std::string::npos);
  const ImportReport& rep = r.report;
  EXPECT_EQ(rep.format, "text");
  EXPECT_EQ(rep.encoding, "UTF-8");
  EXPECT_EQ(rep.encoding_source, "utf-8");
  EXPECT_EQ(rep.encoding_confidence, 100);
  EXPECT_EQ(rep.language, "vi");
  EXPECT_EQ(rep.language_source, "detected");
  EXPECT_GE(rep.language_confidence, 90);
  EXPECT_EQ(rep.paragraphs, 40u);
  EXPECT_EQ(rep.list_items, 11u);
  EXPECT_EQ(rep.headings, 0u);
  EXPECT_EQ(rep.boilerplate_moved, 0u);
  EXPECT_EQ(rep.control_chars_removed, 0u);
  EXPECT_TRUE(rep.warnings.empty());
  EXPECT_EQ(r.found.title, "");  // no heading: the pipeline falls back to the file name
}

TEST(TextImporter, WebPageReport) {
  CRUX_REQUIRE_SHARED();
  ImportResult r = import_text("socialist-lessons-1917.en.txt", corpus("october-1917/socialist-lessons-1917.en.txt"));
  ASSERT_TRUE(r.document);
  EXPECT_EQ(r.report.language, "en");
  EXPECT_EQ(r.report.boilerplate_moved, 119u);
  EXPECT_EQ(r.document->boilerplate.size(), 119u);
  EXPECT_EQ(r.report.duplicates_collapsed, 1u);  // "Historic events" twice
  EXPECT_EQ(r.found.title, "Lessons from history: 1917");
  EXPECT_EQ(r.document->title_hint, "Lessons from history: 1917");
  std::string body = body_text(*r.document);
  EXPECT_EQ(body.find("020 8988 8777"), std::string::npos);
  EXPECT_EQ(body.find("August 2021"), std::string::npos);

  ImportOptions strip;
  strip.strip_boilerplate = true;
  ImportResult s =
      import_text("socialist-lessons-1917.en.txt", corpus("october-1917/socialist-lessons-1917.en.txt"), strip);
  EXPECT_EQ(s.report.boilerplate_moved, 119u);
  EXPECT_TRUE(s.document->boilerplate.empty());
  EXPECT_EQ(body_text(*s.document), body);
}

TEST(TextImporter, RevisionNotes) {
  CRUX_REQUIRE_SHARED();
  ImportResult r = import_text("revision-notes.en.txt", corpus("october-1917/revision-notes-october-november.en.txt"));
  EXPECT_EQ(r.report.headings, 12u);
  EXPECT_EQ(r.report.list_items, 22u);
  EXPECT_EQ(r.report.paragraphs, 2u);
  EXPECT_EQ(r.report.duplicates_collapsed, 10u);
  EXPECT_EQ(r.report.boilerplate_moved, 23u);
  EXPECT_EQ(r.found.title, "The October / November Revolution");  // "2.1.5" alone is no title
}

TEST(TextImporter, LegacyRussian) {
  CRUX_REQUIRE_SHARED();
  ImportResult r = import_text("oktyabr.koi8r.txt", corpus("encodings/oktyabr-uchebnik.ru.koi8r.txt"));
  EXPECT_EQ(r.report.encoding, "KOI8-R");
  EXPECT_EQ(r.report.encoding_source, "detected");
  EXPECT_GT(r.report.encoding_confidence, 80);
  EXPECT_EQ(r.report.language, "ru");
  EXPECT_EQ(r.found.title, "Великая Октябрьская социалистическая революция");
  EXPECT_NE(body_text(*r.document).find("Керенский бежал из столицы"), std::string::npos);
}

TEST(TextImporter, CitationsAreCounted) {
  CRUX_REQUIRE_SHARED();
  ImportResult r = import_text("enc.en.txt", corpus("october-1917/encyclopedia-october-revolution.en.txt"));
  EXPECT_EQ(r.report.citations, 74u);
  EXPECT_EQ(r.found.title, "October Revolution");
}

TEST(TextImporter, GivenLanguageAndEncoding) {
  ImportOptions o;
  o.lang = "ru";
  o.encoding = "windows-1251";
  ImportResult r = import_text("x.txt", "\xC0\xE2\xF0\xEE\xF0\xE0\n", o);
  EXPECT_EQ(body_text(*r.document), "Аврора\n");
  EXPECT_EQ(r.report.language, "ru");
  EXPECT_EQ(r.report.language_source, "given");
  EXPECT_EQ(r.report.language_confidence, 100);
  EXPECT_EQ(r.report.encoding, "windows-1251");
  EXPECT_EQ(r.report.encoding_source, "given");
}

TEST(TextImporter, InvalidUtf8AndControls) {
  std::string bytes = std::string("The cruiser Aurora fired a blank shot at 9.40 p.m.\0\n", 52) +
                      "Kerensky fled \xFF in a car of the American embassy. Điện Mùa đông\n";
  try {
    import_text("damaged.txt", bytes);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::BadInput);
    EXPECT_NE(std::string(e.what()).find("damaged.txt: not valid UTF-8: invalid byte sequence at byte offset 66"),
              std::string::npos)
        << e.what();
  }
  ImportOptions lossy;
  lossy.lossy = true;
  ImportResult r = import_text("damaged.txt", bytes, lossy);
  EXPECT_EQ(r.report.invalid_sequences_replaced, 1u);
  EXPECT_EQ(r.report.control_chars_removed, 1u);
  ASSERT_FALSE(r.report.warnings.empty());
  EXPECT_EQ(r.report.warnings[0], "1 invalid byte sequence was replaced by U+FFFD (the first at byte offset 66)");
  EXPECT_NE(body_text(*r.document).find("Kerensky fled \xEF\xBF\xBD in a car"), std::string::npos);
}

TEST(TextImporter, NothingToImport) {
  EXPECT_THROW(import_text("blank.txt", " \n\n\t\n"), Error);
  EXPECT_THROW(import_text("empty.txt", ""), Error);
}

}  // namespace
}  // namespace crux
