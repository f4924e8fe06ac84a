#include "app/gui/main_frame.h"

#include <filesystem>

#include <wx/aboutdlg.h>
#include <wx/aui/dockart.h>
#include <wx/config.h>
#include <wx/dirdlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/statusbr.h>

#include "app/gui/project_pane.h"
#include "app/gui/reporter.h"
#include "app/gui/source_tabs.h"
#include "app/gui/source_view.h"
#include "app/gui/window_layout.h"
#include "crux/version.h"
#include "tei/base/error.h"

namespace crux::gui {
namespace {

constexpr const char* kAppTitle = "Crux Workbench";
constexpr const char* kRecentPath = "/RecentProjects";

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

std::string absolute_dir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(dir, ec);
  if (ec) return dir;
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

wxString plural(size_t n, const char* one, const char* many) {
  return wxString::Format("%zu %s", n, n == 1 ? one : many);
}

}  // namespace

MainFrame::MainFrame(Reporter& reporter)
    : wxFrame(nullptr, wxID_ANY, kAppTitle), reporter_(reporter), recent_(9, wxID_FILE1) {
  aui_.SetManagedWindow(this);
  project_pane_ = new ProjectPane(this, [this](const std::string& id, bool pin) { open_source(id, pin); });
  tabs_ = new SourceTabs(this);
  // The pane has a header of its own; View > Project Pane shows and hides it.
  aui_.AddPane(project_pane_, wxAuiPaneInfo()
                                  .Name("project")
                                  .Caption("Project")
                                  .CaptionVisible(false)
                                  .Left()
                                  .Layer(1)
                                  .BestSize(340, -1)
                                  .MinSize(200, -1)
                                  .PaneBorder(false));
  aui_.AddPane(tabs_, wxAuiPaneInfo().Name("sources").CenterPane().PaneBorder(false));
  wxAuiDockArt* art = aui_.GetArtProvider();
  art->SetMetric(wxAUI_DOCKART_SASH_SIZE, 5);
  art->SetColour(wxAUI_DOCKART_SASH_COLOUR, wxColour(0xe3, 0xe5, 0xe8));

  CreateStatusBar(kFieldCount);
  const int widths[kFieldCount] = {-3, -1, -2};
  GetStatusBar()->SetStatusWidths(kFieldCount, widths);

  register_commands();
  build_menus();
  commands_.bind(*this);
  Bind(wxEVT_MENU, [this](wxCommandEvent& e) { open_recent(static_cast<size_t>(e.GetId() - wxID_FILE1)); },
       wxID_FILE1, wxID_FILE9);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
  tabs_->Bind(wxEVT_AUINOTEBOOK_PAGE_CHANGED, [this](wxAuiNotebookEvent& e) {
    if (SourceView* v = tabs_->current()) project_pane_->follow(v->source_id());
    update_status();
    e.Skip();
  });
  tabs_->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSED, [this](wxAuiNotebookEvent& e) {
    update_status();
    e.Skip();
  });
  Bind(wxEVT_STC_UPDATEUI, [this](wxStyledTextEvent& e) {
    update_caret_status();
    e.Skip();
  });

  restore_window_layout(*this, aui_, *wxConfigBase::Get());
  update_status();
}

MainFrame::~MainFrame() { aui_.UnInit(); }

void MainFrame::register_commands() {
  commands_.add({.name = "project/open",
                 .label = L"&Open Project…",
                 .accelerator = "Ctrl+O",
                 .help = "Open a Crux project folder",
                 .id = wxID_OPEN,
                 .run = [this] { choose_project(); }});
  commands_.add({.name = "project/close",
                 .label = "&Close Project",
                 .accelerator = "Ctrl+Shift+W",
                 .help = "Close the open project",
                 .id = wxID_CLOSE,
                 .run = [this] { close_project(); },
                 .enabled = [this] { return session_.has_value(); }});
  commands_.add({.name = "app/quit",
                 .label = "&Quit",
                 .accelerator = "Ctrl+Q",
                 .help = "Quit Crux",
                 .id = wxID_EXIT,
                 .run = [this] { Close(); }});
  commands_.add({.name = "source/close-tab",
                 .label = "Close &Tab",
                 .accelerator = "Ctrl+W",
                 .help = "Close the source shown",
                 .run =
                     [this] {
                       tabs_->close(tabs_->current());
                       update_status();
                     },
                 .enabled = [this] { return tabs_->current() != nullptr; }});
  commands_.add({.name = "view/project-pane",
                 .label = "&Project Pane",
                 .help = "Show or hide the project pane",
                 .run =
                     [this] {
                       wxAuiPaneInfo& pane = aui_.GetPane(project_pane_);
                       pane.Show(!pane.IsShown());
                       aui_.Update();
                     },
                 .checked = [this] { return aui_.GetPane(project_pane_).IsShown(); }});
  commands_.add({.name = "help/about",
                 .label = "&About Crux",
                 .help = "Version and purpose of Crux",
                 .id = wxID_ABOUT,
                 .run = [this] { show_about(); }});
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  commands_.append_to(*file, "project/open");
  auto* recent_menu = new wxMenu;
  file->AppendSubMenu(recent_menu, "Open &Recent");
  file->AppendSeparator();
  commands_.append_to(*file, "source/close-tab");
  commands_.append_to(*file, "project/close");
  file->AppendSeparator();
  commands_.append_to(*file, "app/quit");
  auto* view = new wxMenu;
  commands_.append_to(*view, "view/project-pane");
  auto* help = new wxMenu;
  commands_.append_to(*help, "help/about");

  auto* bar = new wxMenuBar;
  bar->Append(file, "&File");
  bar->Append(view, "&View");
  bar->Append(help, "&Help");
  SetMenuBar(bar);

  wxConfigBase* config = wxConfigBase::Get();
  config->SetPath(kRecentPath);
  recent_.Load(*config);
  config->SetPath("/");
  recent_.UseMenu(recent_menu);
  recent_.AddFilesToMenu(recent_menu);
}

bool MainFrame::open_project(const std::string& dir) {
  std::optional<ProjectSession> opened;
  try {
    opened.emplace(ProjectSession::open(dir));
  } catch (const Error& e) {
    reporter_.error("Cannot open the project", e);
    return false;
  }
  close_project();
  session_ = std::move(opened);
  project_pane_->show_project(*session_);
  SetTitle(u8(session_->title()) + L" — " + kAppTitle);

  recent_.AddFileToHistory(u8(absolute_dir(dir)));
  save_recent();
  update_status();

  if (auto damaged = session_->damaged(); !damaged.empty()) {
    std::string message;
    for (const SourceEntry* s : damaged) message += (message.empty() ? "" : "\n\n") + s->problem;
    reporter_.error(damaged.size() == 1 ? "One source of the project cannot be read"
                                        : std::to_string(damaged.size()) + " sources of the project cannot be read",
                    message, ErrorCategory::BadInput);
  }
  // Something to read straight away: the first source that can be read.
  for (const SourceEntry& s : session_->sources()) {
    if (s.readable()) {
      open_source(s.id, false);
      break;
    }
  }
  return true;
}

void MainFrame::close_project() {
  tabs_->close_all();
  project_pane_->clear();
  session_.reset();
  SetTitle(kAppTitle);
  update_status();
}

SourceView* MainFrame::open_source(const std::string& id, bool pin) {
  if (!session_) return nullptr;
  if (tabs_->activate(id, pin)) return tabs_->current();
  const SourceEntry* entry = session_->find(id);
  if (!entry) return nullptr;
  SourceView* view = nullptr;
  try {
    wxBusyCursor busy;
    view = tabs_->show(session_->load(id), pin);
  } catch (const Error& e) {
    reporter_.error("Cannot show the source “" + entry->display_title() + "”", e);
    return nullptr;
  }
  project_pane_->follow(id);
  update_status();
  return view;
}

void MainFrame::choose_project() {
  // Start beside the last project, where its siblings probably are.
  wxString start = recent_.GetCount() > 0 ? wxFileName::DirName(recent_.GetHistoryFile(0)).GetPath() : wxString();
  if (!start.empty()) start = wxFileName(start).GetPath();
  wxDirDialog dialog(this, "Open a Crux project folder", start, wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) open_project(dialog.GetPath().utf8_string());
}

void MainFrame::open_recent(size_t index) {
  if (index >= recent_.GetCount()) return;
  wxString dir = recent_.GetHistoryFile(index);
  // A project that moved or was deleted leaves the list once reported.
  if (!open_project(dir.utf8_string())) {
    recent_.RemoveFileFromHistory(index);
    save_recent();
  }
}

void MainFrame::save_recent() {
  // Saved at once, so a crash later does not lose the list.
  wxConfigBase* config = wxConfigBase::Get();
  config->SetPath(kRecentPath);
  recent_.Save(*config);
  config->SetPath("/");
  config->Flush();
}

void MainFrame::show_about() {
  wxAboutDialogInfo info;
  info.SetName(kAppTitle);
  info.SetVersion(kVersion);
  info.SetDescription(
      "A workbench for source criticism: import sources as TEI, tag the claims they make, and link claims "
      "across sources.");
  wxAboutBox(info, this);
}

void MainFrame::update_status() {
  if (!session_) {
    SetStatusText("No project open", kProjectField);
    SetStatusText("", kSourcesField);
    SetStatusText("", kSourceField);
    return;
  }
  SetStatusText(u8(session_->title()), kProjectField);
  SetStatusText(plural(session_->sources().size(), "source", "sources"), kSourcesField);
  update_caret_status();
}

void MainFrame::update_caret_status() {
  SourceView* view = tabs_->current();
  if (!view) {
    SetStatusText("", kSourceField);
    return;
  }
  SetStatusText(plural(view->characters(), "character", "characters") +
                    wxString::Format(L" · offset %zu", view->caret_offset()),
                kSourceField);
}

void MainFrame::on_close(wxCloseEvent& e) {
  save_window_layout(*this, aui_, *wxConfigBase::Get());
  e.Skip();
}

}  // namespace crux::gui
