#pragma once
// A Crux project folder (conventions, "The project folder"):
//   crux-project.xml   title, description, members, settings (not the layers)
//   sources/<id>.tei.xml, layers/<id>.tei.xml, taxonomies/*.tei.xml
//   .gitattributes, .gitignore (ignores .crux/), .crux/ (caches, lock, journal)
// Sources and layers are found by listing their folders, so adding one never
// touches a shared file.
#include <string>
#include <utility>
#include <vector>

namespace crux {

struct ProjectMember {
  std::string name;
  std::string role;  // "instructor", "student", ... (free text)
};

struct ProjectManifest {
  std::string title;
  std::string description;
  std::vector<ProjectMember> members;
  std::vector<std::pair<std::string, std::string>> settings;  // key → value, in file order
};

class Project {
 public:
  static constexpr const char* kManifestName = "crux-project.xml";

  // Creates a project in dir (which must not exist or be empty). creator
  // becomes the first member. Throws crux::Error naming dir.
  static Project create(const std::string& dir, const std::string& title, const std::string& description,
                        const std::string& creator);
  // Opens an existing project; throws crux::Error(BadInput) naming the folder
  // when it is not a project or its manifest is damaged.
  static Project open(const std::string& dir);
  // True when dir holds a crux-project.xml.
  static bool is_project(const std::string& dir);

  const std::string& dir() const { return dir_; }
  const ProjectManifest& manifest() const { return manifest_; }

  std::string sources_dir() const { return dir_ + "/sources"; }
  std::string layers_dir() const { return dir_ + "/layers"; }
  std::string taxonomies_dir() const { return dir_ + "/taxonomies"; }
  std::string cache_dir() const { return dir_ + "/.crux"; }

  // Source ids, sorted, from the names of sources/*.tei.xml.
  std::vector<std::string> source_ids() const;
  std::string source_path(const std::string& id) const { return sources_dir() + "/" + id + ".tei.xml"; }
  bool has_source(const std::string& id) const;
  // preferred if free, else preferred-2, preferred-3, ...
  std::string unique_source_id(const std::string& preferred) const;
  // Writes sources/<id>.tei.xml atomically; refuses an id already in use.
  void add_source(const std::string& id, const std::string& tei);

  // Removes temp files a killed writer left behind. Call only while holding
  // the write lock.
  void remove_stale_temp_files() const;

  // Writes the manifest atomically (deterministic bytes).
  void save_manifest() const;
  ProjectManifest& mutable_manifest() { return manifest_; }

 private:
  explicit Project(std::string dir) : dir_(std::move(dir)) {}
  std::string dir_;
  ProjectManifest manifest_;
};

// Serialisation of the manifest (schemas/crux-project.xsd).
std::string write_manifest(const ProjectManifest& m);
ProjectManifest read_manifest(const std::string& bytes, const std::string& file);

}  // namespace crux
