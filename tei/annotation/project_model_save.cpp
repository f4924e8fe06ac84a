// Saving a ProjectModel, and `crux check`'s problems. Split from
// project_model.cpp because saving has its own concerns: the write lock,
// noticing files changed by another process, writing each file atomically.
#include <unistd.h>

#include <filesystem>

#include "tei/annotation/layer_io.h"
#include "tei/annotation/project_model.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/project/write_lock.h"
#include "tei/source/source_header_edit.h"

namespace crux {
namespace fs = std::filesystem;

void ProjectModel::save(bool rewrite_all) {
  if (!dirty() && !rewrite_all) return;
  WriteLock lock(project_.dir());
  project_.remove_stale_temp_files();
  // Another process (the CLI, a git pull) may have written since we read:
  // take its files and replay our edits on them rather than overwrite them.
  bool changed = false;
  for (const auto& [path, print] : read_prints_)
    if (fingerprint(path) != print) changed = true;
  std::error_code ec;
  for (auto it = fs::directory_iterator(project_.layers_dir(), ec); !ec && it != fs::directory_iterator(); ++it) {
    std::string path = it->path().string();
    std::string name = it->path().filename().string();
    if (name.ends_with(".tei.xml") && name[0] != '.' && !read_prints_.count(path) &&
        !saved_.layers.count(name.substr(0, name.size() - 8)))
      changed = true;
  }
  if (changed) {
    ModelState fresh = read_state_from_disk();
    ModelState replayed = fresh;
    for (const Operation& op : since_save_) {
      try {
        op.apply(replayed);
      } catch (const Error& e) {
        throw environment_error(project_.dir(), "files were changed by another program while you worked, and your edit \"" +
                                                    op.name + "\" no longer fits them: " + e.what());
      }
    }
    saved_ = std::move(fresh);
    state_ = std::move(replayed);
    undo_.clear();
    redo_.clear();
    notify("Reload");
  }

  // Each file is written atomically, and saved_ follows what is on disk, so a
  // failure part-way (disk full) leaves consistent files and the rest dirty.
  auto written = [&](const std::string& path) { read_prints_[path] = fingerprint(path); };
  fs::create_directories(project_.layers_dir(), ec);
  fs::create_directories(project_.taxonomies_dir(), ec);
  for (auto tax : {&ModelState::claim_types, &ModelState::relations}) {
    if (state_.*tax == saved_.*tax && !rewrite_all) continue;
    std::string path = project_.taxonomies_dir() + "/" + (state_.*tax)->id + ".tei.xml";
    write_file_atomic(path, write_taxonomy(*(state_.*tax)));
    written(path);
    saved_.*tax = state_.*tax;
  }
  for (const auto& [id, layer] : state_.layers) {
    auto it = saved_.layers.find(id);
    if (it != saved_.layers.end() && it->second == layer && !rewrite_all) continue;
    std::string path = project_.layers_dir() + "/" + id + ".tei.xml";
    write_file_atomic(path, write_layer(*layer));
    written(path);
    saved_.layers[id] = layer;
  }
  for (auto it = saved_.layers.begin(); it != saved_.layers.end();) {
    if (state_.layers.count(it->first)) {
      ++it;
      continue;
    }
    std::string path = project_.layers_dir() + "/" + it->first + ".tei.xml";
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) throw environment_error(path, "cannot remove the layer file");
    read_prints_.erase(path);
    it = saved_.layers.erase(it);
  }
  for (const auto& [id, meta] : state_.source_meta) {
    auto it = saved_.source_meta.find(id);
    if (it != saved_.source_meta.end() && it->second == meta) continue;
    std::string path = project_.source_path(id);
    write_file_atomic(path, replace_tei_header(read_file(path), *meta, path));
    sources_.erase(id);
    saved_.source_meta[id] = meta;
  }
  for (const auto& id : state_.removed_sources) {
    if (saved_.removed_sources.count(id)) continue;
    std::string path = project_.source_path(id);
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) throw environment_error(path, "cannot remove the source file");
    sources_.erase(id);
    saved_.removed_sources.insert(id);
  }
  sync_directory(project_.layers_dir());
  saved_ = state_;
  since_save_.clear();
}

std::vector<ModelProblem> ProjectModel::check() const {
  std::vector<ModelProblem> out;
  for (const auto& [lid, layer] : state_.layers) {
    std::string file = "layers/" + lid + ".tei.xml";
    for (const Claim& c : layer->claims) {
      if (c.anchor == AnchorStatus::Moved)
        out.push_back({ModelProblem::Kind::Moved, file, c.id, "re-anchored: " + c.anchor_reason});
      else if (c.anchor == AnchorStatus::Orphaned)
        out.push_back({ModelProblem::Kind::Orphaned, file, c.id, "orphaned: " + c.anchor_reason});
      if (c.conflict_of)
        out.push_back({ModelProblem::Kind::Conflict, file, c.id,
                       *c.conflict_of == c.id ? "merge conflict: changed on one side and deleted on the other"
                                              : "merge conflict: another version of claim " + *c.conflict_of});
      if (!state_.claim_types->contains(c.type))
        out.push_back({ModelProblem::Kind::Invalid, file, c.id, "unknown claim type '" + c.type + "'"});
    }
    for (const Link& l : layer->links) {
      for (const auto& cid : l.claims)
        if (!state_.find_claim(cid))
          out.push_back({ModelProblem::Kind::Dangling, file, l.id, "links to claim '" + cid + "', which does not exist"});
      if (!state_.relations->contains(l.type))
        out.push_back({ModelProblem::Kind::Invalid, file, l.id, "unknown relation '" + l.type + "'"});
      if (l.conflict_of)
        out.push_back({ModelProblem::Kind::Conflict, file, l.id,
                       *l.conflict_of == l.id ? "merge conflict: changed on one side and deleted on the other"
                                              : "merge conflict: another version of link " + *l.conflict_of});
    }
  }
  return out;
}

std::unique_ptr<ProjectModel> create_project(const std::string& dir, const std::string& title,
                                             const std::string& description, const std::string& creator) {
  Project::create(dir, title, description, creator);
  write_file_atomic(dir + "/taxonomies/" + kClaimTaxonomy + ".tei.xml", write_taxonomy(default_claim_taxonomy()));
  write_file_atomic(dir + "/taxonomies/" + kRelationTaxonomy + ".tei.xml", write_taxonomy(default_relation_taxonomy()));
  return ProjectModel::load(dir);
}

}  // namespace crux
