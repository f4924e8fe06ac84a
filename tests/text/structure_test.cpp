// recognize_structure and mark_citations: paragraphs in both layouts,
// headings and their levels, lists, duplicates, citation marks.
#include "tei/text/structure.h"

#include <gtest/gtest.h>

#include "tei/text/decode.h"
#include "tests/text/text_test_util.h"

namespace crux {
namespace {

std::string text_of(const std::vector<Inline>& content) {
  std::string s;
  for (const Inline& in : content) s += in.text;
  return s;
}

// One line per block: "H2 text", "P text", "L bulleted: a | b".
std::vector<std::string> outline(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.body) {
    // Appends, not operator+ chains: GCC 12 at -O2 warns falsely (-Wrestrict) on those.
    std::string line;
    if (b.kind == BlockKind::Heading) {
      line = "H";
      line += std::to_string(b.level);
      line += ' ';
      line += text_of(b.content);
    } else if (b.kind == BlockKind::Paragraph) {
      line = "P ";
      line += text_of(b.content);
    } else if (b.kind == BlockKind::List) {
      line = "L ";
      line += b.attr;
      line += ':';
      for (size_t i = 0; i < b.children.size(); ++i) {
        line += i ? " | " : " ";
        line += text_of(b.children[i].content);
      }
    }
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> outline_of(const std::string& text, StructureCounts* counts = nullptr) {
  Document doc;
  StructureCounts c = recognize_structure(text, doc);
  if (counts) *counts = c;
  return outline(doc);
}

using Lines = std::vector<std::string>;

const std::string kLong1 =
    "The Military Revolutionary Committee sent armed groups to seize the bridges and the telegraph office.";
const std::string kLong2 = "By morning Kerensky had fled, and the ministers waited in the Winter Palace for the end.";

TEST(Structure, OneParagraphPerLine) {
  StructureCounts c;
  EXPECT_EQ(outline_of(kLong1 + "\n" + kLong2 + "\n", &c), (Lines{"P " + kLong1, "P " + kLong2}));
  EXPECT_EQ(c.paragraphs, 2u);
  EXPECT_EQ(c.headings, 0u);
  // Blank lines between one-line paragraphs change nothing; runs of them neither.
  EXPECT_EQ(outline_of("\n\n" + kLong1 + "\n\n\n" + kLong2 + "\n\n"), (Lines{"P " + kLong1, "P " + kLong2}));
}

TEST(Structure, HardWrappedParagraphsAreJoined) {
  StructureCounts c;
  Lines got = outline_of(test::slurp(CRUX_FIXTURES_DIR "/text/hard-wrapped.en.txt"), &c);
  Lines expected{
      "H1 The Days of October",
      "P On the night of 24 to 25 October 1917 the Military Revolutionary Committee of the Petrograd Soviet sent "
      "armed detachments to occupy the bridges, the telegraph office and the railway stations of the capital. By "
      "morning the Provisional Government held little more than the Winter Palace.",
      "P Kerensky left the city in a car to look for loyal troops at the front. The ministers who stayed behind "
      "waited in the palace, defended by officer cadets, a women's battalion and a few Cossacks, until they were "
      "arrested in the early hours of 26 October.",
      "H1 Sources",
      "L bulleted: John Reed, Ten Days that Shook the World, written by an American journalist who was in Petrograd "
      "at the time. | Leon Trotsky, History of the Russian Revolution.",
  };
  EXPECT_EQ(got, expected);
  EXPECT_EQ(c.paragraphs, 2u);
  EXPECT_EQ(c.headings, 2u);
  EXPECT_EQ(c.list_items, 2u);
}

TEST(Structure, HeadingsAndLevels) {
  std::string text =
      "2.1.5\n"
      "The October / November Revolution\n"
      "Rise of the Bolsheviks\n" +
      kLong1 +
      "\n"
      "A line that ends with a full stop.\n" +
      kLong2 +
      "\n"
      "3.2 Stalin the Dictator\n" +
      kLong1 +
      "\n"
      "Short line\nanother short one\n";
  EXPECT_EQ(outline_of(text), (Lines{
                                  "H3 2.1.5",
                                  "H4 The October / November Revolution",  // a title over a title over text
                                  "H4 Rise of the Bolsheviks",
                                  "P " + kLong1,
                                  "P A line that ends with a full stop.",
                                  "P " + kLong2,
                                  "H2 3.2 Stalin the Dictator",
                                  "P " + kLong1,
                                  "P Short line",  // followed by nothing longer
                                  "P another short one",
                              }));
}

TEST(Structure, WhiteSpaceInsideALineCollapses) {
  // XML white space only: the no-break spaces of web pages are characters.
  EXPECT_EQ(outline_of("Two\tcolumns  and \t spaces, kept\xC2\xA0\xC2\xA0no-break, all in one line of text here.\n"),
            (Lines{"P Two columns and spaces, kept\xC2\xA0\xC2\xA0no-break, all in one line of text here."}));
}

TEST(Structure, FirstLineBeforeABlankIsTheTitle) {
  EXPECT_EQ(outline_of("October Revolution\n\n[shí yuè gé mìng]\n" + kLong1 + "\n"),
            (Lines{"H1 October Revolution", "P [shí yuè gé mìng]", "P " + kLong1}));
}

TEST(Structure, Lists) {
  StructureCounts c;
  std::string text =
      "Aftermath\n"
      "- Some ministers were arrested.\n"
      "• Kerensky escaped.\n"
      "* The Congress met.\n"
      "1) Land to the peasants.\n"
      "2) Workers' control.\n"
      "3、 Bolshevik long-term underground work\n"
      "1917. The year everything changed, and then some more words to make it long enough.\n"
      "— Where is Kerensky? — asked Lenin, and nobody in the room could tell him where he had gone.\n";
  EXPECT_EQ(
      outline_of(text, &c),
      (Lines{"H1 Aftermath", "L bulleted: Some ministers were arrested. | Kerensky escaped. | The Congress met.",
             "L ordered: 1) Land to the peasants. | 2) Workers' control. | 3、 Bolshevik long-term underground work",
             "P 1917. The year everything changed, and then some more words to make it long enough.",
             "P — Where is Kerensky? — asked Lenin, and nobody in the room could tell him where he had gone."}));
  EXPECT_EQ(c.list_items, 6u);
  EXPECT_EQ(c.headings, 1u);
  EXPECT_EQ(c.paragraphs, 2u);
}

TEST(Structure, AdjacentDuplicatesCollapse) {
  StructureCounts c;
  std::string text =
      "Lenin's return\nLenin's return\n- He came back on 10 October.\n\nHistoric events\n\n"
      "Historic events\n" +
      kLong1 + "\nLenin's return\n" + kLong2 + "\n";
  EXPECT_EQ(outline_of(text, &c), (Lines{"H1 Lenin's return", "L bulleted: He came back on 10 October.",
                                         "H1 Historic events", "P " + kLong1, "H1 Lenin's return", "P " + kLong2}));
  EXPECT_EQ(c.duplicates_collapsed, 2u);
}

TEST(StructureCitations, Marked) {
  size_t count = 99;
  std::vector<Inline> in = mark_citations("the Winter Palace [47] was taken[3-5], [8] [14-15] and [1, 4].", &count);
  ASSERT_EQ(in.size(), 11u);
  EXPECT_EQ(count, 5u);
  const char* expected[] = {
      "the Winter Palace ", "[47]", " was taken", "[3-5]", ", ", "[8]", " ", "[14-15]", " and ", "[1, 4]", "."};
  for (size_t i = 0; i < in.size(); ++i) {
    EXPECT_EQ(in[i].text, expected[i]) << i;
    EXPECT_EQ(in[i].kind, i % 2 ? InlineKind::Citation : InlineKind::Text) << i;
  }
  EXPECT_EQ(mark_citations("[3–5]")[0].kind, InlineKind::Citation);  // en dash
}

TEST(StructureCitations, NotCitations) {
  for (const char* s : {"[shí yuè gé mìng]", "[email\xC2\xA0protected]", "[a]", "[]", "[12345]", "[3-]", "a [47"}) {
    size_t count = 7;
    std::vector<Inline> in = mark_citations(s, &count);
    ASSERT_EQ(in.size(), 1u) << s;
    EXPECT_EQ(in[0].kind, InlineKind::Text) << s;
    EXPECT_EQ(in[0].text, s);
    EXPECT_EQ(count, 0u) << s;
  }
  EXPECT_TRUE(mark_citations("").empty());
}

TEST(Structure, CorpusRevisionNotes) {
  CRUX_REQUIRE_SHARED();
  Document doc;
  std::string text = decode_text(test::corpus("october-1917/revision-notes-october-november.en.txt"), "r", {}).utf8;
  StructureCounts c = recognize_structure(text, doc);
  EXPECT_EQ(c.duplicates_collapsed, 10u);  // every heading was there twice
  EXPECT_EQ(c.list_items, 22u);
  Lines o = outline(doc);
  ASSERT_GE(o.size(), 4u);
  EXPECT_EQ(o[0], "H3 2.1.5");
  EXPECT_EQ(o[1], "H4 The October / November Revolution");
  EXPECT_EQ(o[2], "H4 ‘State and Revolution’");
  EXPECT_EQ(o[3],
            "P When he was in Finland, Lenin wrote ‘State and Revolution’ which spoke about the plans for "
            "revolution.");
  for (size_t i = 1; i < o.size(); ++i) EXPECT_NE(o[i], o[i - 1]) << "doubled: " << o[i];
}

TEST(Structure, CorpusEncyclopediaCitations) {
  CRUX_REQUIRE_SHARED();
  Document doc;
  std::string text = decode_text(test::corpus("october-1917/encyclopedia-october-revolution.en.txt"), "e", {}).utf8;
  StructureCounts c = recognize_structure(text, doc);
  EXPECT_EQ(c.citations, 74u);  // every [n] and [n-m] of the file; not "[shí yuè gé mìng]"
  ASSERT_FALSE(doc.body.empty());
  EXPECT_EQ(doc.body[0].kind, BlockKind::Heading);
  EXPECT_EQ(text_of(doc.body[0].content), "October Revolution");
}

}  // namespace
}  // namespace crux
