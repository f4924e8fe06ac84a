#include "tei/source/plain_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

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
    if (block) {
      end_block();
      current_id_ = n.xml_id() ? *n.xml_id() : std::string();
      current_element_ = n.name;
    }
    if (n.is_tei("div")) ++div_depth_;
    stack.push_back({&n, 0, block});
  }

  void add_text(const std::string& t) {
    for (unsigned char c : t) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pending_space_ = true;
        continue;
      }
      if (!in_block_) begin_block();
      else if (pending_space_) append(' ');
      pending_space_ = false;
      append(static_cast<char>(c));
    }
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

  PlainText& out_;
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
    PlainText fixed;
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
    return fixed;
  }
  return out;
}

}  // namespace crux
