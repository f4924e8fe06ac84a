#include "app/gui/layer_list.h"

#include <wx/control.h>
#include <wx/dc.h>
#include <wx/renderer.h>
#include <wx/settings.h>

namespace crux::gui {
namespace {

constexpr int kPadX = 12;
constexpr int kPadY = 6;
constexpr int kLineGap = 2;
constexpr int kBox = 16;     // checkbox size
constexpr int kSwatch = 12;  // colour swatch size
constexpr int kGap = 8;

const wxColour kSelection(0xdc, 0xe8, 0xf8);
const wxColour kAccent(0x2f, 0x6f, 0xc9);
const wxColour kLockInk(0x8a, 0x5a, 0x00);

// A small padlock: a shackle arc over a filled body, in the text's height.
void draw_lock(wxDC& dc, int x, int y, int height, const wxColour& ink) {
  int body_h = height / 2, w = height * 2 / 3;
  dc.SetPen(wxPen(ink, 2));
  dc.SetBrush(*wxTRANSPARENT_BRUSH);
  dc.DrawEllipticArc(x + w / 5, y + 1, w - 2 * (w / 5), body_h, 0, 180);
  dc.DrawLine(x + w / 5, y + 1 + body_h / 2, x + w / 5, y + height - body_h);
  dc.DrawLine(x + w - w / 5, y + 1 + body_h / 2, x + w - w / 5, y + height - body_h);
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.SetBrush(wxBrush(ink));
  dc.DrawRoundedRectangle(x, y + height - body_h, w, body_h, 1.5);
}

}  // namespace

LayerList::LayerList(wxWindow* parent)
    : wxVListBox(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE) {
  SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOX));
  Bind(wxEVT_LEFT_DOWN, &LayerList::on_left_down, this);
  Bind(wxEVT_KEY_DOWN, &LayerList::on_key, this);
}

void LayerList::set_rows(std::vector<Row> rows) {
  std::string selected = id_at(GetSelection());
  rows_ = std::move(rows);
  SetItemCount(rows_.size());
  SetSelection(index_of(selected));
  Refresh();
}

int LayerList::index_of(const std::string& id) const {
  for (size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].id == id) return static_cast<int>(i);
  return wxNOT_FOUND;
}

std::string LayerList::id_at(int row) const {
  return row >= 0 && static_cast<size_t>(row) < rows_.size() ? rows_[static_cast<size_t>(row)].id : std::string();
}

void LayerList::follow(const std::string& id) {
  int row = index_of(id);
  if (GetSelection() != row) SetSelection(row);
}

void LayerList::toggle(int row) {
  if (row < 0 || static_cast<size_t>(row) >= rows_.size()) return;
  wxCommandEvent event(wxEVT_CHECKLISTBOX, GetId());
  event.SetEventObject(this);
  event.SetInt(row);
  ProcessWindowEvent(event);
}

wxRect LayerList::checkbox_in(const wxRect& r) const {
  return wxRect(r.x + kPadX, r.y + kPadY + (GetCharHeight() - kBox) / 2, kBox, kBox);
}

wxRect LayerList::checkbox_rect(int row) const {
  if (row < 0 || static_cast<size_t>(row) >= rows_.size()) return {};
  return checkbox_in(GetItemRect(static_cast<size_t>(row)));
}

wxString LayerList::details(const Row& row) const {
  wxString text = row.owner.empty() ? wxString("no owner") : row.owner;
  text += wxString::Format(L" · %zu %s", row.claims, row.claims == 1 ? "claim" : "claims");
  if (row.read_only) text += L" · read-only";
  if (!row.visible) text += L" · hidden";
  return text;
}

wxCoord LayerList::OnMeasureItem(size_t) const {
  wxFont small = GetFont().Smaller();
  int small_height = 0;
  GetTextExtent("Ag", nullptr, &small_height, nullptr, nullptr, &small);
  return kPadY * 2 + GetCharHeight() + kLineGap + small_height;
}

void LayerList::OnDrawItem(wxDC& dc, const wxRect& rect, size_t n) const {
  const Row& row = rows_[n];
  wxRect box = checkbox_in(rect);
  wxRendererNative::Get().DrawCheckBox(const_cast<LayerList*>(this), dc, box, row.visible ? int(wxCONTROL_CHECKED) : 0);
  int x = box.GetRight() + kGap;
  int y = rect.y + kPadY;
  dc.SetPen(wxPen(row.colour.ChangeLightness(70)));
  dc.SetBrush(wxBrush(row.colour));
  dc.DrawRoundedRectangle(x, y + (dc.GetCharHeight() - kSwatch) / 2 + 1, kSwatch, kSwatch, 2);
  x += kSwatch + kGap;
  const int width = rect.GetRight() - kPadX - x;

  wxFont font = GetFont();
  if (IsSelected(n)) font.MakeBold();  // the active layer
  dc.SetFont(font);
  wxColour ink = row.visible ? wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOXTEXT) : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
  dc.SetTextForeground(ink);
  dc.DrawText(wxControl::Ellipsize(row.name, dc, wxELLIPSIZE_END, width), x, y);
  y += GetCharHeight() + kLineGap;

  dc.SetFont(GetFont().Smaller());
  int text_x = x;
  if (row.read_only) {
    draw_lock(dc, x, y + 1, dc.GetCharHeight() - 3, kLockInk);
    text_x += dc.GetCharHeight() - 1;
  }
  dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  dc.DrawText(wxControl::Ellipsize(details(row), dc, wxELLIPSIZE_END, width - (text_x - x)), text_x, y);
}

void LayerList::OnDrawBackground(wxDC& dc, const wxRect& rect, size_t n) const {
  if (!IsSelected(n)) return;
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.SetBrush(wxBrush(kSelection));
  dc.DrawRectangle(rect);
  dc.SetBrush(wxBrush(HasFocus() ? kAccent : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)));
  dc.DrawRectangle(rect.x, rect.y, 3, rect.height);
}

void LayerList::on_left_down(wxMouseEvent& e) {
  int row = VirtualHitTest(e.GetPosition().y);
  if (row != wxNOT_FOUND && checkbox_rect(row).Inflate(3).Contains(e.GetPosition())) {
    toggle(row);  // Not a selection: hiding a layer leaves the active one alone.
    return;
  }
  e.Skip();
}

void LayerList::on_key(wxKeyEvent& e) {
  if (e.GetKeyCode() == WXK_SPACE && GetSelection() != wxNOT_FOUND) {
    toggle(GetSelection());
    return;
  }
  e.Skip();
}

}  // namespace crux::gui
