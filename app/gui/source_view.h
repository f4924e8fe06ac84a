#pragma once
// One source as a reader sees it: a header with its title and its
// source-criticism profile (author, date, language, type, perspective), and
// below it the text, read-only, one block (paragraph, heading, list
// item...) per line of a wxStyledTextCtrl, wrapped in a centred reading
// column, headings set apart by style, a gap after every block.
//
// The view keeps the source's blocks and a TextPositions over its text; every
// conversion between the core's code points and Scintilla's UTF-8 bytes goes
// through positions(). Its ClaimHighlighter draws the claims of the visible
// layers; tagging (keys, clicks, the context menu) is wired by the
// TaggingController, which only reads the selection here and commits to the
// model. The text itself is never edited.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <wx/panel.h>
#include <wx/stc/stc.h>

#include "app/gui/project_session.h"
#include "app/gui/text_positions.h"

class wxSizerItem;
class wxStaticText;

namespace crux::gui {

class ClaimHighlighter;

class SourceView : public wxPanel {
 public:
  // Scintilla styles of the reading text.
  enum Style : int { kBody = 0, kHeading = 1, kSubheading = 2, kGap = 3 };

  SourceView(wxWindow* parent, SourceDocument document);
  ~SourceView() override;

  // Replaces the source shown (used when a preview tab moves to another one).
  void show(SourceDocument document);

  const std::string& source_id() const { return id_; }
  const SourceMeta& meta() const { return meta_; }
  const std::vector<TextBlock>& blocks() const { return blocks_; }
  const TextPositions& positions() const { return positions_; }
  wxStyledTextCtrl& text() const { return *text_; }
  // The profile line of the header ("Author · 1917 · Vietnamese · ...").
  wxString profile() const;

  // Code points of the plain text.
  size_t characters() const { return positions_.code_points(); }
  // The caret as a plain-text offset (code points), as the CLI reports offsets.
  size_t caret_offset() const;
  // The style of a line's first character (every character of a block line
  // has the same style).
  int line_style(size_t line) const;

  // The selected text as plain-text offsets [first, second) (code points);
  // empty when nothing is selected.
  std::pair<size_t, size_t> selection() const;
  // Puts the caret at a plain-text offset and scrolls its block to the top.
  void show_offset(size_t offset);

  ClaimHighlighter& highlighter() { return *highlighter_; }
  const ClaimHighlighter& highlighter() const { return *highlighter_; }

 private:
  void set_up_text();
  void style_blocks();
  void add_block_gaps();
  void fit_reading_column();

  wxStaticText* title_;
  wxStaticText* profile_;
  wxSizerItem* header_item_;
  wxStyledTextCtrl* text_;

  std::string id_;
  SourceMeta meta_;
  std::vector<TextBlock> blocks_;
  TextPositions positions_;
  std::unique_ptr<ClaimHighlighter> highlighter_;
};

}  // namespace crux::gui
