#pragma once
// The claims one source view shows: every range of every claim on that
// source in the visible layers, as spans sorted by start, so the highlighter
// can ask "what lies in these lines?" and hover and click can ask "what is
// under this character?" without walking all claims. No wx: built from the
// core's ModelState and unit-tested without a display.
//
// Each span gets a level: the lowest level on which it neither overlaps nor
// touches an earlier span. Spans of one level never meet, so one Scintilla
// indicator per level can draw them without merging two claims into one
// (overlapping or adjacent ranges of one indicator would merge).
//
// The index keeps the layers it was built from alive (they are immutable
// shared parts of the model's state), so its Claim pointers stay valid after
// the model moves on; rebuild it when the model notifies a change.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "tei/annotation/model.h"
#include "tei/annotation/model_state.h"

namespace crux::gui {

struct ClaimSpan {
  size_t start = 0;  // plain-text code points, [start, end)
  size_t end = 0;
  int level = 0;
  const Claim* claim = nullptr;
  const LayerInfo* layer = nullptr;
};

class ClaimIndex {
 public:
  ClaimIndex() = default;
  // The claims on source_id in the layers of state that are visible.
  // Orphaned claims (not placed on the text) are left out.
  static ClaimIndex build(const ModelState& state, const std::string& source_id);

  // The claim taxonomy the claims are typed with (empty before build).
  const Taxonomy& taxonomy() const { return taxonomy_ ? *taxonomy_ : kNoTaxonomy; }

  const std::vector<ClaimSpan>& spans() const { return spans_; }
  bool empty() const { return spans_.empty(); }
  // Number of distinct claims (a claim may have several spans).
  size_t claim_count() const { return claims_; }
  // Levels in use (0 when empty).
  int levels() const { return levels_; }

  // Spans overlapping [from, to), in start order. O(log n + k) for spans of
  // similar length; one very long span costs at most a walk from it.
  std::vector<const ClaimSpan*> overlapping(size_t from, size_t to) const;
  // Spans holding the character at pos, shortest first (the innermost claim
  // is the one a click most likely means).
  std::vector<const ClaimSpan*> at(size_t pos) const;
  // The claim with this id on this source, or nullptr when this index does
  // not hold it.
  const Claim* find(const std::string& claim_id) const;
  // Its layer, or nullptr.
  const LayerInfo* layer_of(const std::string& claim_id) const;

 private:
  static const Taxonomy kNoTaxonomy;
  std::vector<std::shared_ptr<const Layer>> layers_;  // keeps the claims alive
  std::shared_ptr<const Taxonomy> taxonomy_;
  std::string source_;
  std::vector<ClaimSpan> spans_;                      // by start, then end
  std::vector<size_t> max_end_;                       // prefix maximum of end
  size_t claims_ = 0;
  int levels_ = 0;
};

}  // namespace crux::gui
