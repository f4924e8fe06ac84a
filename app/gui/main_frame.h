#pragma once
// The workbench's main window: the project pane docked on the left (sources
// and layers), the notebook of source tabs in the centre (wxAUI), the tag
// toolbar above, menus built from named commands, and a status bar with the
// project, its counts, the selected claim and the caret.
//
// The frame wires things together and holds what belongs to the window, not
// to the project: the active layer and the selected claim. The project is
// the core's ProjectModel (through ProjectSession); every change is a commit
// to it, and its notifications refresh the views (on_model_changed).
// Tagging lives in TaggingController, the editing commands in EditCommands,
// problems go through the Reporter (or a notice in the status bar).
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include "app/gui/command_registry.h"
#include "app/gui/project_session.h"

namespace crux::gui {

class EditCommands;
class ProjectPane;
class Reporter;
class SourceTabs;
class SourceView;
class TaggingController;
class TagToolbar;

class MainFrame : public wxFrame {
 public:
  // Status bar fields.
  enum Field : int { kProjectField = 0, kCountsField = 1, kClaimField = 2, kSourceField = 3, kFieldCount = 4 };
  // What to do with unsaved changes before a project is closed.
  enum class SaveChoice { Save, Discard, Cancel };
  using SavePrompt = std::function<SaveChoice(const wxString& project_title)>;

  // Settings (layout, recent projects) go to wxConfigBase::Get().
  explicit MainFrame(Reporter& reporter);
  ~MainFrame() override;

  // Opens the project in dir, replacing the one open (asking about its
  // unsaved changes first). On failure reports the problem (naming the file)
  // and returns false; the previous project stays.
  bool open_project(const std::string& dir);
  // Closes the project; false when the user chose to keep it open.
  bool close_project();
  // Shows a source of the open project (see SourceTabs for pin). Reports a
  // source that cannot be read and returns nullptr.
  SourceView* open_source(const std::string& id, bool pin);
  // Writes the changes; reports a failure and returns false.
  bool save_project();

  const ProjectSession* session() const { return session_ ? &*session_ : nullptr; }
  // The open project's model, or nullptr.
  ProjectModel* model() const { return session_ ? &session_->model() : nullptr; }

  // The layer new claims go to; "" when the user's own layer is still to be
  // made (no layer may be written to).
  const std::string& active_layer() const { return active_layer_; }
  void set_active_layer(const std::string& id);
  // The claim clicked last (outlined in its view, described in the status
  // bar); "" for none.
  const std::string& selected_claim() const { return selected_claim_; }
  void select_claim(const std::string& id);

  // A short message in the status bar that does not interrupt (a refusal,
  // a hint); it gives way to the project's title after a while.
  void notice(const wxString& text);
  const wxString& last_notice() const { return last_notice_; }
  // Replaces the Save / Discard / Cancel dialog (tests answer it).
  void set_save_prompt(SavePrompt prompt) { save_prompt_ = std::move(prompt); }

  Reporter& reporter() { return reporter_; }
  CommandRegistry& commands() { return commands_; }
  ProjectPane& project_pane() { return *project_pane_; }
  SourceTabs& source_tabs() { return *tabs_; }
  TagToolbar& tag_toolbar() { return *toolbar_; }
  TaggingController& tagging() { return *tagging_; }
  wxAuiManager& aui() { return aui_; }

 private:
  void register_commands();
  void build_menus();
  void wire_events();
  void choose_project();
  void open_recent(size_t index);
  void save_recent();
  void show_about();
  void drop_project();
  // Saves, discards or cancels unsaved changes; false on cancel.
  bool settle_unsaved_changes();
  void on_model_changed(const std::string& what);
  void refresh_view(SourceView& view);
  void refresh_layers();
  std::string default_layer() const;
  void update_title();
  void update_status();
  void update_claim_status();
  void update_caret_status();
  void on_close(wxCloseEvent& e);

  Reporter& reporter_;
  wxAuiManager aui_;
  CommandRegistry commands_;
  wxFileHistory recent_;
  ProjectPane* project_pane_ = nullptr;
  SourceTabs* tabs_ = nullptr;
  TagToolbar* toolbar_ = nullptr;
  std::optional<ProjectSession> session_;
  std::unique_ptr<TaggingController> tagging_;
  std::unique_ptr<EditCommands> edit_commands_;
  std::string active_layer_;
  std::string selected_claim_;
  SavePrompt save_prompt_;
  wxString last_notice_;
  wxTimer notice_timer_;
};

}  // namespace crux::gui
