#include "tei/annotation/layer_io.h"

#include <gtest/gtest.h>

#include "tei/base/error.h"
#include "tests/annotation/annotation_fixture.h"

using namespace crux;

namespace {

Layer sample_layer() {
  Layer y;
  y.info = {"demo", "Demo layer", "Dr. Lan", "#d62728", "Claims for the seminar", true, false};
  Claim c;
  c.id = "c-aaaaaaaa";
  c.source = "palace";
  TextRange r;
  r.block_id = "palace.p1";
  r.offset = 4;
  r.length = 6;
  r.exact = "Guards";
  r.prefix = "Red ";
  r.suffix = " and Kronstadt";
  r.start = 38;
  r.end = 44;
  c.ranges = {r};
  c.type = "forces";
  c.categories = {"event"};
  c.actors = {"Red Guards", "Kronstadt sailors"};
  c.time = {"the 25th October", "1917-11-07", "julian", "1917-10-25"};
  c.place = "Petrograd";
  c.quantity.min = 20000;
  c.quantity.max = 30000;
  c.quantity.unit = "soldiers";
  c.attribution = "according to Soviet official accounts";
  c.properties["source-page"] = "12";
  c.note = "The <attackers> & their numbers";
  c.author = "Minh";
  c.created = "2017-11-08T00:00:00Z";
  c.modified = "2017-11-09T00:00:00Z";
  c.certainty = Certainty::High;
  Claim d = c;
  d.id = "c-bbbbbbbb";
  d.ranges[0].start = 10;
  d.properties.clear();
  d.quantity = {};
  d.quantity.min = 2000;
  d.quantity.qualifier = "more-than";
  d.certainty = Certainty::Unknown;
  y.claims = {c, d};
  Link l;
  l.id = "l-cccccccc";
  l.type = "contradicts";
  l.claims = {"c-aaaaaaaa", "c-bbbbbbbb"};
  l.note = "Numbers differ";
  l.author = "Minh";
  l.created = "2017-11-08T00:00:00Z";
  l.certainty = Certainty::Medium;
  Link k = l;
  k.id = "l-dddddddd";
  k.type = "derives-from";
  k.directed = true;
  k.note = "";
  k.author = "Lan";
  y.links = {k, l};
  return y;
}

}  // namespace

TEST(LayerIo, RoundTripKeepsEverything) {
  Layer y = sample_layer();
  std::string xml = write_layer(y);
  Layer back = read_layer(xml, "demo.tei.xml", "demo");
  EXPECT_EQ(back.info.name, "Demo layer");
  EXPECT_EQ(back.info.owner, "Dr. Lan");
  EXPECT_EQ(back.info.colour, "#d62728");
  EXPECT_EQ(back.info.description, "Claims for the seminar");
  ASSERT_EQ(back.claims.size(), 2u);
  const Claim* c = back.find_claim("c-aaaaaaaa");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->source, "palace");
  EXPECT_EQ(c->ranges[0].block_id, "palace.p1");
  EXPECT_EQ(c->ranges[0].offset, 4u);
  EXPECT_EQ(c->ranges[0].length, 6u);
  EXPECT_EQ(c->ranges[0].exact, "Guards");
  EXPECT_EQ(c->ranges[0].prefix, "Red ");
  EXPECT_EQ(c->ranges[0].suffix, " and Kronstadt");
  EXPECT_EQ(c->type, "forces");
  EXPECT_EQ(c->categories, std::vector<std::string>{"event"});
  EXPECT_EQ(c->actors, (std::vector<std::string>{"Red Guards", "Kronstadt sailors"}));
  EXPECT_EQ(c->time.when, "1917-11-07");
  EXPECT_EQ(c->time.calendar, "julian");
  EXPECT_EQ(c->time.when_julian, "1917-10-25");
  EXPECT_EQ(c->time.as_written, "the 25th October");
  EXPECT_EQ(c->place, "Petrograd");
  EXPECT_EQ(*c->quantity.min, 20000);
  EXPECT_EQ(*c->quantity.max, 30000);
  EXPECT_EQ(c->quantity.unit, "soldiers");
  EXPECT_EQ(c->attribution, "according to Soviet official accounts");
  EXPECT_EQ(c->properties.at("source-page"), "12");
  EXPECT_EQ(c->note, "The <attackers> & their numbers");
  EXPECT_EQ(c->author, "Minh");
  EXPECT_EQ(c->created, "2017-11-08T00:00:00Z");
  EXPECT_EQ(c->modified, "2017-11-09T00:00:00Z");
  EXPECT_EQ(c->certainty, Certainty::High);
  const Claim* d = back.find_claim("c-bbbbbbbb");
  EXPECT_EQ(d->quantity.qualifier, "more-than");
  EXPECT_FALSE(d->quantity.max);
  ASSERT_EQ(back.links.size(), 2u);
  const Link* l = back.find_link("l-cccccccc");
  EXPECT_EQ(l->type, "contradicts");
  EXPECT_FALSE(l->directed);
  EXPECT_EQ(l->claims, (std::vector<std::string>{"c-aaaaaaaa", "c-bbbbbbbb"}));
  EXPECT_EQ(l->note, "Numbers differ");
  EXPECT_EQ(l->author, "Minh");
  EXPECT_EQ(l->certainty, Certainty::Medium);
  const Link* k = back.find_link("l-dddddddd");
  EXPECT_TRUE(k->directed);
  EXPECT_EQ(k->author, "Lan");
}

TEST(LayerIo, SavingTwiceGivesIdenticalBytesInStableOrder) {
  Layer y = sample_layer();
  std::string once = write_layer(y);
  Layer back = read_layer(once, "demo.tei.xml", "demo");
  back.claims[0].ranges[0].start = 10;  // positions come from anchoring; keep the order
  back.claims[1].ranges[0].start = 38;
  std::string twice = write_layer(back);
  EXPECT_EQ(once, twice);
  // Claims by position: c-bbbbbbbb (start 10) before c-aaaaaaaa (start 38).
  EXPECT_LT(once.find("c-bbbbbbbb"), once.find("c-aaaaaaaa"));
  // A few lines per claim, one per property.
  EXPECT_NE(once.find("      <f name=\"place\"><string>Petrograd</string></f>\n"), std::string::npos) << once;
  EXPECT_NE(once.find("target=\"../sources/palace.tei.xml#string-range(palace.p1,4,6)\""), std::string::npos);
}

TEST(LayerIo, ValidWithJingTeiAll) {
  CRUX_REQUIRE_SHARED();
  test::TempDir d;
  test::spit(d.file("demo.tei.xml"), write_layer(sample_layer()));
  std::string r = test::jing_tei_all(d.file("demo.tei.xml"));
  if (r.rfind("SKIP", 0) == 0) GTEST_SKIP() << r;
  EXPECT_EQ(r, "");
}
