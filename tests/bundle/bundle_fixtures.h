#pragma once
// Helpers of the bundle tests: sample projects, listings of folders, and ZIP
// archives forged on the spot, hostile ones included. libzip writes whatever
// names and attributes it is given (it sanitises nothing); byte patches do
// what it refuses to (duplicate names, NUL bytes, sizes that lie), so every
// hostile archive is built by the test itself, with no external tool.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crux::test {

// Writes a small project into dir (created): crux-project.xml, sources/ with a
// non-ASCII name, layers/, taxonomies/, .gitignore, .gitattributes, an empty
// folder notes/, and what a bundle must leave out: .crux/ and .git/.
void make_sample_project(const std::string& dir);

// Every file and folder below dir, without following links: relative path →
// content ("<folder>" for folders, "<link>" for links).
std::map<std::string, std::string> tree(const std::string& dir);

// Names of the entries in dir (no recursion), ".", ".." excluded.
std::vector<std::string> folder_names(const std::string& dir);

struct ForgedEntry {
  std::string name;  // as written into the archive; folders end with '/'
  std::string data;
  std::uint32_t unix_mode = 0;  // high 16 bits of the external attributes; 0 = libzip's default
  std::int32_t method = -1;     // compression (ZIP_CM_*); -1 = Deflate
};

// The entries of a minimal valid bundle (manifest and one source).
std::vector<ForgedEntry> minimal_bundle();
// Writes a ZIP archive of entries to path, in the given order.
void forge_zip(const std::string& path, const std::vector<ForgedEntry>& entries);
// Replaces the entry name `from` by `to` (same length) in its local header and
// central directory record.
void patch_entry_name(std::string& zip, std::string_view from, std::string_view to);
// Sets the uncompressed size of entry `name` in its local header and central
// directory record, leaving the data as it is.
void patch_uncompressed_size(std::string& zip, std::string_view name, std::uint32_t size);
// Offset of the data of entry `name` (after its local header).
std::size_t entry_data_offset(const std::string& zip, std::string_view name);

// Entry names of an archive, in order, and the compression method of each.
std::vector<std::string> zip_entry_names(const std::string& path);
std::vector<int> zip_entry_methods(const std::string& path);

// Sets an environment variable for the life of the object (SOURCE_DATE_EPOCH).
class ScopedEnv {
 public:
  ScopedEnv(std::string name, const char* value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::string old_;
  bool had_ = false;
};

}  // namespace crux::test
