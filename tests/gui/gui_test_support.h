#pragma once
// What the GUI tests share: a Reporter that records instead of showing
// dialogs (installed in the app by gui_test_main.cpp), and ways to let the
// real event loop run until the widgets have done their work.
#include <functional>
#include <string>
#include <vector>

#include "app/gui/reporter.h"

namespace crux::test {

class RecordingReporter final : public gui::Reporter {
 public:
  struct Entry {
    std::string headline;
    std::string message;
    ErrorCategory category;
  };
  using gui::Reporter::error;
  void error(const std::string& headline, const std::string& message, ErrorCategory category) override {
    errors.push_back({headline, message, category});
  }
  void warn(const std::string& message) override { warnings.push_back(message); }
  bool progress(const std::string&, double, double) override { return true; }
  void clear() {
    errors.clear();
    warnings.clear();
  }

  std::vector<Entry> errors;
  std::vector<std::string> warnings;
};

// The reporter the test app was given.
RecordingReporter& recorded();

// Processes pending events (including paints) for about ms milliseconds.
void pump(int ms = 50);
// Runs the event loop until done() or timeout_ms; returns done().
bool pump_until(const std::function<bool()>& done, int timeout_ms = 5000);

}  // namespace crux::test
