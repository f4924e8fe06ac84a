// `crux validate FILE|PROJECT`: files Crux generates against our XSDs; TEI
// kept as imported for well-formedness and ids; cross-references. Exit 0
// valid, 1 invalid (file:line:col: message lines on stdout), 2 usage/I/O.
#include <filesystem>
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/project/project.h"
#include "tei/xml/validator.h"

namespace crux::cli {
namespace fs = std::filesystem;

static std::vector<std::string> files_to_check(const std::string& target) {
  std::error_code ec;
  if (!fs::is_directory(target, ec)) return {target};
  // The manifest is validated like every other file, so a damaged one is
  // reported as a problem, not as a failure to open the project.
  if (!Project::is_project(target))
    throw bad_input(target, std::string("not a Crux project: ") + Project::kManifestName + " is missing");
  std::vector<std::string> files{target + "/" + Project::kManifestName};
  for (const char* sub : {"/sources", "/layers", "/taxonomies"}) {
    std::string dir = target + sub;
    ec.clear();
    std::vector<std::string> found;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); ++it) {
      std::string name = it->path().filename().string();
      if (name.size() > 8 && name.ends_with(".tei.xml") && name[0] != '.') found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

void register_validate_command(CLI::App& app) {
  auto target = std::make_shared<std::string>();
  CLI::App* c = app.add_subcommand("validate", "Validate a file or every file of a project");
  c->add_option("FILE_OR_PROJECT", *target, "A TEI file, a manifest, or a project folder")->required();
  c->callback([target] {
    size_t invalid = 0;
    std::vector<std::string> files = files_to_check(*target);
    for (const std::string& f : files) {
      std::string bytes = read_file(f);
      std::vector<ValidationProblem> problems;
      try {
        problems = validate_document(bytes, f);
      } catch (const Error& e) {
        if (e.category() != ErrorCategory::BadInput) throw;
        problems.push_back({f, 0, 0, e.problem()});
      }
      if (!problems.empty()) ++invalid;
      for (const auto& p : problems) std::cout << p.to_string() << "\n";
    }
    std::cerr << "crux: " << files.size() << (files.size() == 1 ? " file" : " files") << " checked, " << invalid
              << " invalid\n";
    if (invalid > 0) globals().exit_code = 1;
  });
}

}  // namespace crux::cli
