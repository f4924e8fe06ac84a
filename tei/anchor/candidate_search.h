#pragma once
// The places in a new text where an anchor's quote could be now, each with
// its score. Re-anchoring (reanchorer.h) calls the steps in order of cost and
// stops as soon as the candidates settle the question; the decision between
// them is the Reanchorer's.
#include <cstddef>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "tei/anchor/anchor_query.h"
#include "tei/anchor/qgram_index.h"

namespace crux {

struct Candidate {
  size_t start;
  size_t end;
  size_t errors;          // edits between text[start, end) and the quote
  size_t context_errors;  // edits between the text around it and prefix + suffix
  MatchScore score;
};

class CandidateSearch {
 public:
  // text and index describe the new text; both must outlive the search.
  CandidateSearch(std::u32string_view text, const QgramIndex& index, const AnchorQuery& query);

  // Adds the old place if the quote is still there word for word.
  // Returns that candidate, or nullptr.
  const Candidate* add_in_place();
  // Adds the verbatim occurrences of the quote: all of them, or when there
  // are more than kMaxScoredOccurrences, those in the windows (below) and
  // the kMaxScoredOccurrences others whose surroundings agree with the
  // stored context for the most code points word for word. Quotes shorter
  // than QgramIndex::kQ are looked for in the windows and near the old
  // place only.
  void add_verbatim();
  // Adds the places bracketed by the prefix or the suffix found verbatim
  // (each at most kMaxSeedHits times): a quote edited in place, its ends
  // chosen by end_for / start_for. With both around one gap (the bracket),
  // only that place.
  void add_bracketed_by_context();
  // Whether prefix and suffix frame the claim's place (see outside_its_context):
  // no other place can then be taken, so there is no need to search on.
  bool bracketed() const { return context_hits().bracket.has_value(); }
  // Adds approximate occurrences (Myers) in the windows around the places
  // that verbatim pieces of the quote and its context point to: where the
  // passage is now if text was inserted or deleted before it.
  void add_fuzzy_where_context_points();
  // The same with all the edits max_quote_errors allows (the step above
  // allows only as many as can still settle the question), and, unless a
  // context window lies in it, in the window of kNearWindow plus the
  // quote's length around the old place.
  void add_fuzzy_near_old_place();
  // Whether pieces of the quote or its context were found anywhere (so that
  // add_fuzzy_where_context_points had somewhere to look).
  bool context_found() const { return !context_windows().empty(); }
  // Adds approximate occurrences in the whole text. Returns false, adding
  // nothing, when that would exceed kWholeTextBudget.
  bool add_fuzzy_everywhere();

  const std::vector<Candidate>& candidates() const { return candidates_; }
  // The acceptable candidate with the best total score (ties: nearest the
  // old start); if none is acceptable, the best of all; nullptr if none.
  const Candidate* best() const;
  // Whether c may be placed: it is not outside_its_context, and it scores
  // kMinScore and keeps one side of its context (kMinContext; not needed for
  // quotes of kVerbatimLength or more), or it is the only verbatim
  // occurrence of a quote that long.
  bool acceptable(const Candidate& c) const;
  // Whether the context still standing says the claim is not at c: the
  // prefix and suffix both found verbatim next to each other (one such pair
  // only, at most the quote's length plus its allowed edits apart) and c not
  // between them; or, when c keeps neither side of its context word for
  // word, the prefix (or the suffix) found verbatim exactly once and c not
  // right after it (before it). Then c is a look-alike (the same word next
  // door, another copy of a formula) and the claim's own text was rewritten
  // or deleted. c with its context verbatim on both sides, and a quote of
  // kVerbatimLength or more found verbatim (a passage moved), are exempt.
  bool outside_its_context(const Candidate& c) const;
  // Whether the whole passage (prefix + quote + suffix) aligns near c with
  // at least two edits fewer than it does with its quote at c: then c is the
  // same short word next door, taken because the claim's own text was
  // rewritten. Checked for quotes under kVerbatimLength whose
  // context is not verbatim around c; one Myers pass over a few hundred
  // code points.
  bool better_explained_elsewhere(const Candidate& c) const;
  bool any_acceptable() const;
  // Whether some acceptable candidate has at least this evidence.
  bool found_evidence(double evidence) const;

 private:
  struct Span {
    size_t start, end, errors;
  };
  using Window = std::pair<size_t, size_t>;
  // The start of an occurrence of the quote ending at `end`, chosen with
  // the prefix: the split between prefix and quote that costs the fewest
  // edits in all, the quote part within max_quote_errors (nullopt if no
  // start qualifies). Aligning the quote alone would drop its first words
  // when text was inserted just after them.
  std::optional<Span> start_for(size_t end) const;
  // The same for the end of an occurrence starting at `start`, with the suffix.
  std::optional<Span> end_for(size_t start) const;
  // Whether text[start, end) begins and ends with the quote's first and last
  // kCleanEnd code points: no edit touches its ends, so aligning it with its
  // context (start_for, end_for) would not move them.
  bool clean_ends(size_t start, size_t end) const { return clean_start(start) && clean_end(end); }
  bool clean_start(size_t start) const;
  bool clean_end(size_t end) const;
  // Adds a candidate. Overlapping candidates are one place with different
  // ends: only the one whose quote and context together need the fewest
  // edits is kept (then the one with fewer edits in the quote). The score
  // decides between places, not here: it weighs an edit in the context
  // more than one in a long quote, and would let a quote swallow text
  // inserted just after it.
  void add(size_t start, size_t end, size_t errors);
  // Where the prefix (ends) and the suffix (starts) occur verbatim, if at
  // most kMaxSeedHits times, and the bracket they form; computed once.
  struct ContextHits {
    std::vector<size_t> prefix_ends, suffix_starts;
    std::optional<std::pair<size_t, size_t>> bracket;
  };
  const ContextHits& context_hits() const;
  void add_fuzzy(size_t from, size_t to, size_t max_errors);
  // Windows (merged, ascending) around where verbatim pieces (kSeedLength
  // code points) of prefix + quote + suffix are now; computed once.
  const std::vector<Window>& context_windows() const;
  Window near_window() const;
  // Candidates whose evidence cannot reach this are not worth scoring.
  double evidence_floor() const;

  // Pieces of prefix + quote + suffix looked up verbatim to find where the
  // passage is now: long enough to be specific, short enough to survive
  // scattered edits. The prefix and suffix are used whole if this long.
  static constexpr size_t kSeedLength = 12;
  static constexpr size_t kMaxSeeds = 16;
  // A piece found more often than this says nothing about where the passage is.
  static constexpr size_t kMaxSeedHits = 4;
  // At most this many windows from the pieces.
  static constexpr size_t kMaxSeedWindows = 6;
  // A quote found verbatim more often than this (a name, a date, a formula)
  // has only some of its occurrences scored (add_verbatim).
  static constexpr size_t kMaxScoredOccurrences = 8;
  // Code points at each end of a quote that, found verbatim at the ends of
  // an occurrence, show that no edit touches its ends.
  static constexpr size_t kCleanEnd = 6;

  std::u32string_view text_;
  const QgramIndex& index_;
  const AnchorQuery& query_;
  std::vector<Candidate> candidates_;
  std::set<std::pair<size_t, size_t>> seen_;
  double best_evidence_ = 0;
  size_t verbatim_count_ = 0;
  mutable std::optional<std::vector<Window>> context_windows_;
  mutable std::optional<ContextHits> context_hits_;
  mutable std::vector<size_t> scratch_[2];  // column_distances results, reused
};

}  // namespace crux
