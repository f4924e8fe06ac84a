// `crux link`, `crux link delete`, `crux links`.
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "app/cli/model_support.h"
#include "tei/base/error.h"

namespace crux::cli {

void register_link_commands(CLI::App& app) {
  struct Args {
    std::string project, layer, from, to, type, note, cert;
    std::vector<std::string> more;
  };
  auto a = std::make_shared<Args>();
  CLI::App* c = app.add_subcommand("link", "Link two claims (contradicts, corroborates, ...); prints the new link's id");
  // `link delete` is a subcommand, so the options of `link` itself are
  // checked in the callback rather than marked required.
  c->add_option("PROJECT", a->project, "The project folder");
  c->add_option("--layer", a->layer, "The layer to put the link in");
  c->add_option("--from", a->from, "The first claim (the active one for directed relations)");
  c->add_option("--to", a->to, "The second claim");
  c->add_option("--also", a->more, "Further claims for links of more than two");
  c->add_option("--type", a->type, "Relation: contradicts, corroborates, qualifies, derives-from, same-event, ...");
  c->add_option("--note", a->note, "Why");
  c->add_option("--cert", a->cert, "Certainty: low, medium or high");
  auto del = std::make_shared<Args>();
  CLI::App* d = c->add_subcommand("delete", "Delete a link");
  d->add_option("PROJECT", del->project, "The project folder")->required();
  d->add_option("ID", del->from, "The link id")->required();
  d->callback([del] {
    auto m = open_model(del->project);
    m->commit(op::delete_link(del->from));
    m->save();
    std::cerr << "crux: link " << del->from << " deleted\n";
  });
  c->callback([a, d] {
    if (d->parsed()) return;
    if (a->project.empty() || a->layer.empty() || a->from.empty() || a->to.empty() || a->type.empty())
      throw usage_error("crux link PROJECT --layer L --from ID --to ID --type RELATION [--note TEXT] [--cert C]");
    auto m = open_model(a->project);
    if (!m->layer(a->layer)) throw bad_input(a->project, "there is no layer '" + a->layer + "'");
    const Category* rel = m->relations().find(a->type);
    if (!rel) throw bad_input(a->project, "'" + a->type + "' is not a relation of the project's relation taxonomy");
    Link l;
    l.type = a->type;
    l.claims = {a->from, a->to};
    l.claims.insert(l.claims.end(), a->more.begin(), a->more.end());
    l.directed = rel->directed;
    l.note = a->note;
    if (!a->cert.empty()) l.certainty = parse_certainty(a->cert);
    l.author = user();
    l.created = now_timestamp();
    l.id = m->new_link_id(a->layer, a->from + "|" + a->to + "|" + a->type);
    m->commit(op::add_link(a->layer, l));
    m->save();
    std::cout << l.id << "\n";
  });

  struct ListArgs {
    std::string project, layer, type;
    bool json = false;
  };
  auto ls = std::make_shared<ListArgs>();
  CLI::App* l = app.add_subcommand("links", "List the links between claims");
  l->add_option("PROJECT", ls->project, "The project folder")->required();
  l->add_option("--layer", ls->layer, "Only links in this layer");
  l->add_option("--type", ls->type, "Only links of this relation");
  l->add_flag("--json", ls->json, "Print one JSON array");
  l->callback([ls] {
    auto m = open_model(ls->project);
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    if (!ls->json) std::cout << "id\tlayer\ttype\tfrom\tto\tcertainty\tauthor\tnote\n";
    for (const std::string& lid : m->layer_ids()) {
      if (!ls->layer.empty() && lid != ls->layer) continue;
      for (const Link& k : m->layer(lid)->links) {
        if (!ls->type.empty() && k.type != ls->type) continue;
        if (ls->json) {
          all.push_back(link_json(lid, k));
          continue;
        }
        std::string to;
        for (size_t i = 1; i < k.claims.size(); ++i) to += (i > 1 ? "," : "") + k.claims[i];
        std::cout << k.id << "\t" << lid << "\t" << k.type << "\t" << k.claims[0] << "\t" << to << "\t"
                  << to_string(k.certainty) << "\t" << cell(k.author) << "\t" << cell(k.note) << "\n";
      }
    }
    if (ls->json) std::cout << all.dump(2) << "\n";
  });
}

}  // namespace crux::cli
