#include "tei/project/project.h"

#include <gtest/gtest.h>

#include "tei/base/error.h"
#include "tei/project/source_info.h"
#include "tei/xml/validator.h"
#include "tests/support/test_support.h"

using namespace crux;

static const char* kTei =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
    "<titleStmt><title>Cách mạng</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/>"
    "</sourceDesc></fileDesc><profileDesc><textClass><keywords><term type=\"perspective\">Marxist</term></keywords>"
    "</textClass></profileDesc></teiHeader><text xml:lang=\"vi\"><body><p>Điện Mùa đông</p></body></text></TEI>\n";

TEST(Project, CreateWritesTheLayoutAndAValidManifest) {
  test::TempDir d;
  std::string dir = d.file("p");
  Project p = Project::create(dir, "1917 in memory", "Seminar", "Dr. Lan");
  EXPECT_TRUE(Project::is_project(dir));
  EXPECT_EQ(test::slurp(dir + "/.gitignore"), ".crux/\n");
  std::string manifest = test::slurp(dir + "/crux-project.xml");
  EXPECT_EQ(manifest,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<crux-project version=\"1\">\n  <title>1917 in memory</title>\n"
            "  <description>Seminar</description>\n  <members>\n    <member name=\"Dr. Lan\" role=\"owner\"/>\n"
            "  </members>\n</crux-project>\n");
  EXPECT_TRUE(validate_document(manifest, "crux-project.xml").empty());
  Project again = Project::open(dir);
  EXPECT_EQ(again.manifest().title, "1917 in memory");
  EXPECT_EQ(again.manifest().members.at(0).name, "Dr. Lan");
}

TEST(Project, SourcesAreListedAndIdsMadeUnique) {
  test::TempDir d;
  Project p = Project::create(d.file("p"), "t", "", "");
  p.add_source("cach-mang", kTei);
  EXPECT_EQ(p.unique_source_id("cach-mang"), "cach-mang-2");
  EXPECT_EQ(p.unique_source_id("other"), "other");
  EXPECT_THROW(p.add_source("cach-mang", kTei), Error);
  EXPECT_THROW(p.add_source("../escape", kTei), Error);
  EXPECT_EQ(p.source_ids(), std::vector<std::string>{"cach-mang"});
  SourceInfo info = read_source_info(p, "cach-mang");
  EXPECT_EQ(info.meta.title, "Cách mạng");
  EXPECT_EQ(info.meta.lang, "vi");
  EXPECT_EQ(info.meta.perspective, "Marxist");
  EXPECT_EQ(info.characters, 13u);
}

TEST(Project, OpenRefusesWhatIsNotAProject) {
  test::TempDir d;
  try {
    Project::open(d.path());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::BadInput);
    EXPECT_NE(std::string(e.what()).find("not a Crux project: crux-project.xml is missing"), std::string::npos);
  }
  test::spit(d.file("crux-project.xml"), "<crux-project version=\"1\"><title>x</titl>");
  EXPECT_THROW(Project::open(d.path()), Error);
  test::spit(d.file("file"), "x");
  EXPECT_THROW(Project::open(d.file("file")), Error);
}

TEST(Project, CreateRefusesANonEmptyFolder) {
  test::TempDir d;
  test::spit(d.file("notes.txt"), "x");
  EXPECT_THROW(Project::create(d.path(), "t", "", ""), Error);
  EXPECT_EQ(test::slurp(d.file("notes.txt")), "x");
}
