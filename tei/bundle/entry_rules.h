#pragma once
// The rules every entry name of a bundle obeys. bundle() applies them to the
// files it packs (so it never makes a bundle that unbundle() refuses) and
// unbundle() to every name of the archive, which it treats as hostile.
//
// A name is a path relative to the project root with '/' separators; a
// folder's name ends with one '/'. Names are UTF-8 (libzip converts the old
// CP437 names), written to disk byte for byte, so they must already be in the
// one form that cannot escape the target folder or mean two things on two
// systems.
#include <map>
#include <string>
#include <string_view>

namespace crux {

// Why name cannot be an entry of a bundle, in words for the user ("climbs out
// of the project folder with '..'"), or "" when it can.
std::string entry_name_problem(std::string_view name);

// name for a message: bytes below 0x20 and 0x7f shown as \xNN, so a hostile
// name cannot rewrite the user's terminal.
std::string printable_entry_name(std::string_view name);

// The names of one bundle, to find entries that would land on the same place
// on disk: exact duplicates, a file where a folder is needed ("a" and "a/b"),
// and names that differ only in case or Unicode normalisation ("Note" and
// "note", NFC and NFD "é"), which are one file on Windows and macOS. Folders
// implied by deeper names ("a/" for "a/b") count as well.
class EntryNameSet {
 public:
  // Adds a name that passed entry_name_problem(). Returns "" or the clash as
  // a phrase naming both entries ("the entry 'a/b' needs 'a' to be both...").
  std::string add(std::string_view name);

 private:
  enum class Kind { File, Folder, ImpliedFolder };
  std::string add_path(const std::string& path, Kind kind, std::string_view entry);
  std::map<std::string, Kind> kinds_;            // path without trailing '/'
  std::map<std::string, std::string> by_folded_;  // case-folded NFC path → path
};

}  // namespace crux
