// Structure of plain text. Two layouts occur: one paragraph per line (web
// copies; blank lines optional and meaningless) and hard-wrapped prose (lines
// cut near a fixed width, paragraphs separated by blank lines). The file is
// classified once; then each line (or wrapped paragraph) becomes a unit, and
// each unit a heading, a list item or a paragraph by its own shape and the
// shape of what follows it.
#include "tei/text/structure.h"

#include <algorithm>
#include <deque>
#include <string_view>

#include "tei/text/byte_scan.h"
#include "tei/text/text_lines.h"

namespace crux {
namespace {

// Hard wrapping: at least kMinWrapWidth wide, lines longer than kMaxWrapWidth
// rare (under 5%), and most lines that continue a paragraph within
// kWrapSlack of the widest one (a wrapper fills its lines; verse does not).
constexpr size_t kMinWrapWidth = 60;
constexpr size_t kMaxWrapWidth = 100;
constexpr size_t kWrapSlack = 20;
constexpr size_t kLayoutSample = 256 * 1024;
// Unit lengths are only compared with title-sized thresholds: counting stops here.
constexpr size_t kLengthCap = 2 * kMaxTitleLength;

struct Line {
  std::string_view text;  // trimmed
  ListMarkerInfo marker;
};

// A paragraph, heading or list item to be: a line, or wrapped lines joined.
struct Unit {
  std::string_view text;          // the line in the decoded text, or *joined
  std::string* joined = nullptr;  // wrapped lines joined with a space (owned by a deque)
  ListMarkerInfo marker;
  int depth = 0;  // section_depth of the text
  bool blank_after = false;
  bool title = false;     // title_like()
  bool sentence = false;  // ends like a sentence (. , ; : ! ? …)
  size_t length = 0;      // code points (capped at kLengthCap + 1)
};

// Calls f(line) for each line of text, trimmed, with its list marker. Lines
// are views into text: nothing is copied until blocks are made.
template <class F>
void for_each_line(std::string_view text, F&& f) {
  std::string_view rest(text);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = trim_line(rest.substr(0, nl));
    f(Line{line, line.empty() ? ListMarkerInfo{} : list_marker(line)});
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
}

// Decided on the first kLayoutSample bytes: a file keeps its layout, and the
// whole of a 100 MB file need not be walked twice.
bool is_hard_wrapped(std::string_view text) {
  if (text.size() > kLayoutSample) {
    size_t end = text.rfind('\n', kLayoutSample);
    text = text.substr(0, end == std::string_view::npos ? kLayoutSample : end);
  }
  size_t nonblank = 0, too_long = 0, blank = 0, width = 0;
  std::vector<size_t> continued;  // lengths of lines followed by a line of the same paragraph
  Line prev;
  size_t prev_len = 0;
  auto visit = [&](const Line& line) {
    // Whether prev continues into this line is known only now.
    if (!prev.text.empty() && !line.text.empty() && line.marker.kind == ListMarker::None &&
        prev.marker.kind == ListMarker::None) {
      continued.push_back(prev_len);
      width = std::max(width, prev_len);
    }
    prev = line;
    if (line.text.empty()) {
      ++blank;
      return;
    }
    ++nonblank;
    prev_len = scan::cp_length_capped(line.text, kMaxWrapWidth);
    if (prev_len > kMaxWrapWidth) ++too_long;
  };
  for_each_line(text, visit);
  if (blank == 0 || continued.size() < 3 || too_long * 20 > nonblank || width < kMinWrapWidth) return false;
  size_t full = static_cast<size_t>(
      std::count_if(continued.begin(), continued.end(), [&](size_t len) { return len + kWrapSlack >= width; }));
  return full * 4 >= continued.size() * 3;
}

void append_wrapped(Unit& unit, std::string_view line, std::deque<std::string>& store) {
  if (!unit.joined) {
    store.emplace_back(unit.text);
    unit.joined = &store.back();
  }
  std::string& t = *unit.joined;
  // "revo-" + "lution": keep the hyphen (it may be a real one), add no space.
  if (!(t.size() >= 2 && t.back() == '-' && t[t.size() - 2] != ' ')) t += ' ';
  t.append(line);
  unit.text = t;
}

std::vector<Unit> make_units(const std::string& text, bool wrapped, std::deque<std::string>& store,
                             size_t& duplicates) {
  std::vector<Unit> units;
  bool continuing = false;  // the previous line belongs to the last unit's paragraph
  for_each_line(text, [&](const Line& line) {
    if (line.text.empty()) {
      if (!units.empty()) units.back().blank_after = true;
      continuing = false;
      return;
    }
    if (wrapped && continuing && line.marker.kind == ListMarker::None) {
      append_wrapped(units.back(), line.text, store);
      return;
    }
    // Web scrapes repeat headings and captions: an adjacent identical line goes.
    if (!units.empty() && units.back().text == line.text) {
      ++duplicates;
      continuing = false;
      return;
    }
    Unit u;
    u.text = line.text;
    u.marker = line.marker;
    units.push_back(u);
    continuing = wrapped;
  });
  for (Unit& u : units) {
    u.depth = section_depth(u.text);
    u.length = scan::cp_length_capped(u.text, kLengthCap);
    LineEnd end = line_end(u.text);
    u.title = title_like(u.text, u.length, u.marker, end);
    u.sentence = end != LineEnd::None;
  }
  return units;
}

bool numbered_title(const Unit& u) {
  return u.depth >= 2 && u.marker.kind == ListMarker::None && u.length <= kMaxTitleLength && !u.sentence;
}

// "Followed by text": the next unit is a list item, or a longer line that
// reads as prose (ends like a sentence, or is longer than any title). One
// title may stand between (a section title over a subsection title).
bool followed_by_text(const std::vector<Unit>& units, size_t i, int depth) {
  if (i + 1 >= units.size()) return false;
  const Unit& next = units[i + 1];
  if (next.marker.kind != ListMarker::None) return true;
  if (numbered_title(next)) return false;
  if (next.length > units[i].length && next.length >= 20 && (next.sentence || next.length > kMaxTitleLength))
    return true;
  return depth == 0 && next.title && followed_by_text(units, i + 1, 1);
}

// Runs of XML white space (spaces, tabs) inside a line become one space, so
// that a block's TEI string value equals its plain text (docs/file-format.md).
void collapse_spaces(std::string& t) {
  size_t i = scan::find_space_run(t);
  if (i == std::string::npos) return;  // the usual case: nothing to do
  size_t out = i;
  bool in_space = false;
  for (; i < t.size(); ++i) {
    bool space = t[i] == ' ' || t[i] == '\t';
    if (space && in_space) continue;
    t[out++] = space ? ' ' : t[i];
    in_space = space;
  }
  t.resize(out);
}

Block text_block(BlockKind kind, std::string text, size_t& citations) {
  collapse_spaces(text);
  Block b;
  b.kind = kind;
  if (text.find('[') == std::string::npos) {  // the usual case: the text moves, no copy
    b.content.push_back(Inline::text_run(std::move(text)));
    return b;
  }
  size_t found = 0;
  b.content = mark_citations(text, &found);
  citations += found;
  return b;
}

}  // namespace

StructureCounts recognize_structure(const std::string& text, Document& doc) {
  StructureCounts counts;
  std::deque<std::string> joined;  // the texts of wrapped paragraphs (stable addresses)
  std::vector<Unit> units = make_units(text, is_hard_wrapped(text), joined, counts.duplicates_collapsed);
  doc.body.reserve(doc.body.size() + units.size());

  int numbered_depth = 0;  // depth of the last numbered section title, 0 before any
  Block* open_list = nullptr;
  for (size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    if (u.marker.kind != ListMarker::None) {
      const char* attr = u.marker.kind == ListMarker::Ordered ? "ordered" : "bulleted";
      if (!open_list || open_list->attr != attr) {
        Block list;
        list.kind = BlockKind::List;
        list.attr = attr;
        doc.body.push_back(std::move(list));
        open_list = &doc.body.back();
      }
      // Bullets are typography and go; numbers are kept (they may be "IV" or
      // skip values, and TEI's <item> here carries no @n).
      open_list->children.push_back(
          text_block(BlockKind::ListItem, std::string(u.text.substr(u.marker.strip)), counts.citations));
      ++counts.list_items;
      continue;
    }
    open_list = nullptr;
    bool heading = false;
    int level = 1;
    if (numbered_title(u)) {
      heading = true;
      level = numbered_depth = u.depth;
    } else if (u.title && (followed_by_text(units, i, 0) || (i == 0 && u.blank_after && units.size() > 1))) {
      heading = true;
      // Under a numbered section, other titles are its subsections.
      level = numbered_depth > 0 ? std::min(6, numbered_depth + 1) : 1;
    }
    // followed_by_text() looks one or two units ahead, never back: this one can move.
    Block b = text_block(heading ? BlockKind::Heading : BlockKind::Paragraph,
                         u.joined ? std::move(*u.joined) : std::string(u.text), counts.citations);
    b.level = heading ? level : 0;
    ++(heading ? counts.headings : counts.paragraphs);
    doc.body.push_back(std::move(b));
  }
  return counts;
}

}  // namespace crux
