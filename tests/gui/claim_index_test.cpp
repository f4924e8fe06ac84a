// ClaimIndex and claim_text without a display: which claims a view shows,
// how overlapping claims are given levels, lookups by range and position,
// and the words the status bar and hover tips use.
#include "app/gui/claim_index.h"

#include <gtest/gtest.h>

#include <memory>

#include "app/gui/claim_text.h"

using namespace crux;
using crux::gui::ClaimIndex;
using crux::gui::ClaimSpan;

namespace {

Claim claim(const std::string& id, const std::string& source, size_t start, size_t end, const std::string& type = "event") {
  Claim c;
  c.id = id;
  c.source = source;
  c.type = type;
  TextRange r;
  r.start = start;
  r.end = end;
  r.exact = "text of " + id;
  c.ranges.push_back(r);
  return c;
}

ModelState state_with(std::vector<std::pair<LayerInfo, std::vector<Claim>>> layers) {
  ModelState s;
  s.claim_types = std::make_shared<const Taxonomy>(default_claim_taxonomy());
  for (auto& [info, claims] : layers) {
    auto l = std::make_shared<Layer>();
    l->info = info;
    l->claims = std::move(claims);
    l->sort();
    s.layers[info.id] = l;
  }
  return s;
}

LayerInfo layer(const std::string& id, bool visible = true) {
  LayerInfo info;
  info.id = id;
  info.name = id;
  info.visible = visible;
  return info;
}

std::vector<std::string> ids(const std::vector<const ClaimSpan*>& spans) {
  std::vector<std::string> out;
  for (const ClaimSpan* s : spans) out.push_back(s->claim->id);
  return out;
}

TEST(ClaimIndex, HoldsTheSourcesClaimsOfVisibleLayersOnly) {
  ModelState s = state_with({{layer("a"), {claim("c-1", "x", 10, 20), claim("c-2", "y", 0, 5), claim("c-3", "z", 1, 2)}},
                             {layer("b", false), {claim("c-4", "y", 3, 4)}},
                             {layer("c"), {claim("c-5", "y", 30, 40)}}});
  ClaimIndex index = ClaimIndex::build(s, "y");
  EXPECT_EQ(index.claim_count(), 2u);
  EXPECT_EQ(ids(index.overlapping(0, 100)), (std::vector<std::string>{"c-2", "c-5"}));
  EXPECT_NE(index.find("c-5"), nullptr);
  EXPECT_EQ(index.find("c-1"), nullptr);
  EXPECT_EQ(index.layer_of("c-5")->id, "c");
  EXPECT_EQ(index.taxonomy().find("forces")->key, "F");
}

TEST(ClaimIndex, OrphanedClaimsAreNotDrawn) {
  Claim lost = claim("c-1", "x", 0, 5);
  lost.anchor = AnchorStatus::Orphaned;
  ClaimIndex index = ClaimIndex::build(state_with({{layer("a"), {lost, claim("c-2", "x", 6, 9)}}}), "x");
  EXPECT_EQ(ids(index.overlapping(0, 100)), (std::vector<std::string>{"c-2"}));
}

TEST(ClaimIndex, OverlappingAndTouchingClaimsGetDifferentLevels) {
  // c-1 [0,20) holds c-2 [5,10) and c-3 [8,12); c-4 [20,25) touches c-1;
  // c-5 [30,40) is apart from everything and goes back to level 0.
  ClaimIndex index = ClaimIndex::build(
      state_with({{layer("a"), {claim("c-1", "x", 0, 20), claim("c-2", "x", 5, 10), claim("c-3", "x", 8, 12),
                                claim("c-4", "x", 20, 25), claim("c-5", "x", 30, 40)}}}),
      "x");
  std::map<std::string, int> level;
  for (const ClaimSpan& s : index.spans()) level[s.claim->id] = s.level;
  EXPECT_EQ(level["c-1"], 0);
  EXPECT_EQ(level["c-2"], 1);
  EXPECT_EQ(level["c-3"], 2);
  EXPECT_NE(level["c-4"], level["c-1"]);
  EXPECT_EQ(level["c-5"], 0);
  EXPECT_EQ(index.levels(), 3);
  // No two spans of one level meet.
  for (const ClaimSpan& a : index.spans())
    for (const ClaimSpan& b : index.spans())
      if (&a != &b && a.level == b.level) {
        EXPECT_TRUE(a.end < b.start || b.end < a.start) << a.claim->id << " " << b.claim->id;
      }
}

TEST(ClaimIndex, FindsSpansByRangeAndTheInnermostAtAPosition) {
  ClaimIndex index = ClaimIndex::build(
      state_with({{layer("a"), {claim("c-long", "x", 0, 1000), claim("c-1", "x", 100, 110), claim("c-2", "x", 105, 130),
                                claim("c-3", "x", 500, 510)}}}),
      "x");
  EXPECT_EQ(ids(index.overlapping(108, 109)), (std::vector<std::string>{"c-long", "c-1", "c-2"}));
  EXPECT_EQ(ids(index.overlapping(110, 120)), (std::vector<std::string>{"c-long", "c-2"}));
  EXPECT_EQ(ids(index.overlapping(1000, 2000)), std::vector<std::string>{});
  EXPECT_EQ(ids(index.at(107)), (std::vector<std::string>{"c-1", "c-2", "c-long"}));
  EXPECT_EQ(ids(index.at(110)), (std::vector<std::string>{"c-2", "c-long"}));
  EXPECT_TRUE(index.at(1000).empty());
}

TEST(ClaimIndex, StaysValidAfterTheStateIsGone) {
  ClaimIndex index;
  {
    ModelState s = state_with({{layer("a"), {claim("c-1", "x", 1, 2)}}});
    index = ClaimIndex::build(s, "x");
  }
  ASSERT_EQ(index.spans().size(), 1u);
  EXPECT_EQ(index.spans()[0].claim->id, "c-1");
  EXPECT_EQ(index.spans()[0].layer->id, "a");
}

TEST(ClaimIndex, ManyClaimsPiledOnOneSpotStayQuick) {
  std::vector<Claim> claims;
  for (int i = 0; i < 5000; ++i) claims.push_back(claim("c-" + std::to_string(i), "x", 0, 100 + static_cast<size_t>(i)));
  ClaimIndex index = ClaimIndex::build(state_with({{layer("a"), claims}}), "x");
  EXPECT_EQ(index.levels(), 5000);
  EXPECT_EQ(index.at(50).size(), 5000u);
}

TEST(ClaimText, SummaryDetailsAndColours) {
  Taxonomy t = default_claim_taxonomy();
  t.categories.push_back({"forces-naval", "forces", "Naval forces", "", "", "", false});
  EXPECT_EQ(gui::type_colour(t, "forces"), "#ff7f0e");
  EXPECT_EQ(gui::type_colour(t, "forces-naval"), "#ff7f0e");  // from its parent
  EXPECT_EQ(gui::type_colour(t, "nothing"), "");
  EXPECT_EQ(gui::type_label(t, "date"), "Date or time");
  EXPECT_EQ(gui::type_label(t, "nothing"), "nothing");

  Claim c = claim("c-jjy4s32h", "vi", 0, 10, "forces");
  c.ranges[0].exact = "Điện Mùa đông chỉ được bảo vệ bằng mấy trung đội các học sinh sĩ quan";
  c.actors = {"officer cadets", "Cossacks"};
  c.quantity.min = 2000;
  c.quantity.qualifier = "more-than";
  c.quantity.unit = "officers";
  c.note = "Defenders";
  c.author = "Minh";
  c.created = "2017-11-08T00:00:00Z";
  EXPECT_EQ(gui::claim_summary(c, t, 13), "c-jjy4s32h · Forces · “Điện Mùa…”");
  EXPECT_EQ(gui::claim_quote_text(c, 500), c.ranges[0].exact);
  EXPECT_EQ(gui::claim_quote_text(c, 4), "Điệ…");
  std::string details = gui::claim_details(c, layer("demo"), t);
  EXPECT_NE(details.find("Forces\n“Điện Mùa đông"), std::string::npos) << details;
  EXPECT_NE(details.find("Actors: officer cadets, Cossacks"), std::string::npos) << details;
  EXPECT_NE(details.find("Quantity: more than 2000 officers"), std::string::npos) << details;
  EXPECT_NE(details.find("Note: Defenders"), std::string::npos) << details;
  EXPECT_NE(details.find("layer demo · Minh · 2017-11-08"), std::string::npos) << details;
  EXPECT_EQ(details.find("Place"), std::string::npos) << details;
  EXPECT_EQ(gui::wrap_lines("one two three four\nfive", 9), "one two\nthree\nfour\nfive");
  EXPECT_EQ(gui::wrap_lines("Điện Mùa đông", 4), "Điện\nMùa\nđông");
  EXPECT_EQ(gui::wrap_lines("unbreakable", 4), "unbreakable");
  Quantity range;
  range.min = 20000;
  range.max = 30000;
  EXPECT_EQ(gui::format_quantity(range), "20000–30000");
  EXPECT_EQ(gui::format_number(2.5), "2.5");
}

}  // namespace
