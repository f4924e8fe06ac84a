#pragma once
// Draws a source view's claims on its wxStyledTextCtrl with Scintilla
// indicators, and explains them on hover.
//
// Colour: the claim type's colour from the claim taxonomy, carried in each
// range's indicator value (SC_INDICFLAG_VALUEFORE), so any number of types
// share one indicator. Overlaps: ClaimIndex gives every range a level such
// that ranges of one level never meet; level 0 is a filled box under the
// text, further levels are a thick underline, a dotted frame, then dashed
// and dotted underlines, so a claim inside another stays visible. The selected claim
// gets an outline of its own.
//
// Only the visible lines and a margin around them are painted: filling
// indicators costs about 11 µs a range in Scintilla, so a source with
// 100 000 claims painted whole would take a second on every change. Each
// scroll or paint checks whether the visible lines still lie inside the
// painted window and repaints the window around them when not.
//
// Positions go through the view's TextPositions (claims count code points,
// Scintilla counts UTF-8 bytes).
#include <string>
#include <utility>

#include <wx/stc/stc.h>

#include "app/gui/claim_index.h"
#include "app/gui/text_positions.h"

namespace crux::gui {

class ClaimHighlighter {
 public:
  static constexpr int kFirstLevelIndicator = 8;  // 8..13: levels 0..5
  static constexpr int kLevelIndicators = 6;      // deeper levels share the last
  static constexpr int kSelectedIndicator = 14;
  // Painted beyond the visible lines on each side, at least.
  static constexpr size_t kMarginBytes = 16 * 1024;
  // Hover tips wait this long for the mouse to rest.
  static constexpr int kDwellMs = 400;

  // Binds to text's scroll, paint and hover events; the view owns both.
  ClaimHighlighter(wxStyledTextCtrl& text, const TextPositions& positions);
  // Unbinds: the text control outlives this object while its view is
  // destroyed (children go last).
  ~ClaimHighlighter();
  ClaimHighlighter(const ClaimHighlighter&) = delete;
  ClaimHighlighter& operator=(const ClaimHighlighter&) = delete;

  // Replaces the claims drawn (after a model change, or another source
  // shown) and repaints the visible window.
  void set_claims(ClaimIndex index);
  const ClaimIndex& claims() const { return index_; }
  // Forgets the claims and the painted window without touching the text
  // (whose indicators went with it when the view replaced its text).
  void forget();
  // Outlines a claim ("" for none). A claim not in the index shows nothing.
  void set_selected(const std::string& claim_id);
  const std::string& selected() const { return selected_; }

  // Paints the window around the visible lines unless it is painted already.
  void update();
  // The byte window painted, [first, second).
  std::pair<size_t, size_t> painted() const { return {from_, to_}; }
  static int indicator_for_level(int level);
  // Scintilla's indicator value for "#rrggbb" (the colour, flagged as set).
  static int indicator_value(const std::string& colour);

  // What the hover tip says about the claims at a byte position ("" when
  // there are none), and the tip shown last.
  wxString tip_at(size_t byte) const;
  const wxString& last_tip() const { return last_tip_; }

 private:
  void set_up_indicators();
  std::pair<size_t, size_t> visible_bytes() const;
  void paint(size_t from, size_t to);
  void clear(int first_indicator, int count, size_t from, size_t to);
  void paint_selected();
  void on_update(wxStyledTextEvent& e);
  void on_dwell_start(wxStyledTextEvent& e);
  void on_dwell_end(wxStyledTextEvent& e);

  wxStyledTextCtrl& text_;
  const TextPositions& positions_;
  ClaimIndex index_;
  std::string selected_;
  size_t from_ = 0, to_ = 0;  // painted window in bytes; empty when nothing is painted
  bool stale_ = true;         // claims changed since the window was painted
  wxString last_tip_;
};

}  // namespace crux::gui
