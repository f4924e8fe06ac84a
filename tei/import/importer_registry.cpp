#include <algorithm>

#include "tei/base/error.h"
#include "tei/import/importers.h"

namespace crux {

const std::vector<std::unique_ptr<Importer>>& importers() {
  static const std::vector<std::unique_ptr<Importer>> all = [] {
    std::vector<std::unique_ptr<Importer>> v;
    v.push_back(make_tei_importer());
    v.push_back(make_html_importer());
    v.push_back(make_text_importer());
    return v;
  }();
  return all;
}

const Importer& choose_importer(const std::string& filename, std::string_view bytes, const ImportOptions& options) {
  if (!options.format.empty()) {
    for (const auto& imp : importers())
      if (imp->format() == options.format) return *imp;
    std::string names;
    for (const auto& imp : importers()) names += (names.empty() ? "" : ", ") + imp->format();
    throw usage_error("unknown import format '" + options.format + "' (known: " + names + ")");
  }
  // Content decides; the file name is only a hint inside each sniff().
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 64 * 1024));
  const Importer* best = nullptr;
  int best_score = 0;
  for (const auto& imp : importers()) {
    int s = imp->sniff(head, filename);
    if (s > best_score) {
      best_score = s;
      best = imp.get();
    }
  }
  // Nothing claimed it: the text importer gives the precise reason
  // (binary file, undecidable encoding, ...).
  if (!best) {
    for (const auto& imp : importers())
      if (imp->format() == "text") return *imp;
  }
  return *best;
}

}  // namespace crux
