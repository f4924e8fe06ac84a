#include "app/gui/claim_highlighter.h"

#include <algorithm>

#include "app/gui/claim_text.h"

namespace crux::gui {
namespace {

// Claims of unknown types (a category removed from the taxonomy) are grey.
constexpr const char* kUnknownColour = "#7f7f7f";
const wxColour kSelectedInk(0x1c, 0x33, 0x5c);
// At most this many claims are described in one hover tip.
constexpr size_t kTipClaims = 3;

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

}  // namespace

ClaimHighlighter::ClaimHighlighter(wxStyledTextCtrl& text, const TextPositions& positions)
    : text_(text), positions_(positions) {
  set_up_indicators();
  text_.Bind(wxEVT_STC_UPDATEUI, &ClaimHighlighter::on_update, this);
  text_.Bind(wxEVT_STC_PAINTED, &ClaimHighlighter::on_update, this);
  text_.SetMouseDwellTime(kDwellMs);
  text_.Bind(wxEVT_STC_DWELLSTART, &ClaimHighlighter::on_dwell_start, this);
  text_.Bind(wxEVT_STC_DWELLEND, &ClaimHighlighter::on_dwell_end, this);
}

ClaimHighlighter::~ClaimHighlighter() {
  text_.Unbind(wxEVT_STC_UPDATEUI, &ClaimHighlighter::on_update, this);
  text_.Unbind(wxEVT_STC_PAINTED, &ClaimHighlighter::on_update, this);
  text_.Unbind(wxEVT_STC_DWELLSTART, &ClaimHighlighter::on_dwell_start, this);
  text_.Unbind(wxEVT_STC_DWELLEND, &ClaimHighlighter::on_dwell_end, this);
}

void ClaimHighlighter::on_update(wxStyledTextEvent& e) {
  update();
  e.Skip();
}

void ClaimHighlighter::on_dwell_end(wxStyledTextEvent& e) {
  if (text_.CallTipActive()) text_.CallTipCancel();
  e.Skip();
}

int ClaimHighlighter::indicator_for_level(int level) {
  return kFirstLevelIndicator + std::clamp(level, 0, kLevelIndicators - 1);
}

int ClaimHighlighter::indicator_value(const std::string& colour) {
  wxColour c(u8(colour.empty() ? kUnknownColour : colour));
  if (!c.IsOk()) c = wxColour(kUnknownColour);
  // Scintilla colours are 0xBBGGRR.
  return wxSTC_INDICVALUEBIT | (c.Blue() << 16) | (c.Green() << 8) | c.Red();
}

void ClaimHighlighter::set_up_indicators() {
  // Level 0 is a tinted box under the text (readable, with an edge so that
  // neighbouring claims stay apart); deeper levels are underlines of
  // different shapes, which do not hide the box below them.
  const int styles[kLevelIndicators] = {wxSTC_INDIC_STRAIGHTBOX, wxSTC_INDIC_COMPOSITIONTHICK, wxSTC_INDIC_DOTBOX,
                                        wxSTC_INDIC_DASH,        wxSTC_INDIC_DOTS,              wxSTC_INDIC_SQUIGGLE};
  for (int level = 0; level < kLevelIndicators; ++level) {
    int indicator = kFirstLevelIndicator + level;
    text_.IndicatorSetStyle(indicator, styles[level]);
    text_.IndicatorSetFlags(indicator, wxSTC_INDICFLAG_VALUEFORE);
    text_.IndicatorSetUnder(indicator, true);
  }
  text_.IndicatorSetAlpha(kFirstLevelIndicator, 56);
  text_.IndicatorSetOutlineAlpha(kFirstLevelIndicator, 150);
  text_.IndicatorSetAlpha(kFirstLevelIndicator + 2, 0);  // the dotted frame: no fill
  text_.IndicatorSetOutlineAlpha(kFirstLevelIndicator + 2, 255);
  text_.IndicatorSetStyle(kSelectedIndicator, wxSTC_INDIC_STRAIGHTBOX);
  text_.IndicatorSetForeground(kSelectedIndicator, kSelectedInk);
  text_.IndicatorSetAlpha(kSelectedIndicator, 24);
  text_.IndicatorSetOutlineAlpha(kSelectedIndicator, 255);
  text_.IndicatorSetUnder(kSelectedIndicator, true);
  // The hover tip: a quiet, smaller face than the reading text.
  text_.StyleSetSize(wxSTC_STYLE_CALLTIP, 10);
  text_.StyleSetFaceName(wxSTC_STYLE_CALLTIP, text_.StyleGetFaceName(wxSTC_STYLE_DEFAULT));
  text_.StyleSetBackground(wxSTC_STYLE_CALLTIP, wxColour(0xfd, 0xfc, 0xf4));
  text_.StyleSetForeground(wxSTC_STYLE_CALLTIP, wxColour(0x1f, 0x23, 0x28));
  text_.CallTipUseStyle(16);
}

void ClaimHighlighter::set_claims(ClaimIndex index) {
  // Whatever was painted belongs to the old claims: clear it all.
  if (to_ > from_) clear(kFirstLevelIndicator, kLevelIndicators, from_, to_);
  from_ = to_ = 0;
  index_ = std::move(index);
  stale_ = true;
  if (text_.CallTipActive()) text_.CallTipCancel();
  update();
  paint_selected();
}

void ClaimHighlighter::forget() {
  index_ = {};
  selected_.clear();
  from_ = to_ = 0;
  stale_ = true;
  last_tip_.clear();
}

void ClaimHighlighter::set_selected(const std::string& claim_id) {
  selected_ = claim_id;
  paint_selected();
}

void ClaimHighlighter::paint_selected() {
  clear(kSelectedIndicator, 1, 0, positions_.bytes());
  const Claim* claim = selected_.empty() ? nullptr : index_.find(selected_);
  if (!claim || claim->anchor == AnchorStatus::Orphaned) return;
  text_.SetIndicatorCurrent(kSelectedIndicator);
  for (const TextRange& r : claim->ranges) {
    size_t from = positions_.byte_of(r.start), to = positions_.byte_of(r.end);
    if (to > from) text_.IndicatorFillRange(static_cast<int>(from), static_cast<int>(to - from));
  }
}

std::pair<size_t, size_t> ClaimHighlighter::visible_bytes() const {
  int first = text_.GetFirstVisibleLine();
  int lines = std::max(text_.LinesOnScreen(), 1);
  size_t first_line = static_cast<size_t>(std::max(text_.DocLineFromVisible(first), 0));
  size_t last_line = static_cast<size_t>(std::max(text_.DocLineFromVisible(first + lines), 0));
  return {positions_.line_start_byte(first_line), positions_.line_start_byte(last_line + 1)};
}

void ClaimHighlighter::update() {
  if (index_.empty() && to_ == from_) {
    stale_ = false;
    return;
  }
  auto [from, to] = visible_bytes();
  if (!stale_ && from >= from_ && to <= to_) return;
  // A margin as large as the visible span, at least kMarginBytes, on both
  // sides, widened to whole lines.
  size_t margin = std::max(kMarginBytes, to - from);
  from = positions_.line_start_byte(positions_.line_of_byte(from > margin ? from - margin : 0));
  to = positions_.line_start_byte(positions_.line_of_byte(std::min(to + margin, positions_.bytes())) + 1);
  paint(from, to);
}

void ClaimHighlighter::clear(int first_indicator, int count, size_t from, size_t to) {
  to = std::min(to, static_cast<size_t>(text_.GetLength()));
  if (to <= from) return;
  for (int indicator = first_indicator; indicator < first_indicator + count; ++indicator) {
    text_.SetIndicatorCurrent(indicator);
    text_.IndicatorClearRange(static_cast<int>(from), static_cast<int>(to - from));
  }
}

void ClaimHighlighter::paint(size_t from, size_t to) {
  if (to_ > from_) clear(kFirstLevelIndicator, kLevelIndicators, from_, to_);
  from_ = from;
  to_ = to;
  stale_ = false;
  size_t cp_from = positions_.code_point_of(from), cp_to = positions_.code_point_of(to);
  const Taxonomy& taxonomy = index_.taxonomy();
  int current = -1;
  for (const ClaimSpan* s : index_.overlapping(cp_from, cp_to)) {
    size_t a = positions_.byte_of(std::max(s->start, cp_from));
    size_t b = positions_.byte_of(std::min(s->end, cp_to));
    if (b <= a) continue;
    int indicator = indicator_for_level(s->level);
    if (indicator != current) text_.SetIndicatorCurrent(current = indicator);
    text_.SetIndicatorValue(indicator_value(type_colour(taxonomy, s->claim->type)));
    text_.IndicatorFillRange(static_cast<int>(a), static_cast<int>(b - a));
  }
}

wxString ClaimHighlighter::tip_at(size_t byte) const {
  if (byte >= positions_.bytes()) return {};
  std::vector<const ClaimSpan*> spans = index_.at(positions_.code_point_of(byte));
  std::string tip;
  size_t shown = 0;
  for (const ClaimSpan* s : spans) {
    if (shown == kTipClaims) {
      tip += "\n\n… and " + std::to_string(spans.size() - shown) + " more";
      break;
    }
    if (shown++ > 0) tip += "\n\n";
    tip += claim_details(*s->claim, *s->layer, index_.taxonomy());
  }
  return u8(tip);
}

void ClaimHighlighter::on_dwell_start(wxStyledTextEvent& e) {
  e.Skip();
  if (e.GetPosition() < 0) return;
  wxString tip = tip_at(static_cast<size_t>(e.GetPosition()));
  if (tip.empty()) return;
  last_tip_ = tip;
  text_.CallTipShow(e.GetPosition(), tip);
}

}  // namespace crux::gui
