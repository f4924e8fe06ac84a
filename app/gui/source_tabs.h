#pragma once
// The notebook of source tabs in the centre of the main window. At most one
// tab is a preview: selecting sources one after another in the project pane
// reuses it instead of piling up tabs; opening a source deliberately
// (double-click or Enter in the project pane) pins its tab.
#include <functional>
#include <string>

#include <wx/aui/auibook.h>

#include "app/gui/project_session.h"

namespace crux::gui {

class SourceView;

class SourceTabs : public wxAuiNotebook {
 public:
  explicit SourceTabs(wxWindow* parent);

  // Called once for every view the tabs create (to wire tagging to it).
  void set_on_new_view(std::function<void(SourceView&)> on_new_view) { on_new_view_ = std::move(on_new_view); }

  // The tab showing id, or nullptr.
  SourceView* find(const std::string& id) const;
  // Brings id's tab to the front if it is open (pinning it if asked); false
  // when it is not open.
  bool activate(const std::string& id, bool pin);
  // Shows a loaded source: in the preview tab (replacing what it showed)
  // unless pin, else in a new tab. Returns its view.
  SourceView* show(SourceDocument document, bool pin);

  SourceView* current() const;
  // Closes a view's tab (closing with the tab's own button needs no call).
  void close(SourceView* view);
  SourceView* view_at(size_t page) const;
  bool is_preview(const SourceView* view) const { return view && view == preview_; }
  void close_all();

 private:
  void pin(SourceView* view);
  void label(SourceView* view);

  SourceView* preview_ = nullptr;
  std::function<void(SourceView&)> on_new_view_;
};

}  // namespace crux::gui
