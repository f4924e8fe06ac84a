#include "tei/xml/xml_writer.h"

#include <algorithm>

namespace crux {

void append_escaped_text(std::string& out, const std::string& text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
}

void append_escaped_attribute(std::string& out, const std::string& value) {
  for (char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      // Attribute values are normalised by parsers; write white space as spaces
      // so what we write is what is read back.
      case '\n': case '\t': case '\r': out += ' '; break;
      default: out += c;
    }
  }
}

static bool has_mixed_content(const XmlNode& n) {
  for (const auto& c : n.children)
    if (c->kind == XmlNode::Kind::Text) return true;
  return false;
}

static void write_start(std::string& out, const XmlNode& n, const std::string& parent_ns) {
  out += '<';
  out += n.name;
  if (n.ns != parent_ns) {
    out += " xmlns=\"";
    append_escaped_attribute(out, n.ns);
    out += '"';
  }
  for (const auto& a : n.attributes) {
    out += ' ';
    if (a.ns == kXmlNs) out += "xml:";
    out += a.name;
    out += "=\"";
    append_escaped_attribute(out, a.value);
    out += '"';
  }
}

static void write_node(std::string& out, const XmlNode& n, const std::string& parent_ns, int depth, bool inline_mode,
                       const XmlWriteOptions& o) {
  if (n.kind == XmlNode::Kind::Text) {
    append_escaped_text(out, n.text);
    return;
  }
  if (!inline_mode) out.append(static_cast<size_t>(depth) * 2, ' ');
  write_start(out, n, parent_ns);
  if (n.children.empty()) {
    out += "/>";
    if (!inline_mode) out += '\n';
    return;
  }
  out += '>';
  bool one_line = std::find(o.one_line_elements.begin(), o.one_line_elements.end(), n.name) != o.one_line_elements.end();
  bool mixed = inline_mode || one_line || has_mixed_content(n);
  if (mixed) {
    for (const auto& c : n.children) write_node(out, *c, n.ns, depth + 1, true, o);
  } else {
    out += '\n';
    for (const auto& c : n.children) write_node(out, *c, n.ns, depth + 1, false, o);
    out.append(static_cast<size_t>(depth) * 2, ' ');
  }
  out += "</";
  out += n.name;
  out += '>';
  if (!inline_mode) out += '\n';
}

std::string serialize_xml_fragment(const XmlNode& element, int depth, const std::string& parent_ns,
                                   const XmlWriteOptions& options) {
  std::string out;
  write_node(out, element, parent_ns, depth, false, options);
  size_t lead = out.find_first_not_of(' ');
  if (lead != std::string::npos) out.erase(0, lead);
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string serialize_xml(const XmlNode& root, const XmlWriteOptions& options) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  for (const auto& pi : options.processing_instructions) out += "<?" + pi + "?>\n";
  write_node(out, root, std::string(), 0, false, options);
  return out;
}

}  // namespace crux
