#pragma once
// Bundles: a whole project folder as one ZIP file (FILE.crux) that a historian
// can send by mail, and the way back. docs/bundle.md describes the format, the
// bounds and everything that is refused.
//
// A bundle is made by Crux, but the file that comes back by mail may have been
// made by anyone: unbundle() treats every byte of it as hostile. It validates
// every entry before it writes anything, counts the bytes it actually inflates
// (a table of contents can lie), never follows a symbolic link, and builds the
// project in a temp folder that is renamed into place only at the very end, so
// a refused or failed unbundle leaves nothing on disk.
#include <cstdint>
#include <string>

namespace crux {

inline constexpr const char* kBundleExtension = ".crux";

// What was packed or unpacked, for the report on stderr.
struct BundleSummary {
  std::string path;         // the .crux file (bundle) or the project folder (unbundle)
  std::uint64_t files = 0;  // regular files
  std::uint64_t folders = 0;
  std::uint64_t bytes = 0;  // uncompressed size of all files
};

// The bounds unbundle() enforces, once from the archive's table of contents and
// again while streaming, on the bytes actually inflated. The defaults are far
// above any real project (a large seminar is a few hundred MB of TEI) and far
// below what would fill a laptop's disk. Tests pass small values.
struct UnbundleLimits {
  std::uint64_t max_entries = 100'000;              // files and folders
  std::uint64_t max_entry_bytes = 512ull << 20;     // one file, uncompressed
  std::uint64_t max_total_bytes = 2ull << 30;       // all files, uncompressed
  // Compression ratio of one entry (uncompressed : compressed), checked once the
  // entry passes ratio_floor_bytes. TEI compresses about 5-20:1; Deflate can
  // reach about 1000:1 on runs of one byte, which is what ZIP bombs are made of.
  std::uint64_t max_ratio = 100;
  std::uint64_t ratio_floor_bytes = 1ull << 20;
};

// Packs project_dir into out_file.
//  - project_dir must hold crux-project.xml (else "not a Crux project").
//  - Every regular file and folder is added, with paths relative to the
//    project root, '/' separators, in sorted order, Deflate-compressed, except
//    .crux/ (caches), .git/ (history and configuration, which is not the
//    project's to send) and out_file itself when it lies inside the project.
//  - A symbolic link, pipe, socket or device inside the project is refused
//    (naming it): a bundle holds only files and folders. Names that unbundle()
//    would refuse are refused here too, so every bundle Crux makes unpacks.
//  - out_file may not lie inside .crux/, sources/, layers/ or taxonomies/;
//    elsewhere inside the project its name must end in ".crux".
//  - With SOURCE_DATE_EPOCH set, every time stamp is that moment and every
//    file mode fixed, so the same project gives the same bytes.
//  - Written atomically: a temp file beside out_file is filled, checked with
//    the same rules unbundle() applies, fsynced and renamed over out_file; on
//    any failure it is removed and out_file is untouched.
// Throws crux::Error naming the file or folder at fault.
BundleSummary bundle(const std::string& project_dir, const std::string& out_file);

// Unpacks bundle_file into dir, which must not exist or be an empty folder
// (its parent must exist). Refuses, with a message naming bundle_file and the
// entry: names that are absolute, climb out with "..", use backslashes, drive
// letters or control characters, or are empty; symbolic links and special
// files; encrypted entries and compression other than Stored/Deflate; two
// entries for one place (duplicates, a file where a folder is needed, names
// differing only in case); entries inside .crux/ or a .git folder; archives
// past limits; archives without crux-project.xml at the top.
// Throws crux::Error(BadInput) for a bad bundle, (Environment) for I/O errors.
BundleSummary unbundle(const std::string& bundle_file, const std::string& dir,
                       const UnbundleLimits& limits = {});

}  // namespace crux
