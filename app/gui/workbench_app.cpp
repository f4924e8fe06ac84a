#include "app/gui/workbench_app.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <new>

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/memconf.h>
#include <wx/msgout.h>
#include <wx/stdpaths.h>
#include <wx/weakref.h>

#include "app/gui/dialog_reporter.h"
#include "app/gui/font_setup.h"
#include "app/gui/main_frame.h"
#include "app/gui/project_pane.h"
#include "app/gui/source_tabs.h"
#include "app/gui/source_view.h"
#include "app/gui/stream_reporter.h"
#include "crux/version.h"
#include "tei/base/error.h"

namespace crux::gui {
namespace {

// How long --exit-after-load waits for the first paint before giving up.
constexpr int kPaintTimeoutMs = 30000;

}  // namespace

WorkbenchApp::WorkbenchApp(std::unique_ptr<Reporter> reporter) : reporter_(std::move(reporter)) {
  SetAppName("crux-workbench");
  SetAppDisplayName("Crux Workbench");
  SetVendorName("Crux");
}

WorkbenchApp::~WorkbenchApp() = default;

Reporter& WorkbenchApp::reporter() {
  if (!reporter_) reporter_ = std::make_unique<StreamReporter>(std::cerr);
  return *reporter_;
}

void WorkbenchApp::OnInitCmdLine(wxCmdLineParser& parser) { describe_command_line(parser); }

bool WorkbenchApp::handle_without_display(int argc, char** argv, int& exit_code) {
  // No wxApp yet: messages go straight to stderr.
  wxMessageOutputStderr to_stderr;
  wxMessageOutput* previous = wxMessageOutput::Set(&to_stderr);
  struct Restore {
    wxMessageOutput* previous;
    ~Restore() { wxMessageOutput::Set(previous); }
  } restore{previous};
  wxCmdLineParser parser(argc, argv);
  describe_command_line(parser);
  switch (parser.Parse(false)) {
    case -1: {
      wxMessageOutputStderr to_stdout(stdout);  // Asked-for help is a result.
      wxMessageOutput::Set(&to_stdout);
      parser.Usage();
      wxMessageOutput::Set(&to_stderr);
      exit_code = 0;
      return true;
    }
    case 0:
      if (!parser.Found("version")) break;
      std::cout << "crux-workbench " << kVersion << std::endl;
      exit_code = 0;
      return true;
    default:
      parser.Usage();
      exit_code = exit_code_for(ErrorCategory::Usage);
      return true;
  }
  if (!wxGetenv("DISPLAY") && !wxGetenv("WAYLAND_DISPLAY")) {
    std::cerr << "crux-workbench: no display to open the window on (DISPLAY is not set); run it in a desktop "
                 "session, or under tests/gui/run-under-xvfb.sh"
              << std::endl;
    exit_code = exit_code_for(ErrorCategory::Environment);
    return true;
  }
  return false;
}

void WorkbenchApp::describe_command_line(wxCmdLineParser& parser) {
  parser.SetLogo("crux-workbench: the Crux workbench for source criticism.");
  parser.AddSwitch("h", "help", "show this help and exit", wxCMD_LINE_OPTION_HELP);
  parser.AddSwitch("", "version", "show the version and exit");
  parser.AddSwitch("", "exit-after-load",
                   "open PROJECT_DIR and its first source, paint once, print a summary line and exit "
                   "(for tests and smoke checks; errors go to stderr and set the exit code)");
  parser.AddOption("", "goto", "show SOURCE_ID[:OFFSET] of the project (OFFSET in characters of its text)",
                   wxCMD_LINE_VAL_STRING);
  parser.AddParam("PROJECT_DIR", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

bool WorkbenchApp::OnCmdLineParsed(wxCmdLineParser& parser) {
  if (parser.Found("version")) {
    std::cout << "crux-workbench " << kVersion << std::endl;
    exit_before_start_ = 0;
    return true;
  }
  exit_after_load_ = parser.Found("exit-after-load");
  if (wxString where; parser.Found("goto", &where)) goto_ = where.utf8_string();
  if (parser.GetParamCount() > 0) project_dir_ = parser.GetParam(0).utf8_string();
  if (exit_after_load_ && project_dir_.empty()) {
    std::cerr << "crux-workbench: --exit-after-load needs a PROJECT_DIR" << std::endl;
    exit_before_start_ = exit_code_for(ErrorCategory::Usage);
  }
  return true;
}

bool WorkbenchApp::OnCmdLineHelp(wxCmdLineParser& parser) {
  parser.Usage();
  exit_before_start_ = 0;
  return true;
}

bool WorkbenchApp::OnCmdLineError(wxCmdLineParser& parser) {
  parser.Usage();
  exit_before_start_ = exit_code_for(ErrorCategory::Usage);
  return true;
}

bool WorkbenchApp::OnInit() {
  turn_off_ligatures();  // before GTK loads any font
  if (!wxApp::OnInit()) return false;  // Parses the command line.
  if (exit_before_start_) return true;

  if (exit_after_load_) {
    // An unattended run leaves the user's settings alone.
    delete wxConfigBase::Set(new wxMemoryConfig);
    if (!reporter_) {
      auto stream = std::make_unique<StreamReporter>(std::cerr);
      stream_reporter_ = stream.get();
      reporter_ = std::move(stream);
    }
  } else {
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);  // ~/.config/crux-workbench.conf
    if (!reporter_) reporter_ = std::make_unique<DialogReporter>();
  }
  set_ui_services(reporter_.get());

  frame_ = new MainFrame(*reporter_);
  frame_->Show();
  if (!project_dir_.empty() && frame_->open_project(project_dir_) && !goto_.empty()) go_to(goto_);
  if (exit_after_load_) start_exit_after_load();
  return true;
}

void WorkbenchApp::start_exit_after_load() {
  const ProjectSession* session = frame_->session();
  if (!session) {
    CallAfter([this] { finish(0); });  // The reporter has the exit code.
    return;
  }
  SourceView* view = nullptr;
  if (!session->sources().empty()) view = frame_->open_source(session->sources().front().id, true);

  auto summarise = [this] {
    const ProjectSession* s = frame_->session();
    std::cout << "opened " << s->project().dir() << " (\"" << s->title() << "\"): " << s->sources().size()
              << (s->sources().size() == 1 ? " source" : " sources");
    if (SourceView* v = frame_->source_tabs().current())
      std::cout << "; showing " << v->source_id() << " (" << v->characters() << " characters)";
    std::cout << std::endl;
    finish(0);
  };
  if (view) {
    // Scintilla reports each finished paint; the first one is what we wait for.
    view->text().Bind(wxEVT_STC_PAINTED, [this, summarise, done = false](wxStyledTextEvent& e) mutable {
      e.Skip();
      if (done) return;
      done = true;
      CallAfter(summarise);
    });
    view->text().Refresh();
  } else {
    CallAfter(summarise);
  }
  watchdog_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
    reporter().error("Cannot show the project",
                     "the source view was not painted within 30 seconds (is the display working?)",
                     ErrorCategory::Environment);
    finish(0);
  });
  watchdog_.StartOnce(kPaintTimeoutMs);
}

void WorkbenchApp::go_to(const std::string& where) {
  size_t colon = where.rfind(':');
  std::string id = where.substr(0, colon);
  size_t offset = 0;
  if (colon != std::string::npos) offset = std::strtoul(where.c_str() + colon + 1, nullptr, 10);
  if (!frame_->session()->find(id)) {
    reporter().error("Cannot go to “" + where + "”", "the project has no source '" + id + "'", ErrorCategory::Usage);
    return;
  }
  SourceView* view = frame_->open_source(id, true);
  if (!view) return;
  // Once the text has been laid out and painted at its final width (the
  // reading column re-wraps the text as the window takes its size), so the
  // offset lands near the top.
  wxWeakRef<SourceView> alive(view);
  view->text().Bind(wxEVT_STC_PAINTED, [alive, offset, done = false](wxStyledTextEvent& e) mutable {
    e.Skip();
    if (done || !alive) return;
    done = true;
    alive->CallAfter([alive, offset] {
      if (alive) alive->show_offset(offset);
    });
  });
}

void WorkbenchApp::finish(int exit_code) {
  watchdog_.Stop();
  exit_code_ = std::max(exit_code_, exit_code);
  if (stream_reporter_) exit_code_ = std::max(exit_code_, stream_reporter_->exit_code());
  if (frame_) frame_->Close(true);
  ExitMainLoop();
}

int WorkbenchApp::OnRun() {
  if (exit_before_start_) return *exit_before_start_;
  int rc = wxApp::OnRun();
  return exit_code_ != 0 ? exit_code_ : rc;
}

int WorkbenchApp::OnExit() {
  set_ui_services(nullptr);
  return wxApp::OnExit();
}

int WorkbenchApp::report_current_exception() {
  const std::string headline = "Crux could not finish what it was doing";
  try {
    throw;
  } catch (const Error& e) {
    reporter().error(headline, e);
    return exit_code_for(e.category());
  } catch (const std::bad_alloc&) {
    reporter().error(headline, "there is not enough memory", ErrorCategory::Environment);
    return exit_code_for(ErrorCategory::Environment);
  } catch (const std::exception& e) {
    reporter().error(headline, e.what(), ErrorCategory::Internal);
  } catch (...) {
    reporter().error(headline, "an unknown exception", ErrorCategory::Internal);
  }
  return exit_code_for(ErrorCategory::Internal);
}

bool WorkbenchApp::OnExceptionInMainLoop() {
  int code = report_current_exception();
  if (exit_after_load_) finish(code);
  // The workbench keeps running: the user has been told, and quitting would
  // cost them more than the failed action did.
  return true;
}

void WorkbenchApp::OnUnhandledException() { report_current_exception(); }

}  // namespace crux::gui
