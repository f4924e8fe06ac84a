// `crux source set|remove` and `crux check`.
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "app/cli/model_support.h"
#include "tei/base/error.h"

namespace crux::cli {

void register_source_commands(CLI::App& app) {
  CLI::App* source = app.add_subcommand("source", "Edit a source's metadata (its TEI header) or remove it");
  source->require_subcommand(1);
  struct Args {
    std::string project, id;
    SourceMeta meta;
    bool force = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* s = source->add_subcommand("set", "Set header fields of a source: --title, --author, --perspective, ...");
  s->add_option("PROJECT", a->project, "The project folder")->required();
  s->add_option("ID", a->id, "The source id")->required();
  struct Field {
    const char* option;
    std::string SourceMeta::*member;
    const char* help;
  };
  static const Field fields[] = {
      {"--title", &SourceMeta::title, "Title"},
      {"--author", &SourceMeta::author, "Author"},
      {"--date", &SourceMeta::date, "Date of creation"},
      {"--lang", &SourceMeta::lang, "Language (BCP 47)"},
      {"--type", &SourceMeta::type, "primary, secondary or tertiary"},
      {"--perspective", &SourceMeta::perspective, "Standpoint"},
      {"--audience", &SourceMeta::audience, "For whom it was written"},
      {"--commissioner", &SourceMeta::commissioner, "At whose behest"},
      {"--distance", &SourceMeta::distance, "eyewitness, contemporary or later"},
      {"--provenance", &SourceMeta::provenance, "Where the copy comes from"},
      {"--reliability", &SourceMeta::reliability, "Reliability notes"},
  };
  for (const Field& f : fields) s->add_option(f.option, a->meta.*(f.member), f.help);
  s->callback([a, s] {
    auto m = open_model(a->project);
    if (!m->state().sources.count(a->id)) throw bad_input(a->project, "there is no source '" + a->id + "'");
    SourceMeta meta = m->source_meta(a->id);
    bool any = false;
    for (const Field& f : fields)
      if (s->count(f.option)) {
        meta.*(f.member) = a->meta.*(f.member);
        any = true;
      }
    if (!any) throw usage_error("give at least one field to set, e.g. --perspective \"Soviet-era official\"");
    if (!meta.type.empty() && meta.type != "primary" && meta.type != "secondary" && meta.type != "tertiary")
      throw usage_error("--type must be primary, secondary or tertiary");
    if (!meta.distance.empty() && meta.distance != "eyewitness" && meta.distance != "contemporary" && meta.distance != "later")
      throw usage_error("--distance must be eyewitness, contemporary or later");
    m->commit(op::set_source_meta(a->id, meta));
    m->save();
  });

  auto r = std::make_shared<Args>();
  CLI::App* rm = source->add_subcommand("remove", "Remove a source from the project");
  rm->add_option("PROJECT", r->project, "The project folder")->required();
  rm->add_option("ID", r->id, "The source id")->required();
  rm->add_flag("--force", r->force, "Also delete the claims on it (and their links)");
  rm->callback([r] {
    auto m = open_model(r->project);
    m->commit(op::remove_source(r->id, r->force));
    m->save();
    std::cerr << "crux: source " << r->id << " removed\n";
  });

  struct CheckArgs {
    std::string project;
    bool update = false, json = false;
  };
  auto c = std::make_shared<CheckArgs>();
  CLI::App* ch = app.add_subcommand("check", "Check that every claim is placed on its text; report re-anchored and orphaned claims, dangling links, merge conflicts");
  ch->add_option("PROJECT", c->project, "The project folder")->required();
  ch->add_flag("--update", c->update, "Store the new places of re-anchored claims");
  ch->add_flag("--json", c->json, "Print the problems as one JSON array");
  ch->callback([c] {
    auto m = open_model(c->project);
    auto problems = m->check();
    size_t serious = 0, moved = 0;
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    static const char* kinds[] = {"moved", "orphaned", "conflict", "dangling", "invalid"};
    for (const auto& p : problems) {
      const char* kind = kinds[static_cast<int>(p.kind)];
      if (c->json) all.push_back({{"kind", kind}, {"file", p.file}, {"id", p.object}, {"message", p.message}});
      if (p.kind == ModelProblem::Kind::Moved) {
        ++moved;
        if (!c->json) std::cerr << p.file << ": " << p.object << ": " << p.message << "\n";
      } else {
        ++serious;
        if (!c->json) std::cout << p.file << ": " << p.object << ": " << p.message << "\n";
      }
    }
    if (c->json) std::cout << all.dump(2) << "\n";
    size_t claims = 0, links = 0;
    for (const auto& id : m->layer_ids()) {
      claims += m->layer(id)->claims.size();
      links += m->layer(id)->links.size();
    }
    if (c->update && moved > 0) {
      // Re-anchored claims carry their new places; an edit of each layer writes them.
      for (const auto& id : m->layer_ids()) {
        const Layer* y = m->layer(id);
        if (y->info.read_only) continue;
        for (const Claim& cl : y->claims)
          if (cl.anchor == AnchorStatus::Moved) m->commit(op::edit_claim(cl));
      }
      m->save();
    }
    std::cerr << "crux: " << claims << " claims, " << links << " links in " << m->layer_ids().size() << " layers; "
              << moved << " re-anchored, " << serious << " problems\n";
    if (serious > 0) globals().exit_code = 1;
  });
}

}  // namespace crux::cli
