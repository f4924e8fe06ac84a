#include "tei/annotation/taxonomy.h"

#include <gtest/gtest.h>

#include "tei/base/error.h"
#include "tests/support/test_support.h"

using namespace crux;

TEST(Taxonomy, DefaultsHaveTheConventionsIds) {
  Taxonomy c = default_claim_taxonomy();
  for (const char* id : {"event", "date", "quantity", "forces", "casualties", "causation", "attribution", "evaluation"})
    EXPECT_TRUE(c.contains(id)) << id;
  Taxonomy r = default_relation_taxonomy();
  std::vector<std::string> ids;
  for (const auto& cat : r.categories) ids.push_back(cat.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"contradicts", "corroborates", "qualifies", "derives-from", "same-event"}));
  EXPECT_TRUE(r.find("derives-from")->directed);
  EXPECT_FALSE(r.find("contradicts")->directed);
  EXPECT_EQ(c.find("forces")->key, "F");
}

TEST(Taxonomy, RoundTripWithNesting) {
  Taxonomy t = default_claim_taxonomy();
  t.categories.push_back({"killed", "casualties", "Killed", "Dead", "#aa0000", "K", false});
  t.categories.push_back({"executed", "killed", "Executed", "", "#880000", "", false});
  std::string xml = write_taxonomy(t);
  Taxonomy back = read_taxonomy(xml, "claim-types.tei.xml");
  ASSERT_EQ(back.categories.size(), t.categories.size());
  EXPECT_EQ(back.find("executed")->parent, "killed");
  EXPECT_EQ(back.find("killed")->parent, "casualties");
  EXPECT_EQ(back.find("killed")->key, "K");
  EXPECT_EQ(back.subtree("casualties"), (std::vector<std::string>{"casualties", "killed", "executed"}));
  EXPECT_EQ(write_taxonomy(back), xml);
}

TEST(Taxonomy, RejectsClashingAndReservedKeysAndCycles) {
  Taxonomy t = default_claim_taxonomy();
  t.categories.push_back({"fighting", "", "Fighting", "", "#000000", "f", false});
  EXPECT_THROW(check_taxonomy(t, "x"), Error);  // F is forces'
  t.categories.back().key = "L";                // the workbench's "link to…"
  try {
    check_taxonomy(t, "x");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("workbench's own shortcuts"), std::string::npos);
  }
  t.categories.back().key = "";
  t.categories.back().parent = "fighting";
  EXPECT_THROW(check_taxonomy(t, "x"), Error);
  t.categories.back().parent = "nowhere";
  EXPECT_THROW(check_taxonomy(t, "x"), Error);
  t.categories.back().parent = "";
  t.categories.back().colour = "red";
  EXPECT_THROW(check_taxonomy(t, "x"), Error);
}

TEST(Taxonomy, ValidWithJingTeiAll) {
  CRUX_REQUIRE_SHARED();
  test::TempDir d;
  test::spit(d.file("claim-types.tei.xml"), write_taxonomy(default_claim_taxonomy()));
  test::spit(d.file("relations.tei.xml"), write_taxonomy(default_relation_taxonomy()));
  for (const char* f : {"claim-types.tei.xml", "relations.tei.xml"}) {
    std::string r = test::jing_tei_all(d.file(f));
    if (r.rfind("SKIP", 0) == 0) GTEST_SKIP() << r;
    EXPECT_EQ(r, "") << f;
  }
}
