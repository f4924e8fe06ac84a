#include "tei/bundle/entry_rules.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cctype>
#include <vector>

#include "tei/base/utf8.h"

namespace crux {

namespace {

// Longer names are refused: no project needs them, and Linux refuses a
// component past 255 bytes anyway (with a less helpful message).
constexpr size_t kMaxNameBytes = 1024;
constexpr size_t kMaxComponentBytes = 255;

std::vector<std::string_view> split_components(std::string_view path) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t slash = path.find('/', start);
    parts.push_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) return parts;
    start = slash + 1;
  }
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// The form two names share when one file system would store them as one file.
std::string folded(const std::string& path) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(path);
  s.foldCase();
  icu::UnicodeString normal = U_SUCCESS(status) ? nfc->normalize(s, status) : s;
  std::string out;
  (U_SUCCESS(status) ? normal : s).toUTF8String(out);
  return out;
}

}  // namespace

std::string entry_name_problem(std::string_view name) {
  if (name.empty()) return "has an empty name";
  if (name.size() > kMaxNameBytes) return "has a name longer than " + std::to_string(kMaxNameBytes) + " bytes";
  for (unsigned char c : name) {
    if (c == 0) return "has a NUL character in its name";
    if (c < 0x20 || c == 0x7f) return "has a control character in its name";
  }
  if (first_invalid_utf8(name)) return "has a name that is not valid UTF-8";
  if (name.find('\\') != std::string_view::npos)
    return "has a backslash in its name, which Windows reads as a folder separator";
  if (name.front() == '/') return "is an absolute path; a bundle holds only paths inside the project";
  if (name.size() >= 2 && name[1] == ':' && std::isalpha(static_cast<unsigned char>(name[0])))
    return "starts with a drive letter; a bundle holds only paths inside the project";
  if (name.find(':') != std::string_view::npos)
    return "has ':' in its name, which Windows reads as a drive or a hidden data stream";
  std::string_view path = name;
  if (path.back() == '/') path.remove_suffix(1);  // a folder
  std::vector<std::string_view> parts = split_components(path);
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view part = parts[i];
    if (part.empty()) return "has an empty folder name (\"//\" or a trailing \"/\") in its path";
    if (part == "..") return "climbs out of the project folder with '..'";
    if (part == ".") return "has a '.' folder in its path";
    if (part.size() > kMaxComponentBytes)
      return "has a part longer than " + std::to_string(kMaxComponentBytes) + " bytes in its path";
    // Git runs commands named in .git/config (hooks, fsmonitor) when the
    // receiver merely looks at the folder with git: never unpack one.
    if (equals_ignoring_ascii_case(part, ".git"))
      return "is inside a .git folder, which bundles never hold (it could run commands on the receiving computer)";
    // The caches are rebuilt by Crux from the project, never taken from a bundle.
    if (i == 0 && part == ".crux")
      return "is in the place of .crux/, the cache folder, which bundles never hold (`crux bundle` leaves it out)";
  }
  return {};
}

std::string printable_entry_name(std::string_view name) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string EntryNameSet::add(std::string_view name) {
  bool folder = !name.empty() && name.back() == '/';
  std::string path(folder ? name.substr(0, name.size() - 1) : name);
  // Every folder on the way first, so "a" then "a/b" is found at "a/b".
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
    std::string problem = add_path(path.substr(0, slash), Kind::ImpliedFolder, name);
    if (!problem.empty()) return problem;
  }
  return add_path(path, folder ? Kind::Folder : Kind::File, name);
}

std::string EntryNameSet::add_path(const std::string& path, Kind kind, std::string_view entry) {
  std::string shown = "the entry '" + printable_entry_name(entry) + "'";
  auto [it, inserted] = kinds_.emplace(path, kind);
  if (!inserted) {
    Kind old = it->second;
    bool old_folder = old != Kind::File, new_folder = kind != Kind::File;
    if (old_folder && new_folder) {
      // A folder may be listed once and implied any number of times.
      if (old == Kind::Folder && kind == Kind::Folder) return shown + " appears twice";
      if (kind == Kind::Folder) it->second = Kind::Folder;
      return {};
    }
    if (!old_folder && !new_folder) return shown + " appears twice";
    return shown + " needs '" + printable_entry_name(path) + "' to be both a file and a folder";
  }
  auto [f, fresh] = by_folded_.emplace(folded(path), path);
  if (!fresh)
    return "the entries '" + printable_entry_name(entry) + "' and '" + printable_entry_name(f->second) +
           "' differ only in case or in how accents are encoded: they would be one file on Windows and macOS";
  return {};
}

}  // namespace crux
