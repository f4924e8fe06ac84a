#include "app/gui/claim_index.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace crux::gui {
namespace {

// Compares claims by source only (Layer::claims is sorted by source first).
struct BySource {
  bool operator()(const Claim& c, const std::string& s) const { return c.source < s; }
  bool operator()(const std::string& s, const Claim& c) const { return s < c.source; }
};

}  // namespace

const Taxonomy ClaimIndex::kNoTaxonomy{};

ClaimIndex ClaimIndex::build(const ModelState& state, const std::string& source_id) {
  ClaimIndex index;
  index.taxonomy_ = state.claim_types;
  index.source_ = source_id;
  for (const auto& [id, layer] : state.layers) {
    if (!layer->info.visible) continue;
    // The source's claims are one run of the layer's sorted claims.
    auto [first, last] = std::equal_range(layer->claims.begin(), layer->claims.end(), source_id, BySource{});
    if (first == last) continue;
    index.layers_.push_back(layer);
    for (auto it = first; it != last; ++it) {
      const Claim& c = *it;
      if (c.anchor == AnchorStatus::Orphaned) continue;
      bool any = false;
      for (const TextRange& r : c.ranges) {
        if (r.end <= r.start) continue;
        index.spans_.push_back({r.start, r.end, 0, &c, &layer->info});
        any = true;
      }
      if (any) ++index.claims_;
    }
  }
  std::sort(index.spans_.begin(), index.spans_.end(), [](const ClaimSpan& a, const ClaimSpan& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;  // the longer one first: it lies below
    return a.claim->id < b.claim->id;
  });
  // Greedy levels: the lowest level whose last span ended before this one
  // starts (a gap of at least one character, so neighbours stay apart).
  // Heaps keep it O(n log n) however deeply claims pile up.
  using Busy = std::pair<size_t, int>;  // end, level
  std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
  std::priority_queue<int, std::vector<int>, std::greater<>> free_levels;
  index.max_end_.reserve(index.spans_.size());
  size_t max_end = 0;
  for (ClaimSpan& s : index.spans_) {
    while (!busy.empty() && busy.top().first < s.start) {
      free_levels.push(busy.top().second);
      busy.pop();
    }
    if (free_levels.empty()) {
      s.level = index.levels_++;
    } else {
      s.level = free_levels.top();
      free_levels.pop();
    }
    busy.push({s.end, s.level});
    max_end = std::max(max_end, s.end);
    index.max_end_.push_back(max_end);
  }
  return index;
}

std::vector<const ClaimSpan*> ClaimIndex::overlapping(size_t from, size_t to) const {
  std::vector<const ClaimSpan*> out;
  if (from >= to) return out;
  // The first span whose prefix maximum of end passes from: no span before
  // it can reach into [from, to).
  auto first = std::upper_bound(max_end_.begin(), max_end_.end(), from);
  for (size_t i = static_cast<size_t>(first - max_end_.begin()); i < spans_.size(); ++i) {
    const ClaimSpan& s = spans_[i];
    if (s.start >= to) break;
    if (s.end > from) out.push_back(&s);
  }
  return out;
}

std::vector<const ClaimSpan*> ClaimIndex::at(size_t pos) const {
  std::vector<const ClaimSpan*> out = overlapping(pos, pos + 1);
  std::stable_sort(out.begin(), out.end(),
                   [](const ClaimSpan* a, const ClaimSpan* b) { return a->end - a->start < b->end - b->start; });
  return out;
}

const Claim* ClaimIndex::find(const std::string& claim_id) const {
  for (const auto& layer : layers_)
    if (const Claim* c = layer->find_claim(claim_id)) return c->source == source_ ? c : nullptr;
  return nullptr;
}

const LayerInfo* ClaimIndex::layer_of(const std::string& claim_id) const {
  for (const auto& layer : layers_)
    if (const Claim* c = layer->find_claim(claim_id)) return c->source == source_ ? &layer->info : nullptr;
  return nullptr;
}

}  // namespace crux::gui
