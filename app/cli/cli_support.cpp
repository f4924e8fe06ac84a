#include "app/cli/cli_support.h"

#include <iostream>

namespace crux::cli {

GlobalOptions& globals() {
  static GlobalOptions g;
  return g;
}

void StderrUi::warn(const std::string& message) { std::cerr << "crux: warning: " << message << "\n"; }

void ImportArgs::add_to(CLI::App& cmd) {
  cmd.add_option("--id", meta.id, "Source id (default: a slug of the file name)");
  cmd.add_option("--title", meta.title, "Title of the source");
  cmd.add_option("--author", meta.author, "Author of the source");
  cmd.add_option("--date", meta.date, "Date of creation of the source (ISO, e.g. 1917-11-07)");
  cmd.add_option("--lang", options.lang, "Language (BCP 47, e.g. en, vi, ru); default: detected");
  cmd.add_option("--encoding", options.encoding, "Character encoding of the input; default: detected");
  cmd.add_option("--type", meta.type, "Source type")->check(CLI::IsMember({"primary", "secondary", "tertiary"}));
  cmd.add_option("--perspective", meta.perspective, "Standpoint, e.g. \"Soviet-era official\"");
  cmd.add_option("--audience", meta.audience, "For whom the source was written");
  cmd.add_option("--commissioner", meta.commissioner, "At whose behest it was written");
  cmd.add_option("--distance", meta.distance, "Distance from the events")
      ->check(CLI::IsMember({"eyewitness", "contemporary", "later"}));
  cmd.add_option("--provenance", meta.provenance, "Where this copy comes from (URL, archive)");
  cmd.add_option("--reliability", meta.reliability, "Notes on the source's reliability");
  cmd.add_option("--format", options.format, "Force an input format: text, html or tei (default: detected)");
  cmd.add_flag("--lossy", options.lossy, "Replace invalid byte sequences with U+FFFD instead of refusing");
  cmd.add_flag("--strip-boilerplate", options.strip_boilerplate,
               "Drop web boilerplate instead of keeping it in <back>");
  cmd.add_flag("--json", json, "Report as JSON");
}

}  // namespace crux::cli
