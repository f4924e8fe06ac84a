#include "tei/anchor/reanchorer.h"

#include <algorithm>
#include <cmath>

#include "tei/anchor/candidate_search.h"

namespace crux {

namespace {

std::string range(size_t start, size_t end) { return std::to_string(start) + "-" + std::to_string(end); }

std::string percent(double x) { return std::to_string(static_cast<int>(x * 100 + 1e-9)) + " %"; }

// Truncated, not rounded: a score of 0.7496 must not read as the 0.75 it missed.
std::string two_decimals(double x) {
  auto hundredths = static_cast<int>(std::floor(std::clamp(x, 0.0, 1.0) * 100 + 1e-9));
  std::string out = std::to_string(hundredths / 100) + ".";
  out += static_cast<char>('0' + hundredths % 100 / 10);
  out += static_cast<char>('0' + hundredths % 10);
  return out;
}

size_t distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

bool overlaps(const Candidate& a, const Candidate& b) {
  // Empty ranges cannot occur: every candidate covers at least one code point
  // because the quote has at most m/2 edits.
  return a.start < b.end && b.start < a.end;
}

bool near_old_place(const Candidate& c, const AnchorQuery& q) {
  return distance(c.start, q.old_start()) <= kNearWindow + q.quote().size();
}

AnchorResult orphaned(const TextAnchor& a, size_t text_size, double score, std::string reason) {
  AnchorResult r;
  r.state = AnchorState::Orphaned;
  r.start = std::min(a.start, text_size);
  r.end = std::max(r.start, std::min(a.end, text_size));
  r.score = score;
  r.reason = "not placed: " + std::move(reason);
  return r;
}

std::string describe_scores(const MatchScore& s) {
  return "quote " + percent(s.quote) + " alike, text before " + percent(s.prefix) + ", after " +
         percent(s.suffix);
}

AnchorResult placed(const AnchorQuery& q, const Candidate& c, const std::string& note) {
  AnchorResult r;
  r.start = c.start;
  r.end = c.end;
  r.score = c.score.total();
  const size_t m = q.quote().size();
  bool same_place = c.start == q.old_start() && c.errors == 0;
  r.state = same_place ? AnchorState::Exact : AnchorState::Moved;
  std::string why;
  if (same_place) {
    why = "unchanged";
  } else {
    if (c.start != q.old_start()) {
      long shift = static_cast<long>(c.start) - static_cast<long>(q.old_start());
      why = "moved by " + std::string(shift > 0 ? "+" : "") + std::to_string(shift) + " characters";
    } else {
      why = "at its old place";
    }
    if (c.errors == 0)
      why += "; quote unchanged";
    else
      why += "; quote edited (" + std::to_string(c.errors) + " of " + std::to_string(m) +
             " characters differ)";
  }
  if (c.score.prefix < 1.0 || c.score.suffix < 1.0) why += "; the text around it changed";
  why += note;
  r.reason = why + " (score " + two_decimals(r.score) + ")";
  return r;
}

AnchorResult decide(const TextAnchor& a, const AnchorQuery& q, const CandidateSearch& s, size_t n) {
  const Candidate* best = s.best();
  if (!best)
    return orphaned(a, n, 0,
                    "nothing in the new text resembles the quote closely enough; the passage was "
                    "probably deleted or rewritten");
  if (s.outside_its_context(*best) || s.better_explained_elsewhere(*best))
    return orphaned(a, n, best->score.total(),
                    "the text before and after the claim is still there, but what it quoted between them "
                    "was rewritten or deleted; the look-alike at " + range(best->start, best->end) +
                        " was not taken");
  if (!s.acceptable(*best)) {
    std::string why = best->score.total() < kMinScore
                          ? "scores " + two_decimals(best->score.total()) + ", below the " + two_decimals(kMinScore) +
                                " needed"
                          : "keeps too little of the text around the claim";
    return orphaned(a, n, best->score.total(),
                    "the closest match, at " + range(best->start, best->end) + " (" + describe_scores(best->score) +
                        "), " + why + "; the passage was probably deleted or rewritten");
  }
  // The strongest rival at another place.
  const Candidate* rival = nullptr;
  for (const Candidate& c : s.candidates())
    if (!overlaps(c, *best) && (!rival || c.score.evidence() > rival->score.evidence())) rival = &c;
  std::string note;
  if (best->score.total() < kMinScore)
    note = "; placed because this long quote occurs word for word only here";
  if (rival && rival->score.evidence() >= best->score.evidence() - kAmbiguityMargin) {
    // Copies of a passage (a heading printed twice, a repeated formula with
    // its context): the nearer one is taken if it is much nearer to where the
    // claim was. Look-alikes with context only partly theirs are not.
    const size_t d_best = distance(best->start, q.old_start()), d_rival = distance(rival->start, q.old_start());
    const bool much_nearer = d_best * kMuchNearer < d_rival || (near_old_place(*best, q) && !near_old_place(*rival, q));
    if (best->score.evidence() >= kSettledEvidence && much_nearer) {
      note += "; an equally good place at " + range(rival->start, rival->end) +
              " is farther from where it was";
    } else {
      return orphaned(a, n, best->score.total(),
                      "two places match equally well, at " + range(best->start, best->end) + " and " +
                          range(rival->start, rival->end) + "; choose one by hand");
    }
  }
  return placed(q, *best, note);
}

}  // namespace

Reanchorer::Reanchorer(std::u32string new_text) : text_(std::move(new_text)), index_(text_) {}

AnchorResult Reanchorer::locate(const TextAnchor& a) const {
  AnchorQuery q(a);
  const size_t n = text_.size();
  if (q.quote().empty()) return orphaned(a, n, 0, "the claim covers no text, so there is nothing to look for");
  if (n == 0) return orphaned(a, n, 0, "the source has no text any more");

  CandidateSearch s(text_, index_, q);
  // Unchanged quote and context: Exact without looking further. With the
  // context changed, the old place competes with the others: a short quote
  // can sit at its old offsets by chance after text before it changed.
  if (const Candidate* here = s.add_in_place(); here && here->score.evidence() == 1.0)
    return placed(q, *here, "");
  s.add_verbatim();
  if (s.found_evidence(kSettledEvidence)) return decide(a, q, s, n);
  s.add_bracketed_by_context();
  if (s.bracketed() || s.found_evidence(kSettledEvidence)) return decide(a, q, s, n);
  s.add_fuzzy_where_context_points();
  if (s.found_evidence(kSettledEvidence)) return decide(a, q, s, n);
  s.add_fuzzy_near_old_place();
  if (!s.any_acceptable() && !s.context_found() && !s.add_fuzzy_everywhere() && !s.best())
    return orphaned(a, n, 0,
                    "not found near its old place or where its context is now, and the text is "
                    "too long to search all of it");
  return decide(a, q, s, n);
}

}  // namespace crux
