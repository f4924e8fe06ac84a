#include "app/gui/source_view.h"

#include <algorithm>

#include <wx/fontenum.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include "app/gui/claim_highlighter.h"
#include "tei/import/tei_writer.h"

namespace crux::gui {
namespace {

// Type sizes in points. Scintilla gives every line the height of the tallest
// style, so the heading size also sets the leading of the body text: 12/15
// gives about 1.6 lines, comfortable for long reading.
constexpr int kBodyPoints = 12;
constexpr int kHeadingPoints = 15;
constexpr int kSubheadingPoints = 13;
// The reading column: about 80 characters wide, centred in wide windows,
// never closer than kMinMargin to the edges.
constexpr int kColumnPixels = 780;
constexpr int kMinMargin = 28;

const wxColour kInk(0x1f, 0x23, 0x28);
const wxColour kHeadingInk(0x1c, 0x33, 0x5c);
const wxColour kQuietInk(0x5f, 0x66, 0x6d);
const wxColour kPaper(0xff, 0xff, 0xff);
const wxColour kBand(0xf6, 0xf7, 0xf9);

// Noto Sans covers Latin with Vietnamese, Greek and Cyrillic; Pango falls
// back per glyph for the rest. Without it, the desktop's own font.
wxString reading_face() {
  static const wxString face = [] {
    if (wxFontEnumerator::IsValidFacename("Noto Sans")) return wxString("Noto Sans");
    return wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT).GetFaceName();
  }();
  return face;
}

// Han characters are drawn differently in Chinese, Japanese and Korean, and
// Scintilla does not tell Pango the language: choose the regional face.
wxString reading_face(const std::string& lang) {
  std::string l = lang.substr(0, 2);
  const char* face = nullptr;
  if (l == "zh") {
    bool traditional = lang.find("Hant") != std::string::npos || lang.find("TW") != std::string::npos;
    face = lang.find("HK") != std::string::npos ? "Noto Sans CJK HK" : traditional ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
  } else if (l == "ja") {
    face = "Noto Sans CJK JP";
  } else if (l == "ko") {
    face = "Noto Sans CJK KR";
  }
  return face && wxFontEnumerator::IsValidFacename(face) ? wxString(face) : reading_face();
}

// Scintilla's word wrap needs spaces; Chinese, Japanese and Korean text
// wraps between any two characters.
bool wraps_by_character(const std::string& lang) {
  std::string l = lang.substr(0, 2);
  return l == "zh" || l == "ja" || l == "ko";
}

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

}  // namespace

SourceView::SourceView(wxWindow* parent, SourceDocument document) : wxPanel(parent) {
  SetBackgroundColour(kPaper);
  // The header: a quiet band above the text with the source's profile.
  auto* header = new wxPanel(this);
  header->SetBackgroundColour(kBand);
  title_ = new wxStaticText(header, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  title_->SetFont(wxFontInfo(11).FaceName(reading_face()).Bold());
  title_->SetForegroundColour(kInk);
  profile_ = new wxStaticText(header, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  profile_->SetFont(wxFontInfo(10).FaceName(reading_face()));
  profile_->SetForegroundColour(kQuietInk);
  auto* lines = new wxBoxSizer(wxVERTICAL);
  lines->Add(title_, 0, wxEXPAND);
  lines->Add(profile_, 0, wxEXPAND | wxTOP, 2);
  auto* band = new wxBoxSizer(wxVERTICAL);
  header_item_ = band->Add(lines, 0, wxEXPAND | wxLEFT | wxRIGHT, kMinMargin);
  auto* padded = new wxBoxSizer(wxVERTICAL);
  padded->Add(band, 0, wxEXPAND | wxTOP | wxBOTTOM, 10);
  header->SetSizer(padded);

  text_ = new wxStyledTextCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(header, 0, wxEXPAND);
  sizer->Add(new wxStaticLine(this), 0, wxEXPAND);
  sizer->Add(text_, 1, wxEXPAND | wxTOP, 18);
  SetSizer(sizer);

  set_up_text();
  highlighter_ = std::make_unique<ClaimHighlighter>(*text_, positions_);
  text_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    fit_reading_column();
    e.Skip();
  });
  show(std::move(document));
}

SourceView::~SourceView() = default;

void SourceView::set_up_text() {
  wxStyledTextCtrl& t = *text_;
  t.SetCodePage(wxSTC_CP_UTF8);
  t.SetLexer(wxSTC_LEX_CONTAINER);  // We style; no lexer overwrites it.
  t.SetUndoCollection(false);       // Read-only: nothing to undo.
  t.StyleSetFaceName(wxSTC_STYLE_DEFAULT, reading_face());
  t.StyleSetSize(wxSTC_STYLE_DEFAULT, kBodyPoints);
  t.StyleSetForeground(wxSTC_STYLE_DEFAULT, kInk);
  t.StyleSetBackground(wxSTC_STYLE_DEFAULT, kPaper);
  t.StyleClearAll();  // Every style starts as the body style.
  for (auto [style, points] : {std::pair{kHeading, kHeadingPoints}, std::pair{kSubheading, kSubheadingPoints}}) {
    t.StyleSetSize(style, points);
    t.StyleSetBold(style, true);
    t.StyleSetForeground(style, kHeadingInk);
  }
  // The gap after each block is an empty annotation line in the paper colour.
  t.StyleSetSize(kGap, 4);
  t.AnnotationSetVisible(wxSTC_ANNOTATION_STANDARD);

  for (int margin = 0; margin < 5; ++margin) t.SetMarginWidth(margin, 0);
  t.SetWrapMode(wxSTC_WRAP_WORD);
  t.SetUseHorizontalScrollBar(false);
  t.SetLayoutCache(wxSTC_CACHE_PAGE);
  t.SetExtraAscent(1);
  t.SetExtraDescent(1);
  t.SetCaretLineVisible(false);
  t.SetCaretForeground(kInk);
  t.SetSelBackground(true, wxColour(0xcc, 0xe0, 0xff));
  t.SetSelForeground(false, kInk);
  // The TaggingController shows a context menu of its own (Copy, Tag as ▸).
  t.UsePopUp(wxSTC_POPUP_NEVER);
}

void SourceView::show(SourceDocument document) {
  id_ = std::move(document.id);
  meta_ = std::move(document.meta);
  blocks_ = std::move(document.plain.blocks);
  positions_ = TextPositions(std::move(document.plain.text));

  title_->SetLabelText(u8(meta_.title.empty() ? id_ : meta_.title));
  wxString profile;
  for (const std::string& part : {meta_.author, meta_.date, meta_.lang.empty() ? "" : language_name(meta_.lang),
                                  meta_.type, meta_.perspective, meta_.distance})
    if (!part.empty()) profile += (profile.empty() ? L"" : L"  ·  ") + u8(part);
  profile_->SetLabelText(profile);
  profile_->Show(!profile.empty());

  wxStyledTextCtrl& t = *text_;
  wxString face = reading_face(meta_.lang);
  for (int style : {int(wxSTC_STYLE_DEFAULT), int(kBody), int(kHeading), int(kSubheading), int(kGap)})
    t.StyleSetFaceName(style, face);
  highlighter_->forget();  // The old text's indicators go with it.
  t.SetReadOnly(false);
  t.AnnotationClearAll();
  // Raw: the core's UTF-8 goes to Scintilla byte for byte, so its byte
  // offsets are exactly those TextPositions computes.
  t.SetTextRaw(positions_.text().c_str());
  t.SetWrapMode(wraps_by_character(meta_.lang) ? wxSTC_WRAP_CHAR : wxSTC_WRAP_WORD);
  style_blocks();
  add_block_gaps();
  t.SetReadOnly(true);
  t.EmptyUndoBuffer();
  t.SetSavePoint();
  t.GotoPos(0);
  Layout();
}

void SourceView::style_blocks() {
  // In document order, so the styled range grows to the end in one pass and
  // Scintilla never asks for styling.
  text_->StartStyling(0);
  size_t styled = 0;
  for (const TextBlock& block : blocks_) {
    if (block.element != "head") continue;
    size_t from = positions_.byte_of(block.start);
    size_t to = positions_.byte_of(block.end);
    if (from < styled || to <= from) continue;
    text_->SetStyling(static_cast<int>(from - styled), kBody);
    text_->SetStyling(static_cast<int>(to - from), block.depth <= 1 ? kHeading : kSubheading);
    styled = to;
  }
  text_->SetStyling(static_cast<int>(positions_.bytes() - styled), kBody);
}

void SourceView::add_block_gaps() {
  // Paragraphs read as paragraphs: Scintilla has one line height, so the gap
  // is a whole empty line below each block but the last.
  for (size_t line = 0; line + 1 < positions_.line_count(); ++line) {
    text_->AnnotationSetText(static_cast<int>(line), " ");
    text_->AnnotationSetStyle(static_cast<int>(line), kGap);
  }
}

void SourceView::fit_reading_column() {
  int width = text_->GetClientSize().GetWidth();
  int margin = std::max(kMinMargin, (width - kColumnPixels) / 2);
  text_->SetMarginLeft(margin);
  text_->SetMarginRight(margin);
  // The header lines up with the text column.
  if (header_item_->GetBorder() != margin) {
    header_item_->SetBorder(margin);
    CallAfter([this] { Layout(); });
  }
}

wxString SourceView::profile() const { return profile_->GetLabelText(); }

size_t SourceView::caret_offset() const {
  return positions_.code_point_of(static_cast<size_t>(text_->GetCurrentPos()));
}

int SourceView::line_style(size_t line) const {
  return text_->GetStyleAt(static_cast<int>(positions_.line_start_byte(line)));
}

std::pair<size_t, size_t> SourceView::selection() const {
  size_t a = positions_.code_point_of(static_cast<size_t>(text_->GetSelectionStart()));
  size_t b = positions_.code_point_of(static_cast<size_t>(text_->GetSelectionEnd()));
  return {std::min(a, b), std::max(a, b)};
}

void SourceView::show_offset(size_t offset) {
  // The block's first line goes to the top: Scintilla wraps lines far from
  // the screen lazily, so finer positions inside a long block would shift as
  // it wraps, while a block's start stays put.
  int byte = static_cast<int>(positions_.byte_of(offset));
  text_->SetFirstVisibleLine(text_->VisibleFromDocLine(text_->LineFromPosition(byte)));
  text_->SetEmptySelection(byte);  // Does not scroll.
}

}  // namespace crux::gui
