#include "tei/import/html_depth_model.h"

#include <algorithm>

namespace crux {

using namespace html_tags;

HtmlDepthModel::HtmlDepthModel(TagTable& tags, size_t limit, size_t formatting_limit)
    : tags_(tags), limit_(limit), formatting_limit_(formatting_limit) {}

void HtmlDepthModel::ensure_ids(uint32_t id) {
  if (id >= positions_.size()) {
    size_t n = std::max<size_t>(tags_.size(), id + 1);
    positions_.resize(n);
    off_by_id_.resize(n);
  }
}

long HtmlDepthModel::nearest(uint32_t id) const {
  if (id >= positions_.size() || positions_[id].empty()) return -1;
  return static_cast<long>(positions_[id].back());
}

long HtmlDepthModel::nearest_of(std::initializer_list<uint32_t> ids) const {
  long best = -1;
  for (uint32_t id : ids) best = std::max(best, nearest(id));
  return best;
}

bool HtmlDepthModel::in_select() const {
  long select = nearest(SELECT);
  return select >= 0 && select > nearest(TEMPLATE);
}

void HtmlDepthModel::push(uint32_t id, bool kept) {
  uint32_t k = kinds(id);
  auto pos = static_cast<uint32_t>(stack_.size());
  Entry e{id, kept, false, 0, 0, 0};
  e.specials = (stack_.empty() ? 0 : stack_.back().specials) + ((k & kSpecial) ? 1 : 0);
  e.not_adp = (stack_.empty() ? 0 : stack_.back().not_adp) + ((k & kNotAdp) ? 1 : 0);
  if (k & kMarker) {
    e.log_mark = static_cast<uint32_t>(off_log_.size());
    markers_.push_back(pos);
  }
  positions_[id].push_back(pos);
  if (k & kBoundary) boundaries_.push_back(pos);
  if (kept && (k & kFormatting)) ++formatting_on_stack_;
  stack_.push_back(e);
  max_depth_ = std::max(max_depth_, depth());
}

// An element closed by its own end tag leaves gumbo's list of active
// formatting elements; one closed implicitly (by a block's end) stays there
// and is re-opened by gumbo at the next text, so it keeps counting.
void HtmlDepthModel::pop_one(bool explicit_close) {
  const Entry e = stack_.back();
  const auto pos = static_cast<uint32_t>(stack_.size() - 1);
  const uint32_t k = kinds(e.id);
  if (!e.zombie) positions_[e.id].pop_back();
  if (!boundaries_.empty() && boundaries_.back() == pos) boundaries_.pop_back();
  if (e.kept && !e.zombie && (k & kFormatting)) {
    --formatting_on_stack_;
    if (!explicit_close) {
      off_by_id_[e.id].push_back(static_cast<uint32_t>(off_log_.size()));
      off_log_.push_back({e.id, true});
      ++active_off_;
    }
  }
  stack_.pop_back();
  if (!markers_.empty() && markers_.back() == pos) {
    markers_.pop_back();
    // Closing a cell (or caption, object...) clears the formatting elements
    // opened inside it: gumbo does not carry them out.
    while (off_log_.size() > e.log_mark) {
      const OffEntry& o = off_log_.back();
      if (o.alive) {
        off_by_id_[o.id].pop_back();
        --active_off_;
      }
      off_log_.pop_back();
    }
  }
}

bool HtmlDepthModel::pop_to(long k) {
  pop_above(k);
  bool kept = stack_.back().kept;
  pop_one(true);
  return kept;
}

void HtmlDepthModel::pop_above(long k) {
  while (static_cast<long>(stack_.size()) > k + 1) pop_one(false);
}

// Without a special element above it the element and what is above it are
// popped. With one (the adoption agency's "furthest block") gumbo moves the
// block and puts a clone of the element above it: the depth does not go
// down, so the entry stays counted but can no longer be matched.
bool HtmlDepthModel::close_formatting(long k) {
  if (specials_above(k) == 0) return pop_to(k);
  Entry& e = stack_[k];
  e.zombie = true;
  positions_[e.id].pop_back();
  if (e.kept) --formatting_on_stack_;
  return e.kept;
}

void HtmlDepthModel::close_p() {
  long p = nearest(P);
  if (p > std::max(nearest_boundary(), nearest(BUTTON))) pop_to(p);
}

bool HtmlDepthModel::consume_off(uint32_t id) {
  auto& alive = off_by_id_[id];
  if (alive.empty()) return false;
  if (!markers_.empty() && alive.back() < stack_[markers_.back()].log_mark) return false;
  off_log_[alive.back()].alive = false;
  alive.pop_back();
  --active_off_;
  return true;
}

HtmlDepthModel::Start HtmlDepthModel::start(uint32_t id) {
  ensure_ids(id);
  const uint32_t k = kinds(id);
  if (k & kIgnore) return Start::kNotPushed;
  if (in_select()) {  // gumbo ignores nearly every tag inside a select
    if (id == SELECT) {
      pop_to(nearest(SELECT));
      return Start::kNotPushed;
    }
    bool table_part = id == CAPTION || id == TABLE || id == TBODY || id == TFOOT || id == THEAD || id == TR ||
                      id == TD || id == TH;
    if (id == INPUT || id == KEYGEN || id == TEXTAREA || (table_part && nearest(TABLE) >= 0))
      pop_to(nearest(SELECT));  // these close the select ("in select in table" for table parts)
    else if (id != OPTION && id != OPTGROUP && id != SCRIPT && id != TEMPLATE && id != HR) return Start::kNotPushed;
  }
  if (k & kVoid) {
    if (k & kClosesP) close_p();  // hr
    return Start::kNotPushed;
  }
  // Flattening is decided first: a removed tag must not otherwise change the
  // model, since gumbo will not see it.
  bool too_deep = depth() >= limit_ && !(k & kRaw);
  bool too_much_formatting = (k & kFormatting) && formatting_on_stack_ + active_off_ >= formatting_limit_;
  if (too_deep || too_much_formatting) {
    ++flattened_;
    push(id, false);
    return Start::kRemoved;
  }
  // A table counts only when no template is open inside it (template
  // contents are a fragment of their own).
  const long table = nearest(TABLE) > nearest(TEMPLATE) ? nearest(TABLE) : -1;
  const bool in_template = nearest(TEMPLATE) >= 0;
  switch (id) {
    case LI:
    case DD:
    case DT: {
      long x = id == LI ? nearest(LI) : nearest_of({DD, DT});
      if (x >= 0 && not_adp_above(x) == 0) pop_to(x);
      break;
    }
    case BUTTON: {
      long b = nearest(BUTTON);
      if (b >= 0 && b >= nearest_boundary()) pop_to(b);
      break;
    }
    case A: {
      long a = nearest(A);
      long marker = markers_.empty() ? -1 : static_cast<long>(markers_.back());
      if (a > marker) close_formatting(a);
      else consume_off(A);
      break;
    }
    case NOBR: {
      long n = nearest(NOBR);
      if (n >= 0 && n > nearest_boundary()) close_formatting(n);
      break;
    }
    case OPTION:
    case OPTGROUP:
      if (!stack_.empty() && stack_.back().id == OPTION) pop_one(false);
      if (id == OPTGROUP && !stack_.empty() && stack_.back().id == OPTGROUP) pop_one(false);
      break;
    case TABLE:  // a table directly inside a table (not in a cell) closes it
      if (table >= 0 && table > nearest_of({TD, TH, CAPTION})) pop_to(table);
      break;
    case TBODY:
    case THEAD:
    case TFOOT:
    case CAPTION:
      if (table < 0) {
        if (in_template) break;
        return Start::kNotPushed;  // ignored outside tables
      }
      pop_above(table);
      break;
    case TR:
    case TD:
    case TH: {
      if (table < 0) {
        if (in_template) break;
        return Start::kNotPushed;  // ignored outside tables
      }
      long section = nearest_of({TBODY, THEAD, TFOOT});
      if (section < table) {  // gumbo implies a tbody
        pop_above(table);
        push(TBODY, true);
        section = table + 1;
      }
      if (id == TR) {
        pop_above(section);
        break;
      }
      long row = nearest(TR);
      if (row > section) {
        pop_above(row);
      } else {  // and a tr
        pop_above(section);
        push(TR, true);
      }
      break;
    }
    default:
      if ((k & kHeading) && !stack_.empty() && (kinds(stack_.back().id) & kHeading) && !stack_.back().zombie)
        pop_one(false);
      break;
  }
  if (k & kClosesP) close_p();
  push(id, true);
  return Start::kKept;
}

bool HtmlDepthModel::end(uint32_t id) {
  ensure_ids(id);
  const uint32_t k = kinds(id);
  if (k & (kIgnore | kVoid)) return true;
  if (in_select()) {
    if (id == SELECT) return pop_to(nearest(SELECT));
    bool table_part = id == CAPTION || id == TABLE || id == TBODY || id == TFOOT || id == THEAD || id == TR ||
                      id == TD || id == TH;
    if (table_part && nearest(id) >= 0) pop_to(nearest(SELECT));  // then handled below
    else if (id != OPTION && id != OPTGROUP && id != SCRIPT && id != TEMPLATE) return true;
  }
  const long boundary = nearest_boundary();
  if (id == P) {
    long p = nearest(P);
    return p > std::max(boundary, nearest(BUTTON)) ? pop_to(p) : true;
  }
  if (id == LI) {
    long li = nearest(LI);
    return li > std::max({boundary, nearest(UL), nearest(OL)}) ? pop_to(li) : true;
  }
  if (k & kHeading) {
    long h = nearest_of({H1, H2, H3, H4, H5, H6});
    return h >= 0 && h > boundary ? pop_to(h) : true;
  }
  if (k & kFormatting) {
    long f = nearest(id);
    if (f < 0) {
      consume_off(id);
      return true;
    }
    return f > boundary ? close_formatting(f) : true;
  }
  long x = nearest(id);
  if (x < 0) return true;
  switch (id) {  // "in table scope": no table or template above
    case TEMPLATE: return pop_to(x);  // no scope check for template
    case FORM: {  // gumbo takes the form off the stack but its children stay inside it in the tree
      if (x < boundary) return true;
      Entry& e = stack_[x];
      e.zombie = true;
      positions_[e.id].pop_back();
      return e.kept;
    }
    case TABLE: return x > nearest(TEMPLATE) ? pop_to(x) : true;
    case TBODY:
    case THEAD:
    case TFOOT:
    case TR:
    case TD:
    case TH:
    case CAPTION: return x > nearest_of({TABLE, TEMPLATE}) ? pop_to(x) : true;
    default: break;
  }
  if (k & kScopedEnd) return x >= boundary ? pop_to(x) : true;
  return specials_above(x) == 0 ? pop_to(x) : true;  // "any other end tag"
}

}  // namespace crux
