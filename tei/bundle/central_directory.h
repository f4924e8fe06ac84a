#pragma once
// A second, independent reading of a ZIP archive's table of contents (the
// central directory), for the one thing libzip hides: the raw bytes of each
// name. libzip turns a NUL byte inside a name into a space ("a\0b" reaches its
// API as "a b", while other unpackers see "a") and the control bytes of a name
// without the UTF-8 flag into CP437 symbols (ESC becomes U+2190). unbundle()
// refuses such names, and needs the raw bytes to notice them.
//
// Only what a single-volume archive of at most 65535 entries or a ZIP64 one
// needs is understood; anything else is refused as damaged. libzip remains
// the reader of everything else (attributes, sizes, data).
#include <cstdint>
#include <string>
#include <vector>

namespace crux {

// The raw entry names of the archive at path, in table-of-contents order (the
// order of libzip's indices). Reads only the end records and the directory,
// each bounded (max_entries entries, 256 MB), so it runs before libzip parses
// anything. Throws crux::Error(BadInput) naming path for a file that is no ZIP
// archive, one cut short, one with too many entries, or a damaged directory.
std::vector<std::string> read_central_directory_names(const std::string& path, std::uint64_t max_entries);

}  // namespace crux
