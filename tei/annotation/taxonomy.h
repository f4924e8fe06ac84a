#pragma once
// Taxonomies: hierarchical categories with label, description, colour and a
// shortcut key. A project has a claim taxonomy (claim types) and a relation
// taxonomy (link types, each directed or symmetric); the defaults ship with
// Crux and are copied into taxonomies/ of a new project, where users edit
// them. Stored as TEI <taxonomy>/<category> (docs/file-format.md).
#include <optional>
#include <string>
#include <vector>

namespace crux {

struct Category {
  std::string id;           // XML NCName, unique in the project's taxonomies
  std::string parent;       // "" for top level
  std::string label;
  std::string description;
  std::string colour;       // "#rrggbb"
  std::string key;          // one letter or digit ("F"), "" for none
  bool directed = false;    // relation taxonomy only
};

struct Taxonomy {
  std::string id;           // "claim-types" or "relations" (the file name without .tei.xml)
  std::string title;
  std::vector<Category> categories;  // parents before children, in file order

  const Category* find(const std::string& id) const;
  Category* find(const std::string& id);
  bool contains(const std::string& id) const { return find(id) != nullptr; }
  // Ids of the category and all its descendants.
  std::vector<std::string> subtree(const std::string& id) const;
};

inline constexpr const char* kClaimTaxonomy = "claim-types";
inline constexpr const char* kRelationTaxonomy = "relations";

Taxonomy default_claim_taxonomy();
Taxonomy default_relation_taxonomy();

// Keys the workbench uses for its own commands; categories may not take them.
const std::vector<std::string>& reserved_keys();
// Throws crux::Error(BadInput) when the taxonomy is inconsistent: duplicate
// ids, unknown parents, cycles, bad colours, clashing or reserved keys.
void check_taxonomy(const Taxonomy& t, const std::string& file);

std::string write_taxonomy(const Taxonomy& t);
Taxonomy read_taxonomy(const std::string& bytes, const std::string& file);

}  // namespace crux
