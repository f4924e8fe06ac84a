#pragma once
// The list of a project's sources in the project pane, drawn by us so each
// row can carry what source criticism needs at a glance: the title on the
// first line, the language and perspective in grey below it. Long texts are
// ellipsized; the full profile shows as a tooltip. Damaged sources are
// listed with their problem instead.
//
// It is a wxVListBox: selection sends wxEVT_LISTBOX, double-click and Enter
// send wxEVT_LISTBOX_DCLICK.
#include <string>
#include <vector>

#include <wx/vlbox.h>

namespace crux::gui {

class SourceList : public wxVListBox {
 public:
  struct Row {
    std::string id;
    wxString title;
    wxString details;  // second line: "Vietnamese · Soviet-era official"
    wxString tooltip;
    bool damaged = false;
  };

  explicit SourceList(wxWindow* parent);

  void set_rows(std::vector<Row> rows);
  const std::vector<Row>& rows() const { return rows_; }
  // Row of a source id, or wxNOT_FOUND.
  int index_of(const std::string& id) const;
  // The source id of a row, "" when out of range.
  std::string id_at(int row) const;

 protected:
  void OnDrawItem(wxDC& dc, const wxRect& rect, size_t n) const override;
  void OnDrawBackground(wxDC& dc, const wxRect& rect, size_t n) const override;
  wxCoord OnMeasureItem(size_t n) const override;

 private:
  void on_motion(wxMouseEvent& e);
  void on_key(wxKeyEvent& e);

  std::vector<Row> rows_;
  int tooltip_row_ = wxNOT_FOUND;
};

}  // namespace crux::gui
