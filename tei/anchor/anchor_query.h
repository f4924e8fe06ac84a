#pragma once
// One anchor prepared for searching: its quote and context as code points,
// the pattern tables the searches need (built on first use), and the scoring
// of a candidate place against the stored context. Made per locate() call;
// not shared between threads.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "tei/anchor/anchor_policy.h"
#include "tei/anchor/approx_match.h"
#include "tei/anchor/text_anchor.h"

namespace crux {

class AnchorQuery {
 public:
  explicit AnchorQuery(const TextAnchor& anchor);

  size_t old_start() const { return old_start_; }
  const std::u32string& quote() const { return quote_; }
  const std::u32string& prefix() const { return prefix_; }
  const std::u32string& suffix() const { return suffix_; }

  const PatternMasks& quote_masks() const;
  const PatternMasks& reversed_quote_masks() const;
  const PatternMasks& prefix_masks() const;
  const PatternMasks& reversed_suffix_masks() const;

  // Edits between the prefix and the text just before `start`, aligning the
  // prefix's end with `start` and letting its beginning fall where it fits
  // best (text inserted or deleted inside the context costs only its
  // length). 0 when the anchor has no prefix.
  size_t prefix_errors(std::u32string_view text, size_t start) const;
  // The same for the suffix and the text from `end` on.
  size_t suffix_errors(std::u32string_view text, size_t end) const;

  // Similarity in [0, 1] of the text before `start` to the prefix:
  // 1 - prefix_errors / prefix length, measured above chance
  // (kChanceSimilarity). kUnknownContext when the anchor has no prefix (it
  // was at the start of the text) and start > 0.
  double prefix_similarity(std::u32string_view text, size_t start) const;
  // The same for the text from `end` on and the suffix.
  double suffix_similarity(std::u32string_view text, size_t end) const;

  // All four parts of the score of text[start, end), whose distance to the
  // quote is `errors`; the edits in prefix and suffix go to *context_errors.
  MatchScore score(std::u32string_view text, size_t start, size_t end, size_t errors,
                   size_t* context_errors = nullptr) const;

 private:
  size_t old_start_;
  std::u32string quote_, prefix_, suffix_;
  mutable std::unique_ptr<PatternMasks> quote_masks_, reversed_quote_masks_;
  mutable std::unique_ptr<PatternMasks> reversed_prefix_masks_, suffix_masks_;
  mutable std::unique_ptr<PatternMasks> prefix_masks_, reversed_suffix_masks_;
};

}  // namespace crux
