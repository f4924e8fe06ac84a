// `crux merge BASE OURS THEIRS -o OUT`: three-way merge of a layer file; a
// git merge driver (see README). Exit 0 merged cleanly; 1 conflicts recorded
// in OUT (it still loads, nothing lost); 2 could not merge at all.
#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "tei/annotation/layer_io.h"
#include "tei/annotation/layer_merge.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"

namespace crux::cli {

void register_merge_command(CLI::App& app) {
  struct Args {
    std::string base, ours, theirs, out, name;
  };
  auto a = std::make_shared<Args>();
  CLI::App* c = app.add_subcommand("merge", "Three-way merge of a layer file (git merge driver)");
  c->add_option("BASE", a->base, "The common ancestor")->required();
  c->add_option("OURS", a->ours, "Our version")->required();
  c->add_option("THEIRS", a->theirs, "Their version")->required();
  c->add_option("-o,--output", a->out, "Where to write the result (may be OURS)")->required();
  c->add_option("--name", a->name, "The layer's path, for messages (git's %P)");
  c->callback([a] {
    try {
      std::string label = a->name.empty() ? a->ours : a->name;
      auto read = [&](const std::string& path) {
        // An empty base (the layer was added on both sides) is an empty layer.
        std::string bytes = read_file(path);
        if (bytes.empty()) return Layer{};
        return read_layer(bytes, path, "");
      };
      Layer base = read(a->base), ours = read(a->ours), theirs = read(a->theirs);
      MergeResult r = merge_layers(base, ours, theirs);
      write_file_atomic(a->out, write_layer(r.layer, false));
      for (const auto& conflict : r.conflicts) std::cerr << "crux merge: " << label << ": " << conflict << "\n";
      if (!r.conflicts.empty()) {
        std::cerr << "crux merge: " << label << ": " << r.conflicts.size()
                  << " conflicts kept in the file; `crux check` lists them\n";
        globals().exit_code = 1;
      }
    } catch (const Error& e) {
      std::cerr << "crux merge: " << e.what() << "\n";
      globals().exit_code = 2;
    }
  });
}

}  // namespace crux::cli
