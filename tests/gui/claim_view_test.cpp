// The claims in the real frame, as a reader meets them: highlighted on the
// text in their type's colour, shown or hidden with their layer in the
// project pane, described on hover and in the status bar when clicked,
// deleted with the Delete key, and a read-only layer refusing new ones with
// a notice. Driven through the widgets, checked against the core's model.
#include <gtest/gtest.h>

#include <filesystem>

#include <wx/choice.h>
#include <wx/uiaction.h>

#include "app/gui/font_setup.h"
#include "app/gui/layer_list.h"
#include "app/gui/project_pane.h"
#include "app/gui/tag_toolbar.h"
#include "app/gui/text_positions.h"
#include "tests/gui/october_fixture.h"

using namespace crux;
using crux::gui::ClaimHighlighter;
using crux::gui::MainFrame;
using crux::gui::SourceView;
using crux::test::utf8;
using crux::test::kKnownClaim;
using crux::test::kKnownStart;
using crux::test::kPhrase;
using crux::test::kVi;

namespace {

class ClaimViewTest : public crux::test::OctoberTest {};

TEST_F(ClaimViewTest, TheStatusBarCountsAndTheLayerPaneShowTheProject) {
  EXPECT_EQ(status(MainFrame::kCountsField), "5 sources · 1 layer · 40 claims");
  gui::LayerList& layers = frame_->project_pane().layers();
  ASSERT_EQ(layers.GetItemCount(), 1u);
  EXPECT_EQ(layers.rows()[0].id, "demo");
  EXPECT_TRUE(layers.rows()[0].visible);
  EXPECT_EQ(utf8(layers.details(layers.rows()[0])), "Crux sample project · 40 claims");
  EXPECT_EQ(layers.GetSelection(), 0);  // the active layer
  EXPECT_EQ(frame_->active_layer(), "demo");
  EXPECT_EQ(frame_->tag_toolbar().layer_at(frame_->tag_toolbar().layer_choice().GetSelection()), "demo");
  EXPECT_EQ(frame_->tag_toolbar().tag_tools().size(), model().claim_types().categories.size());
}

TEST_F(ClaimViewTest, TheDemoLayersClaimsAreHighlightedInTheirTypesColour) {
  view()->show_offset(kKnownStart);
  test::pump(100);
  EXPECT_EQ(claim_indicators_at(kKnownStart + 3), 1) << "level 0 only";
  int byte = static_cast<int>(view()->positions().byte_of(kKnownStart + 3));
  EXPECT_EQ(view()->text().IndicatorValueAt(ClaimHighlighter::kFirstLevelIndicator, byte),
            ClaimHighlighter::indicator_value("#ff7f0e"));  // forces
  EXPECT_EQ(claim_indicators_at(kKnownStart - 2), 0);
  // Only a window around the visible lines is painted.
  auto [from, to] = view()->highlighter().painted();
  EXPECT_LT(to - from, view()->positions().bytes());
  EXPECT_LE(from, view()->positions().byte_of(kKnownStart));
}

TEST_F(ClaimViewTest, LigaturesAreOffSoWhatIsDrawnIsWhatIsMeasured) {
  // wxStyledTextCtrl on GTK misplaces everything after a ligature (see
  // font_setup.h); the rule that turns them off must have been taken.
  EXPECT_TRUE(gui::turn_off_ligatures());
}

TEST_F(ClaimViewTest, EveryClaimsHighlightLiesOnItsQuote) {
  for (const std::string& source : model().source_ids()) {
    SourceView* v = frame_->open_source(source, false);
    ASSERT_NE(v, nullptr) << source;
    const gui::TextPositions& p = v->positions();
    for (const Claim& c : model().layer("demo")->claims) {
      if (c.source != source) continue;
      for (const TextRange& r : c.ranges) {
        size_t from = p.byte_of(r.start), to = p.byte_of(r.end);
        EXPECT_EQ(p.text().substr(from, to - from), r.exact) << c.id << " in " << source;
      }
    }
  }
}

TEST_F(ClaimViewTest, HidingTheLayerInThePaneRemovesItsHighlightsAndIsUndoable) {
  view()->show_offset(kKnownStart);
  test::pump(100);
  ASSERT_NE(claim_indicators_at(kKnownStart + 3), 0);
  gui::LayerList& layers = frame_->project_pane().layers();
  layers.toggle(layers.index_of("demo"));  // what a click on the checkbox sends
  test::pump();
  EXPECT_FALSE(model().layer("demo")->info.visible);
  EXPECT_FALSE(layers.rows()[0].visible);
  EXPECT_EQ(claim_indicators_at(kKnownStart + 3), 0);
  EXPECT_EQ(menu_label(wxID_UNDO), "Undo Hide layer");
  EXPECT_TRUE(frame_->commands().run("edit/undo"));
  test::pump();
  EXPECT_TRUE(model().layer("demo")->info.visible);
  EXPECT_NE(claim_indicators_at(kKnownStart + 3), 0);

  // And with the mouse, on the checkbox itself.
  test::pump(100);
  wxRect box = layers.checkbox_rect(layers.index_of("demo"));
  wxUIActionSimulator sim;
  sim.MouseMove(layers.ClientToScreen(box.GetPosition() + wxPoint(box.width / 2, box.height / 2)));
  test::pump(50);
  sim.MouseClick();
  ASSERT_TRUE(test::pump_until([&] { return !model().layer("demo")->info.visible; })) << "the click did not hide it";
  EXPECT_EQ(claim_indicators_at(kKnownStart + 3), 0);
}

TEST_F(ClaimViewTest, TaggingIntoAReadOnlyLayerShowsANotice) {
  LayerInfo info = model().layer("demo")->info;
  info.read_only = true;
  model().commit(op::edit_layer(info));
  select_text(kPhrase);
  press('f');
  test::pump();
  EXPECT_EQ(claims_in("demo"), 40u);
  EXPECT_NE(utf8(frame_->last_notice()).find("read-only"), std::string::npos) << utf8(frame_->last_notice());
  EXPECT_NE(status(MainFrame::kProjectField).find("read-only"), std::string::npos);
  EXPECT_TRUE(test::recorded().errors.empty());
  EXPECT_TRUE(frame_->IsShown());
  EXPECT_NE(utf8(frame_->project_pane().layers().details(frame_->project_pane().layers().rows()[0])).find("read-only"),
            std::string::npos);
}

TEST_F(ClaimViewTest, AClickSelectsAClaimAndDeleteDeletesIt) {
  view()->show_offset(kKnownStart);
  test::pump(200);
  wxStyledTextCtrl& text = view()->text();
  int byte = static_cast<int>(view()->positions().byte_of(kKnownStart + 5));
  wxPoint at = text.PointFromPosition(byte) + wxPoint(3, text.TextHeight(0) / 2);
  wxUIActionSimulator sim;
  sim.MouseMove(text.ClientToScreen(at));
  test::pump(50);
  sim.MouseClick();
  ASSERT_TRUE(test::pump_until([&] { return frame_->selected_claim() == kKnownClaim; }))
      << "selected: " << frame_->selected_claim();
  std::string field = status(MainFrame::kClaimField);
  EXPECT_NE(field.find(std::string(kKnownClaim) + " · Forces · “Điện Mùa đông"), std::string::npos) << field;
  EXPECT_NE(text.IndicatorAllOnFor(byte) & (1 << ClaimHighlighter::kSelectedIndicator), 0);
  // The hover tip describes it.
  wxStyledTextEvent dwell(wxEVT_STC_DWELLSTART, text.GetId());
  dwell.SetEventObject(&text);
  dwell.SetPosition(byte);
  text.ProcessWindowEvent(dwell);
  EXPECT_TRUE(text.CallTipActive());
  std::string tip = utf8(view()->highlighter().last_tip());
  EXPECT_NE(tip.find("Forces\n“Điện Mùa đông"), std::string::npos) << tip;
  EXPECT_NE(tip.find("Actors: officer cadets, Cossacks"), std::string::npos) << tip;

  size_t links = model().layer("demo")->links.size();
  press(WXK_DELETE);
  ASSERT_TRUE(test::pump_until([&] { return claims_in("demo") == 39; })) << "Delete did not delete the claim";
  EXPECT_EQ(model().state().find_claim(kKnownClaim), nullptr);
  EXPECT_LT(model().layer("demo")->links.size(), links);  // its link went with it
  EXPECT_EQ(frame_->selected_claim(), "");
  EXPECT_EQ(claim_indicators_at(kKnownStart + 5), 0);
  EXPECT_EQ(menu_label(wxID_UNDO), "Undo Delete claim");
  model().undo();
  EXPECT_EQ(model().layer("demo")->links.size(), links);
  EXPECT_NE(claim_indicators_at(kKnownStart + 5), 0);
}

}  // namespace
