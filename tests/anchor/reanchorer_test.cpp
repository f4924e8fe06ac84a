// Re-anchoring claims after a source's text changed: the cases a historian
// meets (corrections, insertions, moved and repeated passages, non-Latin
// scripts, empty texts) with the offsets checked exactly. Look-alikes that
// must be refused are in lookalike_test.cpp.
#include "tei/anchor/reanchorer.h"

#include <gtest/gtest.h>

#include <string>

#include "tei/base/error.h"
#include "tei/base/utf8.h"
#include "tests/anchor/anchor_test_util.h"

using namespace crux;
using namespace crux::test;

TEST(MakeAnchor, StoresQuoteAndContextInCodePoints) {
  std::u32string text = to_u32("Điện Biên Phủ, 7 May 1954");
  TextAnchor a = make_anchor(text, 5, 13, 3);
  EXPECT_EQ(a.exact, "Biên Phủ");
  EXPECT_EQ(a.prefix, "ện ");
  EXPECT_EQ(a.suffix, ", 7");
  TextAnchor edge = make_anchor(text, 0, 4);
  EXPECT_EQ(edge.prefix, "");
  EXPECT_EQ(edge.suffix, " Biên Phủ, 7 May 1954");
  EXPECT_THROW(make_anchor(text, 4, 3), Error);
  EXPECT_THROW(make_anchor(text, 0, text.size() + 1), Error);
  EXPECT_EQ(make_anchor(text, 2, 2).exact, "");
}

TEST(Reanchorer, UnchangedTextIsExact) {
  std::string text = kPara1 + kPara2 + kPara3;
  TextAnchor a = anchor_of(text, "stormed the Winter Palace");
  Reanchorer r(to_u32(text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Exact);
  EXPECT_EQ(res.start, a.start);
  EXPECT_EQ(res.end, a.end);
  EXPECT_DOUBLE_EQ(res.score, 1.0);
  EXPECT_EQ(res.reason, "unchanged (score 1.00)");
  EXPECT_STREQ(anchor_state_name(res.state), "exact");
}

TEST(Reanchorer, TextInsertedBeforeMovesTheClaim) {
  std::string old_text = kPara1 + kPara2 + kPara3;
  std::string inserted = "A note by the editor: the dates follow the Julian calendar.\n";
  std::string new_text = inserted + old_text;
  TextAnchor a = anchor_of(old_text, "arrested the ministers");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Moved);
  EXPECT_EQ(res.start, a.start + count_code_points(inserted));
  EXPECT_EQ(res.end, a.end + count_code_points(inserted));
  EXPECT_EQ(covered(r, res), "arrested the ministers");
  EXPECT_NE(res.reason.find("moved by +60 characters"), std::string::npos) << res.reason;
  EXPECT_GT(res.score, 0.99);
}

TEST(Reanchorer, TypoFixedInsideTheQuoteIsFoundFuzzily) {
  std::string old_text = kPara1 + kPara2 + kPara3;
  std::string new_text = kPara1 + kPara2 + kPara3;
  new_text.replace(new_text.find("Provisonal"), 10, "Provisional");
  TextAnchor a = anchor_of(old_text, "the ministers of the Provisonal Government");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Moved);
  EXPECT_EQ(res.start, a.start);
  EXPECT_EQ(res.end, a.end + 1);
  EXPECT_EQ(covered(r, res), "the ministers of the Provisional Government");
  EXPECT_NE(res.reason.find("1 of 42 characters differ"), std::string::npos) << res.reason;
}

TEST(Reanchorer, AWordChangedAndTextMovedIsFoundFuzzily) {
  std::string old_text = kPara1 + kPara2 + kPara3;
  std::string p2 = kPara2;
  p2.replace(p2.find("stormed"), 7, "took");
  std::string new_text = kPara3 + kPara1 + p2;  // reordered too
  TextAnchor a = anchor_of(old_text, "the garrison stormed the Winter Palace and arrested");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  ASSERT_EQ(res.state, AnchorState::Moved) << res.reason;
  EXPECT_EQ(covered(r, res), "the garrison took the Winter Palace and arrested");
  EXPECT_EQ(res.start, cp_offset(new_text, "the garrison took"));
}

TEST(Reanchorer, RepeatedPhraseGoesToTheOccurrenceWithItsContext) {
  std::string formula = "All power to the Soviets!";
  std::string old_text = "The crowd at the Finland Station shouted: " + formula + "\n" +
                         "The sailors of Kronstadt answered the Kadets: " + formula + "\n" +
                         "In Moscow the printers' union closed its meeting: " + formula + "\n";
  TextAnchor a = anchor_of(old_text, formula, 1);
  std::string new_text = "Slogans of 1917.\n" + old_text;
  new_text.replace(new_text.find("Finland"), 7, "Finnish");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Moved) << res.reason;
  EXPECT_EQ(res.start, cp_offset(new_text, formula, 1));
  EXPECT_EQ(covered(r, res), formula);
}

TEST(Reanchorer, CyrillicAndVietnamesePositionsAreCodePoints) {
  std::string old_text =
      "Временное правительство низложено. Власть перешла в руки Военно-революционного комитета.\n"
      "Chiến dịch Điện Biên Phủ kết thúc ngày 7 tháng 5 năm 1954.\n";
  std::string new_text = "Лист 2.\n" + old_text;
  new_text.replace(new_text.find("Chiến dịch"), std::string("Chiến dịch").size(), "Chiến dịch lịch sử");
  new_text.replace(new_text.find("перешла"), std::string("перешла").size(), "перешло");
  TextAnchor ru = anchor_of(old_text, "Власть перешла в руки");
  TextAnchor vi = anchor_of(old_text, "Điện Biên Phủ kết thúc");
  Reanchorer r(to_u32(new_text));

  AnchorResult rr = r.locate(ru);
  ASSERT_EQ(rr.state, AnchorState::Moved) << rr.reason;
  EXPECT_EQ(rr.start, cp_offset(new_text, "Власть перешло"));
  EXPECT_EQ(rr.end, rr.start + count_code_points("Власть перешло в руки"));
  EXPECT_EQ(covered(r, rr), "Власть перешло в руки");

  AnchorResult vr = r.locate(vi);
  ASSERT_EQ(vr.state, AnchorState::Moved) << vr.reason;
  EXPECT_EQ(vr.start, vi.start + 8 + count_code_points(" lịch sử"));  // "Лист 2.\n" is 8 code points
  EXPECT_EQ(vr.start, cp_offset(new_text, "Điện Biên Phủ"));
  // The byte offsets the GUI would use follow from the code points.
  EXPECT_EQ(byte_offset_of_code_point(new_text, vr.start), new_text.find("Điện Biên Phủ"));
  EXPECT_EQ(covered(r, vr), "Điện Biên Phủ kết thúc");
}

TEST(Reanchorer, LongQuoteWithSeveralEditsIsFound) {
  std::string old_text = kPara1 + kPara2 + kPara3;
  std::string quote = kPara2.substr(0, kPara2.size() - 1);  // 143 code points: three 64-bit blocks
  TextAnchor a = anchor_of(old_text, quote);
  ASSERT_GT(a.end - a.start, 128u);
  std::string edited = quote;
  edited.replace(edited.find("two"), 3, "half past two");
  edited.replace(edited.find("Provisonal"), 10, "Provisional");
  edited.replace(edited.find(", who"), 5, " who");
  edited.replace(edited.find("all day"), 7, "the whole day");
  std::string new_text = "Chapter 3.\n" + kPara1 + edited + "\n" + kPara3;
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  ASSERT_EQ(res.state, AnchorState::Moved) << res.reason;
  EXPECT_EQ(covered(r, res), edited);
}

TEST(Reanchorer, LongVerbatimPassageMovedToNewSurroundingsIsPlaced) {
  std::string old_text = kPara1 + kPara2 + kPara3;
  std::string quote = "Kerensky had left the capital in a car borrowed from the American embassy";
  TextAnchor a = anchor_of(old_text, quote);
  std::string new_text = "Appendix.\nFrom the memoirs: " + quote + ", as he later denied.\n" + kPara1;
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  ASSERT_EQ(res.state, AnchorState::Moved) << res.reason;
  EXPECT_EQ(covered(r, res), quote);
  EXPECT_NE(res.reason.find("word for word"), std::string::npos) << res.reason;
}

TEST(Reanchorer, QuoteAtItsOldPlaceWithNewContextIsExact) {
  std::string old_text = kPara1 + kPara2 + kPara3;
  std::string new_text = old_text;
  new_text.replace(new_text.find("At two in the morning"), 21, "Around two at night, ");
  new_text.replace(new_text.find(" and arrested"), 13, " and seized  ");
  TextAnchor a = anchor_of(old_text, "stormed the Winter Palace");
  ASSERT_EQ(cp_offset(new_text, "stormed the Winter Palace"), a.start);
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Exact) << res.reason;
  EXPECT_NE(res.reason.find("text around it changed"), std::string::npos) << res.reason;
}

TEST(Reanchorer, EmptyTextsAndEmptyQuotes) {
  Reanchorer empty(U"");
  TextAnchor a = make_anchor(to_u32(kPara1), 7, 14);
  AnchorResult res = empty.locate(a);
  EXPECT_EQ(res.state, AnchorState::Orphaned);
  EXPECT_EQ(res.start, 0u);
  EXPECT_EQ(res.end, 0u);
  EXPECT_FALSE(res.reason.empty());

  TextAnchor none = make_anchor(U"", 0, 0);
  EXPECT_EQ(none.exact, "");
  EXPECT_EQ(empty.locate(none).state, AnchorState::Orphaned);
  Reanchorer r(to_u32(kPara1));
  AnchorResult point = r.locate(make_anchor(to_u32(kPara1), 5, 5));
  EXPECT_EQ(point.state, AnchorState::Orphaned);
  EXPECT_NE(point.reason.find("covers no text"), std::string::npos);
}

TEST(Reanchorer, AnchorPastTheEndOfTheNewTextIsSearchedForByItsQuote) {
  std::string old_text = kPara1 + kPara2 + kPara3;
  TextAnchor a = anchor_of(old_text, "loyal troops from the front");
  std::string new_text = kPara3;  // much shorter now
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Moved) << res.reason;
  EXPECT_EQ(covered(r, res), "loyal troops from the front");
}
