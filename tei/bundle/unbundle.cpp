// unbundle(): the second pass. inspect_bundle() has checked every entry from
// the table of contents before this file writes anything; here each file is
// streamed out of the archive while the bytes actually inflated are counted,
// because the table of contents of a crafted archive can lie about the sizes
// (libzip inflates whatever the data holds, whatever the header says).
#include <array>

#include "tei/base/error.h"
#include "tei/bundle/bundle.h"
#include "tei/bundle/bundle_index.h"
#include "tei/bundle/entry_rules.h"
#include "tei/bundle/extraction_dir.h"

namespace crux {

namespace {

Error refused_while_unpacking(const std::string& file, const BundleEntry& entry, const std::string& problem) {
  return bad_input(file, "refused: the entry '" + printable_entry_name(entry.name) + "' " + problem);
}

// Streams one file entry into out. total counts every byte inflated so far in
// the whole bundle. Every limit is checked after each piece, so a bomb is
// stopped within one piece (64 KB) of the bound, whatever it claims.
void unpack_file(const std::string& bundle_file, zip_t* zip, const BundleEntry& entry, ExtractionDir::File& out,
                 std::uint64_t& total, const UnbundleLimits& limits) {
  ZipFilePtr in(zip_fopen_index(zip, entry.index, 0));
  if (!in) {
    throw bad_input(bundle_file, "the bundle is damaged: the entry '" + printable_entry_name(entry.name) +
                                     "' cannot be read (" + zip_strerror(zip) + ")");
  }
  static thread_local std::array<char, 64 * 1024> buffer;
  std::uint64_t produced = 0;
  while (true) {
    zip_int64_t n = zip_fread(in.get(), buffer.data(), buffer.size());
    if (n < 0) {
      throw bad_input(bundle_file, "the bundle is damaged: the entry '" + printable_entry_name(entry.name) +
                                       "' cannot be unpacked (" + zip_error_strerror(zip_file_get_error(in.get())) +
                                       ")");
    }
    if (n == 0) break;
    produced += static_cast<std::uint64_t>(n);
    total += static_cast<std::uint64_t>(n);
    // The declared size already passed every limit, so an entry that keeps to
    // it keeps to them; one that inflates past it is lying.
    if (produced > entry.size) {
      throw refused_while_unpacking(
          bundle_file, entry,
          "unpacks to more than the " + describe_size(entry.size) +
              " its table of contents declares: the bundle is damaged, or made to fool unpackers (a ZIP bomb)");
    }
    // Not reachable while the declared sizes hold, kept so the bounds never
    // rest on one check alone.
    if (std::string problem = entry_size_problem(entry, produced, limits); !problem.empty())
      throw refused_while_unpacking(bundle_file, entry, problem);
    if (std::string problem = total_size_problem(total, limits); !problem.empty())
      throw bad_input(bundle_file, "refused: " + problem);
    out.write(buffer.data(), static_cast<size_t>(n));
  }
  if (produced != entry.size) {
    throw bad_input(bundle_file, "the bundle is damaged or incomplete: the entry '" + printable_entry_name(entry.name) +
                                     "' is shorter than its table of contents declares");
  }
  out.finish();
}

BundleSummary unbundle_checked(const std::string& bundle_file, const std::string& dir, const UnbundleLimits& limits) {
  // The target is checked first, so a wrong folder is reported before a
  // long validation; nothing is created until the bundle has passed.
  ExtractionDir::check_target(dir);
  BundleIndex index = inspect_bundle(bundle_file, limits);
  ExtractionDir out(dir);
  BundleSummary summary;
  summary.path = out.target();
  std::uint64_t total = 0;
  for (const BundleEntry& entry : index.entries) {
    if (entry.folder) {
      out.make_folder(entry.name);
      ++summary.folders;
      continue;
    }
    ExtractionDir::File file = out.create_file(entry.name);
    unpack_file(bundle_file, index.zip.get(), entry, file, total, limits);
    ++summary.files;
  }
  summary.bytes = total;
  out.commit();
  return summary;
}

}  // namespace

BundleSummary unbundle(const std::string& bundle_file, const std::string& dir, const UnbundleLimits& limits) {
  try {
    return unbundle_checked(bundle_file, dir, limits);
  } catch (const Error& e) {
    // Every path above leaves the disk as it was; say so, since the user's
    // first worry after a refusal is what was left behind.
    throw Error(e.category(), e.problem() + "; nothing was unpacked", e.file());
  }
}

}  // namespace crux
