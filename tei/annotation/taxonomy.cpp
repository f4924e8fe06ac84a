#include "tei/annotation/taxonomy.h"

#include <algorithm>
#include <map>
#include <set>

#include "crux/version.h"
#include "tei/base/error.h"
#include "tei/xml/xml_reader.h"
#include "tei/xml/xml_writer.h"

namespace crux {

const Category* Taxonomy::find(const std::string& cid) const {
  for (const Category& c : categories)
    if (c.id == cid) return &c;
  return nullptr;
}
Category* Taxonomy::find(const std::string& cid) {
  return const_cast<Category*>(static_cast<const Taxonomy*>(this)->find(cid));
}

std::vector<std::string> Taxonomy::subtree(const std::string& root) const {
  std::vector<std::string> out{root};
  for (size_t i = 0; i < out.size(); ++i)
    for (const Category& c : categories)
      if (c.parent == out[i]) out.push_back(c.id);
  return out;
}

Taxonomy default_claim_taxonomy() {
  Taxonomy t{kClaimTaxonomy, "Claim types", {}};
  auto add = [&](const char* id, const char* label, const char* colour, const char* key, const char* desc) {
    t.categories.push_back({id, "", label, desc, colour, key, false});
  };
  add("event", "Event", "#1f77b4", "E", "Something the source says happened.");
  add("date", "Date or time", "#17becf", "D", "When something happened, as the source dates it.");
  add("quantity", "Quantity", "#bcbd22", "Q", "A number the source gives: people, shots, days.");
  add("forces", "Forces", "#ff7f0e", "F", "Who took part, on which side, in what strength.");
  add("casualties", "Casualties", "#d62728", "C", "Dead, wounded, arrested.");
  add("causation", "Causation", "#9467bd", "U", "Why something happened, according to the source.");
  add("attribution", "Attribution", "#8c564b", "A", "Who is said to have done or said something.");
  add("evaluation", "Evaluation", "#e377c2", "V", "A judgement the source makes.");
  return t;
}

Taxonomy default_relation_taxonomy() {
  Taxonomy t{kRelationTaxonomy, "Relations between claims", {}};
  auto add = [&](const char* id, const char* label, const char* colour, const char* key, bool directed,
                 const char* desc) { t.categories.push_back({id, "", label, desc, colour, key, directed}); };
  add("contradicts", "contradicts", "#d62728", "X", false, "The claims cannot both be true.");
  add("corroborates", "corroborates", "#2ca02c", "O", false, "The claims support each other.");
  add("qualifies", "qualifies", "#ff7f0e", "Y", true, "The first claim limits or nuances the second.");
  add("derives-from", "derives from", "#9467bd", "R", true, "The first account depends on the second.");
  add("same-event", "same event", "#1f77b4", "S", false, "The claims speak of the same event.");
  return t;
}

const std::vector<std::string>& reserved_keys() {
  // L: link to…; Delete/Backspace: delete claim; Escape: leave link mode;
  // G: go to claim; N/P: next/previous claim (docs/workbench.md).
  static const std::vector<std::string> keys = {"L", "G", "N", "P", "DELETE", "BACK", "ESCAPE", "RETURN", "TAB", "SPACE"};
  return keys;
}

static bool valid_colour(const std::string& c) {
  if (c.size() != 7 || c[0] != '#') return false;
  return std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
}

static bool valid_ncname(const std::string& id) {
  if (id.empty() || !(std::isalpha(static_cast<unsigned char>(id[0])) || id[0] == '_')) return false;
  return std::all_of(id.begin(), id.end(), [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.';
  });
}

void check_taxonomy(const Taxonomy& t, const std::string& file) {
  std::set<std::string> ids;
  std::map<std::string, std::string> keys;
  for (const Category& c : t.categories) {
    if (!valid_ncname(c.id)) throw bad_input(file, "'" + c.id + "' is not a valid category id");
    if (!ids.insert(c.id).second) throw bad_input(file, "the category id '" + c.id + "' is used twice");
    if (!c.colour.empty() && !valid_colour(c.colour))
      throw bad_input(file, "category '" + c.id + "': colour '" + c.colour + "' is not of the form #rrggbb");
    if (!c.key.empty()) {
      std::string k = c.key;
      std::transform(k.begin(), k.end(), k.begin(), [](unsigned char ch) { return std::toupper(ch); });
      if (std::find(reserved_keys().begin(), reserved_keys().end(), k) != reserved_keys().end())
        throw bad_input(file, "category '" + c.id + "': the key '" + c.key + "' is one of the workbench's own shortcuts");
      if (auto [it, fresh] = keys.emplace(k, c.id); !fresh)
        throw bad_input(file, "categories '" + it->second + "' and '" + c.id + "' both use the key '" + c.key + "'");
    }
  }
  for (const Category& c : t.categories) {
    if (c.parent.empty()) continue;
    if (!ids.count(c.parent)) throw bad_input(file, "category '" + c.id + "' has an unknown parent '" + c.parent + "'");
    // Walk up: a cycle would never reach the top.
    std::string p = c.parent;
    for (size_t steps = 0; !p.empty(); ++steps) {
      if (steps > t.categories.size() || p == c.id)
        throw bad_input(file, "category '" + c.id + "' is its own ancestor");
      p = t.find(p)->parent;
    }
  }
}

namespace {

XmlNode& tei(XmlNode& parent, const char* name) { return parent.add_element(kTeiNs, name); }

void desc(XmlNode& parent, const char* type, const std::string& text) {
  if (text.empty()) return;
  XmlNode& d = tei(parent, "desc");
  d.attributes.push_back({"", "type", type});
  d.add_text(text);
}

}  // namespace

std::string write_taxonomy(const Taxonomy& t) {
  XmlNode root;
  root.ns = kTeiNs;
  root.name = "TEI";
  XmlNode& header = tei(root, "teiHeader");
  XmlNode& fd = tei(header, "fileDesc");
  tei(tei(fd, "titleStmt"), "title").add_text(t.title);
  tei(tei(fd, "publicationStmt"), "p").add_text("A taxonomy of a Crux project.");
  tei(tei(fd, "sourceDesc"), "p").add_text("Created with Crux; edited by the project's members.");
  XmlNode& enc = tei(header, "encodingDesc");
  XmlNode& app = tei(tei(enc, "appInfo"), "application");
  app.attributes.push_back({"", "ident", "crux"});
  app.attributes.push_back({"", "version", kVersion});
  tei(app, "label").add_text("Crux");
  XmlNode& tax = tei(tei(enc, "classDecl"), "taxonomy");
  tax.attributes.push_back({kXmlNs, "id", t.id});
  // Categories nest as in the hierarchy; children in file order.
  std::map<std::string, XmlNode*> nodes;
  for (const Category& c : t.categories) {
    XmlNode* parent = c.parent.empty() ? &tax : nodes.at(c.parent);
    XmlNode& cat = tei(*parent, "category");
    cat.attributes.push_back({kXmlNs, "id", c.id});
    desc(cat, "label", c.label.empty() ? c.id : c.label);
    desc(cat, "description", c.description);
    desc(cat, "colour", c.colour);
    desc(cat, "key", c.key);
    if (t.id == kRelationTaxonomy) desc(cat, "direction", c.directed ? "directed" : "symmetric");
    nodes[c.id] = &cat;
  }
  XmlNode& body = tei(tei(root, "text"), "body");
  tei(body, "p").add_text("This file holds the taxonomy \"" + t.title + "\" in its header (classDecl).");
  return serialize_xml(root);
}

Taxonomy read_taxonomy(const std::string& bytes, const std::string& file) {
  XmlDocument doc = parse_xml(bytes, file);
  const XmlNode* tax = doc.root ? doc.root->find_first("taxonomy") : nullptr;
  if (!tax) throw bad_input(file, "not a taxonomy file: no <taxonomy> found");
  Taxonomy t;
  t.id = tax->attr_or("id", "", kXmlNs);
  if (const XmlNode* title = doc.root->find_first("title")) t.title = title->string_value();
  // Depth-first, parents before children.
  std::vector<std::pair<const XmlNode*, std::string>> todo;
  for (auto it = tax->children.rbegin(); it != tax->children.rend(); ++it)
    if ((*it)->is_tei("category")) todo.push_back({it->get(), ""});
  while (!todo.empty()) {
    auto [node, parent] = todo.back();
    todo.pop_back();
    Category c;
    c.id = node->attr_or("id", "", kXmlNs);
    c.parent = parent;
    for (const auto& ch : node->children) {
      if (!ch->is_tei("desc")) continue;
      std::string type = ch->attr_or("type", ""), v = ch->string_value();
      if (type == "label") c.label = v;
      else if (type == "description") c.description = v;
      else if (type == "colour") c.colour = v;
      else if (type == "key") c.key = v;
      else if (type == "direction") c.directed = v == "directed";
    }
    t.categories.push_back(c);
    for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
      if ((*it)->is_tei("category")) todo.push_back({it->get(), c.id});
  }
  check_taxonomy(t, file);
  return t;
}

}  // namespace crux
