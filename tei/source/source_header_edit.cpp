#include "tei/source/source_header_edit.h"

#include "tei/base/error.h"
#include "tei/import/tei_writer.h"
#include "tei/xml/xml_reader.h"
#include "tei/xml/xml_writer.h"

namespace crux {

std::string replace_tei_header(const std::string& bytes, const SourceMeta& meta, const std::string& file) {
  if (meta.crux_version.empty())
    throw bad_input(file, "this source is existing TEI kept as it was imported; edit its header in a TEI editor");
  size_t start = bytes.find("<teiHeader");
  const std::string close = "</teiHeader>";
  size_t end = bytes.find(close, start == std::string::npos ? 0 : start);
  if (start == std::string::npos || end == std::string::npos) throw bad_input(file, "no <teiHeader> found");
  end += close.size();
  XmlNode root;
  root.ns = kTeiNs;
  root.name = "TEI";
  write_tei_header(root, meta);
  std::string header = serialize_xml_fragment(*root.children.front(), 1, kTeiNs);
  std::string out = bytes.substr(0, start) + header + bytes.substr(end);
  check_well_formed(out, file);  // the splice must leave a sound document
  return out;
}

}  // namespace crux
