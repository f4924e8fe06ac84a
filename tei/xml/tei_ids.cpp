// add_missing_tei_ids: the parse tells which elements need an id and in what
// order; a byte scanner over the start tags tells where to insert it. The two
// must agree tag for tag, or nothing is written (an internal error).
#include "tei/xml/tei_ids.h"

#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "tei/base/error.h"
#include "tei/xml/start_tag_scanner.h"
#include "tei/xml/xml_encoding.h"
#include "tei/xml/xml_reader.h"

namespace crux {

namespace {

// Block-level TEI elements that get an id when they lack one (inside <text>).
// Not phrase-level ones (seg, hi...): claims are anchored in blocks.
bool needs_id(std::string_view local) {
  static const std::unordered_set<std::string_view> kBlocks = {
      "div",      "p",         "head",      "sp",        "speaker",  "stage",    "l",         "lg",
      "item",     "list",      "table",     "row",       "cell",     "quote",    "note",      "castList",
      "castItem", "castGroup", "role",      "roleDesc",  "set",      "ab",       "fw",        "figure",
      "trailer",  "epigraph",  "byline",    "dateline",  "opener",   "closer",   "salute",    "signed",
      "front",    "body",      "back",      "argument",  "docTitle", "titlePart", "docAuthor", "titlePage",
      "performance", "prologue", "epilogue", "floatingText", "u"};
  return kBlocks.count(local) > 0;
}

// xml:id values must be NCNames; the source id is their prefix.
bool is_ncname_prefix(const std::string& s) {
  if (s.empty()) return false;
  auto c0 = static_cast<unsigned char>(s[0]);
  if (!(std::isalpha(c0) || c0 == '_' || c0 >= 0x80)) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80)) return false;
  return true;
}

std::string_view local_part(std::string_view qname) {
  size_t colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

struct Element {
  const XmlNode* node;
  bool in_text;  // a descendant of a TEI <text>
};

// All elements in document order (start-tag order), without recursion.
std::vector<Element> elements_in_order(const XmlNode& root) {
  std::vector<Element> out;
  std::vector<Element> stack{{&root, false}};
  while (!stack.empty()) {
    Element e = stack.back();
    stack.pop_back();
    out.push_back(e);
    bool children_in_text = e.in_text || e.node->is_tei("text");
    for (auto it = e.node->children.rbegin(); it != e.node->children.rend(); ++it)
      if ((*it)->is_element()) stack.push_back({it->get(), children_in_text});
  }
  return out;
}

}  // namespace

IdInsertionResult add_missing_tei_ids(std::string_view xml, const std::string& source_id, const std::string& file) {
  XmlDocument doc = parse_xml(xml, file);
  return add_missing_tei_ids(doc, xml, source_id);
}

IdInsertionResult add_missing_tei_ids(const XmlDocument& doc, std::string_view xml, const std::string& source_id) {
  const std::string& file = doc.file;
  if (!is_ncname_prefix(source_id))
    throw internal_error("the source id \"" + source_id + "\" cannot start an xml:id");
  if (!sniff_xml_encoding(xml).utf8)
    throw internal_error(file + ": ids can only be added to UTF-8 XML (convert it with xml_to_utf8 first)");

  std::vector<Element> elements = elements_in_order(*doc.root);
  std::unordered_set<std::string> ids;
  for (const Element& e : elements)
    if (const std::string* id = e.node->xml_id()) ids.insert(*id);

  std::vector<StartTag> tags;
  if (!scan_start_tags(xml, tags) || tags.size() != elements.size())
    throw internal_error(file + ": the start tags found in the bytes (" + std::to_string(tags.size()) +
                         ") do not match the parsed elements (" + std::to_string(elements.size()) + ")");

  // Numbering per local name in document order, skipping numbers whose id
  // the file already uses.
  std::unordered_map<std::string, size_t> next;
  std::vector<std::pair<size_t, std::string>> inserts;  // (byte offset, text)
  for (size_t k = 0; k < elements.size(); ++k) {
    const XmlNode& n = *elements[k].node;
    if (local_part(tags[k].qname) != n.name)
      throw internal_error(file + ": start tag <" + std::string(tags[k].qname) + "> found where the parse has <" +
                           n.name + ">");
    if (!elements[k].in_text || n.ns != kTeiNs || !needs_id(n.name) || n.xml_id()) continue;
    size_t& counter = next[n.name];
    std::string id;
    do id = source_id + "." + n.name + std::to_string(++counter);
    while (ids.count(id));
    ids.insert(id);
    inserts.emplace_back(tags[k].insert_at, " xml:id=\"" + id + "\"");
  }

  IdInsertionResult result;
  result.ids_added = inserts.size();
  size_t extra = 0;
  for (const auto& [at, text] : inserts) extra += text.size();
  result.xml.reserve(xml.size() + extra);
  size_t pos = 0;
  for (const auto& [at, text] : inserts) {
    result.xml.append(xml.substr(pos, at - pos));
    result.xml += text;
    pos = at;
  }
  result.xml.append(xml.substr(pos));
  return result;
}

}  // namespace crux
