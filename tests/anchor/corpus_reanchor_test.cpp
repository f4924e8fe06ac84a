// The acceptance test again on real sources: the five accounts of the
// October Revolution in the shared corpus (English and Vietnamese, with web
// boilerplate, duplicated headings and OCR errors: repetition that synthetic
// text lacks). Skipped with a reason when the shared folder is absent.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "tei/anchor/reanchorer.h"
#include "tests/anchor/synthetic_corpus.h"
#include "tests/support/test_support.h"

using namespace crux;
using namespace crux::test;

TEST(CorpusReanchor, RealSourcesEditedOnePercent) {
  CRUX_REQUIRE_SHARED();
  const std::vector<std::string> files = {
      "cach-mang-1917-lich-su.vi.txt", "encyclopedia-october-revolution.en.txt", "nam-1918-cach-mang-nga.vi.txt",
      "revision-notes-october-november.en.txt", "socialist-lessons-1917.en.txt"};
  size_t total = 0, placed_well = 0, orphaned = 0, misplaced = 0;
  uint64_t seed = 100;
  for (const std::string& name : files) {
    const std::u32string old_text = to_u32(slurp(shared_dir() + "/corpus/october-1917/" + name));
    ASSERT_GT(old_text.size(), 1000u) << name;
    // Several rounds of edits per source, each with its own claims.
    for (int round = 0; round < 4; ++round, ++seed) {
      auto ranges = random_ranges(old_text, 250, seed);
      EditedText edited = apply_random_edits(old_text, 0.01, seed + 1000);
      Reanchorer r(edited.text);
      for (const auto& [s, e] : ranges) {
        AnchorResult res = r.locate(make_anchor(old_text, s, e));
        ++total;
        ASSERT_FALSE(res.reason.empty());
        if (res.state == AnchorState::Orphaned) {
          ++orphaned;
          if (std::getenv("CRUX_ANCHOR_VERBOSE"))
            std::printf("[ orphaned ] %s: [%zu,%zu) slack %zu: %s\n", name.c_str(), s, e,
                        map_range(s, e, edited.edits).slack, res.reason.c_str());
        } else if (on_quote(res.start, res.end, map_range(s, e, edited.edits))) {
          ++placed_well;
        } else {
          ++misplaced;
          ExpectedRange w = map_range(s, e, edited.edits);
          std::printf("[ misplaced] %s: [%zu,%zu) expected [%zu,%zu) slack %zu, got [%zu,%zu): %s\n", name.c_str(), s,
                      e, w.start, w.end, w.slack, res.start, res.end, res.reason.c_str());
        }
      }
    }
  }
  std::printf("[ corpus   ] %zu claims: on their quote %zu (%.2f %%), orphaned %zu, misplaced %zu\n", total,
              placed_well, 100.0 * static_cast<double>(placed_well) / static_cast<double>(total), orphaned,
              misplaced);
  EXPECT_GE(placed_well * 100, total * 99);
  EXPECT_LE(misplaced * 500, total) << "more than 0.2 % placed off their quote";
}
