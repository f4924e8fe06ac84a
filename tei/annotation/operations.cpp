#include "tei/annotation/operations.h"

#include <algorithm>

#include "tei/base/error.h"
#include "tei/base/slug.h"

namespace crux {

Layer& ModelState::edit_layer(const std::string& id) {
  auto it = layers.find(id);
  if (it == layers.end()) throw bad_input("layers/" + id + ".tei.xml", "there is no layer '" + id + "'");
  auto copy = std::make_shared<Layer>(*it->second);
  Layer& ref = *copy;
  it->second = std::move(copy);
  return ref;
}

const Claim* ModelState::find_claim(const std::string& id, std::string* layer_id) const {
  for (const auto& [lid, layer] : layers)
    if (const Claim* c = layer->find_claim(id)) {
      if (layer_id) *layer_id = lid;
      return c;
    }
  return nullptr;
}

const Link* ModelState::find_link(const std::string& id, std::string* layer_id) const {
  for (const auto& [lid, layer] : layers)
    if (const Link* l = layer->find_link(id)) {
      if (layer_id) *layer_id = lid;
      return l;
    }
  return nullptr;
}

bool ModelState::id_taken(const std::string& id) const { return find_claim(id) || find_link(id) || layers.count(id); }

namespace op {
namespace {

std::string layer_file(const std::string& id) { return "layers/" + id + ".tei.xml"; }

Layer& writable(ModelState& s, const std::string& layer) {
  const Layer* l = s.layer(layer);
  if (!l) throw bad_input(layer_file(layer), "there is no layer '" + layer + "'");
  if (l->info.read_only) throw bad_input(layer_file(layer), "the layer '" + layer + "' is read-only");
  return s.edit_layer(layer);
}

void check_claim(const ModelState& s, const Claim& c, const std::string& layer) {
  std::string f = layer_file(layer);
  if (!s.sources.count(c.source)) throw bad_input(f, "claim " + c.id + ": there is no source '" + c.source + "'");
  if (c.ranges.empty()) throw bad_input(f, "claim " + c.id + " covers no text");
  if (c.type.empty()) throw bad_input(f, "claim " + c.id + " has no type");
  if (s.claim_types && !s.claim_types->contains(c.type))
    throw bad_input(f, "claim " + c.id + ": '" + c.type + "' is not a category of the claim taxonomy");
  for (const auto& cat : c.categories)
    if (s.claim_types && !s.claim_types->contains(cat))
      throw bad_input(f, "claim " + c.id + ": '" + cat + "' is not a category of the claim taxonomy");
}

void check_link(const ModelState& s, const Link& l, const std::string& layer) {
  std::string f = layer_file(layer);
  if (s.relations && !s.relations->contains(l.type))
    throw bad_input(f, "link " + l.id + ": '" + l.type + "' is not a relation of the relation taxonomy");
  if (l.claims.size() < 2) throw bad_input(f, "link " + l.id + " needs at least two claims");
  for (const auto& c : l.claims)
    if (!s.find_claim(c)) throw bad_input(f, "link " + l.id + ": there is no claim '" + c + "'");
  for (size_t i = 0; i < l.claims.size(); ++i)
    for (size_t j = i + 1; j < l.claims.size(); ++j)
      if (l.claims[i] == l.claims[j]) throw bad_input(f, "link " + l.id + " links claim " + l.claims[i] + " to itself");
}

}  // namespace

Operation add_claim(const std::string& layer, Claim claim) {
  return {"Add claim", [layer, claim](ModelState& s) {
            if (s.id_taken(claim.id)) throw bad_input(layer_file(layer), "the id '" + claim.id + "' is already used");
            check_claim(s, claim, layer);
            Layer& l = writable(s, layer);
            l.claims.push_back(claim);
            l.sort();
          }};
}

Operation edit_claim(Claim claim) {
  return {"Edit claim", [claim](ModelState& s) {
            std::string lid;
            if (!s.find_claim(claim.id, &lid)) throw bad_input("", "there is no claim '" + claim.id + "'");
            check_claim(s, claim, lid);
            Layer& l = writable(s, lid);
            *l.find_claim(claim.id) = claim;
            l.sort();
          }};
}

Operation delete_claim(const std::string& id) {
  return {"Delete claim", [id](ModelState& s) {
            std::string lid;
            if (!s.find_claim(id, &lid)) throw bad_input("", "there is no claim '" + id + "'");
            // Links that point to it go too; a read-only layer holding one stops the deletion.
            std::vector<std::string> with_links;
            for (const auto& [other, layer] : s.layers)
              for (const Link& k : layer->links)
                if (std::find(k.claims.begin(), k.claims.end(), id) != k.claims.end()) {
                  if (layer->info.read_only)
                    throw bad_input(layer_file(other), "claim " + id + " is linked from the read-only layer '" + other + "' (link " + k.id + ")");
                  with_links.push_back(other);
                }
            Layer& l = writable(s, lid);
            std::erase_if(l.claims, [&](const Claim& c) { return c.id == id; });
            for (const auto& other : with_links)
              std::erase_if(s.edit_layer(other).links, [&](const Link& k) {
                return std::find(k.claims.begin(), k.claims.end(), id) != k.claims.end();
              });
          }};
}

Operation add_link(const std::string& layer, Link link) {
  return {"Link claims", [layer, link](ModelState& s) {
            if (s.id_taken(link.id)) throw bad_input(layer_file(layer), "the id '" + link.id + "' is already used");
            check_link(s, link, layer);
            Layer& l = writable(s, layer);
            l.links.push_back(link);
            l.sort();
          }};
}

Operation edit_link(Link link) {
  return {"Edit link", [link](ModelState& s) {
            std::string lid;
            if (!s.find_link(link.id, &lid)) throw bad_input("", "there is no link '" + link.id + "'");
            check_link(s, link, lid);
            *writable(s, lid).find_link(link.id) = link;
          }};
}

Operation delete_link(const std::string& id) {
  return {"Delete link", [id](ModelState& s) {
            std::string lid;
            if (!s.find_link(id, &lid)) throw bad_input("", "there is no link '" + id + "'");
            std::erase_if(writable(s, lid).links, [&](const Link& k) { return k.id == id; });
          }};
}

Operation move_to_layer(const std::string& id, const std::string& target) {
  return {"Move to layer", [id, target](ModelState& s) {
            std::string from;
            if (const Claim* c = s.find_claim(id, &from)) {
              Claim copy = *c;
              if (from == target) return;
              writable(s, target);
              std::erase_if(writable(s, from).claims, [&](const Claim& x) { return x.id == id; });
              Layer& t = writable(s, target);
              t.claims.push_back(copy);
              t.sort();
            } else if (const Link* k = s.find_link(id, &from)) {
              Link copy = *k;
              if (from == target) return;
              writable(s, target);
              std::erase_if(writable(s, from).links, [&](const Link& x) { return x.id == id; });
              Layer& t = writable(s, target);
              t.links.push_back(copy);
              t.sort();
            } else {
              throw bad_input("", "there is no claim or link '" + id + "'");
            }
          }};
}

Operation new_layer(LayerInfo info) {
  return {"New layer", [info](ModelState& s) {
            if (!is_valid_id(info.id))
              throw usage_error("'" + info.id + "' is not a valid layer id (lower-case letters, digits, '-', starting with a letter)");
            if (s.layers.count(info.id)) throw bad_input(layer_file(info.id), "a layer '" + info.id + "' already exists");
            auto l = std::make_shared<Layer>();
            l->info = info;
            if (l->info.name.empty()) l->info.name = info.id;
            s.layers[info.id] = l;
          }};
}

Operation edit_layer(LayerInfo info) {
  return {"Edit layer", [info](ModelState& s) {
            if (!s.layer(info.id)) throw bad_input(layer_file(info.id), "there is no layer '" + info.id + "'");
            s.edit_layer(info.id).info = info;
          }};
}

Operation remove_layer(const std::string& id) {
  return {"Remove layer", [id](ModelState& s) {
            const Layer* l = s.layer(id);
            if (!l) throw bad_input(layer_file(id), "there is no layer '" + id + "'");
            if (l->info.read_only) throw bad_input(layer_file(id), "the layer '" + id + "' is read-only");
            for (const auto& [other, layer] : s.layers) {
              if (other == id) continue;
              for (const Link& k : layer->links)
                for (const auto& c : k.claims)
                  if (l->find_claim(c))
                    throw bad_input(layer_file(other), "link " + k.id + " in layer '" + other + "' points to claim " + c +
                                                           " of the layer '" + id + "': delete or move it first");
            }
            s.layers.erase(id);
          }};
}

Operation set_taxonomy(Taxonomy t) {
  return {"Edit taxonomy", [t](ModelState& s) {
            check_taxonomy(t, "taxonomies/" + t.id + ".tei.xml");
            bool relations = t.id == kRelationTaxonomy;
            for (const auto& [lid, layer] : s.layers) {
              if (relations) {
                for (const Link& k : layer->links)
                  if (!t.contains(k.type))
                    throw bad_input("taxonomies/" + t.id + ".tei.xml", "the relation '" + k.type + "' is still used by link " + k.id);
              } else {
                for (const Claim& c : layer->claims)
                  if (!t.contains(c.type))
                    throw bad_input("taxonomies/" + t.id + ".tei.xml", "the category '" + c.type + "' is still used by claim " + c.id);
              }
            }
            (relations ? s.relations : s.claim_types) = std::make_shared<Taxonomy>(t);
          }};
}

Operation set_source_meta(const std::string& id, SourceMeta meta) {
  return {"Edit source", [id, meta](ModelState& s) {
            if (!s.sources.count(id)) throw bad_input("sources/" + id + ".tei.xml", "there is no source '" + id + "'");
            s.source_meta[id] = std::make_shared<SourceMeta>(meta);
          }};
}

Operation remove_source(const std::string& id, bool with_claims) {
  return {"Remove source", [id, with_claims](ModelState& s) {
            if (!s.sources.count(id)) throw bad_input("sources/" + id + ".tei.xml", "there is no source '" + id + "'");
            std::vector<std::string> claims;
            for (const auto& [lid, layer] : s.layers)
              for (const Claim& c : layer->claims)
                if (c.source == id) claims.push_back(c.id);
            if (!claims.empty() && !with_claims)
              throw bad_input("sources/" + id + ".tei.xml", std::to_string(claims.size()) +
                                                               " claims point into this source: remove them first, or use --force");
            for (const auto& c : claims) delete_claim(c).apply(s);
            s.sources.erase(id);
            s.removed_sources.insert(id);
            s.source_meta.erase(id);
          }};
}

}  // namespace op
}  // namespace crux
