#pragma once
// Tagging in the source views: what turns a selection and a key into a claim.
//
//   select text, press a category's key (F: forces)  → op::add_claim
//   click inside a claim                              → it becomes the selected claim
//   Delete with a claim selected                      → op::delete_claim
//   re-select text, Ctrl+E ("change extent")          → op::edit_claim with new ranges
//   Escape                                            → no claim selected
//   right-click (on a claim: it is selected first)    → Copy, Tag as ▸, Change Extent, Delete
//
// New claims go to the frame's active layer; when the project has no layer
// the user may write to, the first tag creates one named after the user
// (crux::acting_user()) in the same undo step. Every change is one
// model().commit(op::...); the model's notification repaints the views.
// The core's refusals (a read-only layer, an empty selection) become a
// notice in the status bar, never a dialog or an abort.
#include <string>

#include "tei/annotation/model.h"
#include "tei/annotation/operations.h"

class wxKeyEvent;

namespace crux::gui {

class MainFrame;
class SourceView;

class TaggingController {
 public:
  explicit TaggingController(MainFrame& frame) : frame_(frame) {}

  // Wires a new source view's keys, clicks and context menu.
  void attach(SourceView& view);

  // What the commands (menus, toolbar, keys) run.
  bool can_tag() const;  // a source shown with text selected
  void tag(const std::string& type);
  bool can_change_extent() const;  // a claim selected, and text selected in its source
  void change_extent();
  bool can_delete() const { return !selected_id().empty(); }
  void delete_selected();
  // Selects the claim under a byte position of a view (the innermost one;
  // again on the same spot, the next one below it), or none.
  void select_at(SourceView& view, size_t byte);

  // The layer a new claim goes to: the active layer, or the user's own
  // layer to create (LayerInfo with a fresh id) when there is none.
  LayerInfo target_layer() const;
  // Commits op; a refusal of the core becomes a notice starting with
  // `what` ("Cannot tag"). Returns whether the model took it.
  bool commit(Operation op, const std::string& what);

 private:
  void on_key(SourceView& view, wxKeyEvent& e);
  void show_context_menu(SourceView& view);
  const std::string& selected_id() const;
  std::string category_for_key(int key) const;

  MainFrame& frame_;
};

}  // namespace crux::gui
