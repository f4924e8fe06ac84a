// Re-anchoring benchmark: many generated sources, a million claims, about 1 %
// of every source edited, then every claim re-anchored the way a project
// reload would: each new source decoded from UTF-8 once, indexed once, and
// its claims located. Generation is not timed. Prints the figures that
// docs/anchoring.md quotes.
//
//   anchor_bench [--sources N] [--kb KB] [--claims N] [--edit FRACTION] [--threads N] [--show N]
//   defaults:     1000          100       1000000      0.01            2             0
// --show N prints the first N claims placed off their quote.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <thread>
#include <vector>

#include "tei/anchor/reanchorer.h"
#include "tests/anchor/synthetic_corpus.h"

using namespace crux;
using Clock = std::chrono::steady_clock;

namespace {

struct Source {
  std::string new_utf8;                   // the edited source as the core stores it
  std::vector<TextAnchor> anchors;        // made on the old text
  std::vector<test::ExpectedRange> want;  // where each should be now
  std::vector<AnchorResult> results;
  double decode_index_s = 0, locate_s = 0;  // CPU seconds
};

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// CPU time of the calling thread: the machine may be shared, so wall time
// alone says little about the code.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs work(i) for i in [0, n) on `threads` threads.
template <class Work>
void parallel_for(size_t n, size_t threads, Work work) {
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) work(i);
    });
  for (auto& th : pool) th.join();
}

}  // namespace

int main(int argc, char** argv) {
  size_t sources = 1000, kb = 100, claims = 1'000'000, threads = 2, show = 0;
  double edit = 0.01;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string opt = argv[i];
    if (opt == "--sources") sources = std::strtoul(argv[i + 1], nullptr, 10);
    else if (opt == "--kb") kb = std::strtoul(argv[i + 1], nullptr, 10);
    else if (opt == "--claims") claims = std::strtoul(argv[i + 1], nullptr, 10);
    else if (opt == "--edit") edit = std::strtod(argv[i + 1], nullptr);
    else if (opt == "--threads") threads = std::strtoul(argv[i + 1], nullptr, 10);
    else if (opt == "--show") show = std::strtoul(argv[i + 1], nullptr, 10);
    else {
      std::fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }
  const size_t per_source = (claims + sources - 1) / sources;

  auto g0 = Clock::now();
  std::vector<Source> corpus(sources);
  std::atomic<size_t> bytes{0}, code_points{0};
  parallel_for(sources, threads, [&](size_t i) {
    // The synthetic text averages about 1.13 UTF-8 bytes per code point.
    std::u32string old_text = test::synthetic_text(kb * 1000 * 100 / 113, 1000 + i);
    auto ranges = test::random_ranges(old_text, per_source, 2000 + i);
    test::EditedText edited = test::apply_random_edits(old_text, edit, 3000 + i);
    Source& s = corpus[i];
    for (const auto& [a, b] : ranges) {
      s.anchors.push_back(make_anchor(old_text, a, b));
      s.want.push_back(test::map_range(a, b, edited.edits));
    }
    s.new_utf8 = to_utf8(edited.text);
    bytes += s.new_utf8.size();
    code_points += edited.text.size();
  });
  double gen_s = seconds(Clock::now() - g0);

  auto t0 = Clock::now();
  parallel_for(sources, threads, [&](size_t i) {
    Source& s = corpus[i];
    double a = thread_cpu_seconds();
    Reanchorer r(to_u32(s.new_utf8));
    double b = thread_cpu_seconds();
    s.results.reserve(s.anchors.size());
    for (const TextAnchor& anchor : s.anchors) s.results.push_back(r.locate(anchor));
    s.decode_index_s = b - a;
    s.locate_s = thread_cpu_seconds() - b;
  });
  double wall_s = seconds(Clock::now() - t0);

  size_t total = 0, exact = 0, moved = 0, orphaned = 0, on_quote = 0, misplaced = 0;
  double decode_index_s = 0, locate_s = 0;
  for (const Source& s : corpus) {
    decode_index_s += s.decode_index_s;
    locate_s += s.locate_s;
    for (size_t k = 0; k < s.results.size(); ++k) {
      const AnchorResult& r = s.results[k];
      const test::ExpectedRange& w = s.want[k];
      ++total;
      if (r.state == AnchorState::Orphaned) {
        ++orphaned;
        continue;
      }
      (r.state == AnchorState::Exact ? exact : moved)++;
      if (test::on_quote(r.start, r.end, w)) {
        ++on_quote;
      } else if (++misplaced <= show) {
        const TextAnchor& a = s.anchors[k];
        std::printf("off its quote: source %zu, claim %zu at %zu-%zu, expected %zu-%zu (slack %zu), got %zu-%zu: %s\n"
                    "  prefix [%s]\n  exact [%s]\n  suffix [%s]\n",
                    static_cast<size_t>(&s - corpus.data()), k, a.start, a.end, w.start, w.end, w.slack, r.start,
                    r.end, r.reason.c_str(), a.prefix.c_str(), a.exact.c_str(), a.suffix.c_str());
      }
    }
  }
  auto pct = [&](size_t x) { return 100.0 * static_cast<double>(x) / static_cast<double>(total); };
  std::printf("sources %zu, %.1f MB UTF-8 (%.1f M code points), claims %zu, edited %.1f %%, threads %zu\n",
              sources, static_cast<double>(bytes) / 1e6, static_cast<double>(code_points) / 1e6, total,
              edit * 100, threads);
  std::printf("generation (not timed): %.1f s\n", gen_s);
  std::printf("re-anchoring: %.2f s wall, %.0f claims/s; CPU %.2f s = %.2f s decode+index + %.2f s locate\n",
              wall_s, static_cast<double>(total) / wall_s, decode_index_s + locate_s, decode_index_s, locate_s);
  std::printf("exact %zu (%.2f %%), moved %zu (%.2f %%), orphaned %zu (%.2f %%)\n", exact, pct(exact), moved,
              pct(moved), orphaned, pct(orphaned));
  std::printf("back on their quote %zu (%.3f %%), placed off their quote %zu (%.3f %%)\n", on_quote,
              pct(on_quote), misplaced, pct(misplaced));
  return 0;
}
