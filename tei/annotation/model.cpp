#include "tei/annotation/model.h"

#include <algorithm>
#include <tuple>

namespace crux {

std::string to_string(Certainty c) {
  switch (c) {
    case Certainty::Low: return "low";
    case Certainty::Medium: return "medium";
    case Certainty::High: return "high";
    case Certainty::Unknown: break;
  }
  return "unknown";
}

std::optional<Certainty> certainty_from(const std::string& s) {
  if (s == "low") return Certainty::Low;
  if (s == "medium") return Certainty::Medium;
  if (s == "high") return Certainty::High;
  if (s == "unknown" || s.empty()) return Certainty::Unknown;
  return std::nullopt;
}

std::string to_string(AnchorStatus s) {
  switch (s) {
    case AnchorStatus::Exact: return "exact";
    case AnchorStatus::Moved: return "moved";
    case AnchorStatus::Orphaned: return "orphaned";
  }
  return "exact";
}

const Claim* Layer::find_claim(const std::string& id) const {
  for (const Claim& c : claims)
    if (c.id == id) return &c;
  return nullptr;
}
Claim* Layer::find_claim(const std::string& id) {
  return const_cast<Claim*>(static_cast<const Layer*>(this)->find_claim(id));
}
const Link* Layer::find_link(const std::string& id) const {
  for (const Link& l : links)
    if (l.id == id) return &l;
  return nullptr;
}
Link* Layer::find_link(const std::string& id) {
  return const_cast<Link*>(static_cast<const Layer*>(this)->find_link(id));
}

void Layer::sort() {
  auto key = [](const Claim& c) {
    size_t start = c.ranges.empty() ? 0 : c.ranges.front().start;
    return std::tuple<const std::string&, size_t, const std::string&>(c.source, start, c.id);
  };
  std::stable_sort(claims.begin(), claims.end(), [&](const Claim& a, const Claim& b) { return key(a) < key(b); });
  std::stable_sort(links.begin(), links.end(), [](const Link& a, const Link& b) { return a.id < b.id; });
}

}  // namespace crux
