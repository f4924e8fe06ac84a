#include "tei/annotation/layer_io.h"

#include <charconv>
#include <map>
#include <set>

#include "crux/version.h"
#include "tei/base/error.h"
#include "tei/base/slug.h"
#include "tei/xml/xml_reader.h"
#include "tei/xml/xml_writer.h"

namespace crux {
namespace {

const char* kSourcesPrefix = "../sources/";
const char* kSourceSuffix = ".tei.xml#string-range(";

XmlNode& tei(XmlNode& parent, const char* name) { return parent.add_element(kTeiNs, name); }
void attr(XmlNode& n, const std::string& name, const std::string& value, const std::string& ns = {}) {
  n.attributes.push_back({ns, name, value});
}

std::string person_id(const std::string& name) { return "resp-" + slugify(name); }

// <f name="..."><string>v</string></f> and friends.
void f_string(XmlNode& fs, const std::string& name, const std::string& v) {
  if (v.empty()) return;
  XmlNode& f = tei(fs, "f");
  attr(f, "name", name);
  tei(f, "string").add_text(v);
}
void f_symbol(XmlNode& fs, const std::string& name, const std::string& v) {
  if (v.empty()) return;
  XmlNode& f = tei(fs, "f");
  attr(f, "name", name);
  attr(tei(f, "symbol"), "value", v);
}
void f_numeric(XmlNode& fs, const std::string& name, const std::optional<double>& v) {
  if (!v) return;
  XmlNode& f = tei(fs, "f");
  attr(f, "name", name);
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *v);
  (void)ec;
  attr(tei(f, "numeric"), "value", std::string(buf, end));
}
void f_binary(XmlNode& fs, const std::string& name, bool v) {
  XmlNode& f = tei(fs, "f");
  attr(f, "name", name);
  attr(tei(f, "binary"), "value", v ? "true" : "false");
}
void f_strings(XmlNode& fs, const std::string& name, const std::vector<std::string>& vs, bool symbols) {
  if (vs.empty()) return;
  XmlNode& f = tei(fs, "f");
  attr(f, "name", name);
  XmlNode& coll = tei(f, "vColl");
  for (const auto& v : vs) {
    if (symbols) attr(tei(coll, "symbol"), "value", v);
    else tei(coll, "string").add_text(v);
  }
}

void write_claim(XmlNode& standoff, const Claim& c) {
  XmlNode& a = tei(standoff, "annotation");
  attr(a, "id", c.id, kXmlNs);
  std::string targets;
  for (const TextRange& r : c.ranges) targets += (targets.empty() ? "" : " ") + format_target(c.source, r);
  attr(a, "target", targets);
  attr(a, "motivation", "classifying");
  attr(a, "ana", "#" + c.id + ".props");
  if (c.certainty != Certainty::Unknown) attr(a, "cert", to_string(c.certainty));
  if (c.conflict_of) attr(a, "corresp", "#" + *c.conflict_of);
  if (!c.author.empty()) {
    XmlNode& r = tei(a, "respStmt");
    tei(r, "resp").add_text("author");
    tei(r, "name").add_text(c.author);
  }
  if (!c.created.empty() || !c.modified.empty()) {
    XmlNode& rev = tei(a, "revisionDesc");
    if (!c.created.empty()) {
      XmlNode& ch = tei(rev, "change");
      attr(ch, "type", "created");
      attr(ch, "when", c.created);
    }
    if (!c.modified.empty() && c.modified != c.created) {
      XmlNode& ch = tei(rev, "change");
      attr(ch, "type", "modified");
      attr(ch, "when", c.modified);
    }
  }
  if (!c.note.empty()) tei(a, "note").add_text(c.note);
  if (c.conflict_of) {
    XmlNode& n = tei(a, "note");
    attr(n, "type", "merge-conflict");
    n.add_text("Another version of " + *c.conflict_of + ", kept by crux merge: choose one and delete the other.");
  }

  XmlNode& fs = tei(standoff, "fs");
  attr(fs, "id", c.id + ".props", kXmlNs);
  attr(fs, "type", "claim");
  f_symbol(fs, "type", c.type);
  f_strings(fs, "categories", c.categories, true);
  f_strings(fs, "actors", c.actors, false);
  f_string(fs, "time-as-written", c.time.as_written);
  f_string(fs, "when", c.time.when);
  f_symbol(fs, "calendar", c.time.calendar);
  f_string(fs, "when-julian", c.time.when_julian);
  f_string(fs, "place", c.place);
  f_numeric(fs, "quantity-min", c.quantity.min);
  f_numeric(fs, "quantity-max", c.quantity.max);
  f_string(fs, "quantity-unit", c.quantity.unit);
  f_symbol(fs, "quantity-qualifier", c.quantity.qualifier);
  f_string(fs, "attribution", c.attribution);
  for (const auto& [k, v] : c.properties) f_string(fs, "x-" + k, v);
  for (const TextRange& r : c.ranges) {
    XmlNode& f = tei(fs, "f");
    attr(f, "name", "quote");
    XmlNode& q = tei(f, "fs");
    attr(q, "type", "text-quote");
    f_string(q, "prefix", r.prefix);
    f_string(q, "exact", r.exact);
    f_string(q, "suffix", r.suffix);
  }
}

void write_link(XmlNode& list, const Link& l) {
  XmlNode& r = tei(list, "relation");
  attr(r, "id", l.id, kXmlNs);
  attr(r, "type", "crux-link");
  attr(r, "name", l.type);
  std::string refs;
  for (size_t i = 0; i < l.claims.size(); ++i) refs += (i ? " #" : "#") + l.claims[i];
  if (l.directed && l.claims.size() >= 2) {
    attr(r, "active", "#" + l.claims[0]);
    std::string passive;
    for (size_t i = 1; i < l.claims.size(); ++i) passive += (i > 1 ? " #" : "#") + l.claims[i];
    attr(r, "passive", passive);
  } else {
    attr(r, "mutual", refs);
  }
  if (l.certainty != Certainty::Unknown) attr(r, "cert", to_string(l.certainty));
  if (!l.author.empty()) attr(r, "resp", "#" + person_id(l.author));
  if (!l.created.empty()) attr(r, "when", l.created);
  if (l.conflict_of) attr(r, "corresp", "#" + *l.conflict_of);
  std::string note = l.note;
  if (l.conflict_of) note = "[merge conflict: another version of " + *l.conflict_of + "] " + note;
  if (!note.empty()) tei(r, "desc").add_text(note);
}

}  // namespace

std::string format_target(const std::string& source, const TextRange& r) {
  return kSourcesPrefix + source + kSourceSuffix + r.block_id + "," + std::to_string(r.offset) + "," +
         std::to_string(r.length) + ")";
}

std::string write_layer(const Layer& in, bool sorted) {
  Layer layer = in;
  if (sorted) layer.sort();
  const LayerInfo& info = layer.info;
  XmlNode root;
  root.ns = kTeiNs;
  root.name = "TEI";
  XmlNode& header = tei(root, "teiHeader");
  XmlNode& fd = tei(header, "fileDesc");
  XmlNode& ts = tei(fd, "titleStmt");
  tei(ts, "title").add_text(info.name.empty() ? info.id : info.name);
  if (!info.owner.empty()) {
    XmlNode& r = tei(ts, "respStmt");
    tei(r, "resp").add_text("owner");
    tei(r, "name").add_text(info.owner);
  }
  // The people links point to with @resp, sorted, so adding one is one line.
  std::set<std::string> people;
  for (const Link& l : layer.links)
    if (!l.author.empty()) people.insert(l.author);
  std::map<std::string, std::string> by_id;
  for (const auto& p : people) by_id.emplace(person_id(p), p);
  for (const auto& [id, name] : by_id) {
    XmlNode& r = tei(ts, "respStmt");
    attr(r, "id", id, kXmlNs);
    tei(r, "resp").add_text("annotator");
    tei(r, "name").add_text(name);
  }
  tei(tei(fd, "publicationStmt"), "p").add_text("An annotation layer of a Crux project.");
  tei(tei(fd, "sourceDesc"), "p").add_text("Stand-off annotations of the sources in ../sources/.");
  XmlNode& enc = tei(header, "encodingDesc");
  XmlNode& app = tei(tei(enc, "appInfo"), "application");
  attr(app, "ident", "crux");
  attr(app, "version", kVersion);
  tei(app, "label").add_text("Crux");
  tei(app, "desc").add_text("Annotation layer " + info.id);
  if (!info.description.empty()) tei(tei(enc, "projectDesc"), "p").add_text(info.description);

  XmlNode& so = tei(root, "standOff");
  XmlNode& settings = tei(so, "fs");
  attr(settings, "id", "layer-" + info.id, kXmlNs);
  attr(settings, "type", "crux-layer");
  f_symbol(settings, "id", info.id);
  f_string(settings, "colour", info.colour);
  f_binary(settings, "visible", info.visible);
  f_binary(settings, "read-only", info.read_only);
  for (const Claim& c : layer.claims) write_claim(so, c);
  if (!layer.links.empty()) {
    XmlNode& list = tei(so, "listRelation");
    attr(list, "type", "crux-links");
    for (const Link& l : layer.links) write_link(list, l);
  }
  XmlWriteOptions o;
  o.one_line_elements = {"f", "relation", "respStmt", "revisionDesc"};
  return serialize_xml(root, o);
}

}  // namespace crux
