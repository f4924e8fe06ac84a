#include "tei/anchor/candidate_search.h"

#include <algorithm>

// The parts of CandidateSearch that look for the claim's context: the
// verbatim prefix and suffix, the place they frame, and the windows that
// verbatim pieces of quote and context point to.

namespace crux {

const CandidateSearch::ContextHits& CandidateSearch::context_hits() const {
  if (context_hits_) return *context_hits_;
  ContextHits h;
  const std::u32string& prefix = query_.prefix();
  const std::u32string& suffix = query_.suffix();
  if (prefix.size() >= kSeedLength) h.prefix_ends = index_.find_all(prefix, kMaxSeedHits);
  if (h.prefix_ends.size() > kMaxSeedHits) h.prefix_ends.clear();
  for (size_t& p : h.prefix_ends) p += prefix.size();
  if (suffix.size() >= kSeedLength) h.suffix_starts = index_.find_all(suffix, kMaxSeedHits);
  if (h.suffix_starts.size() > kMaxSeedHits) h.suffix_starts.clear();
  // The claim's place if exactly one prefix and suffix pair frame a gap the
  // quote could fill.
  const size_t m = query_.quote().size(), reach = m + max_quote_errors(m);
  size_t pairs = 0;
  for (size_t p : h.prefix_ends)
    for (size_t q : h.suffix_starts)
      if (p <= q && q - p <= reach) {
        ++pairs;
        h.bracket = Window{p, q};
      }
  if (pairs != 1) h.bracket.reset();
  context_hits_ = std::move(h);
  return *context_hits_;
}

void CandidateSearch::add_bracketed_by_context() {
  const ContextHits& h = context_hits();
  // A verbatim occurrence next to the context is already there: aligning
  // could only tie with it.
  auto verbatim_starts_at = [this](size_t pos) {
    return std::any_of(candidates_.begin(), candidates_.end(),
                       [pos](const Candidate& c) { return c.errors == 0 && c.start == pos; });
  };
  auto verbatim_ends_at = [this](size_t pos) {
    return std::any_of(candidates_.begin(), candidates_.end(),
                       [pos](const Candidate& c) { return c.errors == 0 && c.end == pos; });
  };
  if (h.bracket && clean_ends(h.bracket->first, h.bracket->second)) {
    // The quote fills the gap between prefix and suffix, its ends untouched.
    const auto [from, to] = *h.bracket;
    column_distances(text_, from, to - from, query_.quote_masks(), Reading::Forward, true, scratch_[0]);
    size_t errors = scratch_[0].back();
    if (scratch_[0].size() == to - from + 1 && errors <= max_quote_errors(query_.quote().size()))
      add(from, to, errors);
    return;
  }
  for (size_t p : h.prefix_ends) {
    if (h.bracket && h.bracket->first != p) continue;  // framed: only that place
    if (verbatim_starts_at(p)) continue;
    // The end, then the start again: text inserted right after the prefix
    // belongs to the quote only if that costs fewer edits in the quote.
    auto span = end_for(p);
    if (span && !clean_start(span->start))
      span = start_for(span->end);
    if (span) add(span->start, span->end, span->errors);
  }
  if (h.bracket) return;  // aligned from its prefix above
  for (size_t q : h.suffix_starts)
    if (!verbatim_ends_at(q))
      if (auto span = start_for(q)) add(span->start, span->end, span->errors);
}

bool CandidateSearch::outside_its_context(const Candidate& c) const {
  if (c.score.evidence() == 1.0) return false;  // its own context, word for word
  const size_t m = query_.quote().size();
  if (c.errors == 0 && m >= kVerbatimLength) return false;  // a moved passage
  const ContextHits& h = context_hits();
  if (h.bracket)
    return h.bracket->first == h.bracket->second || !(c.start < h.bracket->second && h.bracket->first < c.end);
  // One side of the context found word for word once, elsewhere, while c
  // keeps neither side word for word: the context says the claim is there.
  if (c.score.prefix == 1.0 || c.score.suffix == 1.0) return false;
  const size_t reach = m + max_quote_errors(m);
  if (h.prefix_ends.size() == 1) {
    const size_t p = h.prefix_ends.front();
    if (!(c.start < p + reach && p < c.end)) return true;
  }
  if (h.suffix_starts.size() == 1) {
    const size_t q = h.suffix_starts.front();
    if (!(c.start < q && (q > reach ? q - reach : 0) < c.end)) return true;
  }
  return false;
}

bool CandidateSearch::better_explained_elsewhere(const Candidate& c) const {
  const size_t m = query_.quote().size();
  if (m >= kVerbatimLength || c.score.evidence() == 1.0) return false;
  const size_t lp = query_.prefix().size(), ls = query_.suffix().size();
  const size_t own = c.errors + c.context_errors;  // prefix, quote, suffix through c
  if (own < 2) return false;
  // The whole passage aligned anywhere around c: through c it costs `own`
  // edits; if some alignment costs at least two fewer, its quote part is not
  // at c. (One fewer happens at the right place too: the ends chosen by
  // start_for / end_for one at a time are not always jointly the cheapest.)
  std::u32string passage = query_.prefix() + query_.quote() + query_.suffix();
  PatternMasks masks(passage);
  const size_t reach = m + max_quote_errors(m) + 32;
  const size_t from = c.start > lp + reach ? c.start - lp - reach : 0;
  const size_t to = std::min(text_.size(), c.end + ls + reach);
  return !approx_ends(text_, from, to, masks, own - 2).empty();
}

const std::vector<CandidateSearch::Window>& CandidateSearch::context_windows() const {
  if (context_windows_) return *context_windows_;
  const size_t n = text_.size(), m = query_.quote().size();
  const size_t slack = max_quote_errors(m) + 32;
  std::u32string pattern = query_.prefix() + query_.quote() + query_.suffix();
  const size_t lp = query_.prefix().size();
  std::vector<size_t> predicted;  // where each found piece says the quote starts
  if (pattern.size() >= kSeedLength) {
    size_t pieces = pattern.size() / kSeedLength;
    size_t step = pieces > kMaxSeeds ? pieces / kMaxSeeds : 1;
    for (size_t p = 0; p < pieces; p += step) {
      size_t offset = p * kSeedLength;
      std::u32string_view piece = std::u32string_view(pattern).substr(offset, kSeedLength);
      std::vector<size_t> hits = index_.find_all(piece, kMaxSeedHits);
      if (hits.size() > kMaxSeedHits) continue;
      for (size_t h : hits)
        if (h + lp >= offset) predicted.push_back(h + lp - offset);
    }
  }
  std::sort(predicted.begin(), predicted.end());
  // Predictions that agree (within the slack) form a group; the groups with
  // the most votes get windows.
  struct Group {
    size_t votes, lo, hi;
  };
  std::vector<Group> groups;
  for (size_t i = 0; i < predicted.size();) {
    size_t j = i + 1;
    while (j < predicted.size() && predicted[j] - predicted[j - 1] <= slack) ++j;
    groups.push_back({j - i, predicted[i], predicted[j - 1]});
    i = j;
  }
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.votes > b.votes; });
  if (groups.size() > kMaxSeedWindows) groups.resize(kMaxSeedWindows);
  // A lone piece that also occurs elsewhere (a common phrase) is no evidence
  // next to a place that many pieces agree on.
  if (!groups.empty()) {
    size_t keep = std::max<size_t>(2, (groups.front().votes + 2) / 3);
    if (groups.front().votes >= keep)
      groups.erase(std::remove_if(groups.begin(), groups.end(), [keep](const Group& g) { return g.votes < keep; }),
                   groups.end());
  }
  std::vector<Window> out;
  for (const Group& g : groups)
    out.emplace_back(g.lo > slack ? g.lo - slack : 0, std::min(n, g.hi + m + slack));
  std::sort(out.begin(), out.end());
  std::vector<Window> merged;
  for (const Window& w : out) {
    if (!merged.empty() && w.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, w.second);
    else
      merged.push_back(w);
  }
  context_windows_ = std::move(merged);
  return *context_windows_;
}

void CandidateSearch::add_fuzzy_where_context_points() {
  // Only as many edits as still allow kSettledEvidence with intact context:
  // this step exists to settle the common case cheaply.
  const size_t m = query_.quote().size();
  double q_min = (kSettledEvidence * (kQuoteWeight + kPrefixWeight + kSuffixWeight) - kPrefixWeight -
                  kSuffixWeight) / kQuoteWeight;
  auto max_errors = std::min(max_quote_errors(m), static_cast<size_t>(static_cast<double>(m) * (1 - q_min)));
  for (const Window& w : context_windows()) add_fuzzy(w.first, w.second, max_errors);
}

}  // namespace crux
