// Timing of tagging on a big project, not run by default (DISABLED_): the
// figures for docs and reviews, measured in the real frame.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "app/gui/claim_highlighter.h"
#include "app/gui/main_frame.h"
#include "app/gui/source_tabs.h"
#include "app/gui/source_view.h"
#include "tei/annotation/anchoring.h"
#include "tei/annotation/project_model.h"
#include "tests/gui/gui_test_support.h"

using namespace crux;
using crux::gui::MainFrame;
using crux::gui::SourceView;

namespace {

double ms_since(const std::chrono::steady_clock::time_point& t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// Not run by default: times tagging on a big project made with
//   crux-generate-project DIR --claims 100000 --layers 1
// and given as CRUX_BIG_PROJECT (it is modified: use a copy). Run with
//   gui_tests --gtest_also_run_disabled_tests --gtest_filter='*BigProject*'
TEST(TaggingTiming, DISABLED_BigProject) {
  const char* dir = std::getenv("CRUX_BIG_PROJECT");
  if (!dir) GTEST_SKIP() << "CRUX_BIG_PROJECT is not set";
  auto time_adds = [](ProjectModel& m, const std::string& layer, int n) {
    std::string source = m.source_ids().front();
    auto src = m.source(source);
    auto t = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) {
      Claim c;
      c.source = source;
      c.type = "event";
      c.ranges = ranges_for(*src, 10 + static_cast<size_t>(i), 30 + static_cast<size_t>(i));
      c.id = m.new_claim_id(layer, "timing" + std::to_string(i));
      m.commit(op::add_claim(layer, c));
    }
    return ms_since(t) / n;
  };
  auto t = std::chrono::steady_clock::now();
  auto bare = ProjectModel::load(dir);
  std::string layer = bare->layer_ids().front();
  std::cout << "load: " << ms_since(t) << " ms, " << bare->layer(layer)->claims.size() << " claims in " << layer << "\n";
  std::cout << "op::add_claim, model alone: " << time_adds(*bare, layer, 5) << " ms per commit\n";
  t = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) bare->undo();
  std::cout << "undo, model alone: " << ms_since(t) / 5 << " ms each\n";

  auto* frame = new MainFrame(test::recorded());
  frame->Show();
  t = std::chrono::steady_clock::now();
  ASSERT_TRUE(frame->open_project(dir));
  test::pump(200);
  std::cout << "open in the workbench: " << ms_since(t) << " ms\n";
  SourceView* view = frame->source_tabs().current();
  ASSERT_NE(view, nullptr);
  std::cout << "claims on the source shown: " << view->highlighter().claims().claim_count() << "\n";
  std::cout << "op::add_claim in the workbench (commit + views refreshed): "
            << time_adds(*frame->model(), layer, 5) << " ms per commit\n";
  // Undo costs the model next to nothing: this is the views' refresh.
  t = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) frame->model()->undo();
  std::cout << "undo in the workbench (views refreshed): " << ms_since(t) / 5 << " ms each\n";
  t = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) frame->source_tabs().current()->text().ScrollLines(40), test::pump(1);
  std::cout << "scrolling 40 lines (with repaint of highlights): " << ms_since(t) / 20 << " ms each\n";
  frame->Destroy();
  test::pump(20);
}

}  // namespace
