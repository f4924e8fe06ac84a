#pragma once
// A loaded project: its layers, taxonomies and sources, the one commit path
// for every change (after Aegisub's AssFile::Commit and KiCad's COMMIT), undo
// and redo by snapshots, observers, and saving. Used alike by the CLI (load,
// commit one operation, save) and the GUI (a long-lived model).
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "tei/annotation/model_state.h"
#include "tei/annotation/operations.h"
#include "tei/annotation/source_text.h"
#include "tei/project/project.h"

namespace crux {

// A problem found by check(): what `crux check` prints and the GUI lists.
struct ModelProblem {
  enum class Kind { Moved, Orphaned, Conflict, Dangling, Invalid } kind;
  std::string file;
  std::string object;   // claim or link id
  std::string message;
};

class ProjectModel {
 public:
  // Loads the project in dir: manifest, taxonomies (the defaults when the
  // files are missing), every layer, and places every claim on its source.
  // Throws crux::Error naming the file when anything cannot be read: a
  // project never loads half.
  static std::unique_ptr<ProjectModel> load(const std::string& dir);

  const Project& project() const { return project_; }
  const ModelState& state() const { return state_; }
  const Taxonomy& claim_types() const { return *state_.claim_types; }
  const Taxonomy& relations() const { return *state_.relations; }
  std::vector<std::string> layer_ids() const;
  const Layer* layer(const std::string& id) const { return state_.layer(id); }
  std::vector<std::string> source_ids() const;
  // The source's text and metadata (cached; edited metadata applied).
  std::shared_ptr<const SourceText> source(const std::string& id) const;
  SourceMeta source_meta(const std::string& id) const;

  // The one path for changes: applies, records undo, notifies, marks dirty.
  // Throws crux::Error (nothing changed) when the operation is invalid.
  void commit(Operation op);
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  std::string undo_name() const { return undo_.empty() ? "" : undo_.back().name; }
  std::string redo_name() const { return redo_.empty() ? "" : redo_.back().name; }
  void undo();
  void redo();
  // Called after every commit, undo, redo and reload with the operation's name.
  void add_observer(std::function<void(const std::string&)> observer);

  bool dirty() const;
  // Writes every changed file under the write lock. Files changed on disk by
  // another process since they were read are reloaded and this model's
  // operations replayed on top, instead of being overwritten. Throws
  // crux::Error(Environment) on I/O errors: the files on disk stay as they
  // were (each written atomically) and the edits stay in memory.
  // rewrite_all writes every layer and taxonomy even when unchanged (after a
  // format upgrade; the benchmark's "save all").
  void save(bool rewrite_all = false);

  // Places a claim (from another copy of the project, say) on this
  // project's sources: sets positions and anchor state.
  void anchor(Claim& claim) const;

  // Re-anchoring results and other problems (for `crux check`).
  std::vector<ModelProblem> check() const;

  // A new claim or link id, unique in the project.
  std::string new_claim_id(const std::string& layer, const std::string& seed) const;
  std::string new_link_id(const std::string& layer, const std::string& seed) const;

 private:
  explicit ProjectModel(Project p) : project_(std::move(p)) {}
  ModelState read_state_from_disk();
  void anchor_layer(Layer& layer, const std::set<std::string>& sources) const;
  void notify(const std::string& what);

  struct Step {
    std::string name;
    ModelState before;
    ModelState after;
    Operation op;  // to replay it again after a redo
  };
  struct Fingerprint {
    long long size = -1;
    long long mtime_ns = 0;
    bool operator==(const Fingerprint&) const = default;
  };
  Fingerprint fingerprint(const std::string& path) const;

  Project project_;
  ModelState state_;
  ModelState saved_;
  std::map<std::string, Fingerprint> read_prints_;  // file → how it was when read
  std::vector<Operation> since_save_;
  std::vector<Step> undo_, redo_;
  std::vector<std::function<void(const std::string&)>> observers_;
  mutable std::map<std::string, std::shared_ptr<const SourceText>> sources_;
};

// Creates a project folder with the default taxonomies (crux init).
std::unique_ptr<ProjectModel> create_project(const std::string& dir, const std::string& title,
                                             const std::string& description, const std::string& creator);

}  // namespace crux
