#pragma once
// Where unbundle() writes: a new folder beside the target, filled entry by
// entry and renamed onto the target only when everything is written and
// flushed (commit). Until then the destructor removes it with all it holds,
// so a refused or failed unbundle leaves nothing on disk, and a reader never
// sees a half-unpacked project under the target's name.
//
// Every path inside is reached from a descriptor of the folder with openat()
// and mkdirat(), one component at a time, with O_NOFOLLOW and O_EXCL: nothing
// is ever written through a symbolic link or over an existing file, whatever
// else happens in the folder meanwhile.
#include <string>
#include <string_view>
#include <vector>

namespace crux {

class ExtractionDir {
 public:
  // Checks the target (absent, or an empty folder that is no symbolic link;
  // its parent must exist) and creates "<parent>/.<name>.unbundle-XXXXXXXX".
  // Throws crux::Error naming target.
  explicit ExtractionDir(std::string target);
  // The checks of the constructor alone, creating nothing.
  static void check_target(const std::string& target);
  ~ExtractionDir();
  ExtractionDir(const ExtractionDir&) = delete;
  ExtractionDir& operator=(const ExtractionDir&) = delete;

  // A new file, written in pieces and flushed to disk by finish().
  class File {
   public:
    File(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
    ~File();
    File(File&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)) { other.fd_ = -1; }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
    File& operator=(File&&) = delete;
    void write(const char* data, size_t size);
    void finish();  // fsync and close

   private:
    int fd_;
    std::string path_;  // for messages
  };

  // Creates the folder rel ("sources" or "sources/"), and its parents.
  void make_folder(std::string_view rel);
  // Creates the new file rel ("sources/a.tei.xml") and its parent folders.
  File create_file(std::string_view rel);
  // Flushes every folder, renames the temp folder onto the target and flushes
  // the parent. After commit the destructor leaves the target alone.
  void commit();

  const std::string& target() const { return target_; }

 private:
  int open_folder(const std::vector<std::string>& parts, size_t count);
  std::string target_;
  std::string parent_;
  std::string temp_;
  int root_fd_ = -1;
  std::vector<std::string> folders_;  // every folder made, relative, for fsync at commit
  bool committed_ = false;
};

}  // namespace crux
