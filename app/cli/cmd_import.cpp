// `crux to-tei FILE [-o OUT]` and `crux import PROJECT FILE...`.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/base/slug.h"
#include "tei/import/import_pipeline.h"
#include "tei/project/project.h"

namespace crux::cli {
namespace {

struct ToTeiArgs : ImportArgs {
  std::string file;
  std::string out;
};

void run_to_tei(const ToTeiArgs& a) {
  SourceMeta given = a.meta;
  if (given.id.empty()) given.id = slug_from_filename(a.file);
  else if (!is_valid_id(given.id)) throw usage_error("'" + given.id + "' is not a valid source id");
  ImportOutput out = import_file(a.file, a.options, given);
  if (a.out.empty()) {
    std::cout << out.tei;
    std::cout.flush();
  } else {
    write_file_atomic(a.out, out.tei);
  }
  std::cerr << (a.json ? report_json(out.report, given.id) + "\n" : report_text(out.report));
}

struct ImportCmdArgs : ImportArgs {
  std::string project;
  std::vector<std::string> files;
};

void run_import(const ImportCmdArgs& a) {
  Project project = Project::open(a.project);
  if (!a.meta.id.empty() && a.files.size() > 1)
    throw usage_error("--id names one source; give one file with it, not " + std::to_string(a.files.size()));
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  int failures = 0;
  for (const std::string& file : a.files) {
    SourceMeta given = a.meta;
    std::string id;
    nlohmann::ordered_json row;
    try {
      if (given.id.empty()) {
        id = project.unique_source_id(slug_from_filename(file));
      } else {
        if (!is_valid_id(given.id)) throw usage_error("'" + given.id + "' is not a valid source id");
        if (project.has_source(given.id))
          throw bad_input(file, "the project already has a source with the id '" + given.id + "'");
        id = given.id;
      }
      given.id = id;
      ImportOutput out = import_file(file, a.options, given);
      project.add_source(id, out.tei);
      if (a.json) {
        row["id"] = id;
        row["file"] = file;
        row["status"] = "imported";
        row["report"] = nlohmann::ordered_json::parse(report_json(out.report, id));
      } else {
        std::cout << id << "\t" << file << "\timported\n";
        std::cerr << report_text(out.report);
      }
    } catch (const Error& e) {
      // A file that fails does not stop the others; the exit code tells.
      ++failures;
      if (e.category() == ErrorCategory::Internal) throw;
      if (a.json) {
        row["id"] = id;
        row["file"] = file;
        row["status"] = "failed";
        row["error"] = e.what();
      } else {
        std::cout << (id.empty() ? "-" : id) << "\t" << file << "\tfailed\n";
      }
      std::cerr << "crux: " << e.what() << "\n";
      globals().exit_code = std::max(globals().exit_code, exit_code_for(e.category()));
    }
    if (a.json) results.push_back(row);
  }
  if (a.json) std::cout << results.dump(2) << "\n";
  if (failures > 0 && a.files.size() > 1)
    std::cerr << "crux: " << failures << " of " << a.files.size() << " files could not be imported\n";
}

}  // namespace

void register_import_commands(CLI::App& app) {
  auto to_tei = std::make_shared<ToTeiArgs>();
  CLI::App* t = app.add_subcommand("to-tei", "Convert one file (text, HTML, TEI) to TEI P5");
  t->add_option("FILE", to_tei->file, "The file to convert")->required();
  t->add_option("-o,--output", to_tei->out, "Write the TEI here (default: stdout)");
  to_tei->add_to(*t);
  t->callback([to_tei] { run_to_tei(*to_tei); });

  auto imp = std::make_shared<ImportCmdArgs>();
  CLI::App* i = app.add_subcommand("import", "Convert files to TEI and add them to a project as sources");
  i->add_option("PROJECT", imp->project, "The project folder")->required();
  i->add_option("FILE", imp->files, "Files to import")->required();
  imp->add_to(*i);
  i->callback([imp] { run_import(*imp); });
}

}  // namespace crux::cli
