// `crux layer new|list|set|remove|import`.
#include <filesystem>
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "app/cli/model_support.h"
#include "tei/annotation/layer_io.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/project/project.h"

namespace crux::cli {
namespace fs = std::filesystem;

namespace {

bool parse_bool(const std::string& what, const std::string& v) {
  if (v == "true" || v == "yes" || v == "1") return true;
  if (v == "false" || v == "no" || v == "0") return false;
  throw usage_error(what + " takes true or false, not '" + v + "'");
}

void check_colour(const std::string& c) {
  bool ok = c.size() == 7 && c[0] == '#';
  for (size_t i = 1; ok && i < c.size(); ++i) ok = std::isxdigit(static_cast<unsigned char>(c[i]));
  if (!ok) throw usage_error("--colour takes #rrggbb, not '" + c + "'");
}

// Layers of a file or of another copy of the project: (id, path).
std::vector<std::pair<std::string, std::string>> layer_files(const std::string& from) {
  std::vector<std::pair<std::string, std::string>> out;
  std::error_code ec;
  if (fs::is_directory(from, ec)) {
    if (!Project::is_project(from)) throw bad_input(from, "not a Crux project (no crux-project.xml)");
    for (auto it = fs::directory_iterator(from + "/layers", ec); !ec && it != fs::directory_iterator(); ++it) {
      std::string name = it->path().filename().string();
      if (name.ends_with(".tei.xml") && name[0] != '.') out.push_back({name.substr(0, name.size() - 8), it->path().string()});
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string name = fs::path(from).filename().string();
  std::string id = name.ends_with(".tei.xml") ? name.substr(0, name.size() - 8) : fs::path(from).stem().string();
  out.push_back({id, from});
  return out;
}

}  // namespace

void register_layer_commands(CLI::App& app) {
  CLI::App* layer = app.add_subcommand("layer", "Manage annotation layers");
  layer->require_subcommand(1);

  struct Args {
    std::string project, id, name, owner, colour, description, visible, read_only, as;
    std::vector<std::string> files;
    bool json = false;
  };
  auto n = std::make_shared<Args>();
  CLI::App* c = layer->add_subcommand("new", "Create a layer");
  c->add_option("PROJECT", n->project, "The project folder")->required();
  c->add_option("ID", n->id, "The layer id (lower-case letters, digits, '-')")->required();
  c->add_option("--name", n->name, "A name to show");
  c->add_option("--owner", n->owner, "Whose layer it is (default: who is acting)");
  c->add_option("--colour,--color", n->colour, "Colour #rrggbb");
  c->add_option("--description", n->description, "What the layer is for");
  c->callback([n] {
    auto m = open_model(n->project);
    LayerInfo info;
    info.id = n->id;
    info.name = n->name.empty() ? n->id : n->name;
    info.owner = n->owner.empty() ? user() : n->owner;
    if (!n->colour.empty()) check_colour(n->colour);
    if (!n->colour.empty()) info.colour = n->colour;
    info.description = n->description;
    m->commit(op::new_layer(info));
    m->save();
    std::cout << info.id << "\n";
  });

  auto ls = std::make_shared<Args>();
  CLI::App* l = layer->add_subcommand("list", "List the layers");
  l->add_option("PROJECT", ls->project, "The project folder")->required();
  l->add_flag("--json", ls->json, "Print one JSON array");
  l->callback([ls] {
    auto m = open_model(ls->project);
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    if (!ls->json) std::cout << "id\tname\towner\tcolour\tvisible\tread-only\tclaims\tlinks\n";
    for (const auto& id : m->layer_ids()) {
      const Layer& y = *m->layer(id);
      if (ls->json) {
        all.push_back({{"id", id}, {"name", y.info.name}, {"owner", y.info.owner}, {"colour", y.info.colour},
                       {"description", y.info.description}, {"visible", y.info.visible}, {"read_only", y.info.read_only},
                       {"claims", y.claims.size()}, {"links", y.links.size()}});
      } else {
        std::cout << id << "\t" << cell(y.info.name) << "\t" << cell(y.info.owner) << "\t" << y.info.colour << "\t"
                  << (y.info.visible ? "yes" : "no") << "\t" << (y.info.read_only ? "yes" : "no") << "\t"
                  << y.claims.size() << "\t" << y.links.size() << "\n";
      }
    }
    if (ls->json) std::cout << all.dump(2) << "\n";
  });

  auto st = std::make_shared<Args>();
  CLI::App* s = layer->add_subcommand("set", "Change a layer's name, owner, colour, description, visibility or read-only flag");
  s->add_option("PROJECT", st->project, "The project folder")->required();
  s->add_option("ID", st->id, "The layer id")->required();
  s->add_option("--name", st->name, "Name");
  s->add_option("--owner", st->owner, "Owner");
  s->add_option("--colour,--color", st->colour, "Colour #rrggbb");
  s->add_option("--description", st->description, "Description");
  s->add_option("--visible", st->visible, "true or false");
  s->add_option("--read-only", st->read_only, "true or false");
  s->callback([st, s] {
    auto m = open_model(st->project);
    const Layer* y = m->layer(st->id);
    if (!y) throw bad_input(st->project, "there is no layer '" + st->id + "'");
    LayerInfo info = y->info;
    if (s->count("--name")) info.name = st->name;
    if (s->count("--owner")) info.owner = st->owner;
    if (s->count("--colour")) {
      check_colour(st->colour);
      info.colour = st->colour;
    }
    if (s->count("--description")) info.description = st->description;
    if (s->count("--visible")) info.visible = parse_bool("--visible", st->visible);
    if (s->count("--read-only")) info.read_only = parse_bool("--read-only", st->read_only);
    m->commit(op::edit_layer(info));
    m->save();
  });

  auto rm = std::make_shared<Args>();
  CLI::App* r = layer->add_subcommand("remove", "Delete a layer and its claims and links");
  r->add_option("PROJECT", rm->project, "The project folder")->required();
  r->add_option("ID", rm->id, "The layer id")->required();
  r->callback([rm] {
    auto m = open_model(rm->project);
    m->commit(op::remove_layer(rm->id));
    m->save();
    std::cerr << "crux: layer " << rm->id << " removed\n";
  });

  auto im = std::make_shared<Args>();
  CLI::App* i = layer->add_subcommand("import", "Take in a classmate's layer file, or all layers of another copy of the project");
  i->add_option("PROJECT", im->project, "The project folder")->required();
  i->add_option("FROM", im->files, "Layer files (.tei.xml) or project folders")->required();
  i->add_option("--as", im->as, "Import a single layer under this id");
  i->callback([im] {
    auto m = open_model(im->project);
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& f : im->files)
      for (auto& p : layer_files(f)) files.push_back(p);
    if (!im->as.empty() && files.size() != 1) throw usage_error("--as names one layer; " + std::to_string(files.size()) + " given");
    // Claims of every layer first, then links (they may point across layers),
    // then the layers' own read-only flags.
    std::vector<Layer> incoming;
    for (auto& [id, path] : files) {
      if (!im->as.empty()) id = im->as;
      Layer y = read_layer(read_file(path), path, "");
      y.info.id = id;
      if (m->layer(id))
        throw bad_input(path, "the project already has a layer '" + id + "'; import it under another id with --as, "
                                  "or merge copies with git (crux merge)");
      LayerInfo open = y.info;
      open.read_only = false;
      m->commit(op::new_layer(open));
      for (Claim c : y.claims) {
        m->anchor(c);
        m->commit(op::add_claim(id, c));
      }
      incoming.push_back(std::move(y));
    }
    for (const Layer& y : incoming)
      for (const Link& k : y.links) m->commit(op::add_link(y.info.id, k));
    for (const Layer& y : incoming) {
      if (y.info.read_only) m->commit(op::edit_layer(y.info));
      std::cout << y.info.id << "\timported\t" << y.claims.size() << " claims, " << y.links.size() << " links\n";
    }
    m->save();
  });
}

}  // namespace crux::cli
