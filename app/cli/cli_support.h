#pragma once
// What every command of `crux` shares: the global options, the exit code a
// command sets, the UI services that print to stderr, and the import
// metadata options used by both `to-tei` and `import`.
#include <CLI/CLI.hpp>

#include <string>

#include "tei/base/ui_services.h"
#include "tei/import/importer.h"
#include "tei/import/source_meta.h"

namespace crux::cli {

struct GlobalOptions {
  std::string user;  // --user: who is acting
  int exit_code = 0; // set by commands that report problems without throwing (validate, import)
};

GlobalOptions& globals();

// Warnings and progress on stderr.
class StderrUi : public UiServices {
 public:
  void warn(const std::string& message) override;
};

// The options of `to-tei` and `import` that describe the source and the import.
struct ImportArgs {
  SourceMeta meta;
  ImportOptions options;
  bool json = false;
  void add_to(CLI::App& cmd);
};

// Each command file registers its subcommand(s).
void register_import_commands(CLI::App& app);  // to-tei, import
void register_init_command(CLI::App& app);
void register_info_command(CLI::App& app);
void register_validate_command(CLI::App& app);
void register_claim_commands(CLI::App& app);     // annotate, claim edit|delete, claims
void register_link_commands(CLI::App& app);      // link, link delete, links
void register_layer_commands(CLI::App& app);     // layer new|list|set|remove|import
void register_source_commands(CLI::App& app);    // source set|remove, check
void register_taxonomy_commands(CLI::App& app);  // taxonomy list|add|edit|remove
void register_merge_command(CLI::App& app);      // merge (git merge driver)
void register_bundle_commands(CLI::App& app);    // bundle, unbundle

}  // namespace crux::cli
