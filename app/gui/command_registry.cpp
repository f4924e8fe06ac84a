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
  by_id_[commands_.back()->id] = commands_.back().get();
  return *commands_.back();
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
  wxString label = c.label;
  if (!c.accelerator.empty()) label += "\t" + c.accelerator;
  return menu.Append(c.id, label, c.help, c.checked ? wxITEM_CHECK : wxITEM_NORMAL);
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
  });
}

}  // namespace crux::gui
