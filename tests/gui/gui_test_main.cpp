// main() of gui_tests: starts wxWidgets with the real WorkbenchApp (given a
// recording reporter and in-memory settings, so no dialog blocks and the
// user's settings are untouched), then runs the GoogleTest cases inside an
// active event loop. Needs a display: run it through run-under-xvfb.sh.
#include <gtest/gtest.h>

#include <iostream>

#include <wx/config.h>
#include <wx/evtloop.h>
#include <wx/memconf.h>
#include <wx/utils.h>

#include "app/gui/workbench_app.h"
#include "tests/gui/gui_test_support.h"

namespace crux::test {

RecordingReporter& recorded() {
  return static_cast<RecordingReporter&>(static_cast<gui::WorkbenchApp*>(wxTheApp)->reporter());
}

void pump(int ms) {
  wxStopWatch watch;
  do {
    wxTheApp->ProcessPendingEvents();
    wxTheApp->Yield(true);
    wxMilliSleep(5);
  } while (watch.Time() < ms);
}

bool pump_until(const std::function<bool()>& done, int timeout_ms) {
  wxStopWatch watch;
  while (!done() && watch.Time() < timeout_ms) pump(10);
  return done();
}

}  // namespace crux::test

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  if (GTEST_FLAG_GET(list_tests)) return RUN_ALL_TESTS();

  wxApp::SetInstance(new crux::gui::WorkbenchApp(std::make_unique<crux::test::RecordingReporter>()));
  if (!wxEntryStart(argc, argv)) {
    std::cerr << "gui_tests: cannot start wxWidgets (no display? run through tests/gui/run-under-xvfb.sh)\n";
    return 2;
  }
  delete wxConfigBase::Set(new wxMemoryConfig);
  crux::set_ui_services(&crux::test::recorded());
  int rc = 0;
  {
    wxEventLoop loop;
    wxEventLoopActivator active(&loop);
    rc = RUN_ALL_TESTS();
  }
  crux::set_ui_services(nullptr);
  wxEntryCleanup();
  return rc;
}
