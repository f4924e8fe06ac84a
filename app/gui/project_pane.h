#pragma once
// The project pane on the left of the main window: the project's title and
// size as a header, then its sources (SourceList), each with title,
// language and perspective, which source criticism needs before reading.
// Selecting a source shows it in the preview tab; double-click or Enter
// opens it in a tab of its own. Below, the annotation layers (LayerList):
// visibility, colour, owner, lock; the selected layer is the active one.
#include <functional>
#include <string>

#include <wx/panel.h>

#include "app/gui/project_session.h"

class wxButton;
class wxStaticText;

namespace crux::gui {

class LayerList;
class SourceList;

class ProjectPane : public wxPanel {
 public:
  // Called with a source id; pin is false for a selection (preview), true
  // for an activation (double-click, Enter).
  using OpenHandler = std::function<void(const std::string& source_id, bool pin)>;

  ProjectPane(wxWindow* parent, OpenHandler on_open);

  void show_project(const ProjectSession& session);
  void clear();
  // Lists the model's layers; active is the layer new claims go to.
  void show_layers(const ProjectModel& model, const std::string& active);

  // As the user would: these go through the list's own events.
  bool select_source(const std::string& id);
  bool activate_source(const std::string& id);
  // Moves the selection to id without opening anything (to follow the tabs).
  void follow(const std::string& id);

  // The selected source's id, "" when none is.
  std::string selected_source() const;
  // The project title shown in the header ("" when no project is open).
  wxString title() const;
  // A source's row as text ("title\ndetails"), "" when it is not listed.
  wxString label_of(const std::string& id) const;
  SourceList& list() { return *list_; }
  LayerList& layers() { return *layers_; }

 private:
  void send(const std::string& id, wxEventType type);

  wxStaticText* title_;
  wxStaticText* summary_;
  wxButton* open_button_;  // shown while no project is open
  SourceList* list_;
  wxStaticText* layers_title_;
  LayerList* layers_;
  OpenHandler on_open_;
};

}  // namespace crux::gui
