#pragma once
// The operations that change a project's annotations, taxonomies and source
// metadata. Each is a named object applied by ProjectModel::commit(), the one
// path every change takes (CLI and GUI alike): commit records undo, notifies
// observers and marks files dirty. An operation validates against the state
// it is applied to and throws crux::Error without changing anything.
// Operations are re-applicable, so a save that finds files changed on disk
// by another process reloads them and replays the operations on top.
#include <functional>
#include <memory>
#include <string>

#include "tei/annotation/model_state.h"

namespace crux {

struct Operation {
  std::string name;                          // shown in Undo/Redo menus: "Add claim", "Link claims"
  std::function<void(ModelState&)> apply;    // throws crux::Error on invalid input
};

namespace op {

Operation add_claim(const std::string& layer, Claim claim);
Operation edit_claim(Claim claim);                 // replaces the claim with the same id
Operation delete_claim(const std::string& claim_id);  // and the links that point to it
Operation add_link(const std::string& layer, Link link);
Operation edit_link(Link link);
Operation delete_link(const std::string& link_id);
Operation move_to_layer(const std::string& object_id, const std::string& layer);
Operation new_layer(LayerInfo info);
Operation edit_layer(LayerInfo info);              // name, owner, colour, description, visible, read-only
Operation remove_layer(const std::string& layer_id);
Operation set_taxonomy(Taxonomy taxonomy);         // claim-types or relations
Operation set_source_meta(const std::string& source_id, SourceMeta meta);
Operation remove_source(const std::string& source_id, bool with_claims);

}  // namespace op
}  // namespace crux
