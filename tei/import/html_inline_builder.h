#pragma once
// The inline content of one block (a paragraph, a heading, a list item...)
// built from HTML text and inline elements, with white space treated as a
// browser treats it: runs of spaces, tabs and newlines become one space, none
// at the start or end of the block or next to a line break; inside <pre>
// spaces are kept and newlines become LineBreaks. Text runs are NFC, without
// control characters, and "[47]"-style marks in them become Citations.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tei/import/document.h"

namespace crux {

// Inline elements nested deeper than this (<b><i><b>...) are not opened:
// their text joins the enclosing one, so the Document stays shallow.
inline constexpr size_t kMaxInlineDepth = 24;

class InlineBuilder {
 public:
  // Counters the builder adds to: citation marks, control characters removed.
  InlineBuilder(size_t& citations, size_t& control_chars_removed)
      : citations_(&citations), controls_(&control_chars_removed) {}

  void text(std::string_view utf8);
  // A <br>. Returns true when it directly follows another one (only white
  // space between): "text<br><br>text" separates paragraphs on old pages.
  bool line_break();
  // A citation mark found in the markup (<sup><a href="#cite_note-47">[47]</a></sup>).
  void citation(std::string mark);
  // Returns false (and opens nothing) beyond kMaxInlineDepth; close() only
  // what was opened.
  bool open(InlineKind kind, std::string attr);
  void close();
  void begin_pre() { ++pre_; }
  void end_pre() { pre_ -= pre_ > 0 ? 1 : 0; }
  bool in_pre() const { return pre_ > 0; }

  // The finished content of the block (empty when it has no visible text),
  // the builder ready for the next block. Inline elements still open (a
  // block inside <a> or <b>) are closed here and reopened for what follows.
  std::vector<Inline> take();

 private:
  struct Frame {
    InlineKind kind;
    std::string attr;
    std::vector<Inline> children;
  };

  void flush_run();
  void space_before_content();

  size_t* citations_;
  size_t* controls_;
  std::vector<Frame> frames_{Frame{InlineKind::Text, {}, {}}};  // frames_[0]: the block itself
  std::string run_;          // text not yet added to frames_.back()
  bool pending_space_ = false;
  bool space_written_ = false;  // the last character written is a collapsed space
  bool at_line_start_ = true;  // start of the block or just after a line break
  bool has_text_ = false;      // something visible since the last take()
  bool last_was_break_ = false;
  int pre_ = 0;
};

// True when the content has no visible character (only white space, no-break
// and zero-width spaces, line breaks).
bool is_blank(const std::vector<Inline>& content);

}  // namespace crux
