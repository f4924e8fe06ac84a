#include "tei/import/html_to_document.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tei/import/html_blocks.h"
#include "tei/import/html_citations.h"
#include "tei/import/html_inline_builder.h"

namespace crux {
namespace {

enum class FrameKind { Sink, Heading, List, ListItem, Table, Row, Cell, Quote };

// A structural element being read. Sinks send finished blocks on at once (to
// the body, or to the boilerplate with their reason); the others collect
// them until the element ends.
struct Frame {
  Frame(FrameKind k, HtmlConversion& c) : kind(k), inl(c.citations, c.control_chars_removed) {}
  FrameKind kind;
  const char* reason = nullptr;  // Sink: nullptr = body
  int level = 0;                 // Heading: 1..6; List: 1 = ordered; Cell: 1 = header cell
  std::vector<Block> blocks;
  InlineBuilder inl;
};

// What to do when an element ends.
enum Exit : unsigned {
  kCloseInline = 1,
  kEndPre = 2,
  kFlush = 4,
  kPopFrame = 8,
  kLeaveArticle = 16,
};

struct Visit {
  const GumboNode* node;
  unsigned next;
  unsigned exit;
};

bool dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER: case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_RT: case GUMBO_TAG_RP:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_TITLE: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME:
      return true;
    default:
      return false;
  }
}

// Elements that end the paragraph before them and after them.
bool block_level(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_FORM: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_MULTICOL:
      return true;
    default:
      return false;
  }
}

const char* emphasis(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN: case GUMBO_TAG_VAR:
      return "italic";
    case GUMBO_TAG_STRONG: case GUMBO_TAG_B: return "bold";
    case GUMBO_TAG_U: case GUMBO_TAG_INS: return "underline";
    case GUMBO_TAG_S: case GUMBO_TAG_STRIKE: case GUMBO_TAG_DEL: return "strikethrough";
    case GUMBO_TAG_SUP: return "superscript";
    case GUMBO_TAG_SUB: return "subscript";
    default: return nullptr;
  }
}

class Walker {
 public:
  Walker(const PageOutline& outline, bool strip, bool semantic)
      : outline_(outline), strip_(strip), semantic_(semantic) {
    frames_.emplace_back(FrameKind::Sink, out_);
    // With a content root, what is not inside it is the site around the text.
    if (semantic_ && outline_.content_root) frames_.back().reason = "outside-article";
  }

  HtmlConversion run(const GumboNode* root) {
    std::vector<Visit> stack;
    if (unsigned exit = enter(root); exit != ~0u) stack.push_back({root, 0, exit});
    while (!stack.empty()) {
      Visit& v = stack.back();
      const GumboVector& kids = v.node->v.element.children;
      if (v.next < kids.length) {
        auto* child = static_cast<const GumboNode*>(kids.data[v.next++]);
        unsigned exit = enter(child);  // may grow the stack: v is not used after this
        if (exit == ~0u) continue;
        if (child->v.element.children.length > 0) stack.push_back({child, 0, exit});
        else leave(exit);
        continue;
      }
      unsigned exit = v.exit;
      stack.pop_back();
      leave(exit);
    }
    while (frames_.size() > 1) pop_frame();
    flush();
    return std::move(out_);
  }

 private:
  Frame& cur() { return frames_.back(); }

  // Handles the start of a node; returns the exit actions of an element whose
  // children are to be read, or ~0u for anything else (text, skipped elements).
  unsigned enter(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: cur().inl.text(node->v.text.text); return ~0u;
      case GUMBO_NODE_ELEMENT: break;
      default: return ~0u;  // comments, <template> contents, the document
    }
    const GumboTag tag = node->v.element.tag;
    if (dropped(tag)) return ~0u;
    unsigned exit = 0;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
      ++in_article_;
      exit |= kLeaveArticle;
    }
    if (semantic_ && frames_.size() < kMaxBlockDepth) {
      const char* reason = node == outline_.content_root ? nullptr : boilerplate_reason(node, in_article_ > 0, outline_);
      if (node == outline_.content_root || reason) {
        push_frame(FrameKind::Sink).reason = reason;
        return exit | kFlush | kPopFrame;
      }
    }
    const bool room = frames_.size() < kMaxBlockDepth;
    switch (tag) {
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
        if (!room) break;
        push_frame(FrameKind::Heading).level = 1 + static_cast<int>(tag) - static_cast<int>(GUMBO_TAG_H1);
        return exit | kFlush | kPopFrame;
      case GUMBO_TAG_BLOCKQUOTE:
        if (!room) break;
        push_frame(FrameKind::Quote);
        return exit | kFlush | kPopFrame;
      case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
        if (!room) break;
        push_frame(FrameKind::List).level = tag == GUMBO_TAG_OL ? 1 : 0;
        return exit | kFlush | kPopFrame;
      case GUMBO_TAG_LI:
        if (!room || cur().kind != FrameKind::List) break;
        push_frame(FrameKind::ListItem);
        return exit | kFlush | kPopFrame;
      case GUMBO_TAG_TABLE:
        if (!room) break;
        push_frame(FrameKind::Table);
        return exit | kFlush | kPopFrame;
      case GUMBO_TAG_TR:
        if (!room || cur().kind != FrameKind::Table) break;
        push_frame(FrameKind::Row);
        return exit | kFlush | kPopFrame;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        if (!room || cur().kind != FrameKind::Row) break;
        push_frame(FrameKind::Cell).level = tag == GUMBO_TAG_TH ? 1 : 0;
        return exit | kFlush | kPopFrame;
      case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
        flush();
        cur().inl.begin_pre();
        return exit | kEndPre;
      case GUMBO_TAG_HR: flush(); return exit;
      case GUMBO_TAG_BR:
        if (cur().inl.line_break()) flush();  // <br><br> ends a paragraph
        return exit;
      case GUMBO_TAG_A:
      case GUMBO_TAG_SUP:
        if (std::optional<std::string> mark = citation_mark(node)) {
          cur().inl.citation(std::move(*mark));
          return ~0u;
        }
        break;
      default: break;
    }
    if (block_level(tag) || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) || tag == GUMBO_TAG_BLOCKQUOTE ||
        tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_MENU || tag == GUMBO_TAG_DIR ||
        tag == GUMBO_TAG_TABLE) {
      flush();
      return exit | kFlush;
    }
    if (tag == GUMBO_TAG_A) {
      std::string_view href = attribute(node, "href");
      if (!href.empty() && href.substr(0, 11) != "javascript:" && cur().inl.open(InlineKind::Link, std::string(href)))
        exit |= kCloseInline;
    } else if (const char* rend = emphasis(tag)) {
      if (cur().inl.open(InlineKind::Emphasis, rend)) exit |= kCloseInline;
    }
    return exit;
  }

  void leave(unsigned exit) {
    if (exit & kCloseInline) cur().inl.close();
    if (exit & kEndPre) {
      flush();
      cur().inl.end_pre();
    }
    if (exit & kFlush) flush();
    if (exit & kPopFrame) pop_frame();
    if (exit & kLeaveArticle) --in_article_;
  }

  Frame& push_frame(FrameKind kind) {
    flush();
    frames_.emplace_back(kind, out_);
    return frames_.back();
  }

  // The loose text read so far becomes a paragraph.
  void flush() {
    std::vector<Inline> content = cur().inl.take();
    if (content.empty()) return;
    Block p;
    p.content = std::move(content);
    emit(std::move(p));
  }

  void emit(Block block) {
    Frame& f = cur();
    if (f.kind != FrameKind::Sink) {
      f.blocks.push_back(std::move(block));
    } else if (!f.reason) {
      out_.doc.body.push_back(std::move(block));
    } else {
      ++out_.boilerplate_moved;
      if (!strip_) out_.doc.boilerplate.push_back({f.reason, std::move(block)});
    }
  }

  void pop_frame() {
    flush();
    Frame f = std::move(frames_.back());
    frames_.pop_back();
    bool data_table = false;
    switch (f.kind) {
      case FrameKind::Sink: break;
      case FrameKind::Heading:
        for (Block& b : finish_heading(std::move(f.blocks), f.level)) emit(std::move(b));
        break;
      case FrameKind::List:
        if (auto b = finish_list(std::move(f.blocks), f.level == 1)) emit(std::move(*b));
        break;
      case FrameKind::ListItem:
        if (auto b = finish_list_item(std::move(f.blocks))) emit(std::move(*b));
        break;
      case FrameKind::Quote:
        if (auto b = finish_quote(std::move(f.blocks))) emit(std::move(*b));
        break;
      case FrameKind::Table:
        for (Block& b : finish_table(std::move(f.blocks), &data_table)) emit(std::move(b));
        break;
      case FrameKind::Row: emit(finish_row(std::move(f.blocks))); break;
      case FrameKind::Cell: emit(finish_cell(std::move(f.blocks), f.level == 1)); break;
    }
  }

  const PageOutline& outline_;
  const bool strip_, semantic_;
  HtmlConversion out_;
  std::vector<Frame> frames_;
  size_t in_article_ = 0;
};

}  // namespace

HtmlConversion html_to_document(const GumboNode* root, const PageOutline& outline, bool strip, bool semantic) {
  HtmlConversion out = Walker(outline, strip, semantic).run(root);
  refine_boilerplate_reasons(out.doc.boilerplate);
  return out;
}

}  // namespace crux
