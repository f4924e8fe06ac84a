#pragma once
// A claim's anchor in the text of a source, in the spirit of the W3C
// TextQuoteSelector (exact quote, prefix, suffix) plus the position it had
// when it was made (a TextPositionSelector), and what re-anchoring it in a
// changed text found. Positions are Unicode code points of the source's plain
// text (docs/file-format.md, "Text positions"); the quote and its context are
// UTF-8, as everywhere in the core.
//
// The core keeps text as UTF-8 std::string; the anchoring code works on
// std::u32string so that an index is a code point. Convert a source once with
// to_u32() and make or re-anchor all of its claims against that.
#include <cstddef>
#include <string>
#include <string_view>

namespace crux {

// What a claim remembers of the text it covers.
struct TextAnchor {
  size_t start = 0;    // first code point of the quote in the text the anchor was made on
  size_t end = 0;      // one past the last code point (end - start == code points of exact)
  std::string exact;   // the quote itself (UTF-8)
  std::string prefix;  // up to `context` code points before it (fewer at the start of the text)
  std::string suffix;  // up to `context` code points after it (fewer at the end of the text)
};

// The default amount of context on each side, in code points (Hypothesis
// stores 32 too: enough to tell a repeated phrase's places apart).
inline constexpr size_t kDefaultAnchorContext = 32;

// The anchor of text[start, end). Throws crux::Error (internal: a caller's bug)
// when start > end or end > text.size(). An empty range gives an anchor with
// an empty quote, which re-anchoring always reports as orphaned.
TextAnchor make_anchor(const std::u32string& text, size_t start, size_t end,
                       size_t context = kDefaultAnchorContext);

// Where re-anchoring put a claim.
enum class AnchorState {
  Exact,     // the same quote at the same offsets
  Moved,     // placed at other offsets, or the quote there was edited (see reason)
  Orphaned,  // no place is good enough, or two places are equally good: not placed
};

// "exact", "moved", "orphaned": the `anchor` values of the claims JSON.
const char* anchor_state_name(AnchorState state);

struct AnchorResult {
  AnchorState state = AnchorState::Orphaned;
  // The claim's new range in the new text. For Orphaned: the old range,
  // clamped to the new text, for orientation only (it covers nothing).
  size_t start = 0;
  size_t end = 0;
  // Confidence in [0, 1]: Hypothesis's normalised score (docs/anchoring.md);
  // 1 for an unchanged quote with unchanged context. For Orphaned, the score
  // of the best place that was turned down (0 if none).
  double score = 0;
  // One sentence a historian can read: why the claim is where it is, or why
  // it could not be placed. Never empty.
  std::string reason;
};

// UTF-8 <-> code points. The core's plain text is valid UTF-8; should it not
// be, each invalid byte becomes U+FFFD (decode_utf8 of tei/base/utf8.h).
std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

}  // namespace crux
