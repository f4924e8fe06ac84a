#pragma once
// The project's write lock, .crux/lock (conventions): held only while files
// are being written, so the CLI works while the workbench has the project
// open. The file holds the holder's pid, host, user and start time; a lock
// whose process is gone (same host) is stale and taken over. A live holder
// makes acquisition wait briefly, then fail with a message naming it.
#include <string>

namespace crux {

class WriteLock {
 public:
  // Acquires the lock of the project in dir, waiting up to wait_ms for a
  // live holder. Throws crux::Error(Environment) "the project is busy: ..."
  // naming the holder.
  explicit WriteLock(const std::string& project_dir, int wait_ms = 3000);
  ~WriteLock();
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

  // Who holds the lock of dir now ("" if nobody), e.g. "pid 4242 on laptop (Minh, since 2026-11-23T10:00:00Z)".
  static std::string holder(const std::string& project_dir);

 private:
  std::string path_;
};

}  // namespace crux
