#include "tei/base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "tei/base/error.h"

namespace crux {
namespace fs = std::filesystem;

static std::string errno_text(int e) { return std::strerror(e); }

std::uint64_t checked_file_size(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) throw bad_input(path, "no such file");
    throw environment_error(path, "cannot read the file: " + errno_text(errno));
  }
  if (S_ISDIR(st.st_mode)) throw bad_input(path, "is a folder, not a file");
  if (!S_ISREG(st.st_mode)) throw bad_input(path, "is not a regular file");
  return static_cast<std::uint64_t>(st.st_size);
}

std::string read_file(const std::string& path, std::uint64_t max_bytes) {
  std::uint64_t size = checked_file_size(path);
  if (size > max_bytes) {
    throw bad_input(path, "the file is " + std::to_string(size / (1024 * 1024)) +
                              " MB, more than the limit of " +
                              std::to_string(max_bytes / (1024 * 1024)) + " MB");
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == EACCES) throw environment_error(path, "permission denied: the file cannot be read");
    throw environment_error(path, "cannot open the file: " + errno_text(errno));
  }
  std::string data;
  data.resize(static_cast<size_t>(size));
  size_t done = 0;
  while (true) {
    if (done == data.size()) {
      // The file may have grown since stat(); read on, within the limit.
      if (data.size() >= max_bytes) break;
      data.resize(std::min<std::uint64_t>(data.size() * 2 + 4096, max_bytes + 1));
    }
    ssize_t n = ::read(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      ::close(fd);
      if (e == EISDIR) throw bad_input(path, "is a folder, not a file");
      throw environment_error(path, "cannot read the file: " + errno_text(e));
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  data.resize(done);
  if (done > max_bytes) throw bad_input(path, "the file grew past the size limit while it was read");
  return data;
}

void sync_directory(const std::string& dir) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // Some file systems do not allow it; the rename is still atomic.
  ::fsync(fd);
  ::close(fd);
}

static std::string random_suffix() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  static const char* digits = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 8; ++i) s += digits[rng() % 36];
  return s;
}

void write_file_atomic(const std::string& path, std::string_view content) {
  fs::path target(path);
  fs::path dir = target.parent_path();
  std::string dir_s = dir.empty() ? std::string(".") : dir.string();
  // Built step by step: GCC 12 warns (-Wrestrict, falsely) on "." + string&&.
  std::string tmp_name = ".";
  tmp_name += target.filename().string();
  tmp_name += ".tmp-";
  tmp_name += random_suffix();
  std::string tmp = (dir / tmp_name).string();
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw environment_error(path, "cannot write the file: " + errno_text(errno));
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw environment_error(path, (e == ENOSPC ? std::string("the disk is full")
                                                 : "cannot write the file: " + errno_text(e)) +
                                        "; the previous version is unchanged");
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    int e = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    throw environment_error(path, "cannot flush the file to disk: " + errno_text(e));
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    throw environment_error(path, "cannot replace the file: " + errno_text(e));
  }
  sync_directory(dir_s);
}

}  // namespace crux
