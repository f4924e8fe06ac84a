#include "tei/base/identity.h"

#include <pwd.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace crux {

static std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(i);
}

static std::string git_user_name() {
  // popen with a fixed command line: no user input reaches the shell.
  FILE* p = ::popen("git config user.name 2>/dev/null", "r");
  if (!p) return {};
  std::string out;
  std::array<char, 256> buf{};
  while (std::fgets(buf.data(), buf.size(), p)) out += buf.data();
  ::pclose(p);
  return trim(out);
}

std::string acting_user(const std::string& explicit_user) {
  if (!trim(explicit_user).empty()) return trim(explicit_user);
  if (const char* env = std::getenv("CRUX_USER"); env && *env) return trim(env);
  if (std::string git = git_user_name(); !git.empty()) return git;
  if (const char* login = ::getlogin(); login && *login) return login;
  if (passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name) return pw->pw_name;
  return "unknown";
}

}  // namespace crux
