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

void write_inlines(XmlNode& parent, const std::vector<Inline>& content) {
  for (const Inline& in : content) {
    switch (in.kind) {
      case InlineKind::Text: parent.add_text(in.text); break;
      case InlineKind::Citation: {
        XmlNode& r = tei(parent, "ref");
        set_attr(r, "type", "citation");
        r.add_text(in.text);
        break;
      }
      case InlineKind::Emphasis: {
        XmlNode& h = tei(parent, "hi");
        set_attr(h, "rend", in.attr.empty() ? "italic" : in.attr);
        write_inlines(h, in.children);
        break;
      }
      case InlineKind::Link: {
        XmlNode& r = tei(parent, "ref");
        if (!in.attr.empty()) set_attr(r, "target", in.attr);
        write_inlines(r, in.children);
        break;
      }
      case InlineKind::LineBreak:
        tei(parent, "lb");
        parent.add_text("\n");
        break;
    }
  }
}

void write_block(XmlNode& parent, const Block& b, IdCounter& ids);

void write_children(XmlNode& parent, const std::vector<Block>& blocks, IdCounter& ids) {
  for (const Block& c : blocks) write_block(parent, c, ids);
}

void write_block(XmlNode& parent, const Block& b, IdCounter& ids) {
  auto element = [&](const char* name) -> XmlNode& {
    XmlNode& e = tei(parent, name);
    set_attr(e, "id", ids.next(name), kXmlNs);
    return e;
  };
  switch (b.kind) {
    case BlockKind::Heading:  // Only reached inside lists, tables and quotes, where TEI has no <head>.
    case BlockKind::Paragraph: {
      XmlNode& p = element("p");
      write_inlines(p, b.content);
      break;
    }
    case BlockKind::List: {
      if (b.children.empty()) break;  // TEI has no empty lists
      XmlNode& l = element("list");
      set_attr(l, "rend", b.attr == "ordered" ? "numbered" : "bulleted");
      write_children(l, b.children, ids);
      break;
    }
    case BlockKind::ListItem: {
      XmlNode& item = element("item");
      write_inlines(item, b.content);
      write_children(item, b.children, ids);
      break;
    }
    case BlockKind::Table: {
      if (b.children.empty()) break;
      XmlNode& t = element("table");
      write_children(t, b.children, ids);
      break;
    }
    case BlockKind::Row: {
      if (b.children.empty()) break;
      XmlNode& r = element("row");
      write_children(r, b.children, ids);
      break;
    }
    case BlockKind::Cell: {
      XmlNode& c = element("cell");
      if (b.attr == "label") set_attr(c, "role", "label");
      write_inlines(c, b.content);
      break;
    }
    case BlockKind::Quote: {
      XmlNode& q = element("quote");
      write_children(q, b.children, ids);
      if (b.children.empty()) {
        XmlNode& p = tei(q, "p");
        set_attr(p, "id", ids.next("p"), kXmlNs);
        write_inlines(p, b.content);
      }
      break;
    }
  }
}

// Headings open nested divs by level; everything after a heading belongs to
// its div, so the body never has a paragraph after a div (as TEI requires).
void write_body(XmlNode& body, const std::vector<Block>& blocks, IdCounter& ids) {
  std::vector<std::pair<int, XmlNode*>> open;  // (heading level, div)
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::Heading) {
      int level = b.level < 1 ? 1 : b.level;
      while (!open.empty() && open.back().first >= level) open.pop_back();
      XmlNode& parent = open.empty() ? body : *open.back().second;
      XmlNode& div = tei(parent, "div");
      set_attr(div, "id", ids.next("div"), kXmlNs);
      XmlNode& head = tei(div, "head");
      set_attr(head, "id", ids.next("head"), kXmlNs);
      write_inlines(head, b.content);
      open.push_back({level, &div});
    } else {
      write_block(open.empty() ? body : *open.back().second, b, ids);
    }
  }
  if (body.children.empty()) {  // TEI needs some content; an empty source still gets a paragraph.
    XmlNode& p = tei(body, "p");
    set_attr(p, "id", ids.next("p"), kXmlNs);
  }
}

void write_back(XmlNode& text, const std::vector<BoilerplateBlock>& boilerplate, IdCounter& ids) {
  if (boilerplate.empty()) return;
  XmlNode& back = tei(text, "back");
  XmlNode& outer = tei(back, "div");
  set_attr(outer, "type", "boilerplate");
  // Consecutive blocks with the same reason share one div.
  XmlNode* current = nullptr;
  std::string current_reason;
  for (const BoilerplateBlock& bp : boilerplate) {
    if (!current || bp.reason != current_reason) {
      current = &tei(outer, "div");
      set_attr(*current, "type", "boilerplate");
      set_attr(*current, "subtype", bp.reason.empty() ? "other" : slugify(bp.reason));
      current_reason = bp.reason;
    }
    Block block = bp.block;
    if (block.kind == BlockKind::Heading) block.kind = BlockKind::Paragraph;
    write_block(*current, block, ids);
  }
}

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
  XmlNode root;
  root.ns = kTeiNs;
  root.name = "TEI";
  write_tei_header(root, meta);
  XmlNode& text = tei(root, "text");
  set_attr(text, "lang", bcp47(meta.lang), kXmlNs);
  IdCounter ids(meta.id);
  write_body(tei(text, "body"), doc.body, ids);
  write_back(text, doc.boilerplate, ids);
  // Blocks are written on one line whatever they hold: indentation inside a
  // paragraph of only <hi> would become part of its text.
  XmlWriteOptions o;
  o.one_line_elements = {"p", "head", "item", "cell", "note", "label"};
  return serialize_xml(root, o);
}

}  // namespace crux
