// Generates a large Crux project for benchmarks and stress tests:
//
//   crux-generate-project DIR [--sources N] [--kb-per-source K] [--claims M]
//                             [--links L] [--layers Y] [--seed S]
//
// Sources are TEI written by Crux's own TEI writer from paragraphs of
// pseudo-text (a fixed vocabulary in English, Vietnamese and Russian, so that
// multi-byte text is exercised); claims cover random spans inside paragraphs,
// anchored with the core's own anchoring; links join random claims across
// sources and layers. Files are written directly (not through one commit
// per claim), which is what makes a million claims quick to generate.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>

#include "crux/version.h"
#include "tei/annotation/anchoring.h"
#include "tei/annotation/ids.h"
#include "tei/annotation/layer_io.h"
#include "tei/annotation/project_model.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"
#include "tei/import/tei_writer.h"

using namespace crux;

namespace {

const char* kWords[] = {"the", "Winter", "Palace", "was", "stormed", "by", "Red", "Guards", "and", "sailors", "on", "night",
                        "of", "October", "cruiser", "Aurora", "fired", "blank", "shots", "Kerensky", "fled", "cadets",
                        "defended", "Petrograd", "Soviet", "Congress", "Lenin", "Trotsky", "Smolny", "government",
                        "Điện", "Mùa", "đông", "cách", "mạng", "tháng", "Mười", "Керенский", "Зимний", "дворец",
                        "революция", "1917", "2000", "officers", "workers", "soldiers", "Bolsheviks", "insurrection"};

std::string paragraph(std::mt19937_64& rng, size_t words) {
  std::string p;
  for (size_t i = 0; i < words; ++i) {
    if (i) p += ' ';
    p += kWords[rng() % (sizeof kWords / sizeof *kWords)];
  }
  p += '.';
  return p;
}

long arg(int argc, char** argv, const std::string& name, long fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == name) return std::atol(argv[i + 1]);
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: crux-generate-project DIR [--sources N] [--kb-per-source K] [--claims M] [--links L] [--layers Y] [--seed S]\n";
    return 2;
  }
  std::string dir = argv[1];
  long sources = arg(argc, argv, "--sources", 10), kb = arg(argc, argv, "--kb-per-source", 100);
  long claims = arg(argc, argv, "--claims", 1000), links = arg(argc, argv, "--links", 200);
  long layers = std::max(1L, arg(argc, argv, "--layers", 2));
  std::mt19937_64 rng(static_cast<unsigned long long>(arg(argc, argv, "--seed", 1917)));
  try {
    create_project(dir, "Generated project", "For benchmarks", "generator");
    Project project = Project::open(dir);
    std::vector<std::shared_ptr<const SourceText>> texts;
    for (long s = 0; s < sources; ++s) {
      Document doc;
      size_t bytes = 0;
      for (int para = 0; bytes < static_cast<size_t>(kb) * 1024; ++para) {
        Block b;
        b.kind = para % 20 == 0 ? BlockKind::Heading : BlockKind::Paragraph;
        b.level = 1;
        std::string t = paragraph(rng, b.kind == BlockKind::Heading ? 4 : 40 + rng() % 80);
        bytes += t.size();
        b.content = {Inline::text_run(t)};
        doc.body.push_back(std::move(b));
      }
      SourceMeta m;
      m.id = "s" + std::to_string(s);
      m.title = "Generated source " + std::to_string(s);
      m.lang = "en";
      m.original_format = "text";
      m.original_file = m.id + ".txt";
      m.import_date = "2017-11-08T00:00:00Z";
      m.crux_version = kVersion;
      project.add_source(m.id, write_source_tei(doc, m));
      texts.push_back(load_source_text(project.source_path(m.id), m.id));
    }
    std::vector<Layer> ys(static_cast<size_t>(layers));
    for (long y = 0; y < layers; ++y) {
      ys[y].info.id = "layer" + std::to_string(y);
      ys[y].info.name = "Layer " + std::to_string(y);
      ys[y].info.owner = "generator";
    }
    std::vector<std::string> ids;
    const char* types[] = {"event", "date", "quantity", "forces", "casualties", "causation", "attribution", "evaluation"};
    for (long c = 0; c < claims; ++c) {
      const SourceText& src = *texts[rng() % texts.size()];
      const TextBlock& b = src.text.blocks[rng() % src.text.blocks.size()];
      size_t len = std::min<size_t>(b.end - b.start, 5 + rng() % 40);
      size_t start = b.start + (b.end - b.start > len ? rng() % (b.end - b.start - len) : 0);
      Claim cl;
      cl.source = src.id;
      cl.ranges = ranges_for(src, start, start + len);
      cl.type = types[rng() % 8];
      cl.author = "generator";
      cl.created = cl.modified = "2017-11-08T00:00:00Z";
      cl.id = "c-" + std::to_string(c);
      ids.push_back(cl.id);
      ys[static_cast<size_t>(c % layers)].claims.push_back(std::move(cl));
    }
    const char* rels[] = {"contradicts", "corroborates", "qualifies", "derives-from", "same-event"};
    for (long l = 0; l < links && ids.size() > 1; ++l) {
      Link k;
      k.id = "l-" + std::to_string(l);
      k.type = rels[rng() % 5];
      k.directed = k.type == std::string("qualifies") || k.type == std::string("derives-from");
      k.claims = {ids[rng() % ids.size()], ids[rng() % ids.size()]};
      if (k.claims[0] == k.claims[1]) continue;
      k.author = "generator";
      k.created = "2017-11-08T00:00:00Z";
      ys[static_cast<size_t>(l % layers)].links.push_back(std::move(k));
    }
    for (const Layer& y : ys) write_file_atomic(project.layers_dir() + "/" + y.info.id + ".tei.xml", write_layer(y));
  } catch (const Error& e) {
    std::cerr << "crux-generate-project: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
