#include "tei/source/plain_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "tei/base/error.h"
#include "tei/base/utf8.h"

namespace crux {

bool is_block_element(const std::string& n) {
  static const std::set<std::string> blocks = {
      "p",     "head",   "item",      "cell",       "row",       "list",     "table",    "div",
      "sp",    "speaker", "stage",    "l",          "lg",        "ab",       "castList", "castItem",
      "castGroup", "role", "roleDesc", "set",       "fw",        "figure",   "trailer",  "epigraph",
      "byline", "dateline", "opener", "closer",     "salute",    "signed",   "argument", "docTitle",
      "titlePart", "docAuthor", "titlePage", "performance", "prologue", "epilogue", "u", "label",
      "listBibl", "bibl", "quote"};
  return blocks.count(n) > 0;
}

namespace {

// A <quote> is a block when it holds blocks (as the importer writes block
// quotations), and inline when it sits in running text.
bool acts_as_block(const XmlNode& n) {
  if (n.ns != kTeiNs) return false;
  if (n.name == "quote" || n.name == "bibl" || n.name == "label") {
    if (n.parent && n.parent->ns == kTeiNs && (n.parent->name == "p" || n.parent->name == "head" ||
                                                n.parent->name == "item" || n.parent->name == "l" ||
                                                n.parent->name == "cell"))
      return false;
    if (n.name != "quote") return n.parent && (n.parent->name == "div" || n.parent->name == "body");
    for (const auto& c : n.children)
      if (c->is_element() && is_block_element(c->name) && c->name != "quote") return true;
    return false;
  }
  return is_block_element(n.name);
}

class Builder {
 public:
  explicit Builder(PlainText& out) : out_(out) {}

  void walk(const XmlNode& root) {
    // Iterative, so deep documents cannot overflow the stack.
    struct Frame { const XmlNode* node; size_t next; bool block; };
    std::vector<Frame> stack;
    enter(root, stack);
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next < f.node->children.size()) {
        const XmlNode& c = *f.node->children[f.next++];
        if (c.kind == XmlNode::Kind::Text) {
          add_text(c.text);
        } else if (c.is_tei("note") || c.is_tei("back") || c.is_tei("front")) {
          continue;  // Not part of the reading text.
        } else {
          enter(c, stack);
        }
      } else {
        bool was_block = f.block;
        if (was_block) end_block();
        if (!open_ids_.empty() && open_ids_.back().node == f.node) open_ids_.pop_back();
        if (f.node->is_tei("div")) --div_depth_;
        stack.pop_back();
        if (was_block) {
          // Text after a nested block belongs to the enclosing block again.
          for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            if (it->block) {
              current_id_ = it->node->xml_id() ? *it->node->xml_id() : std::string();
              current_element_ = it->node->name;
              break;
            }
          }
        }
      }
    }
    end_block();
    out_.length = count_code_points(out_.text);
  }

 private:
  template <typename Stack>
  void enter(const XmlNode& n, Stack& stack) {
    bool block = acts_as_block(n);
    // Text maps to the innermost enclosing *block* with an id: ids on inline
    // elements (a persName inside a paragraph) would split one line of text
    // into several pointers.
    if (const std::string* id = n.xml_id(); id && (block || open_ids_.empty())) {
      out_.element_ids.push_back(*id);
      open_ids_.push_back({out_.element_ids.size() - 1, 0, &n});
    }
    if (block) {
      end_block();
      current_id_ = n.xml_id() ? *n.xml_id() : std::string();
      current_element_ = n.name;
    }
    if (n.is_tei("div")) ++div_depth_;
    stack.push_back({&n, 0, block});
  }

  // Appends a text node: white space collapses, and every code point that
  // lands in the plain text is mapped to its string-value offset in the
  // innermost enclosing element that has an xml:id.
  void add_text(const std::string& t) {
    size_t local = 0;  // code points of this text node seen so far
    size_t base = open_ids_.empty() ? 0 : open_ids_.back().seen;
    for (unsigned char c : t) {
      bool lead = (c & 0xC0) != 0x80;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (!pending_space_) pending_space_offset_ = base + local;
        pending_space_ = true;
        ++local;
        continue;
      }
      if (lead) {
        if (!in_block_) {
          begin_block();
        } else if (pending_space_) {
          map(pending_space_offset_);
          append(' ');
        }
        pending_space_ = false;
        map(base + local);
        ++local;
      }
      append(static_cast<char>(c));
    }
    for (auto& o : open_ids_) o.seen += local;
  }

  // Maps the next plain code point to string-value offset `offset` of the
  // innermost element with an id, extending the current segment when it
  // continues it.
  void map(size_t offset) {
    if (open_ids_.empty()) return;
    size_t el = open_ids_.back().index;
    if (!out_.segments.empty()) {
      TextSegment& s = out_.segments.back();
      if (s.element == el && s.plain_start + s.length == cps_ && s.offset + s.length == offset) {
        ++s.length;
        return;
      }
    }
    out_.segments.push_back({cps_, 1, el, offset});
  }

  void begin_block() {
    if (!out_.text.empty()) append('\n');
    in_block_ = true;
    pending_space_ = false;
    TextBlock b;
    b.id = current_id_;
    b.element = current_element_;
    b.start = cps_;
    b.depth = div_depth_;
    out_.blocks.push_back(b);
  }

  void end_block() {
    if (in_block_) out_.blocks.back().end = cps_;
    in_block_ = false;
    pending_space_ = false;
  }

  void append(char c) {
    out_.text += c;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++cps_;
  }

  struct OpenId {
    size_t index;        // into out_.element_ids
    size_t seen;         // code points of its string value so far
    const XmlNode* node;
  };
  PlainText& out_;
  std::vector<OpenId> open_ids_;
  size_t pending_space_offset_ = 0;
  bool in_block_ = false;
  bool pending_space_ = false;
  size_t cps_ = 0;
  int div_depth_ = 0;
  std::string current_id_;
  std::string current_element_ = "p";
};

std::string nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (U_FAILURE(status) || n->isNormalized(u, status)) return s;
  icu::UnicodeString out = n->normalize(u, status);
  std::string r;
  out.toUTF8String(r);
  return r;
}

}  // namespace

static void index_segments(PlainText& pt) {
  for (size_t i = 0; i < pt.segments.size(); ++i)
    pt.segments_by_id[pt.element_ids[pt.segments[i].element]].push_back(i);
}

PlainText compute_plain_text(const XmlDocument& doc) {
  const XmlNode* text = doc.root ? doc.root->find_first("text") : nullptr;
  const XmlNode* body = text ? text->find_first("body") : nullptr;
  if (!body) throw bad_input(doc.file, "the TEI document has no <text><body>");
  PlainText out;
  Builder(out).walk(*body);
  // Sources Crux writes are NFC already; imported TEI may not be. NFC can
  // change lengths, so positions are recomputed on the normalised text.
  std::string normalised = nfc(out.text);
  if (normalised != out.text) {
    // Pointers into such a source are mapped through the un-normalised text:
    // NFC only merges combining sequences, so offsets drift by a few code
    // points at most and re-anchoring (which checks the quote) corrects them.
    PlainText fixed;
    fixed.element_ids = out.element_ids;
    fixed.segments = out.segments;
    fixed.text = std::move(normalised);
    fixed.length = count_code_points(fixed.text);
    // Recompute block bounds line by line: each block is one line.
    size_t line = 0, cp = 0, start = 0;
    for (size_t i = 0; i <= fixed.text.size(); ++i) {
      bool at_end = i == fixed.text.size();
      if (at_end || fixed.text[i] == '\n') {
        if (line < out.blocks.size()) {
          TextBlock b = out.blocks[line];
          b.start = start;
          b.end = cp;
          fixed.blocks.push_back(b);
        }
        ++line;
        if (!at_end) ++cp;
        start = cp;
      } else if ((static_cast<unsigned char>(fixed.text[i]) & 0xC0) != 0x80) {
        ++cp;
      }
    }
    index_segments(fixed);
    return fixed;
  }
  index_segments(out);
  return out;
}

std::vector<StringRangePointer> PlainText::to_pointers(size_t start, size_t end) const {
  std::vector<StringRangePointer> out;
  // First segment ending after start.
  auto it = std::upper_bound(segments.begin(), segments.end(), start,
                             [](size_t pos, const TextSegment& s) { return pos < s.plain_start + s.length; });
  for (; it != segments.end() && it->plain_start < end; ++it) {
    size_t from = std::max(start, it->plain_start);
    size_t to = std::min(end, it->plain_start + it->length);
    if (from >= to) continue;
    size_t off = it->offset + (from - it->plain_start);
    const std::string& id = element_ids[it->element];
    // Consecutive segments of one element (split by collapsed white space)
    // join into one pointer.
    if (!out.empty() && out.back().id == id && out.back().offset + out.back().length <= off) {
      out.back().length = off + (to - from) - out.back().offset;
      continue;
    }
    out.push_back({id, off, to - from});
  }
  return out;
}

std::optional<std::pair<size_t, size_t>> PlainText::from_pointer(const StringRangePointer& p) const {
  std::optional<size_t> start, end;
  size_t last = p.offset + p.length;
  auto found = segments_by_id.find(p.id);
  if (found == segments_by_id.end()) return std::nullopt;
  for (size_t index : found->second) {
    const TextSegment& s = segments[index];
    if (!start && p.offset < s.offset + s.length && p.offset >= s.offset) start = s.plain_start + (p.offset - s.offset);
    else if (!start && p.offset < s.offset) start = s.plain_start;  // starts in collapsed white space
    if (last > s.offset && last <= s.offset + s.length) end = s.plain_start + (last - s.offset);
    else if (last > s.offset + s.length) end = s.plain_start + s.length;
  }
  if (!start || !end || *end < *start) return std::nullopt;
  if (p.length == 0) end = start;
  return std::make_pair(*start, *end);
}

size_t PlainText::block_at(size_t pos) const {
  auto it = std::upper_bound(blocks.begin(), blocks.end(), pos, [](size_t p, const TextBlock& b) { return p < b.end; });
  if (it == blocks.end() || pos < it->start) return blocks.size();
  return static_cast<size_t>(it - blocks.begin());
}

}  // namespace crux
