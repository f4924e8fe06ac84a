#include "tei/annotation/project_model.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "tei/annotation/anchoring.h"
#include "tei/annotation/ids.h"
#include "tei/annotation/layer_io.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/project/write_lock.h"
#include "tei/source/source_header_edit.h"

namespace crux {
namespace fs = std::filesystem;

namespace {

const char* kLayerSuffix = ".tei.xml";

std::vector<std::string> list_ids(const std::string& dir) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); ++it) {
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.' || !name.ends_with(kLayerSuffix)) continue;
    ids.push_back(name.substr(0, name.size() - std::char_traits<char>::length(kLayerSuffix)));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string taxonomy_path(const Project& p, const std::string& id) { return p.taxonomies_dir() + "/" + id + ".tei.xml"; }
std::string layer_path(const Project& p, const std::string& id) { return p.layers_dir() + "/" + id + ".tei.xml"; }

}  // namespace

ProjectModel::Fingerprint ProjectModel::fingerprint(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return {static_cast<long long>(st.st_size), static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
}

std::unique_ptr<ProjectModel> ProjectModel::load(const std::string& dir) {
  std::unique_ptr<ProjectModel> m(new ProjectModel(Project::open(dir)));
  m->state_ = m->read_state_from_disk();
  m->saved_ = m->state_;
  return m;
}

ModelState ProjectModel::read_state_from_disk() {
  ModelState s;
  std::map<std::string, Fingerprint> prints;
  auto read_tax = [&](const std::string& id, Taxonomy (*fallback)()) {
    std::string path = taxonomy_path(project_, id);
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::make_shared<const Taxonomy>(fallback());
    prints[path] = fingerprint(path);
    Taxonomy t = read_taxonomy(read_file(path), path);
    t.id = id;
    return std::make_shared<const Taxonomy>(std::move(t));
  };
  s.claim_types = read_tax(kClaimTaxonomy, default_claim_taxonomy);
  s.relations = read_tax(kRelationTaxonomy, default_relation_taxonomy);
  for (const std::string& id : project_.source_ids()) s.sources.insert(id);
  sources_.clear();
  for (const std::string& id : list_ids(project_.layers_dir())) {
    std::string path = layer_path(project_, id);
    prints[path] = fingerprint(path);
    Layer layer = read_layer(read_file(path), path, id);
    layer.info.id = id;
    anchor_layer(layer, s.sources);
    s.layers[id] = std::make_shared<const Layer>(std::move(layer));
  }
  // The fuzzy indexes are only needed while claims are placed: free them.
  for (auto& [id, src] : sources_) src->reanchorer.reset();
  read_prints_ = std::move(prints);
  return s;
}

void ProjectModel::anchor_layer(Layer& layer, const std::set<std::string>& sources) const {
  for (Claim& c : layer.claims) {
    std::shared_ptr<const SourceText> src;
    if (sources.count(c.source)) src = source(c.source);
    if (!src) {
      c.anchor = AnchorStatus::Orphaned;
      c.anchor_reason = "the source '" + c.source + "' is not in the project";
      continue;
    }
    anchor_claim(c, *src);
  }
  layer.sort();
}

void ProjectModel::anchor(Claim& c) const {
  if (!state_.sources.count(c.source)) {
    c.anchor = AnchorStatus::Orphaned;
    c.anchor_reason = "the source '" + c.source + "' is not in the project";
    return;
  }
  anchor_claim(c, *source(c.source));
}

std::vector<std::string> ProjectModel::layer_ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, l] : state_.layers) ids.push_back(id);
  return ids;
}

std::vector<std::string> ProjectModel::source_ids() const {
  return std::vector<std::string>(state_.sources.begin(), state_.sources.end());
}

std::shared_ptr<const SourceText> ProjectModel::source(const std::string& id) const {
  auto it = sources_.find(id);
  if (it != sources_.end()) return it->second;
  auto s = load_source_text(project_.source_path(id), id);
  sources_[id] = s;
  return s;
}

SourceMeta ProjectModel::source_meta(const std::string& id) const {
  auto edited = state_.source_meta.find(id);
  if (edited != state_.source_meta.end()) return *edited->second;
  return source(id)->meta;
}

void ProjectModel::commit(Operation op) {
  ModelState next = state_;
  op.apply(next);  // throws: nothing changed
  undo_.push_back({op.name, state_, next, op});
  redo_.clear();
  state_ = std::move(next);
  since_save_.push_back(std::move(op));
  notify(undo_.back().name);
}

void ProjectModel::undo() {
  if (undo_.empty()) return;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  state_ = step.before;
  if (!since_save_.empty()) since_save_.pop_back();
  std::string name = step.name;
  redo_.push_back(std::move(step));
  notify("Undo " + name);
}

void ProjectModel::redo() {
  if (redo_.empty()) return;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  state_ = step.after;
  since_save_.push_back(step.op);
  std::string name = step.name;
  undo_.push_back(std::move(step));
  notify("Redo " + name);
}

void ProjectModel::add_observer(std::function<void(const std::string&)> o) { observers_.push_back(std::move(o)); }

void ProjectModel::notify(const std::string& what) {
  for (auto& o : observers_) o(what);
}

bool ProjectModel::dirty() const {
  if (state_.claim_types != saved_.claim_types || state_.relations != saved_.relations) return true;
  if (state_.source_meta != saved_.source_meta || state_.removed_sources != saved_.removed_sources) return true;
  if (state_.layers.size() != saved_.layers.size()) return true;
  for (const auto& [id, l] : state_.layers) {
    auto it = saved_.layers.find(id);
    if (it == saved_.layers.end() || it->second != l) return true;
  }
  return false;
}

std::string ProjectModel::new_claim_id(const std::string& layer, const std::string& seed) const {
  return new_object_id("c-", layer, seed, [&](const std::string& id) { return state_.id_taken(id); });
}
std::string ProjectModel::new_link_id(const std::string& layer, const std::string& seed) const {
  return new_object_id("l-", layer, seed, [&](const std::string& id) { return state_.id_taken(id); });
}

}  // namespace crux
