#pragma once
// The Reporter for unattended runs (--exit-after-load, CI smoke checks):
// errors and warnings as one line each on a stream (stderr), and the exit
// code of the conventions for the worst error seen (0 when none).
#include <iosfwd>

#include "app/gui/reporter.h"

namespace crux::gui {

class StreamReporter final : public Reporter {
 public:
  explicit StreamReporter(std::ostream& out) : out_(out) {}
  using Reporter::error;
  void error(const std::string& headline, const std::string& message, ErrorCategory category) override;
  void warn(const std::string& message) override;
  bool progress(const std::string& task, double done, double total) override;

  // 0 when no error was reported, else the highest exit code of those seen.
  int exit_code() const { return exit_code_; }

 private:
  std::ostream& out_;
  int exit_code_ = 0;
};

}  // namespace crux::gui
