// The importer of existing TEI P5: the file is kept as it is (header, ids,
// processing instructions, comments, layout), converted to UTF-8 if it was
// in another encoding, and only the missing xml:ids of its blocks are added
// (tei_ids.h), so that claims can be anchored anywhere in it.
#include <string_view>

#include "tei/base/error.h"
#include "tei/import/importers.h"
#include "tei/xml/id_checks.h"
#include "tei/xml/tei_ids.h"
#include "tei/xml/xml_encoding.h"
#include "tei/xml/xml_reader.h"
#include "tei/xml/xml_sniff.h"

namespace crux {
namespace {

// A name as a person reads it: the first persName if there is one (DraCor
// gives the name in several languages), else the text without ids and notes.
std::string name_text(const XmlNode& n) {
  if (const XmlNode* pers = n.child("persName")) return collapse_whitespace(pers->string_value());
  std::string text;
  for (const auto& c : n.children)
    if (!c->is_tei("idno") && !c->is_tei("note")) {
      if (c->kind == XmlNode::Kind::Text) {
        text += c->text;
      } else {
        text += ' ';
        text += c->string_value();
        text += ' ';
      }
    }
  return collapse_whitespace(text);
}

std::string date_text(const XmlNode& d) {
  for (const char* attr : {"when", "notBefore", "from", "notAfter", "to"})
    if (const std::string* v = d.attr(attr); v && !v->empty()) return *v;
  return collapse_whitespace(d.string_value());
}

const XmlNode* path(const XmlNode* n, std::initializer_list<const char*> steps) {
  for (const char* s : steps) n = n ? n->child(s) : nullptr;
  return n;
}

// The language in force at `n`: xml:lang on it or its nearest ancestor.
std::string language_at(const XmlNode* n) {
  for (; n; n = n->parent)
    if (const std::string* lang = n->attr("lang", kXmlNs); lang && !lang->empty()) return *lang;
  return {};
}

struct Counts {
  size_t paragraphs = 0, headings = 0, list_items = 0, tables = 0, speeches = 0, texts = 0;
  const XmlNode* first_text = nullptr;
};

// Elements inside TEI <text> (nested texts counted once), without recursion.
Counts count_blocks(const XmlNode& root) {
  Counts c;
  std::vector<std::pair<const XmlNode*, bool>> stack{{&root, false}};
  while (!stack.empty()) {
    auto [n, in_text] = stack.back();
    stack.pop_back();
    if (n->is_tei("text")) {
      if (!c.first_text) c.first_text = n;
      if (!in_text) ++c.texts;
      in_text = true;
    } else if (in_text && n->ns == kTeiNs) {
      c.paragraphs += n->name == "p";
      c.headings += n->name == "head";
      c.list_items += n->name == "item";
      c.tables += n->name == "table";
      c.speeches += n->name == "sp";
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
      if ((*it)->is_element()) stack.push_back({it->get(), in_text});
  }
  return c;
}

void find_metadata(const XmlNode& root, SourceMeta& found) {
  const XmlNode& tei = root.is_tei("teiCorpus") && !root.child("teiHeader") && root.child("TEI") ? *root.child("TEI") : root;
  const XmlNode* file_desc = path(&tei, {"teiHeader", "fileDesc"});
  const XmlNode* title_stmt = path(file_desc, {"titleStmt"});
  const XmlNode* source_desc = path(file_desc, {"sourceDesc"});
  auto first = [](const XmlNode* in, const char* name) { return in ? in->find_first(name) : nullptr; };
  if (const XmlNode* t = title_stmt ? title_stmt->child("title") : nullptr) found.title = collapse_whitespace(t->string_value());
  if (found.title.empty())
    if (const XmlNode* t = first(source_desc, "title")) found.title = collapse_whitespace(t->string_value());
  if (const XmlNode* a = title_stmt ? title_stmt->child("author") : nullptr) found.author = name_text(*a);
  if (found.author.empty())
    if (const XmlNode* a = first(source_desc, "author")) found.author = name_text(*a);
  if (const XmlNode* d = first(source_desc, "date")) found.date = date_text(*d);
  if (found.date.empty())
    if (const XmlNode* d = first(path(&tei, {"teiHeader", "profileDesc", "creation"}), "date")) found.date = date_text(*d);
}

class TeiImporter final : public Importer {
 public:
  std::string format() const override { return "tei"; }

  int sniff(std::string_view head, const std::string&) const override {
    XmlRootName root = sniff_xml_root(head);
    bool tei_name = root.local == "TEI" || root.local == "teiCorpus";
    if (tei_name && root.ns == kTeiNs) return 100;
    // TEI P4 (no namespace) or a root tag longer than the head: run() parses
    // and says why it cannot import it, rather than letting it pass as text.
    if (tei_name || root.local == "TEI.2" || root.local == "teiCorpus.2") return 60;
    return 0;
  }

  ImportResult run(const std::string& filename, std::string_view bytes, const ImportOptions& options,
                   const SourceMeta& meta) const override {
    ImportResult result;
    ImportReport& r = result.report;
    r.file = filename;
    r.format = "tei";

    XmlEncoding enc;
    std::string utf8 = xml_to_utf8(bytes, filename, &enc);
    r.encoding = enc.name;
    r.encoding_source = enc.source;
    r.encoding_confidence = 100;
    if (!enc.utf8)
      r.warnings.push_back("converted from " + enc.name + " to UTF-8 (the XML declaration now says UTF-8)");
    if (!options.encoding.empty())
      r.warnings.push_back("--encoding is ignored for TEI: an XML file states its own encoding");

    XmlDocument doc = parse_xml(utf8, filename);
    const XmlNode& root = *doc.root;
    if (!root.is_tei("TEI") && !root.is_tei("teiCorpus")) {
      if (root.name == "TEI" || root.name == "TEI.2" || root.name == "teiCorpus" || root.name == "teiCorpus.2")
        throw bad_input(filename, "this is TEI without the TEI P5 namespace (" + std::string(kTeiNs) +
                                      "), e.g. TEI P4; Crux imports TEI P5 only");
      throw bad_input(filename, "the root element is <" + root.name + ">, not <TEI> or <teiCorpus> of TEI P5");
    }

    std::vector<ValidationProblem> id_problems;
    check_unique_ids(doc, id_problems);
    if (!id_problems.empty())
      r.warnings.push_back(std::to_string(id_problems.size()) + " xml:ids are used more than once (first: " +
                           id_problems[0].to_string() + "); `crux validate` lists them");

    Counts counts = count_blocks(root);
    r.paragraphs = counts.paragraphs;
    r.headings = counts.headings;
    r.list_items = counts.list_items;
    r.tables = counts.tables;
    r.warnings.push_back("found " + std::to_string(counts.paragraphs) + " paragraphs (p), " +
                         std::to_string(counts.headings) + " headings (head), " + std::to_string(counts.list_items) +
                         " list items (item), " + std::to_string(counts.tables) + " tables and " +
                         std::to_string(counts.speeches) + " speeches (sp) in <text>");
    if (root.is_tei("teiCorpus")) {
      std::vector<const XmlNode*> members;
      root.find_all("TEI", members);
      r.warnings.push_back("a teiCorpus of " + std::to_string(members.size()) +
                           " TEI documents is imported as one source, kept as it is");
    }

    std::string lang = language_at(counts.first_text ? counts.first_text : &root);
    if (!lang.empty()) {
      r.language = lang;
      r.language_source = "document";
      r.language_confidence = 100;
    } else if (!options.lang.empty()) {
      r.language = options.lang;
      r.language_source = "given";
      r.language_confidence = 100;
    } else {
      r.warnings.push_back("the document does not state its language (xml:lang on <text> or <TEI>); give --lang");
    }

    IdInsertionResult with_ids = add_missing_tei_ids(doc, utf8, meta.id);
    r.ids_added = with_ids.ids_added;
    result.tei = std::move(with_ids.xml);

    find_metadata(root, result.found);
    result.found.lang = r.language;
    result.found.original_file = filename;
    result.found.original_format = "tei";
    result.found.encoding = enc.name;
    result.found.encoding_confidence = 100;
    return result;
  }
};

}  // namespace

std::unique_ptr<Importer> make_tei_importer() { return std::make_unique<TeiImporter>(); }

}  // namespace crux
