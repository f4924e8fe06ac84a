// Re-anchoring must refuse look-alikes: a claim whose own text was deleted or
// rewritten is orphaned, not moved onto a similar passage, another
// occurrence of the same word or another copy of a formula, while claims
// whose text really moved still follow it.
#include <gtest/gtest.h>

#include <string>

#include "tei/anchor/reanchorer.h"
#include "tei/base/utf8.h"
#include "tests/anchor/anchor_test_util.h"

using namespace crux;
using namespace crux::test;

TEST(Reanchorer, DeletedParagraphIsNotCapturedByALookAlike) {
  // The claim's paragraph is deleted; another paragraph tells nearly the same.
  std::string old_text = kPara1 + kPara2 + kPara3;
  std::string look_alike =
      "Later accounts say that at dawn the sailors stormed the Winter Palace and arrested the "
      "ministers of the Provisional Government in the Malachite Room.\n";
  std::string new_text = kPara1 + kPara3 + look_alike;
  TextAnchor a = anchor_of(old_text, "stormed the Winter Palace and arrested the ministers of the Provisonal Government");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Orphaned) << res.reason << " at " << covered(r, res);
  EXPECT_EQ(res.reason.rfind("not placed: ", 0), 0u) << res.reason;
  EXPECT_LT(res.score, 0.75);
}

TEST(Reanchorer, ShortQuoteWhoseSentenceWasDeletedIsOrphaned) {
  std::string old_text = "The decree on land was adopted in 1917 by the Second Congress.\n" + kPara1 +
                         "In 1917 the harvest failed in the Volga provinces.\n";
  std::string new_text = kPara1 + "In 1917 the harvest failed in the Volga provinces.\n";
  TextAnchor a = anchor_of(old_text, "1917");  // the first one, in the deleted sentence
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Orphaned) << res.reason;
}

TEST(Reanchorer, TwoEquallyGoodPlacesFarAwayAreAmbiguous) {
  std::string dup = "The delegates left the hall singing the Internationale.";
  std::string filler(5000, '.');
  std::string old_text = kPara1 + dup + "\n" + kPara3;
  TextAnchor a = anchor_of(old_text, "singing");
  std::string copy = kPara1 + dup + "\n" + kPara3;  // the claim with all of its context
  std::string new_text = filler + "\n" + copy + filler + "\n" + copy;
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Orphaned) << res.reason;
  EXPECT_NE(res.reason.find("equally well"), std::string::npos) << res.reason;

  // The same duplicate with one copy where the claim was: that one.
  std::string near_text = copy + filler + "\n" + copy;
  Reanchorer near(to_u32(near_text));
  AnchorResult nr = near.locate(a);
  EXPECT_EQ(nr.state, AnchorState::Exact) << nr.reason;
  EXPECT_EQ(nr.start, a.start);
}

TEST(Reanchorer, RewrittenWordDoesNotJumpToTheSameWordNextDoor) {
  // "Lenin" was corrected to "Ulyanov" in place; the next sentence also says
  // "Lenin". The context on both sides is still there, around "Ulyanov":
  // the claim cannot be on the other "Lenin".
  std::string old_text = kPara1 + "The resolution was drafted by Lenin. Lenin spoke first at the congress.\n" + kPara3;
  std::string new_text = kPara1 + "The resolution was drafted by Ulyanov. Lenin spoke first at the congress.\n" + kPara3;
  TextAnchor a = anchor_of(old_text, "Lenin");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Orphaned) << res.reason << " at " << covered(r, res);
  EXPECT_NE(res.reason.find("still there"), std::string::npos) << res.reason;
}

TEST(Reanchorer, DeletedWordDoesNotJumpToTheSameWordJustBefore) {
  // The claim is on the second "Soviets"; a deletion takes most of it and the
  // start of the text after it, so only its prefix is left verbatim. The
  // first "Soviets", at the end of that prefix, must not take its place.
  std::string old_text = kPara1 + "Lenin demanded all power for the Soviets. Soviets were elected in every factory.\n";
  std::string new_text = kPara1 + "Lenin demanded all power for the Soviets. Soected in every factory.\n";
  TextAnchor a = anchor_of(old_text, "Soviets", 1);
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Orphaned) << res.reason << " at " << covered(r, res);
}

TEST(Reanchorer, ShortQuoteInASentenceMovedElsewhereFollowsIt) {
  // The sentence holding the claim moves to the end; the text before it stays.
  std::string moved = "Trotsky chaired the Military Revolutionary Committee that night.";
  std::string old_text = kPara1 + "The congress opened late. " + moved + " The vote came at dawn.\n" + kPara3;
  std::string new_text = kPara1 + "The congress opened late. The vote came at dawn.\n" + kPara3 + moved + "\n";
  TextAnchor a = anchor_of(old_text, "Trotsky");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  ASSERT_EQ(res.state, AnchorState::Moved) << res.reason;
  EXPECT_EQ(res.start, cp_offset(new_text, moved));
  EXPECT_EQ(covered(r, res), "Trotsky");
}

TEST(Reanchorer, RepeatedFormulaWithoutItsOwnContextIsNotGuessed) {
  // A formula that recurs, the claim's copy rewritten: the other copies look
  // alike, with context no better than each other's.
  std::string formula = "By order of the Military Revolutionary Committee.";
  std::string old_text = "Decree one. " + formula + " Signed at the Smolny.\n" + "Decree two. " + formula +
                         " Issued to the garrison.\n" + "Decree three. " + formula + " Read to the crowds.\n";
  TextAnchor a = anchor_of(old_text, "Military Revolutionary", 1);
  std::string new_text = old_text;
  size_t second = new_text.find(formula, new_text.find(formula) + 1);
  new_text.replace(second, formula.size(), "By order of the Petrograd Soviet.");
  Reanchorer r(to_u32(new_text));
  AnchorResult res = r.locate(a);
  EXPECT_EQ(res.state, AnchorState::Orphaned) << res.reason << " at " << covered(r, res);
}
