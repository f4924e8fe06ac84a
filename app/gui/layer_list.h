#pragma once
// The project's annotation layers in the project pane, one row each: a
// checkbox for visibility, the layer's colour, its name, and below it the
// owner, the number of claims and a lock when it is read-only. The selected
// row is the active layer, where new claims go.
//
// A wxVListBox drawn by us, like SourceList. Selecting a row sends
// wxEVT_LISTBOX; a click on a row's checkbox (or Space) sends
// wxEVT_CHECKLISTBOX with the row in GetInt() and changes nothing itself:
// the frame commits the change to the model, whose notification redraws the
// list, so what is shown is always what the model holds.
#include <string>
#include <vector>

#include <wx/vlbox.h>

namespace crux::gui {

class LayerList : public wxVListBox {
 public:
  struct Row {
    std::string id;
    wxString name;
    wxString owner;
    wxColour colour;
    size_t claims = 0;
    bool visible = true;
    bool read_only = false;
  };

  explicit LayerList(wxWindow* parent);

  // Replaces the rows, keeping the selection on the same layer id.
  void set_rows(std::vector<Row> rows);
  const std::vector<Row>& rows() const { return rows_; }
  int index_of(const std::string& id) const;
  std::string id_at(int row) const;
  // Moves the selection to id without sending an event.
  void follow(const std::string& id);

  // Sends wxEVT_CHECKLISTBOX for a row, as a click on its checkbox does.
  void toggle(int row);
  // Where a row's checkbox is drawn (client coordinates).
  wxRect checkbox_rect(int row) const;
  // A row's second line ("owner · 40 claims · read-only").
  wxString details(const Row& row) const;

 protected:
  void OnDrawItem(wxDC& dc, const wxRect& rect, size_t n) const override;
  void OnDrawBackground(wxDC& dc, const wxRect& rect, size_t n) const override;
  wxCoord OnMeasureItem(size_t n) const override;

 private:
  void on_left_down(wxMouseEvent& e);
  void on_key(wxKeyEvent& e);
  wxRect checkbox_in(const wxRect& row_rect) const;

  std::vector<Row> rows_;
};

}  // namespace crux::gui
