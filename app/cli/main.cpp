// crux: the command-line tool. Results on stdout, diagnostics on stderr; exit
// 0 ok, 1 bad input / problems found, 2 usage or I/O error, 3 internal error
// (../shared/docs/conventions.md).
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/cli/cli_support.h"
#include "crux/version.h"
#include "tei/base/error.h"

int main(int argc, char** argv) {
  using namespace crux;
  cli::StderrUi ui_services;
  set_ui_services(&ui_services);

  CLI::App app{"Crux: a workbench for source criticism. Import sources as TEI, tag claims, link them, export editions.",
               "crux"};
  app.set_version_flag("--version", std::string("crux ") + kVersion);
  app.add_option("--user", cli::globals().user, "Who is acting (default: $CRUX_USER, git user.name, login)");
  app.require_subcommand(1);
  app.footer("Run `crux COMMAND --help` for the options of a command.");
  cli::register_import_commands(app);
  cli::register_init_command(app);
  cli::register_info_command(app);
  cli::register_validate_command(app);
  cli::register_claim_commands(app);
  cli::register_link_commands(app);
  cli::register_layer_commands(app);
  cli::register_source_commands(app);
  cli::register_taxonomy_commands(app);
  cli::register_merge_command(app);
  cli::register_bundle_commands(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e, std::cout, std::cerr);
    return 2;
  } catch (const Error& e) {
    std::cerr << "crux: " << (e.category() == ErrorCategory::Internal ? "internal error: " : "") << e.what() << "\n";
    return exit_code_for(e.category());
  } catch (const std::bad_alloc&) {
    std::cerr << "crux: out of memory\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "crux: internal error: " << e.what() << "\n";
    return 3;
  }
  return cli::globals().exit_code;
}
