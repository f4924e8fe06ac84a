#include "tests/bundle/bundle_fixtures.h"

#include <sys/stat.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "tests/support/test_support.h"

namespace crux::test {
namespace fs = std::filesystem;

namespace {

void put(const fs::path& file, const std::string& content) {
  fs::create_directories(file.parent_path());
  spit(file.string(), content);
}

size_t le16(const std::string& s, size_t at) {
  return static_cast<unsigned char>(s[at]) | (static_cast<size_t>(static_cast<unsigned char>(s[at + 1])) << 8);
}
void set_le32(std::string& s, size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

// Calls f(header_offset, is_central) for each local header and central record
// whose name is `name`. Signatures are searched in the raw bytes; requiring the
// name to match makes a false hit inside compressed data practically impossible.
template <typename F>
int for_each_header(const std::string& zip, std::string_view name, F f) {
  int hits = 0;
  for (size_t at = 0; at + 46 < zip.size(); ++at) {
    if (zip[at] != 'P' || zip[at + 1] != 'K') continue;
    bool local = zip[at + 2] == 3 && zip[at + 3] == 4, central = zip[at + 2] == 1 && zip[at + 3] == 2;
    if (!local && !central) continue;
    size_t name_at = at + (local ? 30 : 46), len = le16(zip, at + (local ? 26 : 28));
    if (len == name.size() && zip.compare(name_at, len, name) == 0) {
      f(at, central);
      ++hits;
    }
  }
  if (hits != 2) throw std::runtime_error("patch: entry " + std::string(name) + " found " + std::to_string(hits) + " times");
  return hits;
}

}  // namespace

void make_sample_project(const std::string& dir) {
  fs::path p(dir);
  put(p / "crux-project.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<crux-project version=\"1\">\n  <title>1917 in memory</title>\n"
      "</crux-project>\n");
  put(p / "sources/dien-mua-dong.tei.xml", "<TEI><text><body><p>Điện Mùa đông bị chiếm.</p></body></text></TEI>\n");
  put(p / "sources/điện.tei.xml", "<TEI><text><body><p>Зимний дворец</p></body></text></TEI>\n");
  put(p / "layers/seminar.tei.xml", "<standOff/>\n");
  put(p / "taxonomies/claims.tei.xml", "<taxonomy/>\n");
  put(p / ".gitignore", ".crux/\n");
  put(p / ".gitattributes", "layers/*.tei.xml merge=crux\n");
  fs::create_directories(p / "notes");
  put(p / ".crux/index.sqlite", std::string(1000, 'x'));
  put(p / ".crux/lock", "");
  put(p / ".git/config", "[core]\n\tfsmonitor = echo\n");
}

std::map<std::string, std::string> tree(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
    std::string rel = fs::relative(it->path(), dir).string();
    if (it->is_symlink()) out[rel] = "<link>";
    else if (it->is_directory()) out[rel] = "<folder>";
    else out[rel] = slurp(it->path().string());
  }
  return out;
}

std::vector<std::string> folder_names(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  return names;
}

std::vector<ForgedEntry> minimal_bundle() {
  return {{"crux-project.xml", "<crux-project version=\"1\"><title>t</title></crux-project>\n"},
          {"sources/a.tei.xml", "<TEI/>\n"}};
}

void forge_zip(const std::string& path, const std::vector<ForgedEntry>& entries) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!zip) throw std::runtime_error("forge: cannot create " + path);
  for (const ForgedEntry& e : entries) {
    zip_source_t* src = zip_source_buffer(zip, e.data.data(), e.data.size(), 0);
    zip_int64_t i = zip_file_add(zip, e.name.c_str(), src, 0);
    if (i < 0) throw std::runtime_error("forge: libzip refused '" + e.name + "': " + zip_strerror(zip));
    zip_int32_t method = e.method < 0 ? ZIP_CM_DEFLATE : e.method;
    if (zip_set_file_compression(zip, static_cast<zip_uint64_t>(i), method, 0) != 0)
      throw std::runtime_error("forge: compression refused");
    if (e.unix_mode)
      zip_file_set_external_attributes(zip, static_cast<zip_uint64_t>(i), 0, ZIP_OPSYS_UNIX, e.unix_mode << 16);
  }
  if (zip_close(zip) != 0) throw std::runtime_error(std::string("forge: ") + zip_strerror(zip));
}

void patch_entry_name(std::string& zip, std::string_view from, std::string_view to) {
  if (from.size() != to.size()) throw std::runtime_error("patch_entry_name: names must have the same length");
  std::vector<size_t> at;
  for_each_header(zip, from, [&](size_t header, bool central) { at.push_back(header + (central ? 46 : 30)); });
  for (size_t a : at) zip.replace(a, to.size(), to);
}

void patch_uncompressed_size(std::string& zip, std::string_view name, std::uint32_t size) {
  for_each_header(zip, name, [&](size_t header, bool central) { set_le32(zip, header + (central ? 24 : 22), size); });
}

std::size_t entry_data_offset(const std::string& zip, std::string_view name) {
  size_t offset = 0;
  for_each_header(zip, name, [&](size_t header, bool central) {
    if (!central) offset = header + 30 + le16(zip, header + 26) + le16(zip, header + 28);
  });
  return offset;
}

std::vector<std::string> zip_entry_names(const std::string& path) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (!zip) throw std::runtime_error("cannot open " + path);
  std::vector<std::string> names;
  for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) names.emplace_back(zip_get_name(zip, i, 0));
  zip_discard(zip);
  return names;
}

std::vector<int> zip_entry_methods(const std::string& path) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (!zip) throw std::runtime_error("cannot open " + path);
  std::vector<int> methods;
  for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(zip, i, 0, &st);
    methods.push_back(st.comp_method);
  }
  zip_discard(zip);
  return methods;
}

ScopedEnv::ScopedEnv(std::string name, const char* value) : name_(std::move(name)) {
  if (const char* old = std::getenv(name_.c_str())) {
    had_ = true;
    old_ = old;
  }
  if (value) ::setenv(name_.c_str(), value, 1);
  else ::unsetenv(name_.c_str());
}

ScopedEnv::~ScopedEnv() {
  if (had_) ::setenv(name_.c_str(), old_.c_str(), 1);
  else ::unsetenv(name_.c_str());
}

}  // namespace crux::test
