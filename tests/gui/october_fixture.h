#pragma once
// The fixture of the tagging tests: the real main frame on a copy of the
// sample project projects/october-1917 (5 sources, layer `demo` with 40
// claims and 18 links), with helpers that drive the real widgets (select
// text in the wxStyledTextCtrl through TextPositions, press keys with
// wxUIActionSimulator) and read back what the core's model holds.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <wx/config.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/uiaction.h>

#include "app/gui/claim_highlighter.h"
#include "app/gui/main_frame.h"
#include "app/gui/source_tabs.h"
#include "app/gui/source_view.h"
#include "tei/annotation/project_model.h"
#include "tests/gui/gui_test_support.h"
#include "tests/support/test_support.h"

namespace crux::test {

using gui::ClaimHighlighter;
using gui::MainFrame;
using gui::SourceView;

constexpr const char* kVi = "cach-mang-1917-lich-su-vi";
// A claim of the demo layer: forces, plain text [20768, 20866) of kVi.
constexpr const char* kKnownClaim = "c-jjy4s32h";
constexpr size_t kKnownStart = 20768;
// Untagged text of kVi.
constexpr const char* kPhrase = "Trotsky tới thuyết trình";

inline std::string utf8(const wxString& s) { return s.utf8_string(); }

class OctoberTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("CRUX_USER", "Test Student", 1);
    test::recorded().clear();
    std::filesystem::copy(std::string(CRUX_SOURCE_DIR) + "/projects/october-1917", dir(),
                          std::filesystem::copy_options::recursive);
    wxConfigBase::Get()->DeleteAll();  // the default layout, whatever tests before left
    frame_ = new MainFrame(test::recorded());
    frame_->set_save_prompt([this](const wxString&) {
      ++prompts_;
      return answer_;
    });
    frame_->Show();
    ASSERT_TRUE(test::pump_until([this] { return frame_->IsShownOnScreen(); }));
    ASSERT_TRUE(frame_->open_project(dir()));
    ASSERT_NE(view(), nullptr);
    ASSERT_EQ(view()->source_id(), kVi);
  }
  void TearDown() override {
    if (frame_) frame_->Destroy();
    test::pump(20);
  }

  std::string dir() const { return tmp_.file("october"); }
  ProjectModel& model() { return *frame_->model(); }
  SourceView* view() const { return frame_->source_tabs().current(); }
  size_t claims_in(const std::string& layer) { return model().layer(layer) ? model().layer(layer)->claims.size() : 0; }
  std::string status(int field) const { return utf8(frame_->GetStatusBar()->GetStatusText(field)); }
  std::string menu_label(int id) const { return utf8(frame_->GetMenuBar()->FindItem(id)->GetItemLabelText()); }

  // The plain-text offset of the first occurrence of phrase in the view.
  size_t offset_of(const std::string& phrase) {
    size_t byte = view()->positions().text().find(phrase);
    EXPECT_NE(byte, std::string::npos) << phrase;
    return view()->positions().code_point_of(byte);
  }
  // Selects phrase in the real wxStyledTextCtrl (bytes, converted by
  // TextPositions) and gives it the keyboard focus.
  void select_text(const std::string& phrase) {
    const auto& p = view()->positions();
    size_t from = offset_of(phrase);
    size_t to = p.code_point_of(p.byte_of(from) + phrase.size());
    view()->show_offset(from);
    view()->text().SetSelection(static_cast<int>(p.byte_of(from)), static_cast<int>(p.byte_of(to)));
    view()->text().SetFocus();
    test::pump(100);
    ASSERT_EQ(utf8(view()->text().GetSelectedText()), phrase);
  }
  // Indicator bits 8..14 set at a plain-text offset of the view.
  int claim_indicators_at(size_t offset) {
    unsigned bits = static_cast<unsigned>(view()->text().IndicatorAllOnFor(static_cast<int>(view()->positions().byte_of(offset))));
    return static_cast<int>((bits >> ClaimHighlighter::kFirstLevelIndicator) & 0x7f);
  }
  const Claim* claim_with_quote(const std::string& layer, const std::string& quote) {
    if (!model().layer(layer)) return nullptr;
    for (const Claim& c : model().layer(layer)->claims)
      if (!c.ranges.empty() && c.ranges[0].exact == quote) return &c;
    return nullptr;
  }
  void press(int key, int modifiers = wxMOD_NONE) {
    view()->text().SetFocus();
    test::pump(30);
    wxUIActionSimulator sim;
    sim.Char(key, modifiers);
    test::pump(50);
  }

  test::TempDir tmp_;
  MainFrame* frame_ = nullptr;
  int prompts_ = 0;
  MainFrame::SaveChoice answer_ = MainFrame::SaveChoice::Cancel;
};


}  // namespace crux::test
