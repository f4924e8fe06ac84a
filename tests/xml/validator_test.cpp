// validate_document / schema_kind_of / schema_dir, and our XSDs themselves:
// the hand-made sample of generated TEI is valid with crux-tei.xsd and with
// the official tei_all.rng; broken variants fail with file:line:col.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "tei/xml/validator.h"
#include "tei/xml/xml_reader.h"
#include "tests/support/test_support.h"

namespace crux {
namespace {

const std::string kFixtures = std::string(CRUX_FIXTURES_DIR) + "/xml/";

std::string sample() { return test::slurp(kFixtures + "generated-sample.tei.xml"); }

// The sample with `from` replaced by `to` (which must occur), and the line
// the replacement starts on.
std::string variant(const std::string& from, const std::string& to, int* line = nullptr) {
  std::string s = sample();
  size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at == std::string::npos) return s;
  if (line) *line = 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(at), '\n'));
  return s.replace(at, from.size(), to);
}

std::string joined(const std::vector<ValidationProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.to_string() + "\n";
  return out;
}

// Sets an environment variable for the scope of a test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() { old_ ? (void)::setenv(name_, old_->c_str(), 1) : (void)::unsetenv(name_); }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(Validator, KindsOfDocuments) {
  EXPECT_EQ(schema_kind_of(sample()), "tei");
  EXPECT_EQ(schema_kind_of(test::slurp(kFixtures + "crux-project.xml")), "project");
  EXPECT_EQ(schema_kind_of(variant("ident=\"crux\"", "ident=\"other\"")), "tei-kept");
  EXPECT_EQ(schema_kind_of("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>"), "tei-kept");
  EXPECT_EQ(schema_kind_of("<TEI"), "tei-kept");
  // Layers and taxonomies Crux writes are told apart from sources.
  EXPECT_EQ(schema_kind_of(variant("  <text xml:lang=\"ru\">", "  <standOff/>\n  <text xml:lang=\"ru\">")), "layer");
  EXPECT_EQ(schema_kind_of(variant("</appInfo>", "</appInfo><classDecl/>")), "taxonomy");
  // A generated file in the wrong namespace still goes to the XSD.
  EXPECT_EQ(schema_kind_of(variant("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", "<TEI>")), "tei");
}

TEST(Validator, GeneratedSampleIsValidForOurXsdAndForTeiAll) {
  std::vector<ValidationProblem> problems = validate_document(sample(), "sample.tei.xml");
  EXPECT_TRUE(problems.empty()) << joined(problems);
  std::string jing = test::jing_tei_all(kFixtures + "generated-sample.tei.xml");
  if (jing.starts_with("SKIP")) GTEST_SKIP() << jing;
  EXPECT_EQ(jing, "");
}

TEST(Validator, BrokenGeneratedTeiFailsWithPositions) {
  struct Case {
    std::string from, to, expect;
  } cases[] = {
      {"<head>Раздел</head>", "<head>Раздел</head><foo>x</foo>", "foo"},
      {"<title>Уроки социализма</title>\n        <author>", "<author>", "author"},
      {"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", "<TEI>", "TEI"},
      {"<p xml:id=\"s.p2\" xml:lang=\"en\">", "<p xml:id=\"s.p2\" xml:lang=\"en\" type=\"x\">", "type"},
      {"<p>Поделиться</p>", "<p>Поделиться</p><head>late</head>", "head"},
      {"version=\"0.1.0\"", "version=\"0.1.0-dev\"", "0.1.0-dev"},
      {"when=\"1917-10-25\"", "when=\"25.10.1917\"", "25.10.1917"},
      {"<list><item><ref", "<list/><list><item><ref", "list"},
  };
  for (const Case& c : cases) {
    int line = 0;
    std::vector<ValidationProblem> problems = validate_document(variant(c.from, c.to, &line), "broken.tei.xml");
    ASSERT_FALSE(problems.empty()) << c.to;
    EXPECT_EQ(problems[0].file, "broken.tei.xml");
    // Xerces reports an undeclared element or a bad attribute at its start
    // tag, a content model that does not match at the parent's end tag
    // (here at most a line or two further).
    EXPECT_GE(problems[0].line, line) << joined(problems);
    EXPECT_LE(problems[0].line, line + 2) << joined(problems);
    EXPECT_GT(problems[0].column, 0);
    EXPECT_NE(problems[0].message.find(c.expect), std::string::npos) << joined(problems);
    EXPECT_TRUE(test::is_located_message(problems[0].to_string(), "broken.tei.xml", -1, "")) << problems[0].to_string();
  }
  // The wrong root: only <TEI> is declared.
  std::string wrong_root =
      variant("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", "<teiHeader xmlns=\"http://www.tei-c.org/ns/1.0\">");
  wrong_root.replace(wrong_root.find("</TEI>"), 6, "</teiHeader>");
  std::vector<ValidationProblem> root = validate_document(wrong_root, "root.tei.xml");
  ASSERT_FALSE(root.empty());
  EXPECT_EQ(root[0].line, 2);
  EXPECT_NE(root[0].message.find("root element is <teiHeader>"), std::string::npos) << joined(root);
}

TEST(Validator, GeneratedTeiIdsAreUniqueAndPointersResolve) {
  int line = 0;
  auto dup = validate_document(variant("<p xml:id=\"s.p2\"", "<p xml:id=\"s.p1\"", &line), "dup.tei.xml");
  ASSERT_EQ(dup.size(), 1u) << joined(dup);
  EXPECT_EQ(dup[0].line, line);
  EXPECT_NE(dup[0].message.find("s.p1"), std::string::npos);
  auto dangling = validate_document(variant("<ref target=\"https://example.org/\">сайтом",
                                            "<ref target=\"#s.p1 #nowhere\">сайтом", &line),
                                    "ptr.tei.xml");
  ASSERT_EQ(dangling.size(), 1u) << joined(dangling);
  EXPECT_EQ(dangling[0].to_string().substr(0, 12 + std::to_string(line).size() + 1),
            "ptr.tei.xml:" + std::to_string(line) + ":");
  EXPECT_NE(dangling[0].message.find("\"#nowhere\" in @target of <ref> points to no xml:id"), std::string::npos);
}

TEST(Validator, KeptTeiIsCheckedForIdsAndPointersOnly) {
  std::string kept =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
      "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>\n"
      "<text><body>\n"
      "<sp who=\"#ivan #pyotr\" xml:id=\"a\"><p corresp=\"#string-range(a,0,3)\">x</p></sp>\n"
      "<p xml:id=\"a\" ana=\"#string-range(b,1,2) http://x.org/#y other.xml#z\">y</p>\n"
      "<unknownElement/>\n"
      "</body></text></TEI>\n";
  auto problems = validate_document(kept, "kept.xml");
  ASSERT_EQ(problems.size(), 4u) << joined(problems);
  EXPECT_EQ(problems[0].to_string(), "kept.xml:5:1: the xml:id \"a\" is used more than once (first at line 4)");
  EXPECT_EQ(problems[1].to_string(), "kept.xml:4:1: the pointer \"#ivan\" in @who of <sp> points to no xml:id in this file");
  EXPECT_EQ(problems[2].to_string(), "kept.xml:4:1: the pointer \"#pyotr\" in @who of <sp> points to no xml:id in this file");
  EXPECT_EQ(problems[3].to_string(),
            "kept.xml:5:1: the pointer \"#string-range(b,1,2)\" in @ana of <p> points to no xml:id in this file");
  auto not_tei = validate_document("<html>\n<body/></html>", "x.html");
  ASSERT_EQ(not_tei.size(), 1u);
  EXPECT_EQ(not_tei[0].line, 1);
  EXPECT_NE(not_tei[0].message.find("a TEI file needs <TEI> or <teiCorpus>"), std::string::npos);
}

TEST(Validator, LayersAndTaxonomiesGetIdAndPointerChecks) {
  std::string layer =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>L</title></titleStmt>"
      "</fileDesc><encodingDesc><appInfo><application ident=\"crux\" version=\"0.1.0\"><label>Crux</label>"
      "</application></appInfo></encodingDesc></teiHeader>\n<standOff>\n"
      "<annotation xml:id=\"c-1\" target=\"../sources/s.tei.xml#string-range(s.p1,0,4)\" ana=\"#c-1.props\"/>\n"
      "<fs xml:id=\"c-1.props\"/>\n"
      "<annotation xml:id=\"c-2\" target=\"../sources/s.tei.xml#s.p2\" ana=\"#c-2.props\"/>\n"
      "</standOff></TEI>";
  EXPECT_EQ(schema_kind_of(layer), "layer");
  auto problems = validate_document(layer, "layers/l.tei.xml");
  ASSERT_EQ(problems.size(), 1u) << joined(problems);
  EXPECT_EQ(problems[0].to_string(),
            "layers/l.tei.xml:5:1: the pointer \"#c-2.props\" in @ana of <annotation> points to no xml:id in this file");
}

TEST(Validator, RealTeiSamplesAreValidKeptTei) {
  CRUX_REQUIRE_SHARED();
  for (const char* name : {"chekhov-medved.rusdracor.xml", "bulgakov-dni-turbinyh.rusdracor.xml"}) {
    std::string bytes = test::slurp(test::shared_dir() + "/corpus/tei-samples/" + name);
    EXPECT_EQ(schema_kind_of(bytes), "tei-kept");
    auto problems = validate_document(bytes, name);
    EXPECT_TRUE(problems.empty()) << joined(problems);
  }
}

TEST(Validator, MalformedAndUnsafeDocumentsBecomeProblems) {
  auto cut = validate_document("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>", "cut.xml");
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0].line, 2);
  EXPECT_NE(cut[0].message.find("not well-formed XML"), std::string::npos);
  auto xxe = validate_document("<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><TEI>&x;</TEI>", "x.xml");
  ASSERT_EQ(xxe.size(), 1u);
  EXPECT_EQ(xxe[0].message, kEntityRefusalMessage);
}

TEST(Validator, InstanceHintsAndDoctypesNeverReplaceOurSchema) {
  // A permissive schema next to the file, named by xsi:schemaLocation, and an
  // external DTD: neither is read; our XSD still decides.
  test::TempDir dir;
  test::spit(dir.file("lax.xsd"),
             "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://www.tei-c.org/ns/1.0\">"
             "<xs:element name=\"TEI\"><xs:complexType><xs:sequence><xs:any processContents=\"skip\" "
             "maxOccurs=\"unbounded\"/></xs:sequence></xs:complexType></xs:element></xs:schema>");
  std::string doc = variant("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">",
                            "<!DOCTYPE TEI SYSTEM \"http://example.invalid/tei.dtd\">\n"
                            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
                            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                            "xsi:schemaLocation=\"http://www.tei-c.org/ns/1.0 file://" + dir.file("lax.xsd") + "\">");
  EXPECT_TRUE(validate_document(doc, "hint.tei.xml").empty()) << joined(validate_document(doc, "hint.tei.xml"));
  std::string bad = doc;
  bad.replace(bad.find("<head>Раздел</head>"), 19, "<head>Раздел</head><foo/>");
  auto problems = validate_document(bad, "hint.tei.xml");
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems[0].message.find("foo"), std::string::npos) << joined(problems);
}

TEST(Validator, ProjectManifest) {
  std::string good = test::slurp(kFixtures + "crux-project.xml");
  EXPECT_TRUE(validate_document(good, "crux-project.xml").empty()) << joined(validate_document(good, "crux-project.xml"));
  EXPECT_TRUE(validate_document("<crux-project version=\"1\"><title>T</title></crux-project>", "p.xml").empty());
  EXPECT_TRUE(validate_document("<crux-project version=\"1\"><title>T</title><members><member name=\"A\"/>"
                                "</members></crux-project>",
                                "p.xml")
                  .empty());
  struct Case {
    std::string from, to, expect;
  } cases[] = {
      {"version=\"1\"", "version=\"2\"", "2"},
      {"  <title>Kiev 1918: the Hetmanate in its own words</title>\n", "", "description"},
      {"<setting key=\"spell-check\"", "<setting key=\"default-layer\"", "duplicate"},
      {"<member name=\"Jonas\" role=\"member\"/>", "<member role=\"member\"/>", "name"},
      {"<settings>", "<settings><extra/>", "extra"},
  };
  for (const Case& c : cases) {
    std::string bytes = good;
    bytes.replace(bytes.find(c.from), c.from.size(), c.to);
    auto problems = validate_document(bytes, "crux-project.xml");
    ASSERT_FALSE(problems.empty()) << c.to;
    EXPECT_GT(problems[0].line, 1);
    EXPECT_NE(problems[0].message.find(c.expect), std::string::npos) << joined(problems);
  }
}

TEST(Validator, SchemaDirAndMissingSchemas) {
  test::TempDir dir;
  {
    ScopedEnv env("CRUX_SCHEMA_DIR", dir.path());
    EXPECT_EQ(schema_dir(), dir.path());
    try {
      validate_document(sample(), "s.tei.xml");
      ADD_FAILURE() << "no error without schemas";
    } catch (const Error& e) {
      EXPECT_EQ(e.category(), ErrorCategory::Environment);
      EXPECT_NE(std::string(e.what()).find("schemas are missing"), std::string::npos);
    }
    // Kept TEI needs no schema.
    EXPECT_TRUE(validate_document("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", "k.xml").empty());
  }
  // A copy of the schemas whose import points outside the folder: the
  // resolver serves nothing from there, so the schema cannot load.
  namespace fs = std::filesystem;
  std::string src = std::string(CRUX_SOURCE_DIR) + "/schemas/";
  fs::create_directory(dir.file("outside"));
  fs::copy_file(src + "xml.xsd", dir.file("outside/xml.xsd"));
  fs::create_directory(dir.file("schemas"));
  for (const char* f : {"xml.xsd", "crux-project.xsd"}) fs::copy_file(src + f, dir.file(std::string("schemas/") + f));
  std::string tei_xsd = test::slurp(src + "crux-tei.xsd");
  tei_xsd.replace(tei_xsd.find("schemaLocation=\"xml.xsd\""), 24, "schemaLocation=\"../outside/xml.xsd\"");
  test::spit(dir.file("schemas/crux-tei.xsd"), tei_xsd);
  ScopedEnv env("CRUX_SCHEMA_DIR", dir.file("schemas"));
  try {
    validate_document(sample(), "s.tei.xml");
    ADD_FAILURE() << "a schema importing from outside its folder loaded";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::Internal) << e.what();
  }
}

}  // namespace
}  // namespace crux
