#include "app/gui/source_list.h"

#include <wx/control.h>
#include <wx/dc.h>
#include <wx/settings.h>

namespace crux::gui {
namespace {

constexpr int kPadX = 12;
constexpr int kPadY = 7;
constexpr int kLineGap = 2;

const wxColour kSelection(0xdc, 0xe8, 0xf8);
const wxColour kAccent(0x2f, 0x6f, 0xc9);
const wxColour kDamaged(0xa3, 0x2b, 0x2b);

}  // namespace

SourceList::SourceList(wxWindow* parent)
    : wxVListBox(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE) {
  SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOX));
  Bind(wxEVT_MOTION, &SourceList::on_motion, this);
  Bind(wxEVT_KEY_DOWN, &SourceList::on_key, this);
}

void SourceList::set_rows(std::vector<Row> rows) {
  rows_ = std::move(rows);
  tooltip_row_ = wxNOT_FOUND;
  UnsetToolTip();
  SetItemCount(rows_.size());
  SetSelection(wxNOT_FOUND);
  Refresh();
}

int SourceList::index_of(const std::string& id) const {
  for (size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].id == id) return static_cast<int>(i);
  return wxNOT_FOUND;
}

std::string SourceList::id_at(int row) const {
  return row >= 0 && static_cast<size_t>(row) < rows_.size() ? rows_[static_cast<size_t>(row)].id : std::string();
}

wxCoord SourceList::OnMeasureItem(size_t) const {
  wxFont small = GetFont().Smaller();
  int small_height = 0;
  GetTextExtent("Ag", nullptr, &small_height, nullptr, nullptr, &small);
  return kPadY * 2 + GetCharHeight() + kLineGap + small_height;
}

void SourceList::OnDrawItem(wxDC& dc, const wxRect& rect, size_t n) const {
  const Row& row = rows_[n];
  const int width = rect.width - 2 * kPadX;
  wxFont font = GetFont();
  dc.SetFont(font);
  dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOXTEXT));
  int y = rect.y + kPadY;
  dc.DrawText(wxControl::Ellipsize(row.title, dc, wxELLIPSIZE_END, width), rect.x + kPadX, y);
  y += dc.GetCharHeight() + kLineGap;

  dc.SetFont(font.Smaller());
  dc.SetTextForeground(row.damaged ? kDamaged : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  dc.DrawText(wxControl::Ellipsize(row.details, dc, wxELLIPSIZE_END, width), rect.x + kPadX, y);
}

void SourceList::OnDrawBackground(wxDC& dc, const wxRect& rect, size_t n) const {
  // The selection: a light fill, whether or not the list has the focus (so
  // the grey second line stays readable), and an accent bar at the left.
  if (!IsSelected(n)) return;
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.SetBrush(wxBrush(kSelection));
  dc.DrawRectangle(rect);
  dc.SetBrush(wxBrush(HasFocus() ? kAccent : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)));
  dc.DrawRectangle(rect.x, rect.y, 3, rect.height);
}

void SourceList::on_motion(wxMouseEvent& e) {
  int row = VirtualHitTest(e.GetPosition().y);
  if (row != tooltip_row_) {
    tooltip_row_ = row;
    if (row == wxNOT_FOUND) UnsetToolTip();
    else SetToolTip(rows_[static_cast<size_t>(row)].tooltip);
  }
  e.Skip();
}

void SourceList::on_key(wxKeyEvent& e) {
  int key = e.GetKeyCode();
  if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && GetSelection() != wxNOT_FOUND) {
    wxCommandEvent activate(wxEVT_LISTBOX_DCLICK, GetId());
    activate.SetEventObject(this);
    activate.SetInt(GetSelection());
    ProcessWindowEvent(activate);
    return;
  }
  e.Skip();
}

}  // namespace crux::gui
