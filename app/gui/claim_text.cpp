#include "app/gui/claim_text.h"

#include <cmath>
#include <cstdio>

#include "tei/base/utf8.h"

namespace crux::gui {
namespace {

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string qualifier_words(const std::string& q) {
  if (q == "more-than") return "more than";
  if (q == "less-than") return "less than";
  if (q == "at-least") return "at least";
  if (q == "at-most") return "at most";
  return q;  // "about", "few", ...
}

// The date as written, then its normalised form when that adds something.
std::string format_time(const ClaimTime& t) {
  std::string out = t.as_written;
  std::string normal = t.when;
  if (!t.when_julian.empty()) normal = t.when_julian + " (Julian) = " + t.when + " (Gregorian)";
  else if (!t.calendar.empty() && !normal.empty()) normal += " (" + t.calendar + ")";
  if (!normal.empty()) out += out.empty() ? normal : " → " + normal;
  return out;
}

}  // namespace

std::string type_label(const Taxonomy& taxonomy, const std::string& type) {
  const Category* c = taxonomy.find(type);
  return c && !c->label.empty() ? c->label : type;
}

std::string type_colour(const Taxonomy& taxonomy, const std::string& type) {
  // Walk up the hierarchy; a cycle cannot pass check_taxonomy, but stop anyway.
  const Category* c = taxonomy.find(type);
  for (size_t hops = 0; c && hops < taxonomy.categories.size(); ++hops) {
    if (!c->colour.empty()) return c->colour;
    c = c->parent.empty() ? nullptr : taxonomy.find(c->parent);
  }
  return "";
}

std::string claim_quote_text(const Claim& claim, size_t max_code_points) {
  std::vector<std::string> parts;
  for (const TextRange& r : claim.ranges) parts.push_back(r.exact);
  std::string quote = join(parts, " … ");
  if (count_code_points(quote) <= max_code_points) return quote;
  size_t cut = byte_offset_of_code_point(quote, max_code_points > 0 ? max_code_points - 1 : 0);
  // Between words when a word boundary lies in the second half of the cut.
  if (quote[cut] != ' ') {
    size_t space = quote.rfind(' ', cut);
    if (space != std::string::npos && space > cut / 2) cut = space;
  }
  quote.resize(cut);
  while (!quote.empty() && quote.back() == ' ') quote.pop_back();
  return quote + "…";
}

std::string claim_summary(const Claim& claim, const Taxonomy& taxonomy, size_t max_quote) {
  return claim.id + " · " + type_label(taxonomy, claim.type) + " · “" + claim_quote_text(claim, max_quote) + "”";
}

std::string format_number(double value) {
  char buffer[64];
  if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  else
    std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string format_quantity(const Quantity& q) {
  std::string number;
  if (q.min && q.max && *q.min != *q.max) number = format_number(*q.min) + "–" + format_number(*q.max);
  else if (q.min) number = format_number(*q.min);
  else if (q.max) number = format_number(*q.max);
  return join({qualifier_words(q.qualifier), number, q.unit}, " ");
}

std::string wrap_lines(const std::string& text, size_t width) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (count_code_points(line) > width) {
      size_t limit = byte_offset_of_code_point(line, width);
      size_t space = line.rfind(' ', limit);
      if (space == std::string::npos || space == 0) space = line.find(' ', limit);
      if (space == std::string::npos) break;  // one long word: leave it
      out += line.substr(0, space) + "\n";
      line.erase(0, space + 1);
    }
    out += line;
    if (end == text.size()) break;
    out += "\n";
    start = end + 1;
  }
  return out;
}

std::string claim_details(const Claim& claim, const LayerInfo& layer, const Taxonomy& taxonomy, size_t width) {
  std::string out = type_label(taxonomy, claim.type);
  std::vector<std::string> more;
  for (const std::string& c : claim.categories) more.push_back(type_label(taxonomy, c));
  if (!more.empty()) out += " (also " + join(more, ", ") + ")";
  out += "\n“" + claim_quote_text(claim, 160) + "”";
  auto line = [&out](const char* name, const std::string& value) {
    if (!value.empty()) out += std::string("\n") + name + ": " + value;
  };
  line("Actors", join(claim.actors, ", "));
  line("Time", format_time(claim.time));
  line("Place", claim.place);
  line("Quantity", format_quantity(claim.quantity));
  line("Attribution", claim.attribution);
  for (const auto& [key, value] : claim.properties) line(key.c_str(), value);
  if (claim.certainty != Certainty::Unknown) line("Certainty", to_string(claim.certainty));
  line("Note", claim.note);
  if (claim.anchor == AnchorStatus::Moved) line("Placed again", claim.anchor_reason);
  if (claim.anchor == AnchorStatus::Orphaned) line("Not found in the text", claim.anchor_reason);
  std::string date = claim.modified.empty() ? claim.created : claim.modified;
  out += "\n" + join({"layer " + (layer.name.empty() ? layer.id : layer.name), claim.author, date.substr(0, 10)}, " · ");
  return wrap_lines(out, width);
}

}  // namespace crux::gui
