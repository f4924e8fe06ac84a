// Tagging in the real frame, driven through its widgets (text selected in
// the wxStyledTextCtrl, simulated key presses, the events the palette
// sends), checked against what the core's ProjectModel holds afterwards and
// what is written to disk: the category key, undo and redo, save, the
// palette and the Claim menu, Ctrl+E, the user's own layer, and unsaved
// changes at closing.
#include <gtest/gtest.h>

#include <filesystem>

#include <wx/choice.h>
#include <wx/toolbar.h>

#include "app/gui/project_pane.h"
#include "app/gui/layer_list.h"
#include "app/gui/tag_toolbar.h"
#include "tests/gui/sample_project.h"
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

class TaggingTest : public crux::test::OctoberTest {};

TEST_F(TaggingTest, TheCategoryKeyTagsTheSelectionAndUndoRedoAndSaveWork) {
  select_text(kPhrase);
  press('f');
  ASSERT_TRUE(test::pump_until([&] { return claims_in("demo") == 41; })) << utf8(frame_->last_notice());
  const Claim* c = claim_with_quote("demo", kPhrase);
  ASSERT_NE(c, nullptr);
  std::string id = c->id;
  EXPECT_EQ(c->type, "forces");
  EXPECT_EQ(c->source, kVi);
  EXPECT_EQ(c->author, "Test Student");
  EXPECT_EQ(c->ranges[0].start, offset_of(kPhrase));
  EXPECT_FALSE(c->created.empty());
  // Selected, described in the status bar, highlighted, and the project dirty.
  EXPECT_EQ(frame_->selected_claim(), id);
  EXPECT_NE(status(MainFrame::kClaimField).find(id + " · Forces · “" + kPhrase + "”"), std::string::npos)
      << status(MainFrame::kClaimField);
  EXPECT_EQ(status(MainFrame::kCountsField), "5 sources · 1 layer · 41 claims");
  EXPECT_NE(claim_indicators_at(offset_of(kPhrase) + 2), 0);
  EXPECT_EQ(utf8(frame_->GetTitle()).rfind("*", 0), 0u) << utf8(frame_->GetTitle());
  EXPECT_EQ(menu_label(wxID_UNDO), "Undo Add claim");

  press('z', wxMOD_CONTROL);
  ASSERT_TRUE(test::pump_until([&] { return claims_in("demo") == 40; })) << "Ctrl+Z did not undo";
  EXPECT_EQ(model().state().find_claim(id), nullptr);
  EXPECT_EQ(frame_->selected_claim(), "");
  EXPECT_EQ(claim_indicators_at(offset_of(kPhrase) + 2), 0);
  EXPECT_EQ(menu_label(wxID_REDO), "Redo Add claim");
  press('z', wxMOD_CONTROL | wxMOD_SHIFT);
  ASSERT_TRUE(test::pump_until([&] { return claims_in("demo") == 41; })) << "Ctrl+Shift+Z did not redo";
  EXPECT_NE(model().state().find_claim(id), nullptr);
  EXPECT_NE(claim_indicators_at(offset_of(kPhrase) + 2), 0);
  model().undo();
  press('y', wxMOD_CONTROL);
  ASSERT_TRUE(test::pump_until([&] { return claims_in("demo") == 41; })) << "Ctrl+Y did not redo";

  press('s', wxMOD_CONTROL);
  ASSERT_TRUE(test::pump_until([&] { return !model().dirty(); })) << "Ctrl+S did not save";
  EXPECT_EQ(utf8(frame_->GetTitle()).find("*"), std::string::npos);
  EXPECT_TRUE(test::recorded().errors.empty());
  auto reread = ProjectModel::load(dir());
  const Claim* saved = reread->state().find_claim(id);
  ASSERT_NE(saved, nullptr);
  EXPECT_EQ(saved->ranges[0].exact, kPhrase);
  EXPECT_EQ(saved->type, "forces");
  EXPECT_NE(test::slurp(dir() + "/layers/demo.tei.xml").find(id), std::string::npos);
}

TEST_F(TaggingTest, ThePaletteTheClaimMenuAndTheContextMenuCommandsTag) {
  select_text(kPhrase);
  const gui::Command* event = frame_->commands().find("claim/tag/event");
  ASSERT_NE(event, nullptr);
  EXPECT_NE(frame_->tag_toolbar().FindById(event->id), nullptr);
  EXPECT_EQ(menu_label(event->id), "Event");
  // A click on the palette's button sends this event.
  wxCommandEvent click(wxEVT_TOOL, event->id);
  click.SetEventObject(&frame_->tag_toolbar());
  frame_->tag_toolbar().ProcessWindowEvent(click);
  test::pump();
  const Claim* c = claim_with_quote("demo", kPhrase);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->type, "event");
  select_text("Trotsky");
  EXPECT_TRUE(frame_->commands().run("claim/tag/date"));
  ASSERT_NE(claim_with_quote("demo", "Trotsky"), nullptr);
  EXPECT_EQ(claim_with_quote("demo", "Trotsky")->type, "date");
  // Without a selection the tag commands are disabled.
  EXPECT_FALSE(frame_->commands().is_enabled("claim/tag/event"));
}

TEST_F(TaggingTest, CtrlEChangesTheSelectedClaimsExtent) {
  frame_->select_claim(kKnownClaim);
  select_text("Điện Mùa đông chỉ được bảo vệ");
  EXPECT_TRUE(frame_->commands().is_enabled("claim/extent"));
  press('e', wxMOD_CONTROL);
  ASSERT_TRUE(test::pump_until([&] { return model().state().find_claim(kKnownClaim)->ranges[0].exact == "Điện Mùa đông chỉ được bảo vệ"; }))
      << model().state().find_claim(kKnownClaim)->ranges[0].exact;
  const Claim* c = model().state().find_claim(kKnownClaim);
  EXPECT_EQ(c->ranges[0].start, kKnownStart);
  EXPECT_EQ(c->ranges[0].end, kKnownStart + 29);
  EXPECT_EQ(c->type, "forces");
  EXPECT_EQ(menu_label(wxID_UNDO), "Undo Edit claim");
  EXPECT_EQ(claim_indicators_at(kKnownStart + 40), 0);
}

TEST_F(TaggingTest, TheFirstTagInAProjectWithoutLayersMakesTheUsersLayer) {
  test::make_sample_project(tmp_.file("fresh"));
  ASSERT_TRUE(frame_->open_project(tmp_.file("fresh")));
  EXPECT_EQ(frame_->active_layer(), "");
  EXPECT_EQ(frame_->tag_toolbar().layer_choice().GetString(0), wxString::FromUTF8("New layer “Test Student”"));
  const std::string phrase = "Điện Mùa đông";
  select_text(phrase);
  press('c');
  ASSERT_TRUE(test::pump_until([&] { return claims_in("test-student") == 1; })) << utf8(frame_->last_notice());
  EXPECT_EQ(model().layer("test-student")->info.owner, "Test Student");
  EXPECT_EQ(claim_with_quote("test-student", phrase)->type, "casualties");
  EXPECT_EQ(frame_->active_layer(), "test-student");
  EXPECT_EQ(frame_->project_pane().layers().GetItemCount(), 1u);
  model().undo();  // one step takes back both
  test::pump();
  EXPECT_EQ(model().layer("test-student"), nullptr);
  EXPECT_EQ(frame_->active_layer(), "");
}

TEST_F(TaggingTest, UnsavedChangesAreSettledBeforeClosing) {
  select_text(kPhrase);
  press('q');
  ASSERT_TRUE(test::pump_until([&] { return claims_in("demo") == 41; }));
  std::string id = claim_with_quote("demo", kPhrase)->id;
  answer_ = MainFrame::SaveChoice::Cancel;
  EXPECT_FALSE(frame_->Close());
  test::pump();
  EXPECT_EQ(prompts_, 1);
  EXPECT_TRUE(frame_->IsShown());
  EXPECT_TRUE(model().dirty());
  EXPECT_FALSE(frame_->close_project());
  EXPECT_NE(frame_->session(), nullptr);

  answer_ = MainFrame::SaveChoice::Save;
  EXPECT_TRUE(frame_->close_project());
  EXPECT_EQ(frame_->session(), nullptr);
  EXPECT_NE(ProjectModel::load(dir())->state().find_claim(id), nullptr);

  ASSERT_TRUE(frame_->open_project(dir()));
  select_text(kPhrase);
  press('v');
  ASSERT_TRUE(test::pump_until([&] { return model().dirty(); }));
  answer_ = MainFrame::SaveChoice::Discard;
  EXPECT_TRUE(frame_->Close());
  frame_ = nullptr;  // closed and destroyed
  test::pump();
  EXPECT_EQ(prompts_, 4);  // Close, close_project (cancelled), close_project (saved), Close
  EXPECT_EQ(ProjectModel::load(dir())->layer("demo")->claims.size(), 41u);
}

TEST_F(TaggingTest, AFailedSaveIsReportedAndTheEditsStay) {
  select_text(kPhrase);
  press('f');
  ASSERT_TRUE(test::pump_until([&] { return claims_in("demo") == 41; }));
  // The layers folder turns into a file: nothing can be written there.
  std::filesystem::rename(dir() + "/layers", dir() + "/layers-moved");
  test::spit(dir() + "/layers", "not a folder");
  EXPECT_FALSE(frame_->save_project());
  ASSERT_EQ(test::recorded().errors.size(), 1u);
  EXPECT_EQ(test::recorded().errors[0].headline, "Cannot save the project");
  EXPECT_NE(test::recorded().errors[0].message.find(dir()), std::string::npos) << test::recorded().errors[0].message;
  EXPECT_TRUE(frame_->IsShown());
  EXPECT_EQ(claims_in("demo"), 41u);
  EXPECT_TRUE(model().dirty());
}

}  // namespace
