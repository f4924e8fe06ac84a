#pragma once
// Re-anchoring: finding where each claim of a source is after the source's
// text changed (re-import, corrections, a new edition). The W3C
// TextQuoteSelector's idea (quote, prefix, suffix) with Hypothesis's
// fuzzy-anchoring recipe (Myers's bit-parallel matching, its score weights),
// made stricter so that a claim is never silently moved onto a look-alike
// passage. docs/anchoring.md explains it for users; in short, locate() looks
//
//   1. at the old offsets: the quote and both sides of its context still
//      there word for word -> Exact, nothing else is looked at;
//   2. at every verbatim occurrence of the quote (q-gram index);
//   3. between the prefix and the suffix where they are found verbatim;
//   4. fuzzily (Myers) where verbatim pieces of quote and context point;
//   5. fuzzily within kNearWindow of the old place, with up to
//      min(256, m/2) edits; and only if no piece of the passage is found
//      anywhere, in the whole text;
//
// stopping after a step as soon as a place with kSettledEvidence is found.
// The best candidate by Hypothesis's score (quote 50, prefix 20, suffix 20,
// position 2; context measured above chance) is placed if it reaches
// kMinScore and keeps one side of its context (or is a long quote found
// verbatim once), is not outside the context still standing around the old
// place, and no other place is as good (kAmbiguityMargin) unless it is a
// copy much farther away. Otherwise the claim is Orphaned, with the reason.
// All thresholds are in anchor_policy.h.
//
// Build one Reanchorer per new text (it indexes the text once, in O(n)) and
// call locate() for every claim on that source. locate() is const and
// thread-safe: several threads may locate claims on one Reanchorer.
#include <string>

#include "tei/anchor/qgram_index.h"
#include "tei/anchor/text_anchor.h"

namespace crux {

class Reanchorer {
 public:
  // Takes the new plain text (code points); pass an rvalue to avoid a copy.
  explicit Reanchorer(std::u32string new_text);
  // The index refers into the text: neither may move.
  Reanchorer(const Reanchorer&) = delete;
  Reanchorer& operator=(const Reanchorer&) = delete;

  const std::u32string& text() const { return text_; }

  // Where the claim anchored by `a` (made on the old text) is in the new text.
  // Never throws for any anchor (inconsistent ones are orphaned or placed by
  // their quote: the quote, not end - start, decides the length).
  AnchorResult locate(const TextAnchor& a) const;

 private:
  std::u32string text_;
  QgramIndex index_;
};

}  // namespace crux
