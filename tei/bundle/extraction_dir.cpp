#include "tei/bundle/extraction_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "tei/base/error.h"
#include "tei/base/file_io.h"

namespace crux {
namespace fs = std::filesystem;

namespace {

std::string errno_text(int e) { return std::strerror(e); }

std::vector<std::string> split(std::string_view rel) {
  while (!rel.empty() && rel.back() == '/') rel.remove_suffix(1);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= rel.size()) {
    size_t slash = rel.find('/', start);
    if (slash == std::string_view::npos) slash = rel.size();
    parts.emplace_back(rel.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

bool folder_is_empty(const std::string& path) {
  DIR* d = ::opendir(path.c_str());
  if (!d) return false;
  bool empty = true;
  while (dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) {
      empty = false;
      break;
    }
  }
  ::closedir(d);
  return empty;
}

std::string random_suffix() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  static const char* digits = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 8; ++i) s += digits[rng() % 36];
  return s;
}

// The target without trailing slashes, its parent folder and its name.
struct TargetParts {
  std::string target, parent, name;
};

TargetParts split_target(std::string target) {
  while (target.size() > 1 && target.back() == '/') target.pop_back();
  fs::path path(target);
  TargetParts parts{target, path.has_parent_path() ? path.parent_path().string() : ".", path.filename().string()};
  if (parts.name.empty() || parts.name == "." || parts.name == ".." || target == "/")
    throw bad_input(target, "give the name of a new or empty folder to unpack into");
  return parts;
}

}  // namespace

void ExtractionDir::check_target(const std::string& target) {
  TargetParts t = split_target(target);
  struct stat st {};
  if (::stat(t.parent.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw bad_input(t.target, "the folder " + t.parent + " does not exist");
  if (::lstat(t.target.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) throw bad_input(t.target, "is a symbolic link; give a new or empty folder");
    if (!S_ISDIR(st.st_mode)) throw bad_input(t.target, "exists and is not a folder; give a new or empty folder");
    if (!folder_is_empty(t.target)) throw bad_input(t.target, "the folder is not empty; give a new or empty folder");
  } else if (errno != ENOENT) {
    throw environment_error(t.target, "cannot look at the folder: " + errno_text(errno));
  }
}

ExtractionDir::ExtractionDir(std::string target) {
  check_target(target);
  TargetParts t = split_target(std::move(target));
  target_ = t.target;
  parent_ = t.parent;
  const std::string& name = t.name;

  // A hidden sibling: the same file system as the target, so the final
  // rename is atomic; mkdir (not mkdtemp) so the umask gives normal modes.
  for (int attempt = 0; temp_.empty(); ++attempt) {
    std::string candidate = (fs::path(parent_) / ("." + name + ".unbundle-" + random_suffix())).string();
    if (::mkdir(candidate.c_str(), 0777) == 0) {
      temp_ = candidate;
    } else if (errno != EEXIST || attempt > 100) {
      throw environment_error(target_, "cannot create a folder beside it: " + errno_text(errno));
    }
  }
  root_fd_ = ::open(temp_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (root_fd_ < 0) {
    int e = errno;
    ::rmdir(temp_.c_str());
    throw environment_error(target_, "cannot open the folder it is unpacked in: " + errno_text(e));
  }
}

ExtractionDir::~ExtractionDir() {
  if (root_fd_ >= 0) ::close(root_fd_);
  if (!committed_ && !temp_.empty()) {
    std::error_code ec;
    fs::remove_all(temp_, ec);  // removes links themselves, never what they point to
  }
}

// Returns a descriptor (owned by the caller) of the folder made of the first
// `count` parts, creating the missing ones.
int ExtractionDir::open_folder(const std::vector<std::string>& parts, size_t count) {
  int fd = ::dup(root_fd_);
  std::string rel;
  for (size_t i = 0; i < count && fd >= 0; ++i) {
    rel += (i ? "/" : "") + parts[i];
    if (::mkdirat(fd, parts[i].c_str(), 0777) == 0) {
      folders_.push_back(rel);
    } else if (errno != EEXIST) {
      int e = errno;
      ::close(fd);
      throw environment_error(target_ + "/" + rel, "cannot create the folder: " + errno_text(e));
    }
    int next = ::openat(fd, parts[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int e = errno;
    ::close(fd);
    if (next < 0) throw environment_error(target_ + "/" + rel, "cannot open the folder: " + errno_text(e));
    fd = next;
  }
  if (fd < 0) throw environment_error(target_, "cannot open the folder it is unpacked in: " + errno_text(errno));
  return fd;
}

void ExtractionDir::make_folder(std::string_view rel) {
  std::vector<std::string> parts = split(rel);
  ::close(open_folder(parts, parts.size()));
}

ExtractionDir::File ExtractionDir::create_file(std::string_view rel) {
  std::vector<std::string> parts = split(rel);
  int dir = open_folder(parts, parts.size() - 1);
  int fd = ::openat(dir, parts.back().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  int e = errno;
  ::close(dir);
  std::string shown = target_ + "/" + std::string(rel);
  if (fd < 0) throw environment_error(shown, "cannot create the file: " + errno_text(e));
  return File(fd, shown);
}

ExtractionDir::File::~File() {
  if (fd_ >= 0) ::close(fd_);
}

void ExtractionDir::File::write(const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      throw environment_error(path_, errno == ENOSPC ? std::string("the disk is full")
                                                     : "cannot write the file: " + errno_text(errno));
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
}

void ExtractionDir::File::finish() {
  if (::fsync(fd_) != 0) throw environment_error(path_, "cannot flush the file to disk: " + errno_text(errno));
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw environment_error(path_, "cannot write the file: " + errno_text(errno));
}

void ExtractionDir::commit() {
  // Folders deepest first, then the root: every name is durable before the
  // rename publishes the project.
  std::vector<std::string> folders(folders_.rbegin(), folders_.rend());
  for (const std::string& rel : folders) {
    std::vector<std::string> parts = split(rel);
    int fd = open_folder(parts, parts.size());
    ::fsync(fd);
    ::close(fd);
  }
  if (::fsync(root_fd_) != 0) throw environment_error(target_, "cannot flush the folder to disk: " + errno_text(errno));
  // rename() replaces an empty folder atomically and refuses a non-empty one.
  if (::rename(temp_.c_str(), target_.c_str()) != 0) {
    if (errno == ENOTEMPTY || errno == EEXIST)
      throw bad_input(target_, "the folder is no longer empty: something was written into it meanwhile");
    throw environment_error(target_, "cannot move the unpacked project into place: " + errno_text(errno));
  }
  committed_ = true;
  sync_directory(parent_);
}

}  // namespace crux
