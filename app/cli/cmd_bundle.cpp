// `crux bundle DIR -o FILE.crux` and `crux unbundle FILE.crux DIR`: a project
// as one file for sending by mail, and back (tei/bundle/bundle.h,
// docs/bundle.md). Errors are crux::Error: a bad project or bundle exits 1,
// usage and I/O errors 2. The report goes to stderr; nothing is printed on
// stdout, as neither command has a result a script would read.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "app/cli/cli_support.h"
#include "tei/bundle/bundle.h"

namespace crux::cli {

namespace {

// "3 files", "1 file"
std::string count_of(std::uint64_t n, const char* what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

// "12.3 MB": sizes for people, in the units a mail program shows.
std::string human_size(std::uint64_t bytes) {
  const char* units[] = {"bytes", "KB", "MB", "GB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  std::snprintf(text, sizeof text, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
  return text;
}

}  // namespace

void register_bundle_commands(CLI::App& app) {
  struct BundleArgs {
    std::string dir, output;
  };
  auto b = std::make_shared<BundleArgs>();
  CLI::App* pack = app.add_subcommand("bundle", "Pack a project into one .crux file, e.g. to send it by mail");
  pack->add_option("DIR", b->dir, "The project folder")->required();
  pack->add_option("-o,--output", b->output, "The bundle to write (FILE.crux); replaced if it exists")->required();
  pack->footer("Caches (.crux/) and git history (.git/) are left out; symbolic links in the project are refused.");
  pack->callback([b] {
    BundleSummary s = bundle(b->dir, b->output);
    std::cerr << "crux: bundled " << count_of(s.files, "file") << " (" << human_size(s.bytes) << ") of " << b->dir
              << " into " << s.path << "\n";
  });

  struct UnbundleArgs {
    std::string file, dir;
  };
  auto u = std::make_shared<UnbundleArgs>();
  CLI::App* unpack = app.add_subcommand("unbundle", "Unpack a .crux bundle into a new project folder");
  unpack->add_option("FILE", u->file, "The bundle (FILE.crux)")->required();
  unpack->add_option("DIR", u->dir, "The folder to create (new or empty)")->required();
  unpack->footer("Every entry is checked before anything is written; a refused bundle leaves nothing on disk.");
  unpack->callback([u] {
    BundleSummary s = unbundle(u->file, u->dir);
    std::cerr << "crux: unpacked " << count_of(s.files, "file") << " (" << human_size(s.bytes) << ") from "
              << u->file << " into " << s.path << "\n";
  });
}

}  // namespace crux::cli
