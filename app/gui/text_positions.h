#pragma once
// The one place the workbench converts text positions. The core counts
// Unicode code points of a source's plain text (conventions, "Text
// positions"); Scintilla counts UTF-8 bytes. Every view, and later every
// claim highlight, selection and search hit, goes through this class, so the
// two never drift apart.
//
// Lookups cost O(log n) at most: a checkpoint every kStride code points gives
// the byte offset of any code point after walking fewer than kStride code
// points, and a table of line starts answers line questions. ASCII-only texts
// skip the tables. No wx: the class is pure C++ and unit-tested without a
// display.
#include <cstddef>
#include <string>
#include <vector>

namespace crux::gui {

class TextPositions {
 public:
  static constexpr size_t kStride = 64;

  TextPositions() : TextPositions(std::string()) {}
  // text is UTF-8 as the core produces it, lines separated by '\n'. Code
  // points are counted as crux::count_code_points counts them: every byte
  // that is not a continuation byte starts one.
  explicit TextPositions(std::string text);

  const std::string& text() const { return text_; }
  size_t code_points() const { return code_points_; }
  size_t bytes() const { return text_.size(); }

  // Byte offset where code point cp starts; cp >= code_points() gives bytes().
  size_t byte_of(size_t cp) const;
  // Code point at byte offset b; a byte inside a multi-byte sequence rounds
  // down to the code point it belongs to; b >= bytes() gives code_points().
  size_t code_point_of(size_t b) const;

  // Lines as Scintilla numbers them: line i starts after the i-th '\n'. An
  // empty text has one empty line.
  size_t line_count() const { return lines_.size(); }
  size_t line_of_code_point(size_t cp) const;
  size_t line_of_byte(size_t b) const;
  // Start of a line; line >= line_count() gives the end of the text.
  size_t line_start_code_point(size_t line) const;
  size_t line_start_byte(size_t line) const;

 private:
  struct Mark {
    size_t code_point;
    size_t byte;
  };

  // Byte offset reached by walking n code points forward from byte b.
  size_t walk(size_t b, size_t n) const;

  std::string text_;
  size_t code_points_ = 0;
  bool ascii_ = true;
  std::vector<size_t> checkpoints_;  // byte offset of code point k * kStride
  std::vector<Mark> lines_;          // start of each line
};

}  // namespace crux::gui
