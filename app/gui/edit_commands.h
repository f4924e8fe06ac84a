#pragma once
// The commands that change a project, and the menus that show them:
//
//   project/save    File > Save            Ctrl+S
//   edit/undo       Edit > Undo <action>   Ctrl+Z
//   edit/redo       Edit > Redo <action>   Ctrl+Shift+Z, Ctrl+Y
//   claim/tag/<t>   Claim > <type>         the type's key (F: forces)
//   claim/extent    Claim > Change Extent  Ctrl+E
//   claim/delete    Claim > Delete Claim   Delete (in the text)
//
// Undo and redo are the core's (ProjectModel::undo/redo), named after the
// operation they take back. The tag commands follow the claim taxonomy: one
// per category, registered the first time the category is seen; their
// labels and keys are read from the taxonomy each time the menu is shown.
#include <memory>
#include <string>

#include "tei/annotation/taxonomy.h"

class wxMenu;

namespace crux::gui {

class CommandRegistry;
class MainFrame;
class TaggingController;

class EditCommands {
 public:
  EditCommands(MainFrame& frame, CommandRegistry& commands, TaggingController& tagging);

  // Registers the fixed commands (save, undo, redo, extent, delete).
  void register_commands();
  wxMenu* make_edit_menu();
  // The Claim menu: the tag commands, then extent and delete. Kept and
  // refilled by show_categories.
  wxMenu* make_claim_menu();

  // Registers "claim/tag/<id>" for new categories and refills the Claim
  // menu when the taxonomy is another one than last time.
  void show_categories(std::shared_ptr<const Taxonomy> taxonomy);
  // The command id of a category's tag command (registering it if new).
  int tag_command_id(const std::string& category_id);

 private:
  void fill_claim_menu();

  MainFrame& frame_;
  CommandRegistry& commands_;
  TaggingController& tagging_;
  wxMenu* claim_menu_ = nullptr;
  std::shared_ptr<const Taxonomy> taxonomy_;
};

}  // namespace crux::gui
