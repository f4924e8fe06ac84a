#include "tei/anchor/candidate_search.h"

#include <algorithm>

namespace crux {

namespace {

size_t distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

bool inside(size_t pos, const std::vector<std::pair<size_t, size_t>>& windows) {
  return std::any_of(windows.begin(), windows.end(),
                     [pos](const auto& w) { return w.first <= pos && pos < w.second; });
}

}  // namespace

CandidateSearch::CandidateSearch(std::u32string_view text, const QgramIndex& index,
                                 const AnchorQuery& query)
    : text_(text), index_(index), query_(query) {}

void CandidateSearch::add(size_t start, size_t end, size_t errors) {
  if (!seen_.emplace(start, end).second) return;
  Candidate c{start, end, errors, 0, {}};
  c.score = query_.score(text_, start, end, errors, &c.context_errors);
  for (Candidate& other : candidates_) {
    if (!(other.start < end && start < other.end)) continue;
    size_t mine = c.errors + c.context_errors, theirs = other.errors + other.context_errors;
    if (mine < theirs || (mine == theirs && c.errors < other.errors)) {
      other = c;
      best_evidence_ = 0;
      for (const Candidate& k : candidates_) best_evidence_ = std::max(best_evidence_, k.score.evidence());
    }
    return;
  }
  candidates_.push_back(c);
  best_evidence_ = std::max(best_evidence_, c.score.evidence());
}

const Candidate* CandidateSearch::add_in_place() {
  const std::u32string& quote = query_.quote();
  size_t start = query_.old_start();
  if (start > text_.size() || text_.size() - start < quote.size()) return nullptr;
  if (text_.compare(start, quote.size(), quote) != 0) return nullptr;
  add(start, start + quote.size(), 0);  // the first candidate: nothing to overlap
  return &candidates_.front();
}

void CandidateSearch::add_verbatim() {
  const size_t m = query_.quote().size();
  if (m < QgramIndex::kQ) {
    // A quote of a few code points (a numeral, an initial) is everywhere and
    // can only be placed by its context: look where the context points and
    // near the old place, not through the whole text.
    std::vector<Window> windows = context_windows();
    windows.push_back(near_window());
    std::u32string_view text(text_);
    for (const Window& w : windows)
      for (size_t pos = text.find(query_.quote(), w.first); pos != std::u32string_view::npos && pos < w.second;
           pos = text.find(query_.quote(), pos + 1))
        add(pos, pos + m, 0);
    verbatim_count_ = candidates_.size();
    return;
  }
  std::vector<size_t> hits = index_.find_all(query_.quote(), kMaxScoredOccurrences);
  verbatim_count_ = hits.size();
  if (hits.size() <= kMaxScoredOccurrences) {
    for (size_t pos : hits) add(pos, pos + m, 0);
    return;
  }
  // Many occurrences: score those in the windows and near the old place,
  // and the ones whose surroundings agree longest with the stored context
  // word for word (copies of a formula: each other's rivals).
  std::vector<Window> windows = context_windows();
  windows.push_back(near_window());
  hits = index_.find_all(query_.quote());
  const std::u32string& prefix = query_.prefix();
  const std::u32string& suffix = query_.suffix();
  std::vector<std::pair<size_t, size_t>> agreement;  // (code points agreeing, position)
  for (size_t pos : hits) {
    if (inside(pos, windows)) {
      add(pos, pos + m, 0);
      continue;
    }
    size_t before = 0, after = 0;
    while (before < prefix.size() && before < pos && text_[pos - 1 - before] == prefix[prefix.size() - 1 - before])
      ++before;
    while (after < suffix.size() && pos + m + after < text_.size() && text_[pos + m + after] == suffix[after])
      ++after;
    agreement.emplace_back(before + after, pos);
  }
  const size_t keep = std::min(agreement.size(), kMaxScoredOccurrences);
  std::partial_sort(agreement.begin(), agreement.begin() + static_cast<long>(keep), agreement.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; i < keep; ++i) add(agreement[i].second, agreement[i].second + m, 0);
}

double CandidateSearch::evidence_floor() const {
  return std::max(best_evidence_, kMinEvidence) - kAmbiguityMargin;
}

void CandidateSearch::add_fuzzy(size_t from, size_t to, size_t max_errors) {
  const size_t m = query_.quote().size();
  if (max_errors == 0) return;  // a very short quote: only verbatim places count
  std::vector<MatchEnd> ends = approx_ends(text_, from, to, query_.quote_masks(), max_errors);
  std::stable_sort(ends.begin(), ends.end(),
                   [](const MatchEnd& a, const MatchEnd& b) { return a.errors < b.errors; });
  // An occurrence ending at e starts in [e - m - k, e - m + k]: those ends
  // whose occurrence must overlap a place already aligned are that place.
  std::vector<Window> aligned;
  for (const MatchEnd& e : ends) {
    double q = 1.0 - static_cast<double>(e.errors) / static_cast<double>(m);
    if (best_evidence_for(q) < evidence_floor()) break;  // sorted: the rest are worse
    if (std::any_of(aligned.begin(), aligned.end(), [&](const Window& w) {
          return w.first < e.end && e.end < w.second + (m - max_errors);
        }))
      continue;
    // Where the quote begins; if an edit touches either end, the ends are
    // chosen again with the context: the start given the end, then the end.
    std::optional<Span> span = Span{match_start(text_, e, query_.reversed_quote_masks()), e.end, e.errors};
    if (!clean_ends(span->start, span->end)) {
      auto from_end = start_for(e.end);
      span = from_end ? end_for(from_end->start) : std::nullopt;
      if (!span) continue;
    }
    add(span->start, span->end, span->errors);
    aligned.emplace_back(span->start, span->end);
  }
}

namespace {

// Among the lengths whose quote part is within k edits: the least total
// cost (quote + context), then the fewest edits in the quote, then the
// length nearest m. SIZE_MAX if none is within k.
template <class ContextCost>
size_t pick_length(const std::vector<size_t>& quote_cost, size_t m, size_t k, ContextCost context_cost) {
  size_t best_len = SIZE_MAX, best_cost = SIZE_MAX, best_q = SIZE_MAX;
  for (size_t len = 0; len < quote_cost.size(); ++len) {
    size_t q = quote_cost[len];
    if (q > k) continue;
    size_t cost = q + context_cost(len);
    if (cost < best_cost || (cost == best_cost && q < best_q) ||
        (cost == best_cost && q == best_q && distance(len, m) < distance(best_len, m))) {
      best_cost = cost;
      best_q = q;
      best_len = len;
    }
  }
  return best_len;
}

}  // namespace

std::optional<CandidateSearch::Span> CandidateSearch::start_for(size_t end) const {
  const size_t m = query_.quote().size(), k = max_quote_errors(m), lp = query_.prefix().size();
  auto& [qd, pd] = scratch_;
  // The quote read backwards from `end`; the prefix ending where it starts.
  column_distances(text_, end, m + k, query_.reversed_quote_masks(), Reading::Backward, true, qd);
  const size_t lo = end - (qd.size() - 1);
  const size_t room = context_reach(lp);
  const size_t from = lo > room ? lo - room : 0;
  if (lp > 0) column_distances(text_, from, end - from, query_.prefix_masks(), Reading::Forward, false, pd);
  size_t len = pick_length(qd, m, k, [&](size_t l) { return lp > 0 ? pd[end - l - from] : 0; });
  if (len == SIZE_MAX) return std::nullopt;
  return Span{end - len, end, qd[len]};
}

std::optional<CandidateSearch::Span> CandidateSearch::end_for(size_t start) const {
  const size_t m = query_.quote().size(), k = max_quote_errors(m), ls = query_.suffix().size();
  auto& [qe, sd] = scratch_;
  // The quote read forwards from `start`; the suffix beginning where it ends.
  column_distances(text_, start, m + k, query_.quote_masks(), Reading::Forward, true, qe);
  const size_t hi = start + (qe.size() - 1);
  const size_t to = std::min(text_.size(), hi + context_reach(ls));
  if (ls > 0) column_distances(text_, to, to - start, query_.reversed_suffix_masks(), Reading::Backward, false, sd);
  size_t len = pick_length(qe, m, k, [&](size_t l) { return ls > 0 ? sd[to - start - l] : 0; });
  if (len == SIZE_MAX) return std::nullopt;
  return Span{start, start + len, qe[len]};
}

bool CandidateSearch::clean_start(size_t start) const {
  const std::u32string& quote = query_.quote();
  const size_t h = std::min(kCleanEnd, quote.size());
  return start <= text_.size() && text_.size() - start >= h && text_.compare(start, h, quote, 0, h) == 0;
}

bool CandidateSearch::clean_end(size_t end) const {
  const std::u32string& quote = query_.quote();
  const size_t h = std::min(kCleanEnd, quote.size());
  return end >= h && end <= text_.size() && text_.compare(end - h, h, quote, quote.size() - h, h) == 0;
}

CandidateSearch::Window CandidateSearch::near_window() const {
  const size_t n = text_.size(), m = query_.quote().size();
  const size_t old = std::min(query_.old_start(), n), reach = kNearWindow + m;
  return {old > reach ? old - reach : 0, std::min(n, old + m + reach)};
}

void CandidateSearch::add_fuzzy_near_old_place() {
  const size_t max_errors = max_quote_errors(query_.quote().size());
  const std::vector<Window>& windows = context_windows();
  // The context windows again with all the edits allowed.
  for (const Window& w : windows) add_fuzzy(w.first, w.second, max_errors);
  // The stretch around the old place, unless the context already points
  // into it: then the passage is where the windows are, or nowhere near.
  const Window near = near_window();
  if (std::any_of(windows.begin(), windows.end(),
                  [&](const Window& w) { return w.first < near.second && near.first < w.second; }))
    return;
  add_fuzzy(near.first, near.second, max_errors);
}

bool CandidateSearch::add_fuzzy_everywhere() {
  size_t blocks = query_.quote_masks().blocks();
  if (text_.size() > kWholeTextBudget / blocks) return false;
  add_fuzzy(0, text_.size(), max_quote_errors(query_.quote().size()));
  return true;
}

const Candidate* CandidateSearch::best() const {
  const Candidate* best = nullptr;
  const bool any = any_acceptable();
  for (const Candidate& c : candidates_) {
    if (any && !acceptable(c)) continue;
    if (!best || c.score.total() > best->score.total() ||
        (c.score.total() == best->score.total() &&
         distance(c.start, query_.old_start()) < distance(best->start, query_.old_start())))
      best = &c;
  }
  return best;
}

bool CandidateSearch::acceptable(const Candidate& c) const {
  if (outside_its_context(c)) return false;
  const bool long_quote = query_.quote().size() >= kVerbatimLength;
  if (c.score.total() >= kMinScore && (long_quote || std::max(c.score.prefix, c.score.suffix) >= kMinContext))
    return true;
  return long_quote && c.errors == 0 && verbatim_count_ == 1;
}

bool CandidateSearch::any_acceptable() const {
  return std::any_of(candidates_.begin(), candidates_.end(),
                     [this](const Candidate& c) { return acceptable(c); });
}

bool CandidateSearch::found_evidence(double evidence) const {
  return std::any_of(candidates_.begin(), candidates_.end(), [&](const Candidate& c) {
    return acceptable(c) && c.score.evidence() >= evidence;
  });
}

}  // namespace crux
