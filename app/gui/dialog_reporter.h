#pragma once
// The Reporter for a person at the screen: errors and warnings as message
// boxes over the main window. Progress is accepted and ignored for now (no
// long tasks yet); a progress dialog belongs here when import arrives.
#include "app/gui/reporter.h"

namespace crux::gui {

class DialogReporter final : public Reporter {
 public:
  using Reporter::error;
  void error(const std::string& headline, const std::string& message, ErrorCategory category) override;
  void warn(const std::string& message) override;
  bool progress(const std::string& task, double done, double total) override;
};

}  // namespace crux::gui
