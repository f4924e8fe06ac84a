#include "tei/annotation/layer_merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace crux {
namespace {

auto stored(const TextRange& r) { return std::tie(r.block_id, r.offset, r.length, r.exact, r.prefix, r.suffix); }

bool same_ranges(const std::vector<TextRange>& a, const std::vector<TextRange>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (stored(a[i]) != stored(b[i])) return false;
  return true;
}

auto claim_fields(const Claim& c) {
  return std::tie(c.id, c.source, c.type, c.categories, c.actors, c.time.as_written, c.time.when, c.time.calendar,
                  c.time.when_julian, c.place, c.quantity.min, c.quantity.max, c.quantity.unit, c.quantity.qualifier,
                  c.attribution, c.properties, c.note, c.author, c.created, c.modified, c.certainty, c.conflict_of);
}

auto link_fields(const Link& l) {
  return std::tie(l.id, l.type, l.claims, l.directed, l.note, l.author, l.created, l.certainty, l.conflict_of);
}

// The generic by-id merge for claims or links.
template <typename T>
std::vector<T> merge_objects(const std::vector<T>& base, const std::vector<T>& ours, const std::vector<T>& theirs,
                             const char* what, std::vector<std::string>& conflicts) {
  std::map<std::string, const T*> b, o, t;
  for (const T& x : base) b[x.id] = &x;
  for (const T& x : ours) o[x.id] = &x;
  for (const T& x : theirs) t[x.id] = &x;
  std::set<std::string> taken;
  for (auto* m : {&b, &o, &t})
    for (auto& [id, p] : *m) taken.insert(id);
  auto theirs_copy = [&](const T& x, const std::string& of) {
    T copy = x;
    std::string id = of + "-theirs";
    for (int n = 2; taken.count(id); ++n) id = of + "-theirs-" + std::to_string(n);
    taken.insert(id);
    copy.id = id;
    copy.conflict_of = of;
    return copy;
  };

  std::vector<T> out;
  for (const T& x : ours) {
    auto bi = b.find(x.id);
    auto ti = t.find(x.id);
    bool in_base = bi != b.end(), in_theirs = ti != t.end();
    if (!in_theirs) {
      if (in_base && same_content(*bi->second, x)) continue;  // deleted by them, untouched by us
      if (in_base) {  // changed by us, deleted by them: keep, marked
        T kept = x;
        kept.conflict_of = x.id;
        conflicts.push_back(std::string(what) + " " + x.id + ": changed in ours, deleted in theirs (kept)");
        out.push_back(kept);
        continue;
      }
      out.push_back(x);  // added by us
      continue;
    }
    const T& y = *ti->second;
    if (same_content(x, y)) out.push_back(x);
    else if (in_base && same_content(*bi->second, x)) out.push_back(y);   // only they changed it
    else if (in_base && same_content(*bi->second, y)) out.push_back(x);   // only we changed it
    else {
      out.push_back(x);
      out.push_back(theirs_copy(y, x.id));
      conflicts.push_back(std::string(what) + " " + x.id + ": changed in both (theirs kept as " + out.back().id + ")");
    }
  }
  // Objects only in theirs (or deleted by us): place after their predecessor in theirs.
  for (size_t i = 0; i < theirs.size(); ++i) {
    const T& y = theirs[i];
    if (o.count(y.id)) continue;
    auto bi = b.find(y.id);
    T item = y;
    if (bi != b.end()) {
      if (same_content(*bi->second, y)) continue;  // deleted by us, untouched by them
      item.conflict_of = y.id;                     // changed by them, deleted by us: keep, marked
      conflicts.push_back(std::string(what) + " " + y.id + ": deleted in ours, changed in theirs (kept)");
    }
    size_t pos = 0;
    for (size_t k = i; k-- > 0;) {
      auto it = std::find_if(out.begin(), out.end(), [&](const T& z) { return z.id == theirs[k].id; });
      if (it != out.end()) {
        pos = static_cast<size_t>(it - out.begin()) + 1;
        break;
      }
    }
    out.insert(out.begin() + static_cast<long>(pos), item);
  }
  return out;
}

}  // namespace

bool same_content(const Claim& a, const Claim& b) { return claim_fields(a) == claim_fields(b) && same_ranges(a.ranges, b.ranges); }
bool same_content(const Link& a, const Link& b) { return link_fields(a) == link_fields(b); }

MergeResult merge_layers(const Layer& base, const Layer& ours, const Layer& theirs) {
  MergeResult r;
  auto info = [](const LayerInfo& i) {
    return std::tie(i.name, i.owner, i.colour, i.description, i.visible, i.read_only);
  };
  r.layer.info = ours.info;
  if (info(ours.info) == info(base.info)) r.layer.info = theirs.info;
  r.layer.info.id = ours.info.id.empty() ? theirs.info.id : ours.info.id;
  r.layer.claims = merge_objects(base.claims, ours.claims, theirs.claims, "claim", r.conflicts);
  r.layer.links = merge_objects(base.links, ours.links, theirs.links, "link", r.conflicts);
  return r;
}

}  // namespace crux
