#include "tei/project/project.h"

#include <algorithm>
#include <filesystem>

#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/base/slug.h"
#include "tei/project/write_lock.h"
#include "tei/xml/xml_reader.h"
#include "tei/xml/xml_writer.h"

namespace crux {
namespace fs = std::filesystem;

static const char* kSourceSuffix = ".tei.xml";

std::string write_manifest(const ProjectManifest& m) {
  XmlNode root;
  root.name = "crux-project";
  root.attributes.push_back({"", "version", "1"});
  root.add_element("", "title").add_text(m.title);
  if (!m.description.empty()) root.add_element("", "description").add_text(m.description);
  if (!m.members.empty()) {
    XmlNode& members = root.add_element("", "members");
    for (const auto& mem : m.members) {
      XmlNode& e = members.add_element("", "member");
      e.attributes.push_back({"", "name", mem.name});
      if (!mem.role.empty()) e.attributes.push_back({"", "role", mem.role});
    }
  }
  if (!m.settings.empty()) {
    XmlNode& settings = root.add_element("", "settings");
    for (const auto& [k, v] : m.settings) {
      XmlNode& e = settings.add_element("", "setting");
      e.attributes.push_back({"", "key", k});
      e.attributes.push_back({"", "value", v});
    }
  }
  return serialize_xml(root);
}

ProjectManifest read_manifest(const std::string& bytes, const std::string& file) {
  XmlDocument doc = parse_xml(bytes, file);
  const XmlNode& root = *doc.root;
  if (root.name != "crux-project" || !root.ns.empty())
    throw bad_input(file, "not a Crux project manifest (its root element is <" + root.name + ">)");
  ProjectManifest m;
  for (const auto& c : root.children) {
    if (!c->is_element()) continue;
    if (c->name == "title") m.title = c->string_value();
    else if (c->name == "description") m.description = c->string_value();
    else if (c->name == "members") {
      for (const auto& mem : c->children)
        if (mem->is_element() && mem->name == "member")
          m.members.push_back({mem->attr_or("name", ""), mem->attr_or("role", "")});
    } else if (c->name == "settings") {
      for (const auto& s : c->children)
        if (s->is_element() && s->name == "setting") m.settings.emplace_back(s->attr_or("key", ""), s->attr_or("value", ""));
    }
  }
  return m;
}

bool Project::is_project(const std::string& dir) {
  std::error_code ec;
  return fs::is_regular_file(fs::path(dir) / kManifestName, ec);
}

Project Project::create(const std::string& dir, const std::string& title, const std::string& description,
                        const std::string& creator) {
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) throw bad_input(dir, "exists and is not a folder");
    if (is_project(dir)) throw bad_input(dir, "is already a Crux project");
    if (!fs::is_empty(dir, ec)) throw bad_input(dir, "the folder is not empty; give a new or empty folder");
  }
  if (title.empty()) throw usage_error("a project needs a title (--title)");
  Project p(dir);
  p.manifest_.title = title;
  p.manifest_.description = description;
  if (!creator.empty()) p.manifest_.members.push_back({creator, "owner"});
  for (const char* sub : {"", "/sources", "/layers", "/taxonomies", "/.crux"}) {
    fs::create_directories(dir + sub, ec);
    if (ec) throw environment_error(dir + sub, "cannot create the folder: " + ec.message());
  }
  write_file_atomic(dir + "/.gitignore", ".crux/\n");
  write_file_atomic(dir + "/.gitattributes", "# Layers merge with Crux's three-way merge driver (see README).\nlayers/*.tei.xml merge=crux\n");
  // The manifest last: a folder without it is not a project, so a crash
  // before this point leaves nothing that looks like a half-made project.
  p.save_manifest();
  return p;
}

Project Project::open(const std::string& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) throw bad_input(dir, "no such folder");
  if (!fs::is_directory(dir, ec)) throw bad_input(dir, "is not a folder (a Crux project is a folder)");
  if (!is_project(dir))
    throw bad_input(dir, std::string("not a Crux project: ") + kManifestName +
                             " is missing (create a project with `crux init`)");
  Project p(dir);
  std::string manifest_path = dir + "/" + kManifestName;
  p.manifest_ = read_manifest(read_file(manifest_path, 16 * 1024 * 1024), manifest_path);
  return p;
}

std::vector<std::string> Project::source_ids() const {
  std::vector<std::string> ids;
  std::error_code ec;
  for (auto it = fs::directory_iterator(sources_dir(), ec); !ec && it != fs::directory_iterator(); ++it) {
    std::string name = it->path().filename().string();
    size_t n = std::char_traits<char>::length(kSourceSuffix);
    if (name.size() > n && name.compare(name.size() - n, n, kSourceSuffix) == 0 && name[0] != '.')
      ids.push_back(name.substr(0, name.size() - n));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool Project::has_source(const std::string& id) const {
  std::error_code ec;
  return fs::exists(source_path(id), ec);
}

std::string Project::unique_source_id(const std::string& preferred) const {
  if (!has_source(preferred)) return preferred;
  for (int n = 2;; ++n) {
    std::string candidate = preferred + "-" + std::to_string(n);
    if (!has_source(candidate)) return candidate;
  }
}

void Project::add_source(const std::string& id, const std::string& tei) {
  if (!is_valid_id(id))
    throw usage_error("'" + id + "' is not a valid source id (lower-case letters, digits and '-', starting with a letter)");
  if (has_source(id)) throw bad_input(source_path(id), "a source with the id '" + id + "' already exists");
  std::error_code ec;
  fs::create_directories(sources_dir(), ec);
  WriteLock lock(dir_);
  if (has_source(id)) throw bad_input(source_path(id), "a source with the id '" + id + "' already exists");
  write_file_atomic(source_path(id), tei);
}

void Project::remove_stale_temp_files() const {
  // Left by a writer that was killed mid-write; only called under the lock,
  // so no live writer owns them.
  for (const std::string& d : {dir_, sources_dir(), layers_dir(), taxonomies_dir()}) {
    std::error_code ec;
    for (auto it = fs::directory_iterator(d, ec); !ec && it != fs::directory_iterator(); ++it) {
      std::string name = it->path().filename().string();
      if (name.size() > 1 && name[0] == '.' && name.find(".tmp-") != std::string::npos) fs::remove(it->path(), ec);
    }
  }
}

void Project::save_manifest() const { write_file_atomic(dir_ + "/" + kManifestName, write_manifest(manifest_)); }

}  // namespace crux
