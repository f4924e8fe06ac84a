#include "app/gui/project_session.h"

#include "tei/base/error.h"
#include "tei/project/source_info.h"

namespace crux::gui {

ProjectSession ProjectSession::open(const std::string& dir) {
  ProjectSession session(ProjectModel::load(dir));
  const Project& project = session.project();
  for (const std::string& id : project.source_ids()) {
    SourceEntry entry;
    entry.id = id;
    entry.path = project.source_path(id);
    try {
      SourceInfo info = read_source_info(project, id);
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
  std::shared_ptr<const SourceText> text = model_->source(id);
  SourceDocument doc;
  doc.id = id;
  doc.path = project().source_path(id);
  doc.meta = model_->source_meta(id);
  doc.meta.id = id;
  doc.plain = text->text;
  return doc;
}

}  // namespace crux::gui
