#include "app/gui/text_positions.h"

#include <algorithm>

namespace crux::gui {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

TextPositions::TextPositions(std::string text) : text_(std::move(text)) {
  lines_.push_back({0, 0});
  size_t cp = 0;
  for (size_t b = 0; b < text_.size(); ++b) {
    char c = text_[b];
    if (static_cast<unsigned char>(c) >= 0x80) ascii_ = false;
    if (is_continuation(c)) continue;
    if (cp % kStride == 0) checkpoints_.push_back(b);
    ++cp;
    if (c == '\n') lines_.push_back({cp, b + 1});
  }
  code_points_ = cp;
  if (ascii_) checkpoints_ = {};  // Positions are equal; no table needed.
}

size_t TextPositions::walk(size_t b, size_t n) const {
  while (n > 0 && b < text_.size()) {
    ++b;
    while (b < text_.size() && is_continuation(text_[b])) ++b;
    --n;
  }
  return b;
}

size_t TextPositions::byte_of(size_t cp) const {
  if (cp >= code_points_) return text_.size();
  if (ascii_) return cp;
  return walk(checkpoints_[cp / kStride], cp % kStride);
}

size_t TextPositions::code_point_of(size_t b) const {
  if (b >= text_.size()) return code_points_;
  if (ascii_) return b;
  while (b > 0 && is_continuation(text_[b])) --b;
  // The last checkpoint at or before b.
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), b);
  if (it == checkpoints_.begin()) return 0;  // Only stray continuation bytes before b.
  size_t k = static_cast<size_t>(it - checkpoints_.begin()) - 1;
  size_t cp = k * kStride;
  for (size_t i = checkpoints_[k]; i < b; ++i)
    if (!is_continuation(text_[i])) ++cp;
  return cp;
}

size_t TextPositions::line_of_code_point(size_t cp) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), cp,
                             [](size_t v, const Mark& m) { return v < m.code_point; });
  return static_cast<size_t>(it - lines_.begin()) - 1;
}

size_t TextPositions::line_of_byte(size_t b) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), b, [](size_t v, const Mark& m) { return v < m.byte; });
  return static_cast<size_t>(it - lines_.begin()) - 1;
}

size_t TextPositions::line_start_code_point(size_t line) const {
  return line < lines_.size() ? lines_[line].code_point : code_points_;
}

size_t TextPositions::line_start_byte(size_t line) const {
  return line < lines_.size() ? lines_[line].byte : text_.size();
}

}  // namespace crux::gui
