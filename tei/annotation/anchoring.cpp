#include "tei/annotation/anchoring.h"

#include <algorithm>

#include "tei/anchor/reanchorer.h"
#include "tei/base/error.h"

namespace crux {
namespace {

std::u32string_view slice(const SourceText& s, size_t start, size_t end) {
  return std::u32string_view(s.text32).substr(start, end - start);
}

// Re-derives pointer and quote of a range placed at [start, end).
void place(TextRange& r, const SourceText& s, size_t start, size_t end) {
  TextAnchor a = make_anchor(s.text32, start, end);
  r.exact = a.exact;
  r.prefix = a.prefix;
  r.suffix = a.suffix;
  r.start = start;
  r.end = end;
  auto ptrs = s.text.to_pointers(start, end);
  if (!ptrs.empty()) {
    r.block_id = ptrs.front().id;
    r.offset = ptrs.front().offset;
    // A range kept as one pointer spans to the end of its quote in the first element.
    r.length = ptrs.size() == 1 ? ptrs.front().length : ptrs.front().length;
  }
}

}  // namespace

void anchor_claim(Claim& claim, const SourceText& source) {
  claim.anchor = AnchorStatus::Exact;
  claim.anchor_reason.clear();
  for (TextRange& r : claim.ranges) {
    auto where = source.text.from_pointer({r.block_id, r.offset, r.length});
    if (where && to_utf8(slice(source, where->first, where->second)) == r.exact) {
      r.start = where->first;
      r.end = where->second;
      continue;
    }
    TextAnchor a;
    a.exact = r.exact;
    a.prefix = r.prefix;
    a.suffix = r.suffix;
    a.start = where ? where->first : r.start;
    a.end = a.start + to_u32(r.exact).size();
    AnchorResult res = source.fuzzy().locate(a);
    if (res.state == AnchorState::Orphaned) {
      claim.anchor = AnchorStatus::Orphaned;
      claim.anchor_reason = res.reason.empty() ? "its text was not found in the source" : res.reason;
      // Keep what is stored; positions point at the old place if it still exists.
      r.start = where ? where->first : std::min(r.start, source.text32.size());
      r.end = where ? where->second : std::min(r.end, source.text32.size());
      continue;
    }
    place(r, source, res.start, res.end);
    if (claim.anchor != AnchorStatus::Orphaned) {
      claim.anchor = AnchorStatus::Moved;
      claim.anchor_reason = res.reason.empty() ? "the source changed; re-anchored on its quote" : res.reason;
    }
  }
}

std::vector<TextRange> ranges_for(const SourceText& source, size_t start, size_t end) {
  if (start >= end) throw bad_input(source.id, "the selection is empty");
  if (end > source.text32.size())
    throw bad_input(source.id, "the selection [" + std::to_string(start) + ", " + std::to_string(end) +
                                   ") runs past the end of the text (" + std::to_string(source.text32.size()) + ")");
  std::vector<TextRange> out;
  // One range per block: a claim may cross paragraphs, each part anchored on its own.
  size_t pos = start;
  while (pos < end) {
    size_t b = source.text.block_at(pos);
    if (b == source.text.blocks.size()) {
      // Between blocks (on a '\n'): continue at the next block's start.
      auto next = std::find_if(source.text.blocks.begin(), source.text.blocks.end(),
                               [&](const TextBlock& k) { return k.start > pos; });
      if (next == source.text.blocks.end() || next->start >= end) break;
      pos = next->start;
      continue;
    }
    size_t stop = std::min(end, source.text.blocks[b].end);
    if (stop <= pos) break;
    TextRange r;
    place(r, source, pos, stop);
    if (r.block_id.empty()) throw bad_input(source.id, "the selected text belongs to no element with an xml:id");
    out.push_back(r);
    pos = stop;
  }
  if (out.empty()) throw bad_input(source.id, "the selection holds no text");
  return out;
}

std::string claim_quote(const Claim& claim, const SourceText& source) {
  std::string out;
  for (const TextRange& r : claim.ranges) {
    if (!out.empty()) out += " … ";
    size_t e = std::min(r.end, source.text32.size());
    out += to_utf8(slice(source, std::min(r.start, e), e));
  }
  return out;
}

std::vector<size_t> find_quote(const SourceText& source, const std::string& quote) {
  std::u32string q = to_u32(quote);
  std::vector<size_t> hits;
  if (q.empty()) return hits;
  for (size_t p = source.text32.find(q); p != std::u32string::npos; p = source.text32.find(q, p + 1)) hits.push_back(p);
  return hits;
}

}  // namespace crux
