#pragma once
// Everything an operation can change, as immutable shared parts: an undo
// snapshot is a copy of this struct, which copies pointers, not layers
// (house style: "undo keeps snapshots of what changed; share unchanged parts").
#include <map>
#include <memory>
#include <set>
#include <string>

#include "tei/annotation/model.h"
#include "tei/annotation/taxonomy.h"
#include "tei/import/source_meta.h"

namespace crux {

struct ModelState {
  std::map<std::string, std::shared_ptr<const Layer>> layers;          // by layer id
  std::shared_ptr<const Taxonomy> claim_types;
  std::shared_ptr<const Taxonomy> relations;
  std::map<std::string, std::shared_ptr<const SourceMeta>> source_meta;  // edited headers only
  std::set<std::string> sources;                                       // ids of the sources present
  std::set<std::string> removed_sources;

  const Layer* layer(const std::string& id) const {
    auto it = layers.find(id);
    return it == layers.end() ? nullptr : it->second.get();
  }
  // Copy-on-write access for operations.
  Layer& edit_layer(const std::string& id);
  // The claim and the layer holding it, or nullptr.
  const Claim* find_claim(const std::string& id, std::string* layer_id = nullptr) const;
  const Link* find_link(const std::string& id, std::string* layer_id = nullptr) const;
  bool id_taken(const std::string& id) const;
};

}  // namespace crux
