#include "tei/bundle/bundle_index.h"

#include <sys/stat.h>

#include <fstream>
#include <set>
#include <string_view>

#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/bundle/central_directory.h"
#include "tei/bundle/entry_rules.h"

namespace crux {

namespace {

constexpr const char* kManifest = "crux-project.xml";

Error damaged(const std::string& file, const std::string& why) {
  return bad_input(file, "the bundle is damaged or incomplete (" + why + ")");
}

Error refused(const std::string& file, const std::string& entry, const std::string& problem) {
  return bad_input(file, "refused: the entry '" + printable_entry_name(entry) + "' " + problem);
}

bool has_control_byte(const std::string& name) {
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f) return true;
  return false;
}

bool starts_like_zip(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[2] = {};
  return in.read(magic, 2) && magic[0] == 'P' && magic[1] == 'K';
}

// ZIP_CHECKCONS makes libzip compare every local header with the table of
// contents, so an entry cannot show one name to us and another to the data.
ZipPtr open_archive(const std::string& path) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (zip) return ZipPtr(zip);
  std::string text = zip_error_text(code);
  switch (code) {
    case ZIP_ER_NOZIP:
      if (starts_like_zip(path))
        throw damaged(path, "it starts like a ZIP archive but its end is missing; was it cut short on the way?");
      throw bad_input(path, "not a Crux bundle: it is not a ZIP archive");
    case ZIP_ER_EXISTS:
      throw bad_input(path, "refused: two entries of the bundle have the same name");
    case ZIP_ER_MULTIDISK:
      throw bad_input(path, "the bundle is split over several files; Crux reads bundles in one piece");
    case ZIP_ER_NOENT:
      throw bad_input(path, "no such file");
    case ZIP_ER_OPEN: case ZIP_ER_READ: case ZIP_ER_SEEK: case ZIP_ER_TELL: case ZIP_ER_MEMORY:
      throw environment_error(path, "cannot read the bundle: " + text);
    default:
      throw damaged(path, text);
  }
}

std::string checked_type_problem(zip_t* zip, zip_uint64_t index, bool folder) {
  zip_uint8_t opsys = 0;
  zip_uint32_t attributes = 0;
  if (zip_file_get_external_attributes(zip, index, 0, &opsys, &attributes) != 0) return {};
  // The Unix mode sits in the high 16 bits (Info-ZIP's convention, also used
  // by `zip --symlinks`). Archives from other systems leave them zero.
  std::uint32_t type = (attributes >> 16) & S_IFMT;
  if (type == 0 || type == S_IFREG) return {};
  if (type == S_IFLNK) return "is a symbolic link; bundles hold only files and folders";
  if (type == S_IFDIR) return folder ? std::string() : "is marked as a folder but its name does not end with '/'";
  return "is a special file (a device, pipe or socket); bundles hold only files and folders";
}

}  // namespace

std::string describe_size(std::uint64_t bytes) {
  constexpr std::uint64_t kb = 1024, mb = kb * 1024, gb = mb * 1024;
  if (bytes >= gb && bytes % gb == 0) return std::to_string(bytes / gb) + " GB";
  if (bytes >= mb) return std::to_string((bytes + mb / 2) / mb) + " MB";
  if (bytes >= kb) return std::to_string((bytes + kb / 2) / kb) + " KB";
  return std::to_string(bytes) + " bytes";
}

std::string entry_size_problem(const BundleEntry& entry, std::uint64_t bytes, const UnbundleLimits& limits) {
  if (bytes > limits.max_entry_bytes)
    return "unpacks to more than the limit of " + describe_size(limits.max_entry_bytes) + " for one file";
  std::uint64_t packed = entry.compressed_size;
  if (bytes > limits.ratio_floor_bytes && (packed == 0 || bytes / packed > limits.max_ratio))
    return "is compressed more than " + std::to_string(limits.max_ratio) +
           ":1, as ZIP bombs are (project files never are)";
  return {};
}

std::string total_size_problem(std::uint64_t bytes, const UnbundleLimits& limits) {
  if (bytes > limits.max_total_bytes)
    return "the bundle unpacks to more than the limit of " + describe_size(limits.max_total_bytes) + " in all";
  return {};
}

BundleIndex inspect_bundle(const std::string& bundle_file, const UnbundleLimits& limits) {
  if (checked_file_size(bundle_file) == 0) throw bad_input(bundle_file, "not a Crux bundle: the file is empty");
  // The raw table of contents first: it bounds the entry count before libzip
  // allocates for it, and shows the names as they are. libzip shows a NUL as
  // a space and the control bytes of an old (CP437) name as symbols (0x1b as
  // U+2190), and refuses to open an archive with a name twice, naming none.
  std::vector<std::string> raw = read_central_directory_names(bundle_file, limits.max_entries);
  std::set<std::string_view> seen;
  for (const std::string& name : raw) {
    if (has_control_byte(name)) throw refused(bundle_file, name, entry_name_problem(name));
    if (!seen.insert(name).second) throw refused(bundle_file, name, "appears twice");
  }
  BundleIndex index;
  index.zip = open_archive(bundle_file);
  zip_t* zip = index.zip.get();
  zip_int64_t count = zip_get_num_entries(zip, 0);
  if (count < 0 || static_cast<std::uint64_t>(count) != raw.size())
    throw damaged(bundle_file, "its table of contents contradicts itself");

  EntryNameSet names;
  bool has_manifest = false;
  std::string nested_project;  // "seminar/" when the manifest is one folder down
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    constexpr zip_uint64_t kNeeded = ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD |
                                     ZIP_STAT_ENCRYPTION_METHOD;
    if (zip_stat_index(zip, i, 0, &st) != 0 || (st.valid & kNeeded) != kNeeded)
      throw damaged(bundle_file, "entry " + std::to_string(i + 1) + " cannot be read");
    BundleEntry e{i, st.name, false, st.size, st.comp_size};
    if (std::string problem = entry_name_problem(e.name); !problem.empty()) throw refused(bundle_file, e.name, problem);
    e.folder = e.name.back() == '/';
    if (std::string problem = checked_type_problem(zip, i, e.folder); !problem.empty())
      throw refused(bundle_file, e.name, problem);
    if (st.encryption_method != ZIP_EM_NONE)
      throw refused(bundle_file, e.name, "is encrypted; Crux bundles are never encrypted");
    if (st.comp_method != ZIP_CM_STORE && st.comp_method != ZIP_CM_DEFLATE)
      throw refused(bundle_file, e.name, "is compressed with a method Crux does not read (bundles use Deflate)");
    if (e.folder && e.size != 0) throw refused(bundle_file, e.name, "is a folder that holds data");
    if (std::string problem = entry_size_problem(e, e.size, limits); !problem.empty())
      throw refused(bundle_file, e.name, problem);
    index.declared_bytes += e.size;
    if (std::string problem = total_size_problem(index.declared_bytes, limits); !problem.empty())
      throw bad_input(bundle_file, "refused: " + problem);
    if (std::string clash = names.add(e.name); !clash.empty()) throw bad_input(bundle_file, "refused: " + clash);
    if (e.name == kManifest) has_manifest = true;
    size_t slash = e.name.find('/');
    if (slash != std::string::npos && e.name.substr(slash + 1) == kManifest) nested_project = e.name.substr(0, slash + 1);
    index.entries.push_back(std::move(e));
  }
  if (!has_manifest) {
    std::string hint = nested_project.empty()
                           ? std::string()
                           : " (it holds a folder '" + printable_entry_name(nested_project) +
                                 "' with a project inside: make bundles with `crux bundle`)";
    throw bad_input(bundle_file, std::string("not a Crux bundle: it has no ") + kManifest + " at its top level" + hint);
  }
  return index;
}

}  // namespace crux
