#include "tei/anchor/anchor_query.h"

#include <algorithm>

namespace crux {

namespace {

std::u32string reversed(const std::u32string& s) { return {s.rbegin(), s.rend()}; }

double similarity(size_t errors, size_t length) {
  return 1.0 - static_cast<double>(std::min(errors, length)) / static_cast<double>(length);
}

double above_chance(double raw) { return std::max(0.0, (raw - kChanceSimilarity) / (1.0 - kChanceSimilarity)); }

// A context of `length` code points found with `errors` edits; at_edge: the
// place is at the start (prefix) or end (suffix) of the text.
double context_similarity(size_t length, size_t errors, bool at_edge) {
  if (length == 0) return at_edge ? 1.0 : kUnknownContext;
  return above_chance(similarity(errors, length));
}

}  // namespace

AnchorQuery::AnchorQuery(const TextAnchor& anchor)
    : old_start_(anchor.start),
      quote_(to_u32(anchor.exact)),
      prefix_(to_u32(anchor.prefix)),
      suffix_(to_u32(anchor.suffix)) {}

const PatternMasks& AnchorQuery::quote_masks() const {
  if (!quote_masks_) quote_masks_ = std::make_unique<PatternMasks>(quote_);
  return *quote_masks_;
}

const PatternMasks& AnchorQuery::reversed_quote_masks() const {
  if (!reversed_quote_masks_) reversed_quote_masks_ = std::make_unique<PatternMasks>(reversed(quote_));
  return *reversed_quote_masks_;
}

const PatternMasks& AnchorQuery::prefix_masks() const {
  if (!prefix_masks_) prefix_masks_ = std::make_unique<PatternMasks>(prefix_);
  return *prefix_masks_;
}

const PatternMasks& AnchorQuery::reversed_suffix_masks() const {
  if (!reversed_suffix_masks_) reversed_suffix_masks_ = std::make_unique<PatternMasks>(reversed(suffix_));
  return *reversed_suffix_masks_;
}

size_t AnchorQuery::prefix_errors(std::u32string_view text, size_t start) const {
  const size_t lp = prefix_.size();
  if (lp == 0) return 0;
  if (start >= lp && text.compare(start - lp, lp, prefix_) == 0) return 0;
  if (!reversed_prefix_masks_) reversed_prefix_masks_ = std::make_unique<PatternMasks>(reversed(prefix_));
  return anchored_backward(text, start, context_reach(lp), *reversed_prefix_masks_).errors;
}

size_t AnchorQuery::suffix_errors(std::u32string_view text, size_t end) const {
  const size_t ls = suffix_.size();
  if (ls == 0) return 0;
  if (end + ls <= text.size() && text.compare(end, ls, suffix_) == 0) return 0;
  if (!suffix_masks_) suffix_masks_ = std::make_unique<PatternMasks>(suffix_);
  return anchored_forward(text, end, context_reach(ls), *suffix_masks_).errors;
}

double AnchorQuery::prefix_similarity(std::u32string_view text, size_t start) const {
  return context_similarity(prefix_.size(), prefix_errors(text, start), start == 0);
}

double AnchorQuery::suffix_similarity(std::u32string_view text, size_t end) const {
  return context_similarity(suffix_.size(), suffix_errors(text, end), end == text.size());
}

MatchScore AnchorQuery::score(std::u32string_view text, size_t start, size_t end, size_t errors,
                              size_t* context_errors) const {
  MatchScore s;
  size_t before = prefix_errors(text, start), after = suffix_errors(text, end);
  if (context_errors) *context_errors = before + after;
  s.quote = quote_.empty() ? 0.0 : similarity(errors, quote_.size());
  s.prefix = context_similarity(prefix_.size(), before, start == 0);
  s.suffix = context_similarity(suffix_.size(), after, end == text.size());
  double distance = start > old_start_ ? static_cast<double>(start - old_start_)
                                       : static_cast<double>(old_start_ - start);
  s.position = text.empty() ? 0.0 : std::max(0.0, 1.0 - distance / static_cast<double>(text.size()));
  return s;
}

}  // namespace crux
