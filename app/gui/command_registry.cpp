#include "app/gui/command_registry.h"

#include <wx/event.h>
#include <wx/window.h>

#include "tei/base/error.h"

namespace crux::gui {

const Command& CommandRegistry::add(Command command) {
  if (find(command.name)) throw internal_error("the command '" + command.name + "' is registered twice");
  if (command.id == wxID_ANY) command.id = wxWindow::NewControlId();
  if (by_id_.count(command.id)) throw internal_error("the command '" + command.name + "' reuses a taken id");
  commands_.push_back(std::make_unique<Command>(std::move(command)));
  const Command& added = *commands_.back();
  by_id_[added.id] = &added;
  std::vector<wxString> keys = added.more_accelerators;
  if (!added.accelerator.empty()) keys.push_back(added.accelerator);
  for (const wxString& k : keys) {
    wxAcceleratorEntry entry;
    if (!entry.FromString(k)) throw internal_error("the command '" + added.name + "' has a bad shortcut");
    shortcuts_.push_back({entry.GetFlags(), entry.GetKeyCode(), &added});
  }
  return added;
}

const Command* CommandRegistry::find(const std::string& name) const {
  for (const auto& c : commands_)
    if (c->name == name) return c.get();
  return nullptr;
}

const Command* CommandRegistry::find(int id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

const Command& CommandRegistry::get(const std::string& name) const {
  const Command* c = find(name);
  if (!c) throw internal_error("no command is named '" + name + "'");
  return *c;
}

bool CommandRegistry::is_enabled(const std::string& name) const {
  const Command& c = get(name);
  return !c.enabled || c.enabled();
}

bool CommandRegistry::run(const std::string& name) const {
  const Command& c = get(name);
  if (c.enabled && !c.enabled()) return false;
  if (c.run) c.run();
  return true;
}

wxMenuItem* CommandRegistry::append_to(wxMenu& menu, const std::string& name) const {
  const Command& c = get(name);
  return menu.Append(c.id, menu_label(c), c.help, c.checked ? wxITEM_CHECK : wxITEM_NORMAL);
}

wxString CommandRegistry::menu_label(const Command& c) const {
  wxString label = c.current_label ? c.current_label() : c.label;
  if (!c.accelerator.empty()) label += "\t" + c.accelerator;
  return label;
}

void CommandRegistry::refresh_labels(wxMenuBar& bar) const {
  for (const auto& c : commands_) {
    if (!c->current_label) continue;
    wxMenuItem* item = bar.FindItem(c->id);
    wxString label = menu_label(*c);
    if (item && item->GetItemLabel() != label) item->SetItemLabel(label);
  }
}

const Command* CommandRegistry::find_shortcut(const wxKeyEvent& key) const {
  int flags = (key.ControlDown() ? wxACCEL_CTRL : 0) | (key.AltDown() ? wxACCEL_ALT : 0) |
              (key.ShiftDown() ? wxACCEL_SHIFT : 0);
  int code = key.GetKeyCode();
  if (code >= 'a' && code <= 'z') code -= 'a' - 'A';
  for (const Shortcut& s : shortcuts_)
    if (s.flags == flags && s.key == code) return s.command;
  return nullptr;
}

bool CommandRegistry::run_shortcut(const wxKeyEvent& key) const {
  const Command* c = find_shortcut(key);
  if (!c) return false;
  if ((!c->enabled || c->enabled()) && c->run) c->run();
  return true;
}

wxAcceleratorTable CommandRegistry::more_accelerators() const {
  std::vector<wxAcceleratorEntry> entries;
  for (const auto& c : commands_)
    for (const wxString& keys : c->more_accelerators) {
      wxAcceleratorEntry entry;
      if (!entry.FromString(keys)) throw internal_error("the command '" + c->name + "' has a bad shortcut");
      entry.Set(entry.GetFlags(), entry.GetKeyCode(), c->id);
      entries.push_back(entry);
    }
  return wxAcceleratorTable(static_cast<int>(entries.size()), entries.data());
}

void CommandRegistry::bind(wxEvtHandler& target) const {
  // One handler for all ids, so commands added later are routed too. Events
  // of other ids pass on untouched.
  target.Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
    const Command* c = find(e.GetId());
    if (!c) {
      e.Skip();
      return;
    }
    if ((!c->enabled || c->enabled()) && c->run) c->run();
  });
  target.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    const Command* c = find(e.GetId());
    if (!c) {
      e.Skip();
      return;
    }
    e.Enable(!c->enabled || c->enabled());
    if (c->checked) e.Check(c->checked());
    if (c->current_label) e.SetText(menu_label(*c));
  });
}

}  // namespace crux::gui
