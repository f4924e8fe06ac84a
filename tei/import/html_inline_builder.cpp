#include "tei/import/html_inline_builder.h"

#include <cstddef>
#include <utility>

#include "tei/text/decode.h"
#include "tei/text/structure.h"

namespace crux {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool has_non_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

// Adds text to a list of inlines, joining it to a Text just before it.
void append_text(std::vector<Inline>& kids, std::string text) {
  if (text.empty()) return;
  if (!kids.empty() && kids.back().kind == InlineKind::Text) kids.back().text += text;
  else kids.push_back(Inline::text_run(std::move(text)));
}

// Removes trailing line breaks, spaces and the inlines they leave empty.
void trim_end(std::vector<Inline>& content) {
  while (!content.empty()) {
    Inline& last = content.back();
    if (last.kind == InlineKind::LineBreak) {
      content.pop_back();
    } else if (last.kind == InlineKind::Text) {
      size_t end = last.text.find_last_not_of(" \t");
      if (end != std::string::npos) {
        last.text.resize(end + 1);
        return;
      }
      content.pop_back();
    } else if (last.kind == InlineKind::Emphasis || last.kind == InlineKind::Link) {
      trim_end(last.children);
      if (!last.children.empty()) return;
      content.pop_back();
    } else {
      return;
    }
  }
}

// The length of the UTF-8 sequence at s[i] if it is a space no browser
// shows as a mark (no-break, zero-width, typographic spaces), else 0.
size_t invisible_space(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  unsigned char c = at(i);
  if (is_ws(static_cast<char>(c))) return 1;
  if (c == 0xC2 && at(i + 1) == 0xA0) return 2;  // U+00A0
  if (c == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) <= 0x8B || at(i + 2) == 0xAF)) return 3;  // U+2000..200B, 202F
  if (c == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;  // U+3000
  if (c == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF) return 3;  // U+FEFF
  return 0;
}

}  // namespace

bool is_blank(const std::vector<Inline>& content) {
  for (const Inline& in : content) {
    switch (in.kind) {
      case InlineKind::Text:
        for (size_t i = 0; i < in.text.size();) {
          size_t n = invisible_space(in.text, i);
          if (n == 0) return false;
          i += n;
        }
        break;
      case InlineKind::Citation: return false;
      case InlineKind::LineBreak: break;
      case InlineKind::Emphasis:
      case InlineKind::Link:
        if (!is_blank(in.children)) return false;
        break;
    }
  }
  return true;
}

// A space collapsed from white space goes where the white space was, once:
// "a <b> b</b>" is "a " + bold "b", not "a " + bold " b".
void InlineBuilder::space_before_content() {
  if (pending_space_ && !at_line_start_ && !space_written_) {
    run_ += ' ';
    space_written_ = true;
  }
  pending_space_ = false;
}

void InlineBuilder::text(std::string_view s) {
  const size_t n = s.size();
  if (pre_ > 0) {  // spaces kept, newlines are line breaks
    size_t start = 0;
    for (size_t i = 0; i <= n; ++i) {
      if (i < n && s[i] != '\n') continue;
      std::string_view line = s.substr(start, i - start);
      if (!line.empty()) {
        run_.append(line);
        at_line_start_ = false;
        space_written_ = false;
        if (line.find_first_not_of(" \t\f\r") != std::string_view::npos) {
          has_text_ = true;
          last_was_break_ = false;
        }
      }
      if (i < n) {
        flush_run();
        frames_.back().children.push_back({InlineKind::LineBreak, {}, {}, {}});
        at_line_start_ = true;
        space_written_ = false;
      }
      start = i + 1;
    }
    return;
  }
  for (size_t i = 0; i < n;) {
    if (is_ws(s[i])) {
      pending_space_ = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && !is_ws(s[j])) ++j;
    space_before_content();
    run_.append(s.data() + i, j - i);
    space_written_ = false;
    at_line_start_ = false;
    has_text_ = true;
    last_was_break_ = false;
    i = j;
  }
}

bool InlineBuilder::line_break() {
  bool second = last_was_break_ && pre_ == 0;
  flush_run();
  frames_.back().children.push_back({InlineKind::LineBreak, {}, {}, {}});
  pending_space_ = false;
  space_written_ = false;
  at_line_start_ = true;
  last_was_break_ = true;
  return second;
}

void InlineBuilder::citation(std::string mark) {
  space_before_content();
  flush_run();
  frames_.back().children.push_back({InlineKind::Citation, std::move(mark), {}, {}});
  ++*citations_;
  space_written_ = false;
  at_line_start_ = false;
  has_text_ = true;
  last_was_break_ = false;
}

bool InlineBuilder::open(InlineKind kind, std::string attr) {
  if (frames_.size() > kMaxInlineDepth) return false;
  space_before_content();
  flush_run();
  frames_.push_back({kind, std::move(attr), {}});
  return true;
}

void InlineBuilder::close() {
  if (frames_.size() < 2) return;
  flush_run();
  Frame f = std::move(frames_.back());
  frames_.pop_back();
  if (!f.children.empty()) frames_.back().children.push_back({f.kind, {}, std::move(f.attr), std::move(f.children)});
}

// Text reaches the Document here, one run between two tags at a time: the
// place to normalise it (a whole page would be normalised with its markup,
// and a combining mark after '>' would swallow the bracket).
void InlineBuilder::flush_run() {
  if (run_.empty()) return;
  *controls_ += remove_control_characters(run_);
  if (has_non_ascii(run_)) run_ = to_nfc(run_);
  std::vector<Inline>& kids = frames_.back().children;
  if (run_.find('[') == std::string::npos) {
    append_text(kids, std::move(run_));
  } else {
    size_t found = 0;
    for (Inline& part : mark_citations(run_, &found)) {
      if (part.kind == InlineKind::Text) append_text(kids, std::move(part.text));
      else kids.push_back(std::move(part));
    }
    *citations_ += found;
  }
  run_.clear();
}

std::vector<Inline> InlineBuilder::take() {
  flush_run();
  std::vector<std::pair<InlineKind, std::string>> reopen;
  while (frames_.size() > 1) {
    reopen.emplace_back(frames_.back().kind, frames_.back().attr);
    close();
  }
  std::vector<Inline> content = std::move(frames_[0].children);
  frames_[0].children.clear();
  size_t leading = 0;
  while (leading < content.size() && content[leading].kind == InlineKind::LineBreak) ++leading;
  content.erase(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(leading));
  trim_end(content);
  if (!has_text_ || is_blank(content)) content.clear();
  pending_space_ = false;
  space_written_ = false;
  at_line_start_ = true;
  has_text_ = false;
  last_was_break_ = false;
  for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) frames_.push_back({it->first, std::move(it->second), {}});
  return content;
}

}  // namespace crux
