#pragma once
// How sure re-anchoring must be before it places a claim: the weights of the
// score and every threshold, in one place so that docs/anchoring.md, the
// tests and the code agree. The weights are Hypothesis's (matchQuote in
// src/annotator/anchoring/match-quote.ts): quote 50, prefix 20, suffix 20,
// position 2, normalised by their sum.
#include <cstddef>

namespace crux {

inline constexpr double kQuoteWeight = 50;
inline constexpr double kPrefixWeight = 20;
inline constexpr double kSuffixWeight = 20;
inline constexpr double kPositionWeight = 2;

// Context similarity is measured above chance: two unrelated stretches of
// 32 code points of English, Russian or Vietnamese prose align with about a
// quarter of their characters (median 0.22-0.25 in the shared corpus), so
// raw similarity s counts as max(0, (s - kChanceSimilarity) / (1 - kChanceSimilarity)).
// "Text before 0 %" then means: no more alike than any other text.
inline constexpr double kChanceSimilarity = 0.25;

// A claim is placed only where its score reaches this. An unchanged quote
// with one side of its context intact scores 0.78 or more; with both sides
// replaced by unrelated text 0.57-0.74; a quote with a tenth of it changed
// and its context intact 0.94, with one side of the context gone 0.73.
inline constexpr double kMinScore = 0.75;

// ... and only where at least one side of its context is recognisable:
// similarity (above chance) of at least this, i.e. no more than about a
// third of those 32 code points changed. Unrelated text almost never gets
// there (0.4 at the 99.9th percentile), so a short quote (a name, a date)
// whose sentence was deleted is not captured by another occurrence of the
// same word. Quotes of kVerbatimLength or more are exempt: they are evidence
// enough themselves.
inline constexpr double kMinContext = 0.6;

// Two places whose evidence (the score without position) differs by less
// than this are equally good; the claim is then orphaned, unless both are
// copies of the passage with its context (evidence kSettledEvidence or more)
// and one is much nearer the old position: kMuchNearer times nearer, or
// within the near window (below) when the other is not.
inline constexpr double kAmbiguityMargin = 0.05;
inline constexpr size_t kMuchNearer = 4;

// The search stops widening once a place with this much evidence has been
// found (checked after the verbatim, the between-its-context and the
// where-the-pieces-point steps): a place as good elsewhere would need the
// same quote and context, and those steps look at every place that has them.
inline constexpr double kSettledEvidence = 0.9;

// A quote this long (code points) that occurs word for word exactly once is
// placed there even when none of its context is left: a paragraph moved to
// another chapter. Shorter quotes need context.
inline constexpr size_t kVerbatimLength = 40;

// "Near the old position": within this many code points plus the quote's
// length on either side. The fuzzy search looks here unless the context
// already points into this window.
inline constexpr size_t kNearWindow = 2048;

// The fuzzy search allows at most min(256, m / 2) edits in a quote of m code
// points (Hypothesis's limit), and no more than can still reach kMinScore.
inline constexpr size_t kMaxQuoteErrors = 256;

// Searching the whole text fuzzily is the last resort; it is skipped (and the
// claim orphaned) when it would cost more than this many 64-bit word steps
// (text length x ceil(m / 64)), about 0.1 s.
inline constexpr size_t kWholeTextBudget = size_t{1} << 26;

// Context that is missing because the quote was at the very start (or end) of
// the old text says nothing about a place that is not at the start (or end).
inline constexpr double kUnknownContext = 0.5;

// How far beyond a place the text is read to compare it with the stored
// prefix or suffix of `length` code points: text inserted inside the context
// (up to `length` code points) then costs exactly its length.
inline size_t context_reach(size_t length) { return 2 * length + 2; }

// The parts of a candidate's score, each in [0, 1].
struct MatchScore {
  double quote = 0;     // 1 - edits / quote length
  double prefix = 0;    // similarity (above chance) of the text before the place to the stored prefix
  double suffix = 0;    // ... after it to the stored suffix
  double position = 0;  // 1 - distance from the old start / text length

  // Hypothesis's normalised score.
  double total() const {
    return (kQuoteWeight * quote + kPrefixWeight * prefix + kSuffixWeight * suffix +
            kPositionWeight * position) /
           (kQuoteWeight + kPrefixWeight + kSuffixWeight + kPositionWeight);
  }
  // The same without position: what the text itself says about the place.
  double evidence() const {
    return (kQuoteWeight * quote + kPrefixWeight * prefix + kSuffixWeight * suffix) /
           (kQuoteWeight + kPrefixWeight + kSuffixWeight);
  }
};

// The best evidence a place can have whose quote similarity is q (perfect context).
inline double best_evidence_for(double q) {
  return (kQuoteWeight * q + kPrefixWeight + kSuffixWeight) /
         (kQuoteWeight + kPrefixWeight + kSuffixWeight);
}

// The least evidence that can still reach kMinScore (with a perfect position).
inline constexpr double kMinEvidence =
    (kMinScore * (kQuoteWeight + kPrefixWeight + kSuffixWeight + kPositionWeight) - kPositionWeight) /
    (kQuoteWeight + kPrefixWeight + kSuffixWeight);

// Edits the fuzzy search allows in a quote of m code points.
inline size_t max_quote_errors(size_t m) {
  // Largest e with best_evidence_for(1 - e/m) >= kMinEvidence.
  double q_min = (kMinEvidence * (kQuoteWeight + kPrefixWeight + kSuffixWeight) - kPrefixWeight -
                  kSuffixWeight) / kQuoteWeight;
  auto by_score = static_cast<size_t>(static_cast<double>(m) * (1 - q_min));
  size_t limit = m / 2 < kMaxQuoteErrors ? m / 2 : kMaxQuoteErrors;
  return by_score < limit ? by_score : limit;
}

}  // namespace crux
