// `crux annotate`, `crux claim edit|delete`, `crux claims`.
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "app/cli/model_support.h"
#include "tei/annotation/anchoring.h"
#include "tei/base/error.h"

namespace crux::cli {
namespace {

struct ClaimArgs {
  std::string project, id, layer, source, quote, type, note, cert;
  int occurrence = 0;
  long long start = -1, end = -1;
  std::vector<std::string> props;
};

void add_claim_fields(CLI::App& c, ClaimArgs& a) {
  c.add_option("--type", a.type, "Claim type: a category id of the claim taxonomy (event, date, forces...)");
  c.add_option("--prop", a.props, "A property key=value (actor, time, when, calendar, place, quantity, unit, attribution, ...)");
  c.add_option("--note", a.note, "The scholar's note");
  c.add_option("--cert", a.cert, "Certainty: low, medium or high");
  c.add_option("--quote", a.quote, "The exact text the claim covers");
  c.add_option("--occurrence", a.occurrence, "Which occurrence of the quote (1, 2, ...) when it occurs several times");
  c.add_option("--start", a.start, "Start of the claim in the plain text (code points), instead of --quote");
  c.add_option("--end", a.end, "End of the claim in the plain text (code points, exclusive)");
}

std::vector<TextRange> selection(const ClaimArgs& a, const SourceText& src) {
  if (!a.quote.empty()) {
    auto [s, e] = locate_quote(src, a.quote, a.occurrence);
    return ranges_for(src, s, e);
  }
  if (a.start < 0 || a.end < 0) throw usage_error("give the text with --quote (or --start and --end)");
  return ranges_for(src, static_cast<size_t>(a.start), static_cast<size_t>(a.end));
}

void run_annotate(const ClaimArgs& a) {
  auto m = open_model(a.project);
  if (!m->layer(a.layer)) throw bad_input(a.project, "there is no layer '" + a.layer + "' (create it with `crux layer new`)");
  if (!m->state().sources.count(a.source)) throw bad_input(a.project, "there is no source '" + a.source + "'");
  if (a.type.empty()) throw usage_error("--type is required: a category of the claim taxonomy");
  auto src = m->source(a.source);
  Claim c;
  c.source = a.source;
  c.ranges = selection(a, *src);
  c.type = a.type;
  c.note = a.note;
  if (!a.cert.empty()) c.certainty = parse_certainty(a.cert);
  apply_props(c, a.props);
  c.author = user();
  c.created = c.modified = now_timestamp();
  c.id = m->new_claim_id(a.layer, a.source + "|" + std::to_string(c.ranges.front().start) + "|" + a.type);
  m->commit(op::add_claim(a.layer, c));
  m->save();
  std::cout << c.id << "\n";
}

void run_claim_edit(const ClaimArgs& a, bool quote_given, bool type_given, bool note_given, bool cert_given) {
  auto m = open_model(a.project);
  std::string lid;
  const Claim* found = m->state().find_claim(a.id, &lid);
  if (!found) throw bad_input(a.project, "there is no claim '" + a.id + "'");
  Claim c = *found;
  if (quote_given || a.start >= 0) c.ranges = selection(a, *m->source(c.source));
  if (type_given) c.type = a.type;
  if (note_given) c.note = a.note;
  if (cert_given) c.certainty = parse_certainty(a.cert);
  apply_props(c, a.props);
  c.modified = now_timestamp();
  m->commit(op::edit_claim(c));
  m->save();
  std::cerr << "crux: claim " << c.id << " updated\n";
}

}  // namespace

void register_claim_commands(CLI::App& app) {
  auto an = std::make_shared<ClaimArgs>();
  CLI::App* c = app.add_subcommand("annotate", "Tag a passage of a source as a claim; prints the new claim's id");
  c->add_option("PROJECT", an->project, "The project folder")->required();
  c->add_option("--layer", an->layer, "The layer to put the claim in")->required();
  c->add_option("--source", an->source, "The source id")->required();
  add_claim_fields(*c, *an);
  c->callback([an] { run_annotate(*an); });

  CLI::App* claim = app.add_subcommand("claim", "Edit or delete a claim");
  claim->require_subcommand(1);
  auto ed = std::make_shared<ClaimArgs>();
  CLI::App* e = claim->add_subcommand("edit", "Change a claim's type, text, properties, note or certainty");
  e->add_option("PROJECT", ed->project, "The project folder")->required();
  e->add_option("ID", ed->id, "The claim id")->required();
  add_claim_fields(*e, *ed);
  e->callback([ed, e] {
    run_claim_edit(*ed, e->count("--quote") > 0, e->count("--type") > 0, e->count("--note") > 0, e->count("--cert") > 0);
  });
  auto del = std::make_shared<ClaimArgs>();
  CLI::App* d = claim->add_subcommand("delete", "Delete a claim (and the links to it)");
  d->add_option("PROJECT", del->project, "The project folder")->required();
  d->add_option("ID", del->id, "The claim id")->required();
  d->callback([del] {
    auto m = open_model(del->project);
    m->commit(op::delete_claim(del->id));
    m->save();
    std::cerr << "crux: claim " << del->id << " deleted\n";
  });

  struct ListArgs {
    std::string project, source, layer, type;
    bool json = false;
  };
  auto ls = std::make_shared<ListArgs>();
  CLI::App* l = app.add_subcommand("claims", "List claims: where they are now and what they say");
  l->add_option("PROJECT", ls->project, "The project folder")->required();
  l->add_option("--source", ls->source, "Only claims in this source");
  l->add_option("--layer", ls->layer, "Only claims in this layer");
  l->add_option("--type", ls->type, "Only claims of this type");
  l->add_flag("--json", ls->json, "Print one JSON array");
  l->callback([ls] {
    auto m = open_model(ls->project);
    if (!ls->layer.empty() && !m->layer(ls->layer)) throw bad_input(ls->project, "there is no layer '" + ls->layer + "'");
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    if (!ls->json) std::cout << "id\tsource\tlayer\ttype\tstart\tend\tanchor\tquote\n";
    for (const std::string& lid : m->layer_ids()) {
      if (!ls->layer.empty() && lid != ls->layer) continue;
      for (const Claim& c : m->layer(lid)->claims) {
        if (!ls->source.empty() && c.source != ls->source) continue;
        if (!ls->type.empty() && c.type != ls->type) continue;
        auto j = claim_json(*m, lid, c);
        if (ls->json) all.push_back(j);
        else
          std::cout << c.id << "\t" << c.source << "\t" << lid << "\t" << c.type << "\t" << j["start"] << "\t" << j["end"]
                    << "\t" << j["anchor"].get<std::string>() << "\t" << cell(j["quote"].get<std::string>()) << "\n";
      }
    }
    if (ls->json) std::cout << all.dump(2) << "\n";
  });
}

}  // namespace crux::cli
