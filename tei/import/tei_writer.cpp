#include "tei/import/tei_writer.h"

#include <unicode/locid.h>

#include <map>
#include <utility>
#include <vector>

#include "tei/base/slug.h"
#include "tei/xml/xml_writer.h"

namespace crux {
namespace {

// Hands out "<sid>.<element><n>" per element name, in document order.
class IdCounter {
 public:
  explicit IdCounter(std::string sid) : sid_(std::move(sid)) {}
  std::string next(const std::string& element) { return sid_ + "." + element + std::to_string(++counts_[element]); }

 private:
  std::string sid_;
  std::map<std::string, int> counts_;
};

XmlNode& tei(XmlNode& parent, const char* name) { return parent.add_element(kTeiNs, name); }

void set_attr(XmlNode& n, const std::string& name, const std::string& value, const std::string& ns = {}) {
  n.attributes.push_back({ns, name, value});
}

void text_element(XmlNode& parent, const char* name, const std::string& text) {
  XmlNode& e = tei(parent, name);
  if (!text.empty()) e.add_text(text);
}

// True for "1917", "1917-10", "1917-10-25": values TEI accepts in @when.
bool is_iso_date(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    if (s.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  auto num = [&](size_t from, size_t n) { return std::stoi(s.substr(from, n)); };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4) || s[4] != '-' || !digits(5, 2) || num(5, 2) < 1 || num(5, 2) > 12) return false;
  if (s.size() == 7) return true;
  return s[7] == '-' && digits(8, 2) && num(8, 2) >= 1 && num(8, 2) <= 31;
}

// "pt_BR" → "pt-BR"; "" → "und".
std::string bcp47(std::string code) {
  if (code.empty()) return "und";
  for (char& c : code)
    if (c == '_') c = '-';
  return code;
}

void date_element(XmlNode& parent, const std::string& date) {
  XmlNode& d = tei(parent, "date");
  if (is_iso_date(date)) set_attr(d, "when", date);
  d.add_text(date);
}

// The text is written straight to the output (no tree: for a 100 MB source
// a tree would cost most of a gigabyte), in exactly the layout the tree
// serialiser uses: elements that hold blocks are indented one per line;
// p, head, item and cell are written on one line with all they hold.
class BodyWriter {
 public:
  BodyWriter(std::string& out, IdCounter& ids) : out_(out), ids_(ids) {}

  void inlines(const std::vector<Inline>& content) {
    for (const Inline& in : content) {
      switch (in.kind) {
        case InlineKind::Text: append_escaped_text(out_, in.text); break;
        case InlineKind::Citation:
          out_ += "<ref type=\"citation\">";
          append_escaped_text(out_, in.text);
          out_ += "</ref>";
          break;
        case InlineKind::Emphasis:
          out_ += "<hi rend=\"";
          append_escaped_attribute(out_, in.attr.empty() ? std::string("italic") : in.attr);
          out_ += "\">";
          inlines(in.children);
          out_ += "</hi>";
          break;
        case InlineKind::Link:
          if (in.attr.empty()) {
            out_ += "<ref>";
          } else {
            out_ += "<ref target=\"";
            append_escaped_attribute(out_, in.attr);
            out_ += "\">";
          }
          inlines(in.children);
          out_ += "</ref>";
          break;
        case InlineKind::LineBreak: out_ += "<lb/>\n"; break;
      }
    }
  }

  // "<name xml:id="..." extra>" (without the closing '>'), indented unless inline.
  void start(const char* name, int depth, bool in_line, const std::string& extra = {}, bool with_id = true) {
    if (!in_line) out_.append(static_cast<size_t>(depth) * 2, ' ');
    out_ += '<';
    out_ += name;
    if (with_id) {
      out_ += " xml:id=\"";
      append_escaped_attribute(out_, ids_.next(name));
      out_ += '"';
    }
    out_ += extra;
  }
  void open_line(const char* name, int depth, const std::string& extra = {}, bool with_id = true) {
    start(name, depth, false, extra, with_id);
    out_ += ">\n";
  }
  void close_line(const char* name, int depth) {
    out_.append(static_cast<size_t>(depth) * 2, ' ');
    out_ += "</";
    out_ += name;
    out_ += ">\n";
  }

  // A one-line element: inline content, then any nested blocks, on one line.
  void one_line(const char* name, int depth, bool in_line, const std::string& extra, const Block& b) {
    start(name, depth, in_line, extra);
    if (b.content.empty() && b.children.empty()) {
      out_ += "/>";
    } else {
      out_ += '>';
      inlines(b.content);
      for (const Block& c : b.children) block(c, depth + 1, true);
      out_ += "</";
      out_ += name;
      out_ += '>';
    }
    if (!in_line) out_ += '\n';
  }

  void block(const Block& b, int depth, bool in_line) {
    auto container = [&](const char* name, const std::string& extra) {
      if (in_line) {
        start(name, depth, true, extra);
        out_ += '>';
        for (const Block& c : b.children) block(c, depth + 1, true);
        out_ += "</";
        out_ += name;
        out_ += '>';
      } else {
        open_line(name, depth, extra);
        for (const Block& c : b.children) block(c, depth + 1, false);
        close_line(name, depth);
      }
    };
    switch (b.kind) {
      case BlockKind::Heading:  // Only reached inside lists, tables and quotes, where TEI has no <head>.
      case BlockKind::Paragraph: {
        Block leaf = b;
        leaf.children.clear();
        one_line("p", depth, in_line, {}, leaf);
        break;
      }
      case BlockKind::List:
        if (!b.children.empty())  // TEI has no empty lists
          container("list", b.attr == "ordered" ? " rend=\"numbered\"" : " rend=\"bulleted\"");
        break;
      case BlockKind::ListItem: one_line("item", depth, in_line, {}, b); break;
      case BlockKind::Table:
        if (!b.children.empty()) container("table", {});
        break;
      case BlockKind::Row:
        if (!b.children.empty()) container("row", {});
        break;
      case BlockKind::Cell: {
        Block leaf = b;
        leaf.children.clear();
        one_line("cell", depth, in_line, b.attr == "label" ? " role=\"label\"" : "", leaf);
        break;
      }
      case BlockKind::Quote:
        if (b.children.empty()) {
          // A quotation without blocks: its text in one paragraph.
          Block q = b;
          Block p;
          p.kind = BlockKind::Paragraph;
          p.content = b.content;
          q.content.clear();
          q.children = {p};
          BodyWriter::block(q, depth, in_line);
        } else {
          container("quote", {});
        }
        break;
    }
  }

  // Headings open nested divs by level; everything after a heading belongs
  // to its div, so the body never has a paragraph after a div (as TEI
  // requires).
  void body(const std::vector<Block>& blocks, int depth) {
    open_line("body", depth, {}, false);
    std::vector<int> open;  // heading levels of the open divs
    bool any = false;
    for (const Block& b : blocks) {
      if (b.kind == BlockKind::Heading) {
        int level = b.level < 1 ? 1 : b.level;
        while (!open.empty() && open.back() >= level) {
          close_line("div", depth + static_cast<int>(open.size()));
          open.pop_back();
        }
        open.push_back(level);
        open_line("div", depth + static_cast<int>(open.size()));
        Block head = b;
        head.children.clear();
        one_line("head", depth + static_cast<int>(open.size()) + 1, false, {}, head);
        any = true;
      } else {
        size_t before = out_.size();
        block(b, depth + 1 + static_cast<int>(open.size()), false);
        any = any || out_.size() != before;
      }
    }
    while (!open.empty()) {
      close_line("div", depth + static_cast<int>(open.size()));
      open.pop_back();
    }
    if (!any) {  // TEI needs some content; an empty source still gets a paragraph.
      start("p", depth + 1, false);
      out_ += "/>\n";
    }
    close_line("body", depth);
  }

  void back(const std::vector<BoilerplateBlock>& boilerplate, int depth) {
    if (boilerplate.empty()) return;
    open_line("back", depth, {}, false);
    open_line("div", depth + 1, " type=\"boilerplate\"", false);
    // Consecutive blocks with the same reason share one div.
    bool in_group = false;
    std::string reason;
    for (const BoilerplateBlock& bp : boilerplate) {
      if (!in_group || bp.reason != reason) {
        if (in_group) close_line("div", depth + 2);
        std::string sub = bp.reason.empty() ? std::string("other") : slugify(bp.reason);
        open_line("div", depth + 2, " type=\"boilerplate\" subtype=\"" + sub + "\"", false);
        in_group = true;
        reason = bp.reason;
      }
      Block b = bp.block;
      if (b.kind == BlockKind::Heading) b.kind = BlockKind::Paragraph;
      block(b, depth + 3, false);
    }
    if (in_group) close_line("div", depth + 2);
    close_line("div", depth + 1);
    close_line("back", depth);
  }

 private:
  std::string& out_;
  IdCounter& ids_;
};

}  // namespace

void write_tei_header(XmlNode& root, const SourceMeta& m) {
  XmlNode& header = tei(root, "teiHeader");
  XmlNode& file_desc = tei(header, "fileDesc");
  XmlNode& title_stmt = tei(file_desc, "titleStmt");
  text_element(title_stmt, "title", m.title);
  if (!m.author.empty()) text_element(title_stmt, "author", m.author);
  XmlNode& pub = tei(file_desc, "publicationStmt");
  text_element(pub, "p", "Imported into a Crux project; not published.");

  XmlNode& bibl = tei(tei(file_desc, "sourceDesc"), "bibl");
  text_element(bibl, "title", m.title);
  if (!m.author.empty()) text_element(bibl, "author", m.author);
  if (!m.date.empty()) date_element(bibl, m.date);
  if (!m.original_file.empty()) {
    XmlNode& idno = tei(bibl, "idno");
    set_attr(idno, "type", "filename");
    idno.add_text(m.original_file);
  }
  auto note = [&](const char* type, const std::string& text) {
    if (text.empty()) return;
    XmlNode& n = tei(bibl, "note");
    set_attr(n, "type", type);
    n.add_text(text);
  };
  note("provenance", m.provenance);
  note("reliability", m.reliability);
  std::string import = !m.import_note.empty() ? m.import_note : "Imported by Crux " + m.crux_version + " on " + m.import_date + " from " +
                       (m.original_file.empty() ? std::string("an unnamed file") : m.original_file) + " (" +
                       m.original_format;
  if (m.import_note.empty()) {
    if (!m.encoding.empty()) import += ", encoding " + m.encoding;
    if (m.encoding_confidence > 0 && m.encoding_confidence < 100)
      import += ", detected with confidence " + std::to_string(static_cast<int>(m.encoding_confidence)) + "%";
    import += ").";
  }
  note("import", import);

  XmlNode& app = tei(tei(tei(header, "encodingDesc"), "appInfo"), "application");
  set_attr(app, "ident", "crux");
  set_attr(app, "version", m.crux_version);
  if (!m.import_date.empty()) set_attr(app, "when", m.import_date);
  text_element(app, "label", "Crux");
  text_element(app, "desc", "Converted to TEI by Crux's " + (m.original_format.empty() ? std::string("text") : m.original_format) + " importer.");

  XmlNode& profile = tei(header, "profileDesc");
  if (!m.date.empty() || !m.audience.empty() || !m.commissioner.empty()) {
    XmlNode& creation = tei(profile, "creation");
    if (!m.date.empty()) date_element(creation, m.date);
    auto name = [&](const char* type, const std::string& text) {
      if (text.empty()) return;
      XmlNode& n = tei(creation, "name");
      set_attr(n, "type", type);
      n.add_text(text);
    };
    name("audience", m.audience);
    name("commissioner", m.commissioner);
  }
  XmlNode& lang = tei(tei(profile, "langUsage"), "language");
  set_attr(lang, "ident", bcp47(m.lang));
  lang.add_text(language_name(m.lang));
  if (!m.type.empty() || !m.perspective.empty() || !m.distance.empty()) {
    XmlNode& keywords = tei(tei(profile, "textClass"), "keywords");
    auto term = [&](const char* type, const std::string& text) {
      if (text.empty()) return;
      XmlNode& t = tei(keywords, "term");
      set_attr(t, "type", type);
      t.add_text(text);
    };
    term("source-type", m.type);
    term("perspective", m.perspective);
    term("distance", m.distance);
  }
}

std::string language_name(const std::string& code) {
  if (code.empty() || code == "und") return "Undetermined";
  icu::Locale locale(code.c_str());
  icu::UnicodeString name;
  locale.getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? code : out;
}

std::string write_source_tei(const Document& doc, const SourceMeta& meta) {
  // The header through the tree (small), the text streamed after it.
  XmlNode root;
  root.ns = kTeiNs;
  root.name = "TEI";
  write_tei_header(root, meta);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"";
  out += kTeiNs;
  out += "\">\n  ";
  out += serialize_xml_fragment(*root.children.front(), 1, kTeiNs);
  out += "\n  <text xml:lang=\"";
  append_escaped_attribute(out, bcp47(meta.lang));
  out += "\">\n";
  IdCounter ids(meta.id);
  BodyWriter w(out, ids);
  w.body(doc.body, 2);
  w.back(doc.boilerplate, 2);
  out += "  </text>\n</TEI>\n";
  return out;
}

}  // namespace crux
