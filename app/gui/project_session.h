#pragma once
// What the workbench holds of an open project: the core's ProjectModel
// (layers, claims, taxonomies, the one commit path with undo) and a summary
// of each source for the project pane. The GUI keeps no model of its own:
// views read model() and every edit is model().commit(op::...). Only calls
// the core; no wx, so it can be used and tested without a display.
//
// A source whose file cannot be read does not stop the project from opening
// (unless claims are placed on it: the model then refuses to load half a
// project): it is listed with its problem, and the frame tells the user
// which file is damaged and why.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "tei/annotation/project_model.h"
#include "tei/import/source_meta.h"
#include "tei/project/project.h"
#include "tei/source/plain_text.h"

namespace crux::gui {

struct SourceEntry {
  std::string id;
  std::string path;
  SourceMeta meta;
  size_t characters = 0;
  std::string problem;  // what() of the error that kept it from being read; "" when fine

  bool readable() const { return problem.empty(); }
  // The title, or the id for a source without one.
  const std::string& display_title() const { return meta.title.empty() ? id : meta.title; }
};

// One source as the views show it: its metadata and plain text.
struct SourceDocument {
  std::string id;
  std::string path;
  SourceMeta meta;
  PlainText plain;
};

class ProjectSession {
 public:
  // Loads the project in dir (ProjectModel::load) and summarises its
  // sources. Throws crux::Error naming the folder, the manifest or the layer
  // when the project cannot be opened.
  static ProjectSession open(const std::string& dir);

  ProjectModel& model() const { return *model_; }
  const Project& project() const { return model_->project(); }
  const std::string& title() const { return project().manifest().title; }
  const std::vector<SourceEntry>& sources() const { return sources_; }
  // The entry for id, or nullptr.
  const SourceEntry* find(const std::string& id) const;
  // Entries that could not be read.
  std::vector<const SourceEntry*> damaged() const;

  // A source for display: the model's text (the one its claims are placed
  // on) and its metadata with edits applied. Throws crux::Error naming the
  // file.
  SourceDocument load(const std::string& id) const;

 private:
  explicit ProjectSession(std::unique_ptr<ProjectModel> model) : model_(std::move(model)) {}
  std::unique_ptr<ProjectModel> model_;
  std::vector<SourceEntry> sources_;
};

}  // namespace crux::gui
