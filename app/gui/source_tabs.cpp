#include "app/gui/source_tabs.h"

#include <wx/aui/tabart.h>

#include "app/gui/source_view.h"

namespace crux::gui {
namespace {

// Long titles are cut in the tab; the tooltip has them in full.
wxString short_title(const wxString& title) {
  constexpr size_t kMax = 32;
  return title.length() <= kMax ? title : title.Left(kMax - 1) + wxString::FromUTF8("…");
}

}  // namespace

SourceTabs::SourceTabs(wxWindow* parent)
    : wxAuiNotebook(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                    wxAUI_NB_TOP | wxAUI_NB_TAB_MOVE | wxAUI_NB_SCROLL_BUTTONS | wxAUI_NB_CLOSE_ON_ACTIVE_TAB |
                        wxAUI_NB_MIDDLE_CLICK_CLOSE | wxBORDER_NONE) {
  // Flat tabs: the active one white like the page below it.
  GetArtProvider()->SetColour(wxColour(0xec, 0xee, 0xf1));
  GetArtProvider()->SetActiveColour(wxColour(0xff, 0xff, 0xff));
  Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSED, [this](wxAuiNotebookEvent& e) {
    if (preview_ && GetPageIndex(preview_) == wxNOT_FOUND) preview_ = nullptr;
    e.Skip();
  });
}

SourceView* SourceTabs::view_at(size_t page) const {
  return page < GetPageCount() ? dynamic_cast<SourceView*>(GetPage(page)) : nullptr;
}

SourceView* SourceTabs::find(const std::string& id) const {
  for (size_t i = 0; i < GetPageCount(); ++i)
    if (SourceView* v = view_at(i); v && v->source_id() == id) return v;
  return nullptr;
}

SourceView* SourceTabs::current() const {
  int page = GetSelection();
  return page == wxNOT_FOUND ? nullptr : view_at(static_cast<size_t>(page));
}

bool SourceTabs::activate(const std::string& id, bool pin_it) {
  SourceView* view = find(id);
  if (!view) return false;
  if (pin_it) pin(view);
  SetSelection(static_cast<size_t>(GetPageIndex(view)));
  return true;
}

SourceView* SourceTabs::show(SourceDocument document, bool pin_it) {
  SourceView* view = nullptr;
  if (!pin_it && preview_) {
    view = preview_;
    view->show(std::move(document));
    label(view);
    SetSelection(static_cast<size_t>(GetPageIndex(view)));
  } else {
    view = new SourceView(this, std::move(document));
    if (on_new_view_) on_new_view_(*view);
    if (!pin_it) preview_ = view;
    AddPage(view, wxString(), true);
    label(view);
  }
  return view;
}

void SourceTabs::pin(SourceView* view) {
  if (view != preview_) return;
  preview_ = nullptr;
  label(view);
}

void SourceTabs::label(SourceView* view) {
  size_t page = static_cast<size_t>(GetPageIndex(view));
  const SourceMeta& m = view->meta();
  wxString title = wxString::FromUTF8(m.title.empty() ? view->source_id() : m.title);
  SetPageText(page, short_title(title));
  wxString tip = title + "\n" + wxString::FromUTF8(view->source_id());
  if (is_preview(view))
    tip += "\n\nPreview: the next source you select replaces it. Double-click a source to keep it open.";
  SetPageToolTip(page, tip);
}

void SourceTabs::close(SourceView* view) {
  int page = view ? GetPageIndex(view) : wxNOT_FOUND;
  if (page == wxNOT_FOUND) return;
  if (view == preview_) preview_ = nullptr;
  DeletePage(static_cast<size_t>(page));  // Sends no close events.
}

void SourceTabs::close_all() {
  preview_ = nullptr;
  DeleteAllPages();
}

}  // namespace crux::gui
