#pragma once
// Placing claims on their source's text: from the stored string-range
// pointers and text quotes to plain-text positions (re-anchoring when the
// source changed), and from a selection of plain text to stored ranges.
#include <string>
#include <vector>

#include "tei/annotation/model.h"
#include "tei/annotation/source_text.h"

namespace crux {

// Sets every range's start/end and the claim's anchor state. Exact: each
// pointer resolves and the text there is the quote. Moved: the quote was
// found elsewhere (the ranges' pointers and quotes are updated, so the next
// save stores the new place). Orphaned: kept as it was, reported.
void anchor_claim(Claim& claim, const SourceText& source);

// Ranges for the plain-text selection [start, end): one per block the
// selection touches, each with pointer, quote and context. Throws
// crux::Error(BadInput) when the selection is empty or outside the text.
std::vector<TextRange> ranges_for(const SourceText& source, size_t start, size_t end);

// The plain text a claim covers now (ranges joined with " … ").
std::string claim_quote(const Claim& claim, const SourceText& source);

// Occurrences of `quote` in the source's plain text (code-point starts).
std::vector<size_t> find_quote(const SourceText& source, const std::string& quote);

}  // namespace crux
