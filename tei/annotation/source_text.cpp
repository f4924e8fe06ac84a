#include "tei/annotation/source_text.h"

#include "tei/anchor/reanchorer.h"
#include "tei/base/file_io.h"
#include "tei/source/source_header.h"
#include "tei/xml/xml_reader.h"

namespace crux {

std::shared_ptr<const SourceText> load_source_text(const std::string& path, const std::string& id) {
  auto s = std::make_shared<SourceText>();
  s->id = id;
  XmlDocument doc = parse_xml(read_file(path), path);
  s->meta = read_source_meta(doc);
  s->meta.id = id;
  s->generated = !s->meta.crux_version.empty();
  s->text = compute_plain_text(doc);
  s->text32 = to_u32(s->text.text);
  return s;
}

const Reanchorer& SourceText::fuzzy() const {
  if (!reanchorer) reanchorer = std::make_shared<Reanchorer>(text32);
  return *reanchorer;
}

}  // namespace crux
