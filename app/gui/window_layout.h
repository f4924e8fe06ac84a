#pragma once
// Remembering the main window between sessions: its size, position and
// maximised state, and the AUI layout (pane sizes and docking), in wxConfig
// under /Window. A saved layout that no longer fits (another screen, panes
// renamed) is ignored rather than trusted.
class wxAuiManager;
class wxConfigBase;
class wxFrame;

namespace crux::gui {

// Sets a size that suits the screen when nothing was saved.
void restore_window_layout(wxFrame& frame, wxAuiManager& aui, wxConfigBase& config);
void save_window_layout(const wxFrame& frame, wxAuiManager& aui, wxConfigBase& config);

}  // namespace crux::gui
