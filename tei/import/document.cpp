#include "tei/import/document.h"

namespace crux {

static void append_inline(std::string& out, const std::vector<Inline>& content) {
  for (const Inline& in : content) {
    switch (in.kind) {
      case InlineKind::Text:
      case InlineKind::Citation: out += in.text; break;
      case InlineKind::LineBreak: out += '\n'; break;
      case InlineKind::Emphasis:
      case InlineKind::Link: append_inline(out, in.children); break;
    }
  }
}

std::string inline_text(const std::vector<Inline>& content) {
  std::string out;
  append_inline(out, content);
  return out;
}

std::string block_text(const Block& block) {
  std::string out = inline_text(block.content);
  for (const Block& child : block.children) {
    if (!out.empty()) out += '\n';
    out += block_text(child);
  }
  return out;
}

}  // namespace crux
