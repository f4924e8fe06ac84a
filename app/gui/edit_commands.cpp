#include "app/gui/edit_commands.h"

#include <wx/menu.h>

#include "app/gui/command_registry.h"
#include "app/gui/main_frame.h"
#include "app/gui/tagging_controller.h"

namespace crux::gui {
namespace {

constexpr const char* kTagPrefix = "claim/tag/";

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

}  // namespace

EditCommands::EditCommands(MainFrame& frame, CommandRegistry& commands, TaggingController& tagging)
    : frame_(frame), commands_(commands), tagging_(tagging) {}

void EditCommands::register_commands() {
  MainFrame& f = frame_;
  commands_.add({.name = "project/save",
                 .label = "&Save",
                 .accelerator = "Ctrl+S",
                 .help = "Write the changed layers of the project to disk",
                 .id = wxID_SAVE,
                 .run = [&f] { f.save_project(); },
                 .enabled = [&f] { return f.model() && f.model()->dirty(); }});
  commands_.add({.name = "edit/undo",
                 .label = "&Undo",
                 .accelerator = "Ctrl+Z",
                 .help = "Take back the last change",
                 .id = wxID_UNDO,
                 .run = [&f] { f.model()->undo(); },
                 .enabled = [&f] { return f.model() && f.model()->can_undo(); },
                 .current_label =
                     [&f] {
                       std::string name = f.model() ? f.model()->undo_name() : "";
                       return name.empty() ? wxString("&Undo") : "&Undo " + u8(name);
                     }});
  commands_.add({.name = "edit/redo",
                 .label = "&Redo",
                 .accelerator = "Ctrl+Shift+Z",
                 .help = "Make the change taken back again",
                 .id = wxID_REDO,
                 .run = [&f] { f.model()->redo(); },
                 .enabled = [&f] { return f.model() && f.model()->can_redo(); },
                 .current_label =
                     [&f] {
                       std::string name = f.model() ? f.model()->redo_name() : "";
                       return name.empty() ? wxString("&Redo") : "&Redo " + u8(name);
                     },
                 .more_accelerators = {"Ctrl+Y"}});
  TaggingController& t = tagging_;
  commands_.add({.name = "claim/extent",
                 .label = "Change &Extent to Selection",
                 .accelerator = "Ctrl+E",
                 .help = "Make the selected claim cover the text selected now",
                 .run = [&t] { t.change_extent(); },
                 .enabled = [&t] { return t.can_change_extent(); }});
  commands_.add({.name = "claim/delete",
                 .label = "&Delete Claim",
                 .help = "Delete the selected claim and the links to it (Delete key in the text)",
                 .id = wxID_DELETE,
                 .run = [&t] { t.delete_selected(); },
                 .enabled = [&t] { return t.can_delete(); }});
}

wxMenu* EditCommands::make_edit_menu() {
  auto* edit = new wxMenu;
  commands_.append_to(*edit, "edit/undo");
  commands_.append_to(*edit, "edit/redo");
  return edit;
}

wxMenu* EditCommands::make_claim_menu() {
  claim_menu_ = new wxMenu;
  fill_claim_menu();
  return claim_menu_;
}

int EditCommands::tag_command_id(const std::string& category_id) {
  std::string name = kTagPrefix + category_id;
  if (const Command* c = commands_.find(name)) return c->id;
  MainFrame& f = frame_;
  TaggingController& t = tagging_;
  // Label and key come from the taxonomy as it is when the menu is shown.
  auto category = [&f, category_id]() -> const Category* {
    return f.model() ? f.model()->claim_types().find(category_id) : nullptr;
  };
  return commands_
      .add({.name = name,
            .label = u8(category_id),
            .help = u8("Tag the selected text as a claim of type " + category_id),
            .run = [&t, category_id] { t.tag(category_id); },
            .enabled = [&t, category] { return category() && t.can_tag(); },
            .current_label =
                [category, category_id] {
                  const Category* c = category();
                  wxString label = u8(c && !c->label.empty() ? c->label : category_id);
                  if (c && !c->key.empty()) label += "\t" + u8(c->key);
                  return label;
                }})
      .id;
}

void EditCommands::show_categories(std::shared_ptr<const Taxonomy> taxonomy) {
  if (taxonomy == taxonomy_) return;
  taxonomy_ = std::move(taxonomy);
  if (taxonomy_)
    for (const Category& c : taxonomy_->categories) tag_command_id(c.id);
  fill_claim_menu();
}

void EditCommands::fill_claim_menu() {
  if (!claim_menu_) return;
  while (claim_menu_->GetMenuItemCount() > 0) claim_menu_->Destroy(claim_menu_->FindItemByPosition(0));
  if (taxonomy_) {
    for (const Category& c : taxonomy_->categories) commands_.append_to(*claim_menu_, kTagPrefix + c.id);
    if (!taxonomy_->categories.empty()) claim_menu_->AppendSeparator();
  }
  commands_.append_to(*claim_menu_, "claim/extent");
  commands_.append_to(*claim_menu_, "claim/delete");
}

}  // namespace crux::gui
