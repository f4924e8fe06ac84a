#include "tei/project/source_info.h"

#include "tei/base/file_io.h"
#include "tei/project/project.h"
#include "tei/source/plain_text.h"
#include "tei/source/source_header.h"
#include "tei/xml/xml_reader.h"

namespace crux {

SourceInfo read_source_info(const Project& project, const std::string& id) {
  SourceInfo info;
  info.id = id;
  info.path = project.source_path(id);
  std::string bytes = read_file(info.path);
  info.bytes = bytes.size();
  XmlDocument doc = parse_xml(bytes, info.path);
  info.meta = read_source_meta(doc);
  info.meta.id = id;
  PlainText text = compute_plain_text(doc);
  info.characters = text.length;
  info.blocks = text.blocks.size();
  return info;
}

}  // namespace crux
