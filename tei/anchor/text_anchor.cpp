#include "tei/anchor/text_anchor.h"

#include "tei/base/error.h"
#include "tei/base/utf8.h"

namespace crux {

TextAnchor make_anchor(const std::u32string& text, size_t start, size_t end, size_t context) {
  if (start > end || end > text.size())
    throw internal_error("make_anchor: the range " + std::to_string(start) + "-" + std::to_string(end) +
                         " is not inside a text of " + std::to_string(text.size()) + " characters");
  std::u32string_view view(text);
  size_t before = start < context ? start : context;
  size_t after = text.size() - end < context ? text.size() - end : context;
  TextAnchor a;
  a.start = start;
  a.end = end;
  a.exact = to_utf8(view.substr(start, end - start));
  a.prefix = to_utf8(view.substr(start - before, before));
  a.suffix = to_utf8(view.substr(end, after));
  return a;
}

const char* anchor_state_name(AnchorState state) {
  switch (state) {
    case AnchorState::Exact: return "exact";
    case AnchorState::Moved: return "moved";
    case AnchorState::Orphaned: return "orphaned";
  }
  return "orphaned";
}

std::u32string to_u32(std::string_view utf8) {
  // At most one code point per byte: write into a buffer of that size, then
  // trim. ASCII dominates most sources; decode_utf8 handles everything else.
  std::u32string out(utf8.size(), U'\0');
  char32_t* o = out.data();
  size_t i = 0;
  while (i < utf8.size()) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      *o++ = c;
      ++i;
    } else {
      *o++ = decode_utf8(utf8, i);
    }
  }
  out.resize(static_cast<size_t>(o - out.data()));
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else
      append_utf8(out, c);
  }
  return out;
}

}  // namespace crux
