#pragma once
// The first pass of unbundle(): open an archive and check every entry against
// the rules (entry_rules.h) and the limits from its table of contents, before
// anything is written. bundle() runs the same pass on what it has just written,
// so Crux never sends a bundle that Crux would refuse.
//
// The sizes checked here are the archive's claims. A crafted archive can lie
// about them, so unbundle() checks the same limits again on the bytes it
// actually inflates (entry_size_problem, total_size_problem).
#include <cstdint>
#include <string>
#include <vector>

#include "tei/bundle/bundle.h"
#include "tei/bundle/zip_handle.h"

namespace crux {

struct BundleEntry {
  zip_uint64_t index = 0;
  std::string name;  // passed entry_name_problem(); a folder's ends with '/'
  bool folder = false;
  std::uint64_t size = 0;             // uncompressed, as declared
  std::uint64_t compressed_size = 0;  // as declared
};

struct BundleIndex {
  ZipPtr zip;                        // open for reading
  std::vector<BundleEntry> entries;  // in archive order
  std::uint64_t declared_bytes = 0;  // sum of the files' declared sizes
};

// Opens bundle_file and validates every entry. Throws crux::Error(BadInput)
// naming the file, the entry and the problem ("refused: the entry '../x'
// climbs out of the project folder with '..'"); Environment when the file
// cannot be read.
BundleIndex inspect_bundle(const std::string& bundle_file, const UnbundleLimits& limits);

// "" or why an entry that unpacks to `bytes` passes the per-entry limits (size,
// compression ratio against its compressed size).
std::string entry_size_problem(const BundleEntry& entry, std::uint64_t bytes, const UnbundleLimits& limits);
// "" or why `bytes` in all pass the total limit.
std::string total_size_problem(std::uint64_t bytes, const UnbundleLimits& limits);

// "512 MB", "10 KB", "1000 bytes": sizes in messages.
std::string describe_size(std::uint64_t bytes);

}  // namespace crux
