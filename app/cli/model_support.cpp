#include "app/cli/model_support.h"

#include <charconv>

#include "app/cli/cli_support.h"
#include "tei/anchor/text_anchor.h"
#include "tei/annotation/anchoring.h"
#include "tei/base/clock.h"
#include "tei/base/error.h"
#include "tei/base/identity.h"

namespace crux::cli {

std::unique_ptr<ProjectModel> open_model(const std::string& dir) { return ProjectModel::load(dir); }
std::string now_timestamp() { return iso_timestamp(now_epoch_seconds()); }
std::string user() { return acting_user(globals().user); }

static std::optional<double> number(const std::string& key, const std::string& v) {
  if (v.empty()) return std::nullopt;
  std::string s;
  for (char c : v)
    if (c != ',' && c != ' ' && c != '_') s += c;  // "20,000" and "20 000"
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || p != s.data() + s.size()) throw usage_error("--prop " + key + ": '" + v + "' is not a number");
  return d;
}

static std::vector<std::string> split_commas(const std::string& v) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= v.size()) {
    size_t j = v.find(',', i);
    if (j == std::string::npos) j = v.size();
    std::string part = v.substr(i, j - i);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) out.push_back(part);
    i = j + 1;
  }
  return out;
}

// "20000-30000", "20000 - 30000", ">=2000", ">2000", "~500", "2000".
static void parse_quantity(Quantity& q, const std::string& v) {
  std::string s = v;
  auto starts = [&](const char* p) { return s.rfind(p, 0) == 0; };
  if (starts(">=")) { q.qualifier = "at-least"; s = s.substr(2); }
  else if (starts("<=")) { q.qualifier = "at-most"; s = s.substr(2); }
  else if (starts(">")) { q.qualifier = "more-than"; s = s.substr(1); }
  else if (starts("<")) { q.qualifier = "less-than"; s = s.substr(1); }
  else if (starts("~")) { q.qualifier = "about"; s = s.substr(1); }
  size_t dash = s.find('-', 1);
  if (dash != std::string::npos) {
    q.min = number("quantity", s.substr(0, dash));
    q.max = number("quantity", s.substr(dash + 1));
  } else {
    q.min = number("quantity", s);
    if (q.qualifier.empty() || q.qualifier == "about") q.max = q.min;
  }
}

void apply_props(Claim& c, const std::vector<std::string>& props) {
  bool actors_reset = false;
  for (const std::string& p : props) {
    size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0) throw usage_error("--prop takes key=value, not '" + p + "'");
    std::string k = p.substr(0, eq), v = p.substr(eq + 1);
    if (k == "actor" || k == "actors") {
      if (!actors_reset) c.actors.clear();
      actors_reset = true;
      for (auto& a : k == "actor" ? std::vector<std::string>{v} : split_commas(v))
        if (!a.empty()) c.actors.push_back(a);
    } else if (k == "time") c.time.as_written = v;
    else if (k == "when") c.time.when = v;
    else if (k == "calendar") {
      if (!v.empty() && v != "julian" && v != "gregorian") throw usage_error("--prop calendar must be julian or gregorian");
      c.time.calendar = v;
    } else if (k == "when-julian") c.time.when_julian = v;
    else if (k == "place") c.place = v;
    else if (k == "quantity") {
      c.quantity = Quantity{};
      if (!v.empty()) parse_quantity(c.quantity, v);
    } else if (k == "quantity-min") c.quantity.min = number(k, v);
    else if (k == "quantity-max") c.quantity.max = number(k, v);
    else if (k == "unit" || k == "quantity-unit") c.quantity.unit = v;
    else if (k == "qualifier" || k == "quantity-qualifier") c.quantity.qualifier = v;
    else if (k == "attribution") c.attribution = v;
    else {
      for (char ch : k)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_'))
          throw usage_error("--prop: '" + k + "' is not a valid property name (letters, digits, '-', '_')");
      if (v.empty()) c.properties.erase(k);
      else c.properties[k] = v;
    }
  }
}

std::pair<size_t, size_t> locate_quote(const SourceText& source, const std::string& quote, int occurrence) {
  // Compare with paragraph breaks read as spaces, and runs of white space in
  // the quote as one: what a user copies from a page.
  std::u32string text = source.text32;
  for (char32_t& ch : text)
    if (ch == U'\n') ch = U' ';
  std::u32string q;
  for (char32_t ch : to_u32(quote)) {
    bool space = ch == U' ' || ch == U'\n' || ch == U'\t' || ch == U'\r';
    if (space) {
      if (!q.empty() && q.back() != U' ') q += U' ';
    } else {
      q += ch;
    }
  }
  while (!q.empty() && q.back() == U' ') q.pop_back();
  if (q.empty()) throw usage_error("--quote is empty");
  std::vector<size_t> hits;
  for (size_t p = text.find(q); p != std::u32string::npos; p = text.find(q, p + 1)) hits.push_back(p);
  if (hits.empty()) throw bad_input(source.id, "the quote \"" + quote + "\" is not in the text of the source");
  if (occurrence == 0 && hits.size() > 1)
    throw bad_input(source.id, "the quote \"" + quote + "\" occurs " + std::to_string(hits.size()) +
                                   " times in the source; say which with --occurrence N");
  size_t n = occurrence == 0 ? 1 : static_cast<size_t>(occurrence);
  if (n > hits.size())
    throw bad_input(source.id, "the quote occurs " + std::to_string(hits.size()) + " times, not " + std::to_string(n));
  return {hits[n - 1], hits[n - 1] + q.size()};
}

Certainty parse_certainty(const std::string& s) {
  auto c = certainty_from(s);
  if (!c) throw usage_error("--cert must be low, medium or high, not '" + s + "'");
  return *c;
}

nlohmann::ordered_json claim_json(const ProjectModel& m, const std::string& layer, const Claim& c) {
  nlohmann::ordered_json j;
  j["id"] = c.id;
  j["source"] = c.source;
  j["layer"] = layer;
  j["type"] = c.type;
  std::string quote;
  try {
    quote = claim_quote(c, *m.source(c.source));
  } catch (const Error&) {
    for (const auto& r : c.ranges) quote += (quote.empty() ? "" : " … ") + r.exact;
  }
  j["quote"] = quote;
  j["start"] = c.ranges.empty() ? 0 : c.ranges.front().start;
  j["end"] = c.ranges.empty() ? 0 : c.ranges.back().end;
  j["anchor"] = to_string(c.anchor);
  if (!c.anchor_reason.empty()) j["anchor_reason"] = c.anchor_reason;
  nlohmann::ordered_json ranges = nlohmann::ordered_json::array();
  for (const auto& r : c.ranges)
    ranges.push_back({{"start", r.start}, {"end", r.end}, {"element", r.block_id}, {"offset", r.offset}, {"length", r.length}});
  j["ranges"] = ranges;
  nlohmann::ordered_json p = nlohmann::ordered_json::object();
  if (!c.categories.empty()) p["categories"] = c.categories;
  if (!c.actors.empty()) p["actors"] = c.actors;
  if (!c.time.empty()) {
    nlohmann::ordered_json t;
    if (!c.time.as_written.empty()) t["as_written"] = c.time.as_written;
    if (!c.time.when.empty()) t["when"] = c.time.when;
    if (!c.time.calendar.empty()) t["calendar"] = c.time.calendar;
    if (!c.time.when_julian.empty()) t["when_julian"] = c.time.when_julian;
    p["time"] = t;
  }
  if (!c.place.empty()) p["place"] = c.place;
  if (!c.quantity.empty()) {
    nlohmann::ordered_json q;
    if (c.quantity.min) q["min"] = *c.quantity.min;
    if (c.quantity.max) q["max"] = *c.quantity.max;
    if (!c.quantity.unit.empty()) q["unit"] = c.quantity.unit;
    if (!c.quantity.qualifier.empty()) q["qualifier"] = c.quantity.qualifier;
    p["quantity"] = q;
  }
  if (!c.attribution.empty()) p["attribution"] = c.attribution;
  for (const auto& [k, v] : c.properties) p[k] = v;
  j["properties"] = p;
  j["author"] = c.author;
  j["certainty"] = to_string(c.certainty);
  j["note"] = c.note;
  j["created"] = c.created;
  j["modified"] = c.modified;
  if (c.conflict_of) j["conflict_of"] = *c.conflict_of;
  return j;
}

nlohmann::ordered_json link_json(const std::string& layer, const Link& l) {
  nlohmann::ordered_json j;
  j["id"] = l.id;
  j["layer"] = layer;
  j["type"] = l.type;
  j["claims"] = l.claims;
  j["directed"] = l.directed;
  j["note"] = l.note;
  j["certainty"] = to_string(l.certainty);
  j["author"] = l.author;
  j["created"] = l.created;
  if (l.conflict_of) j["conflict_of"] = *l.conflict_of;
  return j;
}

std::string cell(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace crux::cli
