#include "tei/xml/xml_tree.h"

namespace crux {

const std::string* XmlNode::attr(const std::string& local, const std::string& ns_uri) const {
  for (const auto& a : attributes)
    if (a.name == local && a.ns == ns_uri) return &a.value;
  return nullptr;
}

std::string XmlNode::attr_or(const std::string& local, const std::string& fallback, const std::string& ns_uri) const {
  const std::string* v = attr(local, ns_uri);
  return v ? *v : fallback;
}

const XmlNode* XmlNode::child(const char* tei_local) const {
  for (const auto& c : children)
    if (c->is_tei(tei_local)) return c.get();
  return nullptr;
}

void XmlNode::find_all(const char* tei_local, std::vector<const XmlNode*>& out) const {
  if (is_tei(tei_local)) out.push_back(this);
  for (const auto& c : children)
    if (c->is_element()) c->find_all(tei_local, out);
}

const XmlNode* XmlNode::find_first(const char* tei_local) const {
  if (is_tei(tei_local)) return this;
  for (const auto& c : children) {
    if (!c->is_element()) continue;
    if (const XmlNode* f = c->find_first(tei_local)) return f;
  }
  return nullptr;
}

static void collect_text(const XmlNode& n, std::string& out) {
  if (n.kind == XmlNode::Kind::Text) {
    out += n.text;
    return;
  }
  for (const auto& c : n.children) collect_text(*c, out);
}

std::string XmlNode::string_value() const {
  std::string out;
  collect_text(*this, out);
  return out;
}

XmlNode& XmlNode::add_element(std::string ns_uri, std::string local) {
  auto n = std::make_unique<XmlNode>();
  n->kind = Kind::Element;
  n->ns = std::move(ns_uri);
  n->name = std::move(local);
  n->parent = this;
  children.push_back(std::move(n));
  return *children.back();
}

void XmlNode::add_text(std::string t) {
  if (!children.empty() && children.back()->kind == Kind::Text) {
    children.back()->text += t;
    return;
  }
  auto n = std::make_unique<XmlNode>();
  n->kind = Kind::Text;
  n->text = std::move(t);
  n->parent = this;
  children.push_back(std::move(n));
}

std::string collapse_whitespace(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace crux
