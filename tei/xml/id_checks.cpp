#include "tei/xml/id_checks.h"

#include <string_view>
#include <unordered_map>

namespace crux {

namespace {

// Calls f(node) for every element in document order, without recursion
// (documents may nest up to kMaxXmlDepth levels).
template <class F>
void for_each_element(const XmlNode& root, F&& f) {
  std::vector<const XmlNode*> stack{&root};
  while (!stack.empty()) {
    const XmlNode* n = stack.back();
    stack.pop_back();
    f(*n);
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
      if ((*it)->is_element()) stack.push_back(it->get());
  }
}

ValidationProblem problem_at(const XmlDocument& doc, const XmlNode& n, std::string message) {
  return {doc.file, n.line, n.column, std::move(message)};
}

// The id a same-document pointer names: "#x" → "x"; "#string-range(x,4,30)"
// (and other schemes whose first argument is an id) → "x"; "" if the token
// is not a same-document pointer to an id.
std::string_view pointed_id(std::string_view token) {
  if (token.size() < 2 || token[0] != '#') return {};
  token.remove_prefix(1);
  size_t paren = token.find('(');
  if (paren == std::string_view::npos) return token;
  std::string_view scheme = token.substr(0, paren);
  if (scheme != "string-range" && scheme != "range" && scheme != "left" && scheme != "right") return {};
  std::string_view args = token.substr(paren + 1);
  size_t end = args.find_first_of(",)");
  if (end == std::string_view::npos) return {};
  std::string_view id = args.substr(0, end);
  while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
  while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
  return id;
}

}  // namespace

void check_kept_tei_root(const XmlDocument& doc, std::vector<ValidationProblem>& out) {
  const XmlNode& r = *doc.root;
  if (r.is_tei("TEI") || r.is_tei("teiCorpus")) return;
  std::string where = r.ns.empty() ? "in no namespace" : "in the namespace " + r.ns;
  out.push_back(problem_at(doc, r,
                           "the root element is <" + r.name + "> " + where +
                               "; a TEI file needs <TEI> or <teiCorpus> in the namespace " + kTeiNs));
}

void check_unique_ids(const XmlDocument& doc, std::vector<ValidationProblem>& out) {
  std::unordered_map<std::string, const XmlNode*> first;
  for_each_element(*doc.root, [&](const XmlNode& n) {
    const std::string* id = n.xml_id();
    if (!id) return;
    auto [it, inserted] = first.emplace(*id, &n);
    if (!inserted)
      out.push_back(problem_at(doc, n,
                               "the xml:id \"" + *id + "\" is used more than once (first at line " +
                                   std::to_string(it->second->line) + ")"));
  });
}

void check_pointers(const XmlDocument& doc, std::vector<ValidationProblem>& out) {
  std::unordered_map<std::string_view, bool> ids;
  for_each_element(*doc.root, [&](const XmlNode& n) {
    if (const std::string* id = n.xml_id()) ids.emplace(*id, true);
  });
  static const char* const kPointerAttributes[] = {"target", "corresp", "ana", "who", "ref"};
  for_each_element(*doc.root, [&](const XmlNode& n) {
    for (const auto& a : n.attributes) {
      if (!a.ns.empty()) continue;
      bool pointer = false;
      for (const char* name : kPointerAttributes) pointer = pointer || a.name == name;
      if (!pointer) continue;
      std::string_view v = a.value;
      size_t i = 0;
      while (i < v.size()) {
        size_t start = v.find_first_not_of(" \t\r\n", i);
        if (start == std::string_view::npos) break;
        size_t end = v.find_first_of(" \t\r\n", start);
        if (end == std::string_view::npos) end = v.size();
        std::string_view token = v.substr(start, end - start);
        std::string_view id = pointed_id(token);
        if (!id.empty() && !ids.count(id))
          out.push_back(problem_at(doc, n,
                                   "the pointer \"" + std::string(token) + "\" in @" + a.name + " of <" + n.name +
                                       "> points to no xml:id in this file"));
        i = end;
      }
    }
  });
}

}  // namespace crux
