#include "tei/project/write_lock.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "tei/base/clock.h"
#include "tei/base/error.h"
#include "tei/base/identity.h"

namespace crux {
namespace fs = std::filesystem;

namespace {

std::string host_name() {
  char buf[256] = {0};
  ::gethostname(buf, sizeof buf - 1);
  return buf;
}

struct LockInfo {
  long pid = 0;
  std::string host, user, since;
};

bool read_info(const std::string& path, LockInfo& info) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    std::string k = line.substr(0, eq), v = line.substr(eq + 1);
    if (k == "pid") info.pid = std::atol(v.c_str());
    else if (k == "host") info.host = v;
    else if (k == "user") info.user = v;
    else if (k == "since") info.since = v;
  }
  return true;
}

std::string describe(const LockInfo& i) {
  return "pid " + std::to_string(i.pid) + " on " + i.host + " (" + i.user + ", since " + i.since + ")";
}

// A holder on this host whose process no longer exists left a stale lock.
bool stale(const LockInfo& i) {
  if (i.host != host_name() || i.pid <= 0) return false;
  return ::kill(static_cast<pid_t>(i.pid), 0) != 0 && errno == ESRCH;
}

}  // namespace

std::string WriteLock::holder(const std::string& dir) {
  LockInfo i;
  if (!read_info(dir + "/.crux/lock", i)) return {};
  return describe(i);
}

WriteLock::WriteLock(const std::string& dir, int wait_ms) : path_(dir + "/.crux/lock") {
  std::error_code ec;
  fs::create_directories(dir + "/.crux", ec);
  std::ostringstream content;
  content << "pid=" << ::getpid() << "\nhost=" << host_name() << "\nuser=" << acting_user()
          << "\nsince=" << iso_timestamp(std::time(nullptr)) << "\n";
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  while (true) {
    int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) {
      std::string s = content.str();
      ssize_t n = ::write(fd, s.data(), s.size());
      (void)n;
      ::close(fd);
      return;
    }
    if (errno != EEXIST) throw environment_error(path_, std::string("cannot take the write lock: ") + std::strerror(errno));
    LockInfo info;
    bool readable = read_info(path_, info);
    if (readable && stale(info)) {
      // Take over atomically: rename away the stale file so two takers cannot both win.
      std::string grave = path_ + ".stale-" + std::to_string(::getpid());
      if (::rename(path_.c_str(), grave.c_str()) == 0) ::unlink(grave.c_str());
      continue;
    }
    if (std::chrono::steady_clock::now() >= deadline)
      throw environment_error(path_, "the project is busy: another process is writing it (" +
                                         (readable ? describe(info) : std::string("unknown holder")) +
                                         "); try again, or delete .crux/lock if that process is gone");
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

WriteLock::~WriteLock() { ::unlink(path_.c_str()); }

}  // namespace crux
