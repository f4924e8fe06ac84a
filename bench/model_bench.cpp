// Load / save / re-anchor benchmark of the annotation model (issue 3):
//
//   crux-model-bench PROJECT [--edit-fraction 0.01] [--seed S]
//
// Times, in one process: loading the whole project (every layer parsed,
// every claim placed on its source), saving every layer, then a random edit
// of --edit-fraction of each source's text (insertions and deletions of
// short spans, as a corrected re-import would make) and loading again, which
// re-anchors every claim. Prints seconds, peak memory, and how many claims
// came back exact, moved or orphaned. The project is modified: use a copy.
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>

#include "tei/annotation/project_model.h"
#include "tei/base/error.h"
#include "tei/base/file_io.h"

using namespace crux;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

long peak_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

// Edits text nodes of <p> elements only (never markup): deletes or inserts
// short runs of letters at random places, about `fraction` of the text.
std::string edit_source(const std::string& tei, double fraction, std::mt19937_64& rng) {
  std::string out;
  out.reserve(tei.size());
  size_t body = tei.find("<body>");
  out.append(tei, 0, body);
  bool in_text = false;
  for (size_t i = body; i < tei.size(); ++i) {
    char c = tei[i];
    if (c == '<') in_text = false;
    if (in_text && (c >= 'a' && c <= 'z') && std::uniform_real_distribution<>(0, 1)(rng) < fraction / 6) {
      if (rng() % 2) {
        out += "xyzzy";  // insertion
        out += c;
      } else {
        // Deletion of this letter and up to five more, letters only, so
        // markup and multi-byte characters are never cut.
        for (size_t k = rng() % 6; k > 0 && i + 1 < tei.size() && tei[i + 1] >= 'a' && tei[i + 1] <= 'z'; --k) ++i;
      }
      continue;
    }
    out += c;
    if (c == '>') in_text = true;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: crux-model-bench PROJECT [--edit-fraction F] [--seed S]\n";
    return 2;
  }
  std::string dir = argv[1];
  double fraction = 0.01;
  unsigned long long seed = 1917;
  for (int i = 2; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--edit-fraction") fraction = std::atof(argv[i + 1]);
    if (std::string(argv[i]) == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
  }
  try {
    auto t = Clock::now();
    auto m = ProjectModel::load(dir);
    double load = seconds_since(t);
    size_t claims = 0, links = 0;
    for (const auto& id : m->layer_ids()) {
      claims += m->layer(id)->claims.size();
      links += m->layer(id)->links.size();
    }
    std::cout << "load\t" << load << " s\t" << claims << " claims, " << links << " links, " << m->layer_ids().size()
              << " layers\n";
    std::cout << "peak\t" << peak_mb() << " MB (after load)\n";
    t = Clock::now();
    m->save(/*rewrite_all=*/true);
    std::cout << "save\t" << seconds_since(t) << " s\n";
    std::cout << "peak\t" << peak_mb() << " MB\n";
    m.reset();

    std::mt19937_64 rng(seed);
    Project p = Project::open(dir);
    for (const auto& id : p.source_ids()) {
      std::string path = p.source_path(id);
      write_file_atomic(path, edit_source(read_file(path), fraction, rng));
    }
    t = Clock::now();
    auto again = ProjectModel::load(dir);
    double reanchor = seconds_since(t);
    size_t exact = 0, moved = 0, orphaned = 0;
    for (const auto& id : again->layer_ids())
      for (const Claim& c : again->layer(id)->claims)
        (c.anchor == AnchorStatus::Exact ? exact : c.anchor == AnchorStatus::Moved ? moved : orphaned)++;
    std::cout << "reload+reanchor\t" << reanchor << " s\t" << exact << " exact, " << moved << " moved, " << orphaned
              << " orphaned (" << (100.0 * orphaned / std::max<size_t>(1, claims)) << " %)\n";
    std::cout << "peak\t" << peak_mb() << " MB\n";
  } catch (const Error& e) {
    std::cerr << "crux-model-bench: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
