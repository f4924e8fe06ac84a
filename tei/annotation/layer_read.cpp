// Reading layer files (the inverse of write_layer in layer_io.cpp). Every
// target is checked to point into ../sources/ of the project with a valid
// source id and a well-formed string-range: a layer pointing elsewhere
// (`../../etc/passwd#...`) is refused, never followed.
#include <charconv>
#include <cstdlib>
#include <set>

#include "tei/annotation/layer_io.h"
#include "tei/base/error.h"
#include "tei/base/slug.h"
#include "tei/xml/xml_reader.h"

namespace crux {
namespace {

bool parse_size(std::string_view s, size_t& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

// "../sources/x.tei.xml#string-range(x.p12,4,30)" → source "x", range.
void parse_target(const std::string& t, std::string& source, TextRange& r, const std::string& file,
                  const std::string& claim) {
  auto bad = [&](const std::string& why) {
    return bad_input(file, "claim " + claim + ": target '" + t + "' " + why);
  };
  const std::string prefix = "../sources/";
  const std::string mid = ".tei.xml#string-range(";
  if (t.compare(0, prefix.size(), prefix) != 0) throw bad("points outside the project's sources");
  size_t m = t.find(mid, prefix.size());
  if (m == std::string::npos) throw bad("is not a string-range pointer into a source");
  source = t.substr(prefix.size(), m - prefix.size());
  if (!is_valid_id(source)) throw bad("points outside the project's sources");
  if (t.back() != ')') throw bad("is not a well-formed string-range");
  std::string args = t.substr(m + mid.size(), t.size() - m - mid.size() - 1);
  size_t c2 = args.rfind(',');
  size_t c1 = c2 == std::string::npos ? std::string::npos : args.rfind(',', c2 - 1);
  if (c1 == std::string::npos) throw bad("is not a well-formed string-range");
  r.block_id = args.substr(0, c1);
  if (r.block_id.empty() || !parse_size(std::string_view(args).substr(c1 + 1, c2 - c1 - 1), r.offset) ||
      !parse_size(std::string_view(args).substr(c2 + 1), r.length))
    throw bad("is not a well-formed string-range");
}

std::vector<std::string> split_refs(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string strip_hash(const std::string& ref, const std::string& file) {
  if (ref.size() < 2 || ref[0] != '#') throw bad_input(file, "'" + ref + "' is not a pointer to a claim (#id)");
  return ref.substr(1);
}

// The value of <f name=...>: string text, or @value of symbol/numeric/binary.
std::string f_value(const XmlNode& f) {
  for (const auto& c : f.children)
    if (c->is_element()) return c->is_tei("string") ? c->string_value() : c->attr_or("value", "");
  return {};
}

std::vector<std::string> f_values(const XmlNode& f) {
  std::vector<std::string> out;
  for (const auto& c : f.children) {
    if (!c->is_tei("vColl")) continue;
    for (const auto& v : c->children)
      if (v->is_element()) out.push_back(v->is_tei("string") ? v->string_value() : v->attr_or("value", ""));
  }
  return out;
}

std::optional<double> number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (*end) return std::nullopt;
  return v;
}

void read_props(const XmlNode& fs, Claim& c, const std::string& file) {
  size_t quote = 0;
  for (const auto& f : fs.children) {
    if (!f->is_tei("f")) continue;
    std::string name = f->attr_or("name", "");
    if (name == "type") c.type = f_value(*f);
    else if (name == "categories") c.categories = f_values(*f);
    else if (name == "actors") c.actors = f_values(*f);
    else if (name == "time-as-written") c.time.as_written = f_value(*f);
    else if (name == "when") c.time.when = f_value(*f);
    else if (name == "calendar") c.time.calendar = f_value(*f);
    else if (name == "when-julian") c.time.when_julian = f_value(*f);
    else if (name == "place") c.place = f_value(*f);
    else if (name == "quantity-min") c.quantity.min = number(f_value(*f));
    else if (name == "quantity-max") c.quantity.max = number(f_value(*f));
    else if (name == "quantity-unit") c.quantity.unit = f_value(*f);
    else if (name == "quantity-qualifier") c.quantity.qualifier = f_value(*f);
    else if (name == "attribution") c.attribution = f_value(*f);
    else if (name.rfind("x-", 0) == 0) c.properties[name.substr(2)] = f_value(*f);
    else if (name == "quote") {
      const XmlNode* q = f->child("fs");
      if (!q || quote >= c.ranges.size())
        throw bad_input(file, "claim " + c.id + ": more text quotes than targets");
      TextRange& r = c.ranges[quote++];
      for (const auto& qf : q->children) {
        if (!qf->is_tei("f")) continue;
        std::string qn = qf->attr_or("name", "");
        if (qn == "prefix") r.prefix = f_value(*qf);
        else if (qn == "exact") r.exact = f_value(*qf);
        else if (qn == "suffix") r.suffix = f_value(*qf);
      }
    }
  }
}

}  // namespace

Layer read_layer(const std::string& bytes, const std::string& file, const std::string& expected_id) {
  XmlDocument doc = parse_xml(bytes, file);
  const XmlNode& root = *doc.root;
  if (!root.is_tei("TEI")) throw bad_input(file, "not a layer file: the root element is not TEI <TEI>");
  const XmlNode* so = root.child("standOff");
  if (!so) throw bad_input(file, "not a layer file: no <standOff>");
  Layer layer;
  layer.info.id = expected_id;
  if (const XmlNode* t = root.find_first("titleStmt")) {
    if (const XmlNode* title = t->child("title")) layer.info.name = title->string_value();
    for (const auto& r : t->children)
      if (r->is_tei("respStmt") && r->child("resp") && r->child("resp")->string_value() == "owner" && r->child("name"))
        layer.info.owner = r->child("name")->string_value();
  }
  if (const XmlNode* pd = root.find_first("projectDesc"))
    if (const XmlNode* p = pd->child("p")) layer.info.description = p->string_value();

  std::set<std::string> ids;
  std::map<std::string, const XmlNode*> fs_by_id;
  for (const auto& n : so->children)
    if (n->is_tei("fs") && n->xml_id()) fs_by_id[*n->xml_id()] = n.get();
  for (const auto& n : so->children) {
    if (!n->is_element()) continue;
    if (n->is_tei("fs") && n->attr_or("type", "") == "crux-layer") {
      for (const auto& f : n->children) {
        if (!f->is_tei("f")) continue;
        std::string name = f->attr_or("name", ""), v = f_value(*f);
        if (name == "colour") layer.info.colour = v;
        else if (name == "visible") layer.info.visible = v != "false";
        else if (name == "read-only") layer.info.read_only = v == "true";
        else if (name == "id" && !expected_id.empty() && v != expected_id)
          throw bad_input(file, "the layer inside is '" + v + "' but the file is named for '" + expected_id + "'");
      }
    } else if (n->is_tei("annotation")) {
      Claim c;
      c.id = n->attr_or("id", "", kXmlNs);
      if (c.id.empty()) throw bad_input(file, std::to_string(n->line) + ": an annotation without xml:id");
      if (!ids.insert(c.id).second) throw bad_input(file, "the id '" + c.id + "' is used twice");
      for (const std::string& t : split_refs(n->attr_or("target", ""))) {
        std::string source;
        TextRange r;
        parse_target(t, source, r, file, c.id);
        if (!c.source.empty() && source != c.source)
          throw bad_input(file, "claim " + c.id + ": its ranges point into two sources");
        c.source = source;
        c.ranges.push_back(r);
      }
      if (c.ranges.empty()) throw bad_input(file, "claim " + c.id + " has no target");
      auto cert = certainty_from(n->attr_or("cert", ""));
      if (!cert) throw bad_input(file, "claim " + c.id + ": unknown certainty '" + n->attr_or("cert", "") + "'");
      c.certainty = *cert;
      if (const std::string* corr = n->attr("corresp")) c.conflict_of = strip_hash(*corr, file);
      for (const auto& ch : n->children) {
        if (ch->is_tei("respStmt") && ch->child("name")) c.author = ch->child("name")->string_value();
        else if (ch->is_tei("note") && ch->attr_or("type", "") != "merge-conflict") c.note = ch->string_value();
        else if (ch->is_tei("revisionDesc")) {
          for (const auto& chg : ch->children) {
            if (!chg->is_tei("change")) continue;
            if (chg->attr_or("type", "") == "created") c.created = chg->attr_or("when", "");
            else if (chg->attr_or("type", "") == "modified") c.modified = chg->attr_or("when", "");
          }
        }
      }
      if (c.modified.empty()) c.modified = c.created;
      std::string ana = n->attr_or("ana", "");
      if (!ana.empty()) {
        auto it = fs_by_id.find(strip_hash(ana, file));
        if (it == fs_by_id.end()) throw bad_input(file, "claim " + c.id + ": its properties (" + ana + ") are missing");
        read_props(*it->second, c, file);
      }
      layer.claims.push_back(std::move(c));
    } else if (n->is_tei("listRelation")) {
      for (const auto& r : n->children) {
        if (!r->is_tei("relation")) continue;
        Link l;
        l.id = r->attr_or("id", "", kXmlNs);
        if (l.id.empty()) throw bad_input(file, std::to_string(r->line) + ": a link without xml:id");
        if (!ids.insert(l.id).second) throw bad_input(file, "the id '" + l.id + "' is used twice");
        l.type = r->attr_or("name", "");
        if (const std::string* active = r->attr("active")) {
          l.directed = true;
          l.claims.push_back(strip_hash(*active, file));
          for (const auto& p : split_refs(r->attr_or("passive", ""))) l.claims.push_back(strip_hash(p, file));
        } else {
          for (const auto& p : split_refs(r->attr_or("mutual", ""))) l.claims.push_back(strip_hash(p, file));
        }
        if (l.claims.size() < 2) throw bad_input(file, "link " + l.id + " joins fewer than two claims");
        auto cert = certainty_from(r->attr_or("cert", ""));
        if (!cert) throw bad_input(file, "link " + l.id + ": unknown certainty");
        l.certainty = *cert;
        l.created = r->attr_or("when", "");
        if (const std::string* corr = r->attr("corresp")) l.conflict_of = strip_hash(*corr, file);
        if (const XmlNode* d = r->child("desc")) {
          l.note = d->string_value();
          if (l.conflict_of) {
            std::string mark = "[merge conflict: another version of " + *l.conflict_of + "] ";
            if (l.note.rfind(mark, 0) == 0) l.note = l.note.substr(mark.size());
          }
        }
        if (const std::string* resp = r->attr("resp")) {
          std::string pid = strip_hash(*resp, file);
          if (const XmlNode* ts = root.find_first("titleStmt"))
            for (const auto& rs : ts->children)
              if (rs->is_tei("respStmt") && rs->xml_id() && *rs->xml_id() == pid && rs->child("name"))
                l.author = rs->child("name")->string_value();
          if (l.author.empty()) throw bad_input(file, "link " + l.id + ": its author " + *resp + " is not declared");
        }
        layer.links.push_back(std::move(l));
      }
    }
  }
  return layer;
}

}  // namespace crux
