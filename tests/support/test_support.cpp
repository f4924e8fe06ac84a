#include "tests/support/test_support.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace crux::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string templ = (fs::temp_directory_path() / "crux-test-XXXXXX").string();
  if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
  path_ = templ;
}

TempDir::~TempDir() {
  std::error_code ec;
  // Make everything writable again (tests chmod files) before removing.
  for (auto it = fs::recursive_directory_iterator(path_, ec); !ec && it != fs::recursive_directory_iterator(); ++it)
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

std::string shared_dir() {
  const char* env = std::getenv("CRUX_SHARED_DIR");
  std::string dir = env && *env ? env : CRUX_SHARED_DIR;
  return fs::is_directory(dir + "/corpus") ? dir : std::string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void spit(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path);
}

int run_command(const std::string& command, std::string* out) {
  FILE* p = ::popen((command + " 2>&1").c_str(), "r");
  if (!p) return -1;
  std::string text;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) text.append(buf.data(), n);
  int status = ::pclose(p);
  if (out) *out = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string jing_tei_all(const std::string& file) {
  std::string dir = shared_dir();
  if (dir.empty()) return "SKIP: shared folder absent";
  if (run_command("command -v jing >/dev/null") != 0) return "SKIP: jing not installed";
  std::string out;
  int rc = run_command("jing '" + dir + "/schemas/tei_all.rng' '" + file + "' | grep -v 'SLF4J'", &out);
  (void)rc;
  // jing prints nothing for a valid file (SLF4J warnings are filtered above).
  std::string errors;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);)
    if (line.find("error") != std::string::npos || line.find("fatal") != std::string::npos) errors += line + "\n";
  return errors;
}

bool is_located_message(const std::string& s, const std::string& file, int line, const std::string& message_start) {
  if (s.compare(0, file.size() + 1, file + ":") != 0) return false;
  size_t i = file.size() + 1;
  auto number = [&](long& out) {
    size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == start || i >= s.size() || s[i] != ':') return false;
    out = std::stol(s.substr(start, i - start));
    ++i;
    return true;
  };
  long l = 0, c = 0;
  if (!number(l) || !number(c)) return false;
  if (line >= 0 && l != line) return false;
  return s.compare(i, message_start.size() + 1, " " + message_start) == 0;
}

std::string snapshot_tree(const std::string& dir) {
  std::ostringstream ss;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return "(absent)";
  std::vector<std::string> rows;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); ++it) {
    struct stat st {};
    ::lstat(it->path().c_str(), &st);
    rows.push_back(it->path().string() + " " + std::to_string(st.st_size) + " " +
                   std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec));
  }
  std::sort(rows.begin(), rows.end());
  for (auto& r : rows) ss << r << "\n";
  return ss.str();
}

}  // namespace crux::test
