// `crux taxonomy list|add|edit|remove`.
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "app/cli/model_support.h"
#include "tei/base/error.h"

namespace crux::cli {

void register_taxonomy_commands(CLI::App& app) {
  CLI::App* tax = app.add_subcommand("taxonomy", "Edit the claim types and relation types of a project");
  tax->require_subcommand(1);
  struct Args {
    std::string project, id, taxonomy, label, description, colour, key, parent;
    bool directed = false, json = false;
  };
  auto which = [](const ProjectModel& m, const std::string& name, const std::string& id) -> Taxonomy {
    if (name == kClaimTaxonomy || (name.empty() && (id.empty() || m.claim_types().contains(id)))) return m.claim_types();
    if (name == kRelationTaxonomy || (name.empty() && m.relations().contains(id))) return m.relations();
    if (!name.empty()) throw usage_error("--taxonomy must be claim-types or relations");
    throw bad_input(m.project().dir(), "there is no category '" + id + "' in the project's taxonomies");
  };

  auto ls = std::make_shared<Args>();
  CLI::App* l = tax->add_subcommand("list", "List categories");
  l->add_option("PROJECT", ls->project, "The project folder")->required();
  l->add_option("--taxonomy", ls->taxonomy, "claim-types or relations (default: both)");
  l->add_flag("--json", ls->json, "Print one JSON array");
  l->callback([ls] {
    auto m = open_model(ls->project);
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    if (!ls->json) std::cout << "taxonomy\tid\tparent\tlabel\tcolour\tkey\tdirected\n";
    for (const Taxonomy* t : {&m->claim_types(), &m->relations()}) {
      if (!ls->taxonomy.empty() && ls->taxonomy != t->id) continue;
      for (const Category& c : t->categories) {
        if (ls->json)
          all.push_back({{"taxonomy", t->id}, {"id", c.id}, {"parent", c.parent}, {"label", c.label},
                         {"description", c.description}, {"colour", c.colour}, {"key", c.key}, {"directed", c.directed}});
        else
          std::cout << t->id << "\t" << c.id << "\t" << c.parent << "\t" << cell(c.label) << "\t" << c.colour << "\t" << c.key
                    << "\t" << (c.directed ? "yes" : "no") << "\n";
      }
    }
    if (ls->json) std::cout << all.dump(2) << "\n";
  });

  auto add_fields = [](CLI::App* c, Args& a) {
    c->add_option("--taxonomy", a.taxonomy, "claim-types (default) or relations");
    c->add_option("--label", a.label, "Label to show");
    c->add_option("--description", a.description, "What the category means");
    c->add_option("--colour,--color", a.colour, "Colour #rrggbb");
    c->add_option("--key", a.key, "Shortcut key (one letter or digit)");
    c->add_option("--parent", a.parent, "Parent category (nesting)");
    c->add_flag("--directed", a.directed, "Relations: the link has a direction (from → to)");
  };

  auto ad = std::make_shared<Args>();
  CLI::App* a = tax->add_subcommand("add", "Add a category");
  a->add_option("PROJECT", ad->project, "The project folder")->required();
  a->add_option("ID", ad->id, "The category id")->required();
  add_fields(a, *ad);
  a->callback([ad, which] {
    auto m = open_model(ad->project);
    Taxonomy t = which(*m, ad->taxonomy.empty() ? std::string(kClaimTaxonomy) : ad->taxonomy, "");
    if (m->claim_types().contains(ad->id) || m->relations().contains(ad->id))
      throw bad_input(ad->project, "a category '" + ad->id + "' already exists");
    t.categories.push_back({ad->id, ad->parent, ad->label.empty() ? ad->id : ad->label, ad->description, ad->colour,
                            ad->key, ad->directed});
    m->commit(op::set_taxonomy(t));
    m->save();
    std::cout << ad->id << "\n";
  });

  auto ed = std::make_shared<Args>();
  CLI::App* e = tax->add_subcommand("edit", "Change a category's label, description, colour, key, parent or direction");
  e->add_option("PROJECT", ed->project, "The project folder")->required();
  e->add_option("ID", ed->id, "The category id")->required();
  add_fields(e, *ed);
  e->callback([ed, e, which] {
    auto m = open_model(ed->project);
    Taxonomy t = which(*m, ed->taxonomy, ed->id);
    Category* c = t.find(ed->id);
    if (!c) throw bad_input(ed->project, "there is no category '" + ed->id + "' in " + t.id);
    if (e->count("--label")) c->label = ed->label;
    if (e->count("--description")) c->description = ed->description;
    if (e->count("--colour")) c->colour = ed->colour;
    if (e->count("--key")) c->key = ed->key;
    if (e->count("--parent")) c->parent = ed->parent;
    if (e->count("--directed")) c->directed = ed->directed;
    m->commit(op::set_taxonomy(t));
    m->save();
  });

  auto rm = std::make_shared<Args>();
  CLI::App* r = tax->add_subcommand("remove", "Remove a category (refused while claims or links use it)");
  r->add_option("PROJECT", rm->project, "The project folder")->required();
  r->add_option("ID", rm->id, "The category id")->required();
  r->callback([rm, which] {
    auto m = open_model(rm->project);
    Taxonomy t = which(*m, "", rm->id);
    for (const Category& c : t.categories)
      if (c.parent == rm->id) throw bad_input(rm->project, "the category '" + rm->id + "' has sub-categories (" + c.id + ")");
    std::erase_if(t.categories, [&](const Category& c) { return c.id == rm->id; });
    m->commit(op::set_taxonomy(t));
    m->save();
  });
}

}  // namespace crux::cli
