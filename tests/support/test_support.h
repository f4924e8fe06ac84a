#pragma once
// Helpers shared by the GoogleTest suites: temp folders, the shared folder
// (skip with a visible reason when it is absent), jing validation.
#include <string>

namespace crux::test {

// A fresh empty folder under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// The shared folder (CMake variable CRUX_SHARED_DIR), or "" if absent.
std::string shared_dir();
// GTEST_SKIP()s the calling test with a reason when the shared folder is absent.
#define CRUX_REQUIRE_SHARED()                                                              \
  do {                                                                                      \
    if (::crux::test::shared_dir().empty())                                                \
      GTEST_SKIP() << "shared folder not found at " CRUX_SHARED_DIR " (set CRUX_SHARED_DIR)"; \
  } while (0)

// Reads / writes a whole file (test convenience; throws on failure).
std::string slurp(const std::string& path);
void spit(const std::string& path, const std::string& content);

// Runs jing with the official tei_all.rng on a file. Returns "" when valid,
// else jing's output. Returns "SKIP: ..." when jing or the schema is missing.
std::string jing_tei_all(const std::string& file);

// Runs a shell command, returns its exit status; output captured into *out.
int run_command(const std::string& command, std::string* out = nullptr);

// True if s is "FILE:LINE:COL: MESSAGE…" with this file, the line (any when
// line < 0), any column, and a message starting with message_start.
bool is_located_message(const std::string& s, const std::string& file, int line, const std::string& message_start);

// A listing (path, size, mtime) of every file below dir, to assert that
// nothing on disk changed.
std::string snapshot_tree(const std::string& dir);

}  // namespace crux::test
