// `crux init DIR --title T [--description D]`: a new, empty project.
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "tei/base/identity.h"
#include "tei/annotation/project_model.h"

namespace crux::cli {

void register_init_command(CLI::App& app) {
  struct Args {
    std::string dir, title, description;
  };
  auto a = std::make_shared<Args>();
  CLI::App* c = app.add_subcommand("init", "Create a new project folder");
  c->add_option("DIR", a->dir, "The folder to create (new or empty)")->required();
  c->add_option("--title", a->title, "Title of the project")->required();
  c->add_option("--description", a->description, "What the project is about");
  c->callback([a] {
    create_project(a->dir, a->title, a->description, acting_user(globals().user));
    std::cerr << "crux: created project \"" << a->title << "\" in " << a->dir << "\n";
  });
}

}  // namespace crux::cli
