#pragma once
// The toolbar above the sources: the active layer ("Tag into: [demo ▾]"),
// where new claims go, and the tag palette, one button per claim type with
// its colour, label and key ("■ Forces  F"). A button runs the command
// "claim/tag/<type>" (its tool id is the command's id), so the palette, the
// Tag menu, the context menu and the key all do the same thing.
//
// The frame fills it from the model; choosing a layer calls back.
#include <functional>
#include <string>
#include <vector>

#include <wx/toolbar.h>

#include "tei/annotation/project_model.h"

class wxChoice;
class wxStaticText;

namespace crux::gui {

class TagToolbar : public wxToolBar {
 public:
  using LayerHandler = std::function<void(const std::string& layer_id)>;
  // The command id of "claim/tag/<type>" (registering it when new).
  using TagCommandId = std::function<int(const Category&)>;

  TagToolbar(wxWindow* parent, LayerHandler on_layer);

  // Lists the model's layers (read-only ones marked) with active chosen;
  // active "" stands for the user's own layer, made by the first tag.
  // nullptr: no project, an empty and disabled choice.
  void show_layers(const ProjectModel* model, const std::string& active, const std::string& new_layer_name);
  // One button per claim type; rebuilt only when the taxonomy changed.
  void show_categories(std::shared_ptr<const Taxonomy> taxonomy, const TagCommandId& id_of);

  wxChoice& layer_choice() { return *layers_; }
  // The layer id of a choice entry ("" for the user's layer to be made).
  std::string layer_at(int index) const;
  // The tool ids of the palette, in taxonomy order.
  const std::vector<int>& tag_tools() const { return tag_tools_; }

 private:
  wxChoice* layers_;
  std::vector<std::string> layer_ids_;  // parallel to the choice's entries
  std::shared_ptr<const Taxonomy> taxonomy_;
  std::vector<int> tag_tools_;
  LayerHandler on_layer_;
};

}  // namespace crux::gui
