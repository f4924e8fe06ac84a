#pragma once
// Reading user files with clear errors, and writing files atomically.
//
// Writing follows one recipe everywhere (temp file in the same folder, fsync,
// rename over the target, fsync the folder), so a crash or kill at any moment
// leaves either the old or the new file, never a half-written one.
#include <cstdint>
#include <string>
#include <string_view>

namespace crux {

// Inputs larger than this are refused with a clear message (documented in
// docs/file-format.md). 256 MiB keeps a whole import within a laptop's memory.
inline constexpr std::uint64_t kMaxInputBytes = 256ull * 1024 * 1024;

// Reads a whole file. Throws crux::Error naming the file when it is missing,
// a directory, unreadable, or larger than max_bytes.
std::string read_file(const std::string& path, std::uint64_t max_bytes = kMaxInputBytes);

// Size of a regular file, with the same checks and messages as read_file.
std::uint64_t checked_file_size(const std::string& path);

// Atomically replaces (or creates) path with content. Throws
// crux::Error(Environment) on any failure; the old file is then untouched and
// no temp file is left behind.
void write_file_atomic(const std::string& path, std::string_view content);

// fsyncs a directory so a rename inside it is durable.
void sync_directory(const std::string& dir);

}  // namespace crux
