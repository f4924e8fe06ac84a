#include "tei/import/import_pipeline.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

#include "tei/base/error.h"
#include "tei/xml/validator.h"

using namespace crux;

namespace {

SourceMeta given(const std::string& id) {
  SourceMeta m;
  m.id = id;
  return m;
}

}  // namespace

TEST(ImportPipeline, GivenMetadataWinsAndTimestampsAreReproducible) {
  ::setenv("SOURCE_DATE_EPOCH", "1510099200", 1);
  SourceMeta g = given("palace");
  g.title = "On the palace";
  g.type = "primary";
  g.perspective = "eyewitness memoir";
  ImportOptions o;
  ImportOutput out = import_bytes("palace.txt", "Palace\n\nThe palace fell at 2 a.m. on 26 October.\n", o, g);
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(out.meta.title, "On the palace");
  EXPECT_EQ(out.meta.import_date, "2017-11-08T00:00:00Z");
  EXPECT_EQ(out.meta.original_file, "palace.txt");
  EXPECT_EQ(out.report.format, "text");
  EXPECT_NE(out.tei.find("<title>On the palace</title>"), std::string::npos);
  EXPECT_NE(out.tei.find("<term type=\"source-type\">primary</term>"), std::string::npos);
  EXPECT_NE(out.tei.find("xml:id=\"palace.p1\""), std::string::npos);
  EXPECT_TRUE(validate_document(out.tei, "palace.tei.xml").empty());
}

TEST(ImportPipeline, TitleFallsBackToTheFileName) {
  ImportOutput out = import_bytes("/tmp/a/kerensky.txt", "kerensky fled in a car of the American embassy.", {}, given("k"));
  EXPECT_FALSE(out.meta.title.empty());
}

TEST(ImportPipeline, GivenLanguageOverridesDetection) {
  ImportOptions o;
  o.lang = "fr";
  ImportOutput out = import_bytes("x.txt", "The Winter Palace was stormed on the night of 25 October 1917.", o, given("x"));
  EXPECT_EQ(out.meta.lang, "fr");
  EXPECT_EQ(out.report.language_source, "given");
  EXPECT_NE(out.tei.find("<text xml:lang=\"fr\">"), std::string::npos);
}

TEST(ImportPipeline, RejectsAWrongSourceType) {
  SourceMeta g = given("x");
  g.type = "quaternary";
  try {
    import_bytes("x.txt", "text", {}, g);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::Usage);
    EXPECT_NE(std::string(e.what()).find("primary, secondary or tertiary"), std::string::npos);
  }
}

TEST(ImportPipeline, EmptyInputNamesTheFile) {
  try {
    import_bytes("empty.txt", "", {}, given("e"));
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "empty.txt: the file is empty");
  }
}

TEST(ImportPipeline, ReportAsJsonAndText) {
  ImportOutput out = import_bytes("r.txt", "Heading\n\nFirst paragraph [1].\n\nSecond paragraph.\n", {}, given("r"));
  auto j = nlohmann::json::parse(report_json(out.report, "r"));
  EXPECT_EQ(j["id"], "r");
  EXPECT_EQ(j["format"], "text");
  EXPECT_EQ(j["paragraphs"], 2);
  EXPECT_EQ(j["headings"], 1);
  EXPECT_EQ(j["citations"], 1);
  EXPECT_TRUE(j.contains("encoding_confidence"));
  std::string text = report_text(out.report);
  EXPECT_NE(text.find("r.txt: imported as text"), std::string::npos);
  EXPECT_NE(text.find("2 paragraphs, 1 headings"), std::string::npos) << text;
}

TEST(ImportPipeline, ChoosesTheImporterByContentNotExtension) {
  // HTML saved with a .txt name, and TEI saved as .html.
  ImportOutput html = import_bytes("page.txt", "<!DOCTYPE html><html><body><h1>T</h1><p>Body text here.</p></body></html>",
                                   {}, given("page"));
  EXPECT_EQ(html.report.format, "html");
  std::string tei_in =
      "<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>t</title>"
      "</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>"
      "<text><body><p>x</p></body></text></TEI>";
  ImportOutput tei = import_bytes("doc.html", tei_in, {}, given("doc"));
  EXPECT_EQ(tei.report.format, "tei");
  EXPECT_NE(tei.tei.find("<p xml:id=\"doc.p1\">x</p>"), std::string::npos) << tei.tei;
}
