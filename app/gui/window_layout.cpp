#include "app/gui/window_layout.h"

#include <algorithm>

#include <wx/aui/framemanager.h>
#include <wx/config.h>
#include <wx/display.h>
#include <wx/frame.h>

namespace crux::gui {
namespace {

const wxSize kMinimum(640, 420);
// Bump when panes are added, renamed or change their flags: AUI restores a
// pane's flags from the saved layout, so an old layout would undo the change.
constexpr long kLayoutVersion = 1;

}  // namespace

void restore_window_layout(wxFrame& frame, wxAuiManager& aui, wxConfigBase& config) {
  frame.SetMinSize(kMinimum);
  wxRect screen = wxDisplay(&frame).GetClientArea();
  wxRect saved(static_cast<int>(config.ReadLong("/Window/X", -1)), static_cast<int>(config.ReadLong("/Window/Y", -1)),
               static_cast<int>(config.ReadLong("/Window/Width", 0)),
               static_cast<int>(config.ReadLong("/Window/Height", 0)));
  if (saved.width >= kMinimum.x && saved.height >= kMinimum.y && screen.Contains(saved.GetTopLeft())) {
    frame.SetSize(saved);
  } else {
    // A generous window that still leaves room on small screens.
    frame.SetSize(std::min(1280, screen.width * 9 / 10), std::min(820, screen.height * 9 / 10));
    frame.CentreOnScreen();
  }
  if (config.ReadBool("/Window/Maximized", false)) frame.Maximize();

  wxString perspective = config.Read("/Window/Layout", wxString());
  // Only a layout of this version that names the panes we have now.
  bool known = config.ReadLong("/Window/LayoutVersion", 0) == kLayoutVersion;
  const wxAuiPaneInfoArray& panes = aui.GetAllPanes();
  for (size_t i = 0; i < panes.GetCount(); ++i) known = known && perspective.Contains("name=" + panes[i].name + ";");
  if (!perspective.empty() && known) aui.LoadPerspective(perspective, false);
  aui.Update();
}

void save_window_layout(const wxFrame& frame, wxAuiManager& aui, wxConfigBase& config) {
  config.Write("/Window/Maximized", frame.IsMaximized());
  if (!frame.IsMaximized() && !frame.IsIconized()) {
    wxRect r = frame.GetRect();
    config.Write("/Window/X", r.x);
    config.Write("/Window/Y", r.y);
    config.Write("/Window/Width", r.width);
    config.Write("/Window/Height", r.height);
  }
  config.Write("/Window/Layout", aui.SavePerspective());
  config.Write("/Window/LayoutVersion", kLayoutVersion);
  config.Flush();
}

}  // namespace crux::gui
