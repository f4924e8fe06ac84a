#include "app/gui/project_session.h"

#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/project/source_info.h"
#include "tei/source/source_header.h"
#include "tei/xml/xml_reader.h"

namespace crux::gui {

ProjectSession ProjectSession::open(const std::string& dir) {
  ProjectSession session(Project::open(dir));
  for (const std::string& id : session.project_.source_ids()) {
    SourceEntry entry;
    entry.id = id;
    entry.path = session.project_.source_path(id);
    try {
      SourceInfo info = read_source_info(session.project_, id);
      entry.meta = std::move(info.meta);
      entry.characters = info.characters;
    } catch (const Error& e) {
      // Listed as damaged; the rest of the project stays usable.
      entry.problem = e.what();
    }
    session.sources_.push_back(std::move(entry));
  }
  return session;
}

const SourceEntry* ProjectSession::find(const std::string& id) const {
  for (const SourceEntry& s : sources_)
    if (s.id == id) return &s;
  return nullptr;
}

std::vector<const SourceEntry*> ProjectSession::damaged() const {
  std::vector<const SourceEntry*> out;
  for (const SourceEntry& s : sources_)
    if (!s.readable()) out.push_back(&s);
  return out;
}

SourceDocument ProjectSession::load(const std::string& id) const {
  SourceDocument doc;
  doc.id = id;
  doc.path = project_.source_path(id);
  XmlDocument xml = parse_xml(read_file(doc.path), doc.path);
  doc.meta = read_source_meta(xml);
  doc.meta.id = id;
  doc.plain = compute_plain_text(xml);
  return doc;
}

}  // namespace crux::gui
