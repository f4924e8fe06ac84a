#include "tei/source/plain_text.h"

#include <gtest/gtest.h>

#include "tei/base/error.h"
#include "tei/xml/xml_reader.h"

using namespace crux;

static PlainText of(const std::string& body, const std::string& back = "") {
  std::string xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body>" + body + "</body>" + back +
                    "</text></TEI>";
  return compute_plain_text(parse_xml(xml, "t.xml"));
}

TEST(PlainText, BlocksAreLinesAndWhiteSpaceCollapses) {
  PlainText pt = of("<div><head xml:id='h'>  The   Winter\n Palace </head>\n<p xml:id='p1'>Stormed\n\ton 25 October.</p></div>");
  EXPECT_EQ(pt.text, "The Winter Palace\nStormed on 25 October.");
  ASSERT_EQ(pt.blocks.size(), 2u);
  EXPECT_EQ(pt.blocks[0].id, "h");
  EXPECT_EQ(pt.blocks[0].start, 0u);
  EXPECT_EQ(pt.blocks[0].end, 17u);
  EXPECT_EQ(pt.blocks[1].start, 18u);
  EXPECT_EQ(pt.blocks[1].depth, 1);
  EXPECT_EQ(pt.length, 40u);
}

TEST(PlainText, NotesAndBackAreExcludedInlineMarkupKept) {
  PlainText pt = of("<p>Lenin<note>A footnote.</note> spoke <hi rend='italic'>at</hi> Smolny<lb/>\nthat night.</p>",
                    "<back><div><p>Phone 020</p></div></back>");
  EXPECT_EQ(pt.text, "Lenin spoke at Smolny that night.");
}

TEST(PlainText, CountsCodePointsAndNormalisesToNfc) {
  // "Đ" decomposed (D + combining stroke is not a decomposition; use e + combining acute).
  PlainText pt = of("<p>Ke\xcc\x81rensky</p><p>Керенский</p>");
  EXPECT_EQ(pt.text, "K\xc3\xa9rensky\nКеренский");
  EXPECT_EQ(pt.length, 18u);
  EXPECT_EQ(pt.blocks[1].start, 9u);
  EXPECT_EQ(pt.blocks[1].end, 18u);
}

TEST(PlainText, DramaMarkupSpeakerAndSpeechAreBlocks) {
  PlainText pt = of("<div><sp xml:id='sp1'><speaker>Попова</speaker><p>Ах!</p><stage>(Уходит.)</stage></sp></div>");
  EXPECT_EQ(pt.text, "Попова\nАх!\n(Уходит.)");
  ASSERT_EQ(pt.blocks.size(), 3u);
  EXPECT_EQ(pt.blocks[0].element, "speaker");
}

TEST(PlainText, MissingBodyIsBadInput) {
  EXPECT_THROW(compute_plain_text(parse_xml("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", "t.xml")), Error);
}

TEST(PlainText, PointersMapBothWaysThroughCollapsedWhiteSpace) {
  PlainText pt = of("<p xml:id='a'>\n   The  Winter <hi>Palace</hi>\n fell.</p><p xml:id='b'>Kerensky fled.</p>");
  ASSERT_EQ(pt.text, "The Winter Palace fell.\nKerensky fled.");
  // "Winter Palace" in plain text is [4, 17); in the string value of a,
  // "\n   The  Winter Palace\n fell." it starts at 9.
  auto ptrs = pt.to_pointers(4, 17);
  ASSERT_EQ(ptrs.size(), 1u);
  EXPECT_EQ(ptrs[0].id, "a");
  EXPECT_EQ(ptrs[0].offset, 9u);
  EXPECT_EQ(ptrs[0].length, 13u);
  auto back = pt.from_pointer(ptrs[0]);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->first, 4u);
  EXPECT_EQ(back->second, 17u);
  // A range across two paragraphs gives one pointer per paragraph.
  auto two = pt.to_pointers(18, 32);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].id, "b");
  EXPECT_EQ(two[1].offset, 0u);
  EXPECT_EQ(two[1].length, 8u);
  EXPECT_FALSE(pt.from_pointer({"nope", 0, 3}));
  EXPECT_EQ(pt.block_at(25), 1u);
}
