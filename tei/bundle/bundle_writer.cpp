// bundle(): a project folder as one ZIP file. The listing is made and checked
// completely (links, names, limits) before the archive is started; the archive
// is written to a temp file beside the target, checked with the rules of
// unbundle(), flushed and renamed into place.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>
#include <vector>

#include "tei/base/clock.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/bundle/bundle.h"
#include "tei/bundle/bundle_index.h"
#include "tei/bundle/entry_rules.h"

namespace crux {
namespace fs = std::filesystem;

namespace {

constexpr const char* kManifest = "crux-project.xml";

struct Item {
  std::string name;  // entry name: relative, '/' separators, folders end with '/'
  fs::path path;     // on disk
  bool folder = false;
  std::uint64_t size = 0;
  std::time_t mtime = 0;
};

// Where the bundle goes: the absolute path with its folder resolved, checked
// against the places inside the project it must not go.
fs::path resolve_output(const fs::path& root, const std::string& out_file) {
  if (out_file.empty()) throw usage_error("give the bundle's file name, e.g. -o seminar.crux");
  fs::path out = fs::absolute(out_file);
  std::string name = out.filename().string();
  if (name.empty() || name == "." || name == "..")
    throw bad_input(out_file, "give a file name for the bundle, e.g. seminar.crux");
  std::error_code ec;
  fs::path folder = fs::canonical(out.parent_path(), ec);
  if (ec || !fs::is_directory(folder)) throw bad_input(out_file, "the folder " + out.parent_path().string() + " does not exist");
  fs::path resolved = folder / name;
  if (fs::is_directory(resolved, ec)) throw bad_input(out_file, "is a folder; give a file name for the bundle");
  fs::path rel = resolved.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") return resolved;  // outside the project
  std::string first = rel.begin()->string();
  if (first == ".crux" || first == "sources" || first == "layers" || first == "taxonomies")
    throw bad_input(out_file, "lies inside the project's " + first + "/ folder; write the bundle elsewhere");
  // Anywhere else inside, the name says it is a bundle, so that no project
  // file (crux-project.xml, .gitignore...) is ever replaced by one.
  if (name.size() <= std::strlen(kBundleExtension) || !name.ends_with(kBundleExtension))
    throw bad_input(out_file, std::string("lies inside the project; there a bundle's name must end in ") +
                                  kBundleExtension + ", so that no project file is overwritten");
  return resolved;
}

// Lists dir into items without following any link. Skips .crux/ and .git/ at
// the top, the output and the temp files of an earlier, interrupted bundle.
void collect(const fs::path& dir, const std::string& prefix, const fs::path& output, std::vector<Item>& items) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  std::string temp_prefix = "." + output.filename().string() + ".tmp-";
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    std::string leaf = path.filename().string();
    if (prefix.empty() && (leaf == ".crux" || leaf == ".git")) continue;
    if (path == output || (path.parent_path() == output.parent_path() && leaf.starts_with(temp_prefix))) continue;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
      throw environment_error(path.string(), std::string("cannot read it: ") + std::strerror(errno));
    Item item{prefix + leaf, path, S_ISDIR(st.st_mode), static_cast<std::uint64_t>(st.st_size), st.st_mtime};
    if (S_ISLNK(st.st_mode)) {
      throw bad_input(path.string(),
                      "is a symbolic link; a bundle holds only real files and folders (replace the link by a copy "
                      "of what it points to, or move it out of the project)");
    }
    if (!item.folder && !S_ISREG(st.st_mode))
      throw bad_input(path.string(), "is not a regular file (a pipe, socket or device); it cannot be bundled");
    if (item.folder) {
      item.name += '/';
      item.size = 0;
      items.push_back(item);
      collect(path, item.name, output, items);
    } else {
      items.push_back(std::move(item));
    }
  }
  if (ec) throw environment_error(dir.string(), "cannot list the folder: " + ec.message());
}

// The rules and limits of unbundle(), applied before anything is written so
// the message names the file on disk rather than an entry of a bundle.
void check_items(const std::string& project_dir, const std::vector<Item>& items) {
  UnbundleLimits limits;
  if (items.size() > limits.max_entries)
    throw bad_input(project_dir, "cannot be bundled: it holds " + std::to_string(items.size()) +
                                     " files and folders, more than the limit of " + std::to_string(limits.max_entries));
  EntryNameSet names;
  std::uint64_t total = 0;
  for (const Item& item : items) {
    if (std::string problem = entry_name_problem(item.name); !problem.empty())
      throw bad_input(item.path.string(), "cannot be bundled: it " + problem);
    if (std::string clash = names.add(item.name); !clash.empty())
      throw bad_input(project_dir, "cannot be bundled: " + clash);
    if (item.size > limits.max_entry_bytes)
      throw bad_input(item.path.string(), "cannot be bundled: it is larger than the limit of " +
                                              describe_size(limits.max_entry_bytes) + " for one file");
    total += item.size;
  }
  if (total > limits.max_total_bytes)
    throw bad_input(project_dir, "cannot be bundled: its files come to more than the limit of " +
                                     describe_size(limits.max_total_bytes));
}

// MS-DOS date and time (the ZIP format's), from UTC so that the bytes do not
// depend on the time zone. DOS time covers 1980 to 2107 only: SOURCE_DATE_EPOCH=0,
// a common choice, becomes 1980-01-01.
void dos_time_utc(std::int64_t t, zip_uint16_t& time, zip_uint16_t& date) {
  constexpr std::int64_t k1980 = 315532800, k2107 = 4354819198;
  std::time_t clamped = static_cast<std::time_t>(std::clamp(t, k1980, k2107));
  std::tm tm{};
  gmtime_r(&clamped, &tm);
  time = static_cast<zip_uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  date = static_cast<zip_uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

void add_item(zip_t* zip, const Item& item, bool reproducible, std::int64_t epoch) {
  zip_int64_t index;
  if (item.folder) {
    index = zip_dir_add(zip, item.name.c_str(), ZIP_FL_ENC_UTF_8);
  } else {
    // libzip reads the file when the archive is closed.
    zip_source_t* source = zip_source_file_create(item.path.c_str(), 0, -1, nullptr);
    index = source ? zip_file_add(zip, item.name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (source && index < 0) zip_source_free(source);
  }
  if (index < 0) throw environment_error(item.path.string(), std::string("cannot add it to the bundle: ") + zip_strerror(zip));
  auto i = static_cast<zip_uint64_t>(index);
  // Modes are not kept (project files are data): fixed ones make the bytes
  // reproducible and give the receiver ordinary files.
  zip_uint32_t mode = item.folder ? (S_IFDIR | 0755) : (S_IFREG | 0644);
  bool ok = zip_file_set_external_attributes(zip, i, 0, ZIP_OPSYS_UNIX, mode << 16) == 0;
  if (!item.folder) ok = ok && zip_set_file_compression(zip, i, ZIP_CM_DEFLATE, 9) == 0;
  if (reproducible) {
    zip_uint16_t time = 0, date = 0;
    dos_time_utc(epoch, time, date);
    ok = ok && zip_file_set_dostime(zip, i, time, date, 0) == 0;
  } else {
    ok = ok && zip_file_set_mtime(zip, i, item.mtime, 0) == 0;
  }
  if (!ok) throw internal_error("libzip refused the settings of " + item.name + ": " + zip_strerror(zip));
}

std::string random_suffix() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  static const char* digits = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 8; ++i) s += digits[rng() % 36];
  return s;
}

// Removes the temp file unless it was renamed into place.
struct TempFile {
  std::string path;
  bool kept = false;
  ~TempFile() {
    if (!kept) ::unlink(path.c_str());
  }
};

}  // namespace

BundleSummary bundle(const std::string& project_dir, const std::string& out_file) {
  struct stat st {};
  if (::stat(project_dir.c_str(), &st) != 0) throw bad_input(project_dir, "no such folder");
  if (!S_ISDIR(st.st_mode)) throw bad_input(project_dir, "is not a folder");
  if (::lstat((fs::path(project_dir) / kManifest).c_str(), &st) != 0)
    throw bad_input(project_dir, std::string("not a Crux project: ") + kManifest +
                                     " is missing (create a project with `crux init`)");
  fs::path root = fs::canonical(project_dir);
  fs::path output = resolve_output(root, out_file);

  std::vector<Item> items;
  collect(root, "", output, items);
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.name < b.name; });
  check_items(project_dir, items);

  TempFile temp{(output.parent_path() / ("." + output.filename().string() + ".tmp-" + random_suffix())).string()};
  int code = 0;
  ZipPtr zip(zip_open(temp.path.c_str(), ZIP_CREATE | ZIP_EXCL, &code));
  if (!zip) throw environment_error(out_file, "cannot create the bundle: " + zip_error_text(code));
  bool reproducible = reproducible_mode();
  std::int64_t epoch = now_epoch_seconds();
  BundleSummary summary{out_file, 0, 0, 0};
  for (const Item& item : items) {
    add_item(zip.get(), item, reproducible, epoch);
    (item.folder ? summary.folders : summary.files) += 1;
    summary.bytes += item.size;
  }
  if (zip_close(zip.get()) != 0)  // on failure libzip removes its own temp file
    throw environment_error(out_file, std::string("cannot write the bundle: ") + zip_strerror(zip.get()));
  zip.release();  // zip_close freed it

  int fd = ::open(temp.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    int e = errno;
    if (fd >= 0) ::close(fd);
    throw environment_error(out_file, std::string("cannot flush the bundle to disk: ") + std::strerror(e));
  }
  ::close(fd);
  try {
    inspect_bundle(temp.path, UnbundleLimits{});
  } catch (const Error& e) {
    throw bad_input(project_dir, "cannot be bundled: the bundle would be refused when unpacked (" + e.problem() + ")");
  }
  if (::rename(temp.path.c_str(), output.c_str()) != 0)
    throw environment_error(out_file, std::string("cannot write the bundle: ") + std::strerror(errno));
  temp.kept = true;
  sync_directory(output.parent_path().string());
  return summary;
}

}  // namespace crux
