#pragma once
// The workbench's main window: the project pane docked on the left, the
// notebook of source tabs in the centre (wxAUI), menus built from named
// commands, and a status bar with the project, its number of sources and the
// current source's length and caret offset.
//
// The frame only wires things together: opening goes through
// ProjectSession (the core), showing through SourceTabs and SourceView,
// problems through the Reporter. New panels get files of their own.
#include <memory>
#include <optional>
#include <string>

#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>

#include "app/gui/command_registry.h"
#include "app/gui/project_session.h"

namespace crux::gui {

class ProjectPane;
class Reporter;
class SourceTabs;
class SourceView;

class MainFrame : public wxFrame {
 public:
  // Status bar fields.
  enum Field : int { kProjectField = 0, kSourcesField = 1, kSourceField = 2, kFieldCount = 3 };

  // Settings (layout, recent projects) go to wxConfigBase::Get().
  explicit MainFrame(Reporter& reporter);
  ~MainFrame() override;

  // Opens the project in dir, replacing the one open. On failure reports the
  // problem (naming the file) and returns false; the previous project stays.
  bool open_project(const std::string& dir);
  void close_project();
  // Shows a source of the open project (see SourceTabs for pin). Reports a
  // source that cannot be read and returns nullptr.
  SourceView* open_source(const std::string& id, bool pin);

  const ProjectSession* session() const { return session_ ? &*session_ : nullptr; }
  CommandRegistry& commands() { return commands_; }
  ProjectPane& project_pane() { return *project_pane_; }
  SourceTabs& source_tabs() { return *tabs_; }
  wxAuiManager& aui() { return aui_; }

 private:
  void register_commands();
  void build_menus();
  void choose_project();
  void open_recent(size_t index);
  void save_recent();
  void show_about();
  void update_status();
  void update_caret_status();
  void on_close(wxCloseEvent& e);

  Reporter& reporter_;
  wxAuiManager aui_;
  CommandRegistry commands_;
  wxFileHistory recent_;
  ProjectPane* project_pane_ = nullptr;
  SourceTabs* tabs_ = nullptr;
  std::optional<ProjectSession> session_;
};

}  // namespace crux::gui
