#include "tei/source/source_header.h"

namespace crux {
namespace {

std::string text_of(const XmlNode* n) { return n ? collapse_whitespace(n->string_value()) : std::string(); }

const XmlNode* typed_child(const XmlNode* parent, const char* name, const char* type) {
  if (!parent) return nullptr;
  for (const auto& c : parent->children)
    if (c->is_tei(name) && c->attr_or("type", "") == type) return c.get();
  return nullptr;
}

}  // namespace

SourceMeta read_source_meta(const XmlDocument& doc) {
  SourceMeta m;
  const XmlNode* root = doc.root.get();
  if (!root) return m;
  const XmlNode* header = root->child("teiHeader");
  const XmlNode* file_desc = header ? header->child("fileDesc") : nullptr;
  const XmlNode* title_stmt = file_desc ? file_desc->child("titleStmt") : nullptr;
  if (title_stmt) {
    m.title = text_of(title_stmt->child("title"));
    m.author = text_of(title_stmt->child("author"));
  }
  const XmlNode* source_desc = file_desc ? file_desc->child("sourceDesc") : nullptr;
  const XmlNode* bibl = source_desc ? source_desc->child("bibl") : nullptr;
  if (bibl) {
    m.original_file = text_of(typed_child(bibl, "idno", "filename"));
    m.provenance = text_of(typed_child(bibl, "note", "provenance"));
    m.reliability = text_of(typed_child(bibl, "note", "reliability"));
    m.import_note = text_of(typed_child(bibl, "note", "import"));
    if (const XmlNode* d = bibl->child("date")) m.date = d->attr_or("when", text_of(d));
  }
  const XmlNode* enc = header ? header->child("encodingDesc") : nullptr;
  const XmlNode* app_info = enc ? enc->child("appInfo") : nullptr;
  if (app_info) {
    for (const auto& a : app_info->children) {
      if (a->is_tei("application") && a->attr_or("ident", "") == "crux") {
        m.crux_version = a->attr_or("version", "");
        m.import_date = a->attr_or("when", "");
        if (const XmlNode* d = a->child("desc")) {
          // "Converted to TEI by Crux's html importer."
          std::string desc = text_of(d);
          auto q = desc.find("Crux's ");
          if (q != std::string::npos) m.original_format = desc.substr(q + 7, desc.find(' ', q + 7) - q - 7);
        }
      }
    }
  }
  const XmlNode* profile = header ? header->child("profileDesc") : nullptr;
  if (profile) {
    if (const XmlNode* creation = profile->child("creation")) {
      if (m.date.empty())
        if (const XmlNode* d = creation->child("date")) m.date = d->attr_or("when", text_of(d));
      m.audience = text_of(typed_child(creation, "name", "audience"));
      m.commissioner = text_of(typed_child(creation, "name", "commissioner"));
    }
    if (const XmlNode* lu = profile->child("langUsage"))
      if (const XmlNode* l = lu->child("language")) m.lang = l->attr_or("ident", "");
    if (const XmlNode* tc = profile->child("textClass")) {
      if (const XmlNode* kw = tc->child("keywords")) {
        m.type = text_of(typed_child(kw, "term", "source-type"));
        m.perspective = text_of(typed_child(kw, "term", "perspective"));
        m.distance = text_of(typed_child(kw, "term", "distance"));
      }
    }
  }
  // <text xml:lang> is authoritative for the language of the reading text.
  if (const XmlNode* text = root->find_first("text")) {
    if (const std::string* l = text->attr("lang", kXmlNs)) m.lang = *l;
  }
  if (m.lang.empty())
    if (const std::string* l = root->attr("lang", kXmlNs)) m.lang = *l;
  return m;
}

}  // namespace crux
