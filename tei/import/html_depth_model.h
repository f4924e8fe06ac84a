#pragma once
// The depth guard's model of gumbo's stack of open elements, for a page
// without svg, MathML and template (the scanner removes those). It follows
// the tree-construction rules that change depth (implied end tags, scope
// checks, table parts, select, the adoption agency, formatting elements
// gumbo re-opens) closely enough that its depth is rarely below gumbo's (on
// random tag soup gumbo's tree is at most ~1.1x deeper on long documents,
// ~2x on short ones), at O(1) amortised cost per tag: per-name position
// stacks find the nearest open element of a name, cumulative counts answer
// "is there a special element above it".
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "tei/import/html_tag_kinds.h"

namespace crux {

class HtmlDepthModel {
 public:
  HtmlDepthModel(html_tags::TagTable& tags, size_t limit, size_t formatting_limit);

  enum class Start {
    kKept,       // gumbo will open the element
    kRemoved,    // the tag must be removed (flattened)
    kNotPushed,  // void, or a tag gumbo ignores here
  };
  Start start(uint32_t id);  // "/>" means nothing to HTML elements
  // An end tag; returns false when it belongs to a removed start tag.
  bool end(uint32_t id);

  size_t depth() const { return stack_.size() + active_off_; }
  size_t max_depth() const { return max_depth_; }
  size_t flattened() const { return flattened_; }

 private:
  struct Entry {
    uint32_t id;
    bool kept;          // gumbo sees it
    bool zombie;        // closed by the adoption agency but still counted (gumbo keeps a clone)
    uint32_t specials;  // special elements in stack_[0..this]
    uint32_t not_adp;   // special elements other than address/div/p in stack_[0..this]
    uint32_t log_mark;  // markers: size of off_log_ when pushed
  };
  struct OffEntry {
    uint32_t id;
    bool alive;
  };

  uint32_t kinds(uint32_t id) const { return tags_.kinds(id); }
  bool in_select() const;
  long nearest(uint32_t id) const;
  long nearest_of(std::initializer_list<uint32_t> ids) const;
  long nearest_boundary() const { return boundaries_.empty() ? -1 : static_cast<long>(boundaries_.back()); }
  uint32_t specials_above(long k) const { return stack_.back().specials - stack_[k].specials; }
  uint32_t not_adp_above(long k) const { return stack_.back().not_adp - stack_[k].not_adp; }

  void push(uint32_t id, bool kept);
  void pop_one(bool explicit_close);
  bool pop_to(long k);            // pops stack_[k] and above; returns stack_[k].kept
  void pop_above(long k);         // pops everything above stack_[k]
  bool close_formatting(long k);  // the adoption agency, as far as depth goes
  void close_p();
  bool consume_off(uint32_t id);  // an end tag for a re-openable formatting element
  void ensure_ids(uint32_t id);

  html_tags::TagTable& tags_;
  size_t limit_, formatting_limit_;
  std::vector<Entry> stack_;
  std::vector<std::vector<uint32_t>> positions_;  // per id: positions of matchable entries
  std::vector<uint32_t> boundaries_;              // positions of scope boundaries
  std::vector<uint32_t> markers_;                 // positions of markers (td, th, caption...)
  std::vector<OffEntry> off_log_;                 // formatting elements gumbo will re-open
  std::vector<std::vector<uint32_t>> off_by_id_;  // per id: indices of alive off_log_ entries
  size_t active_off_ = 0;
  size_t formatting_on_stack_ = 0;
  size_t max_depth_ = 0;
  size_t flattened_ = 0;
};

}  // namespace crux
