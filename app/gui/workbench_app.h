#pragma once
// The wxApp of crux-workbench: parses the command line, installs the
// reporter (dialogs, or stderr in --exit-after-load mode) as the core's UI
// services, opens the main frame, and catches what escapes an event handler
// so the user sees an error dialog instead of an abort.
//
//   crux-workbench [PROJECT_DIR] [--goto SOURCE_ID[:OFFSET]] [--exit-after-load]
//
// --goto shows a source of the project (at a plain-text offset, in code
// points) instead of the first one.
//
// --exit-after-load opens the project and its first source, waits until the
// source view has painted once, prints one line on stdout
//   opened DIR ("TITLE"): N sources; showing ID (C characters)
// and exits: 0 when all went well, else the exit code of the conventions for
// the worst problem reported on stderr. Used by CTest and CI smoke checks. It
// neither reads nor writes the user's settings.
#include <memory>
#include <optional>
#include <string>

#include <wx/app.h>
#include <wx/timer.h>

#include "app/gui/reporter.h"

namespace crux::gui {

class MainFrame;
class StreamReporter;

class WorkbenchApp : public wxApp {
 public:
  // reporter, when given, replaces the one chosen from the command line
  // (tests install a recording one).
  explicit WorkbenchApp(std::unique_ptr<Reporter> reporter = nullptr);
  ~WorkbenchApp() override;

  Reporter& reporter();

  // Handles --help, --version and command-line errors before wxWidgets
  // starts, so they work without a display. Returns true (with the exit
  // code) when the program should stop there.
  static bool handle_without_display(int argc, char** argv, int& exit_code);

  bool OnInit() override;
  int OnRun() override;
  int OnExit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;
  bool OnCmdLineHelp(wxCmdLineParser& parser) override;
  bool OnCmdLineError(wxCmdLineParser& parser) override;
  bool OnExceptionInMainLoop() override;
  void OnUnhandledException() override;

 private:
  static void describe_command_line(wxCmdLineParser& parser);
  // Reports the exception being handled; returns its exit code.
  int report_current_exception();
  void start_exit_after_load();
  void go_to(const std::string& where);
  void finish(int exit_code);

  std::string project_dir_;
  std::string goto_;
  bool exit_after_load_ = false;
  std::unique_ptr<Reporter> reporter_;
  StreamReporter* stream_reporter_ = nullptr;  // reporter_ in --exit-after-load mode
  MainFrame* frame_ = nullptr;
  wxTimer watchdog_;
  int exit_code_ = 0;
  std::optional<int> exit_before_start_;  // --help, --version, usage errors
};

}  // namespace crux::gui
