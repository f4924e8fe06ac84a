#pragma once
// A small, Xerces-free XML tree for the rest of the core: elements with
// attributes in document order, and text. Namespaces are resolved to URIs;
// names are local names plus the namespace URI. Produced by parse_xml()
// (xml_reader.h), which is the one safe way Crux reads XML.
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace crux {

inline constexpr const char* kTeiNs = "http://www.tei-c.org/ns/1.0";
inline constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";

struct XmlAttribute {
  std::string ns;     // namespace URI ("" for none; kXmlNs for xml:id, xml:lang)
  std::string name;   // local name
  std::string value;
};

struct XmlNode {
  enum class Kind { Element, Text } kind = Kind::Element;
  std::string ns;     // element namespace URI
  std::string name;   // element local name (empty for text)
  std::string text;   // text nodes: the characters (entities resolved, UTF-8)
  std::vector<XmlAttribute> attributes;
  std::vector<std::unique_ptr<XmlNode>> children;
  XmlNode* parent = nullptr;
  int line = 0;       // where the element starts (for messages)
  int column = 0;

  bool is_element() const { return kind == Kind::Element; }
  bool is(const char* ns_uri, const char* local) const { return is_element() && name == local && ns == ns_uri; }
  bool is_tei(const char* local) const { return is(kTeiNs, local); }
  // Attribute value or nullptr.
  const std::string* attr(const std::string& local, const std::string& ns_uri = {}) const;
  std::string attr_or(const std::string& local, const std::string& fallback, const std::string& ns_uri = {}) const;
  const std::string* xml_id() const { return attr("id", kXmlNs); }
  // First child element with this TEI local name, or nullptr.
  const XmlNode* child(const char* tei_local) const;
  // Descendant-or-self elements with this TEI local name, in document order.
  void find_all(const char* tei_local, std::vector<const XmlNode*>& out) const;
  const XmlNode* find_first(const char* tei_local) const;
  // XPath string value: all descendant text as written.
  std::string string_value() const;
  // Adds a child and returns it.
  XmlNode& add_element(std::string ns_uri, std::string local);
  void add_text(std::string t);
};

// Text with XML white space runs collapsed to single spaces, trimmed (how a
// reader sees a title or a name written across lines).
std::string collapse_whitespace(const std::string& s);

struct XmlDocument {
  std::unique_ptr<XmlNode> root;
  std::string file;  // for messages
};

}  // namespace crux
