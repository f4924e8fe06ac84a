// The real main frame, driven through its widgets: open a project made with
// the core, pick sources in the project pane, read what the source view
// shows, and check that problems come out as reports, never as aborts.
#include "app/gui/main_frame.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/uiaction.h>

#include "app/gui/project_pane.h"
#include "app/gui/source_list.h"
#include "app/gui/source_tabs.h"
#include "app/gui/source_view.h"
#include "tei/base/utf8.h"
#include "tei/import/tei_writer.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/sample_project.h"
#include "tests/support/test_support.h"

using namespace crux;
using crux::gui::MainFrame;
using crux::gui::SourceView;

namespace {

std::string utf8(const wxString& s) { return s.utf8_string(); }

class MainFrameTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test::recorded().clear();
    test::make_sample_project(dir());
    frame_ = new MainFrame(test::recorded());
    frame_->Show();
    ASSERT_TRUE(test::pump_until([this] { return frame_->IsShownOnScreen(); }));
  }
  void TearDown() override {
    frame_->Destroy();
    test::pump(20);
  }

  std::string dir() const { return tmp_.file("project"); }
  std::string status(int field) const { return utf8(frame_->GetStatusBar()->GetStatusText(field)); }
  SourceView* current() const { return frame_->source_tabs().current(); }
  // Selects a source in the project pane and waits until its tab shows it.
  SourceView* select(const std::string& id) {
    EXPECT_TRUE(frame_->project_pane().select_source(id));
    test::pump_until([&] { return current() && current()->source_id() == id; });
    return current() && current()->source_id() == id ? current() : nullptr;
  }

  test::TempDir tmp_;
  MainFrame* frame_ = nullptr;
};

TEST_F(MainFrameTest, OpensAProjectAndListsItsSources) {
  ASSERT_TRUE(frame_->open_project(dir()));
  EXPECT_TRUE(test::recorded().errors.empty());
  gui::ProjectPane& pane = frame_->project_pane();
  EXPECT_EQ(utf8(pane.title()), test::kSampleTitle);
  ASSERT_EQ(pane.list().GetItemCount(), test::sample_sources().size());
  for (const auto& s : test::sample_sources()) {
    std::string label = utf8(pane.label_of(s.id));
    EXPECT_NE(label.find(s.title), std::string::npos) << label;
    EXPECT_NE(label.find(language_name(s.lang)), std::string::npos) << label;
    EXPECT_NE(label.find(s.perspective), std::string::npos) << label;
  }
  EXPECT_EQ(status(MainFrame::kProjectField), test::kSampleTitle);
  EXPECT_EQ(status(MainFrame::kCountsField), "4 sources · 0 layers · 0 claims");
  EXPECT_NE(utf8(frame_->GetTitle()).find(test::kSampleTitle), std::string::npos);
  // File > Open Recent lists it first.
  wxMenuItem* recent = frame_->GetMenuBar()->FindItem(wxID_FILE1);
  ASSERT_NE(recent, nullptr);
  EXPECT_NE(utf8(recent->GetItemLabelText()).find("project"), std::string::npos) << utf8(recent->GetItemLabelText());
  // Something to read at once: the first source, in the preview tab.
  ASSERT_NE(current(), nullptr);
  EXPECT_EQ(current()->source_id(), test::sample_sources().front().id);
  EXPECT_TRUE(frame_->source_tabs().is_preview(current()));
  EXPECT_EQ(pane.selected_source(), current()->source_id());
}

TEST_F(MainFrameTest, ClickingAndDoubleClickingARowWithTheMouse) {
  ASSERT_TRUE(frame_->open_project(dir()));
  const auto& ru = test::sample_source("oktyabr-uchebnik-ru");
  gui::SourceList& list = frame_->project_pane().list();
  int row = list.index_of(ru.id);
  ASSERT_NE(row, wxNOT_FOUND);
  test::pump(100);
  wxRect rect = list.GetItemRect(static_cast<size_t>(row));
  wxPoint centre = list.ClientToScreen(wxPoint(rect.x + rect.width / 2, rect.y + rect.height / 2));
  wxUIActionSimulator sim;
  sim.MouseMove(centre);
  test::pump(50);
  sim.MouseClick();
  ASSERT_TRUE(test::pump_until([&] { return current() && current()->source_id() == ru.id; }))
      << "a click on the row did not show the source";
  EXPECT_TRUE(frame_->source_tabs().is_preview(current()));
  EXPECT_EQ(utf8(current()->text().GetText()), ru.plain_text());
  sim.MouseDblClick();
  ASSERT_TRUE(test::pump_until([&] { return !frame_->source_tabs().is_preview(current()); }))
      << "a double-click did not keep the source open";
  EXPECT_EQ(current()->source_id(), ru.id);
}

TEST_F(MainFrameTest, SelectingASourceShowsItsVietnameseTextReadOnly) {
  ASSERT_TRUE(frame_->open_project(dir()));
  const auto& sample = test::sample_source("cach-mang-1917-vi");
  SourceView* view = select(sample.id);
  ASSERT_NE(view, nullptr);
  EXPECT_EQ(utf8(view->text().GetText()), sample.plain_text());
  EXPECT_NE(utf8(view->text().GetLineText(2)).find("Điện Mùa đông chỉ được bảo vệ"), std::string::npos);
  EXPECT_EQ(view->text().GetLineCount(), static_cast<int>(sample.blocks.size()));
  EXPECT_TRUE(view->text().GetReadOnly());
  std::string profile = utf8(view->profile());
  EXPECT_NE(profile.find("Vietnamese"), std::string::npos) << profile;
  EXPECT_NE(profile.find(sample.perspective), std::string::npos) << profile;
  EXPECT_EQ(frame_->project_pane().selected_source(), sample.id);

  // Typing into it, as a user would, changes nothing.
  view->text().SetFocus();
  view->text().GotoPos(0);
  test::pump();
  wxUIActionSimulator sim;
  sim.Text("xyz");
  sim.Char(WXK_DELETE);
  test::pump(200);
  EXPECT_EQ(utf8(view->text().GetText()), sample.plain_text());
  EXPECT_TRUE(test::recorded().errors.empty());
}

TEST_F(MainFrameTest, DoubleClickOpensTheRussianSourceInATabOfItsOwn) {
  ASSERT_TRUE(frame_->open_project(dir()));
  const auto& ru = test::sample_source("oktyabr-uchebnik-ru");
  ASSERT_NE(select("encyclopedia-en"), nullptr);
  EXPECT_TRUE(frame_->source_tabs().is_preview(current()));
  // Selecting another source reuses the preview tab.
  ASSERT_NE(select("cach-mang-1917-vi"), nullptr);
  EXPECT_EQ(frame_->source_tabs().GetPageCount(), 1u);
  // Activating (double-click / Enter) pins a tab; the next selection opens a new preview.
  ASSERT_TRUE(frame_->project_pane().activate_source(ru.id));
  ASSERT_TRUE(test::pump_until([&] { return current() && current()->source_id() == ru.id; }));
  SourceView* pinned = current();
  EXPECT_FALSE(frame_->source_tabs().is_preview(pinned));
  EXPECT_EQ(utf8(pinned->text().GetText()), ru.plain_text());
  EXPECT_NE(utf8(pinned->text().GetText()).find("Залп крейсера «Аврора»"), std::string::npos);
  ASSERT_NE(select("shiyue-geming-zh"), nullptr);
  EXPECT_EQ(frame_->source_tabs().GetPageCount(), 2u);
  EXPECT_EQ(utf8(current()->text().GetText()), test::sample_source("shiyue-geming-zh").plain_text());
}

TEST_F(MainFrameTest, HeadingLinesGetTheHeadingStyle) {
  ASSERT_TRUE(frame_->open_project(dir()));
  const auto& sample = test::sample_source("oktyabr-uchebnik-ru");
  SourceView* view = select(sample.id);
  ASSERT_NE(view, nullptr);
  for (size_t line = 0; line < sample.blocks.size(); ++line) {
    const auto& block = sample.blocks[line];
    int expected = block.element != "head" ? SourceView::kBody
                   : block.depth <= 1       ? SourceView::kHeading
                                            : SourceView::kSubheading;
    EXPECT_EQ(view->line_style(line), expected) << "line " << line << ": " << block.text;
    // The whole line, not only its first character.
    int last = view->text().GetLineEndPosition(static_cast<int>(line)) - 1;
    EXPECT_EQ(view->text().GetStyleAt(last), expected) << "end of line " << line;
  }
  EXPECT_TRUE(view->text().StyleGetBold(SourceView::kHeading));
  EXPECT_FALSE(view->text().StyleGetBold(SourceView::kBody));
  EXPECT_GT(view->text().StyleGetSize(SourceView::kHeading), view->text().StyleGetSize(SourceView::kBody));
  EXPECT_EQ(view->text().GetWrapMode(), wxSTC_WRAP_WORD);
}

TEST_F(MainFrameTest, StatusBarShowsTheCountsAndTheCaretOffset) {
  ASSERT_TRUE(frame_->open_project(dir()));
  const auto& sample = test::sample_source("cach-mang-1917-vi");
  SourceView* view = select(sample.id);
  ASSERT_NE(view, nullptr);
  size_t characters = count_code_points(sample.plain_text());
  EXPECT_EQ(view->characters(), characters);
  std::string field = status(MainFrame::kSourceField);
  EXPECT_NE(field.find(std::to_string(characters) + " characters"), std::string::npos) << field;

  // The caret after "Điện Mùa đông" counts code points, not bytes.
  std::string text = sample.plain_text();
  size_t byte = text.find("Điện Mùa đông") + std::string("Điện Mùa đông").size();
  size_t offset = count_code_points(text.substr(0, byte));
  view->text().GotoPos(static_cast<int>(byte));
  ASSERT_TRUE(test::pump_until([&] { return status(MainFrame::kSourceField).find("offset " + std::to_string(offset)) != std::string::npos; }))
      << status(MainFrame::kSourceField);
}

TEST_F(MainFrameTest, TextPositionsAgreeWithScintilla) {
  ASSERT_TRUE(frame_->open_project(dir()));
  const auto& sample = test::sample_source("cach-mang-1917-vi");
  SourceView* view = select(sample.id);
  ASSERT_NE(view, nullptr);
  const std::string phrase = "học sinh sĩ quan";
  std::string text = sample.plain_text();
  size_t cp = count_code_points(text.substr(0, text.find(phrase)));
  size_t len = count_code_points(phrase);
  const auto& pos = view->positions();
  view->text().SetSelection(static_cast<int>(pos.byte_of(cp)), static_cast<int>(pos.byte_of(cp + len)));
  EXPECT_EQ(utf8(view->text().GetSelectedText()), phrase);
  EXPECT_EQ(pos.code_point_of(static_cast<size_t>(view->text().GetSelectionStart())), cp);
  EXPECT_EQ(static_cast<size_t>(view->text().GetLength()), pos.bytes());
}

TEST_F(MainFrameTest, AFolderThatIsNotAProjectIsReportedByName) {
  std::string not_project = tmp_.file("notes");
  std::filesystem::create_directories(not_project);
  test::spit(not_project + "/readme.txt", "not a project");
  EXPECT_FALSE(frame_->open_project(not_project));
  ASSERT_EQ(test::recorded().errors.size(), 1u);
  EXPECT_NE(test::recorded().errors[0].message.find(not_project), std::string::npos);
  EXPECT_EQ(test::recorded().errors[0].category, ErrorCategory::BadInput);
  EXPECT_EQ(frame_->session(), nullptr);
  EXPECT_EQ(status(MainFrame::kProjectField), "No project open");
}

TEST_F(MainFrameTest, ADamagedManifestIsReportedByName) {
  test::spit(dir() + "/crux-project.xml", "<crux-project><title>broken");
  EXPECT_FALSE(frame_->open_project(dir()));
  ASSERT_EQ(test::recorded().errors.size(), 1u);
  EXPECT_NE(test::recorded().errors[0].message.find("crux-project.xml"), std::string::npos)
      << test::recorded().errors[0].message;
}

TEST_F(MainFrameTest, ADamagedSourceIsReportedAndTheRestStaysReadable) {
  std::string broken = dir() + "/sources/encyclopedia-en.tei.xml";
  test::spit(broken, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>cut off");
  ASSERT_TRUE(frame_->open_project(dir()));
  ASSERT_EQ(test::recorded().errors.size(), 1u);
  EXPECT_NE(test::recorded().errors[0].message.find(broken), std::string::npos)
      << test::recorded().errors[0].message;
  EXPECT_NE(utf8(frame_->project_pane().label_of("encyclopedia-en")).find("cannot be read"), std::string::npos);
  ASSERT_NE(current(), nullptr);
  EXPECT_EQ(current()->source_id(), "cach-mang-1917-vi");

  test::recorded().clear();
  EXPECT_TRUE(frame_->project_pane().select_source("encyclopedia-en"));
  test::pump();
  ASSERT_EQ(test::recorded().errors.size(), 1u);
  EXPECT_NE(test::recorded().errors[0].message.find(broken), std::string::npos);
  EXPECT_EQ(frame_->source_tabs().GetPageCount(), 1u);
  EXPECT_EQ(current()->source_id(), "cach-mang-1917-vi");
  EXPECT_NE(select("oktyabr-uchebnik-ru"), nullptr);
}

TEST_F(MainFrameTest, AnExceptionInAnEventHandlerIsReportedNotFatal) {
  const auto& cmd = frame_->commands().add(
      {.name = "test/throw", .label = "Throw", .run = [] { throw std::logic_error("boom in a handler"); }});
  wxCommandEvent event(wxEVT_MENU, cmd.id);
  event.SetEventObject(frame_);
  frame_->GetEventHandler()->SafelyProcessEvent(event);
  test::pump();
  ASSERT_EQ(test::recorded().errors.size(), 1u);
  EXPECT_NE(test::recorded().errors[0].message.find("boom in a handler"), std::string::npos);
  EXPECT_EQ(test::recorded().errors[0].category, ErrorCategory::Internal);
  EXPECT_TRUE(frame_->IsShown());
}

TEST_F(MainFrameTest, CommandsDriveTheMenusAndCloseTheProject) {
  EXPECT_FALSE(frame_->commands().is_enabled("project/close"));
  wxMenuItem* open = frame_->GetMenuBar()->FindItem(frame_->commands().find("project/open")->id);
  ASSERT_NE(open, nullptr);
  EXPECT_NE(utf8(open->GetItemLabel()).find("Ctrl+O"), std::string::npos);
  ASSERT_NE(frame_->GetMenuBar()->FindItem(wxID_EXIT), nullptr);
  ASSERT_NE(frame_->GetMenuBar()->FindItem(wxID_ABOUT), nullptr);

  ASSERT_TRUE(frame_->open_project(dir()));
  ASSERT_NE(select("encyclopedia-en"), nullptr);
  EXPECT_TRUE(frame_->commands().is_enabled("project/close"));
  EXPECT_TRUE(frame_->commands().run("source/close-tab"));
  EXPECT_EQ(frame_->source_tabs().GetPageCount(), 0u);
  EXPECT_FALSE(frame_->commands().is_enabled("source/close-tab"));
  // The closed tab was the preview; the next selection makes a new one.
  ASSERT_NE(select("oktyabr-uchebnik-ru"), nullptr);
  EXPECT_EQ(frame_->source_tabs().GetPageCount(), 1u);
  EXPECT_TRUE(frame_->commands().run("project/close"));
  EXPECT_EQ(frame_->session(), nullptr);
  EXPECT_EQ(frame_->project_pane().list().GetItemCount(), 0u);
  EXPECT_EQ(utf8(frame_->project_pane().title()), "");
  EXPECT_EQ(status(MainFrame::kProjectField), "No project open");
  EXPECT_THROW(frame_->commands().run("no/such-command"), crux::Error);
}

TEST_F(MainFrameTest, RemembersTheWindowSizeAndThePaneLayout) {
  frame_->SetSize(900, 640);
  wxAuiPaneInfo& pane = frame_->aui().GetPane("project");
  pane.Hide();
  frame_->aui().Update();
  test::pump();
  frame_->Close(true);  // Saves to the (in-memory) settings.
  test::pump();
  frame_ = new MainFrame(test::recorded());
  frame_->Show();
  test::pump();
  EXPECT_EQ(frame_->GetSize(), wxSize(900, 640));
  EXPECT_FALSE(frame_->aui().GetPane("project").IsShown());
  EXPECT_TRUE(frame_->commands().run("view/project-pane"));
  EXPECT_TRUE(frame_->aui().GetPane("project").IsShown());
}

}  // namespace
