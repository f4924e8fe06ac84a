#pragma once
// GUI actions as named commands ("project/open", "app/quit"): each has its
// label, shortcut, help text, and the logic that runs it and says whether it
// is enabled or checked, in one place. Menus (and later toolbars, key maps
// and the command palette) are built from names, so an action is defined
// once however many ways it can be reached.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <wx/accel.h>
#include <wx/event.h>
#include <wx/menu.h>
#include <wx/string.h>

namespace crux::gui {

struct Command {
  std::string name{};       // "group/verb", stable: key maps and tests refer to it
  wxString label{};         // menu label with mnemonic, e.g. "&Open Project…"
  wxString accelerator{};   // e.g. "Ctrl+O" ("" for none)
  wxString help{};          // one line for the status bar
  int id = wxID_ANY;        // a stock id (wxID_OPEN...) so GTK shows stock icons; else assigned
  std::function<void()> run{};
  std::function<bool()> enabled{};  // null: always enabled
  std::function<bool()> checked{};  // non-null: a check item
  // Non-null: the label as it should read now ("&Undo Add claim"), replacing
  // label in menus whenever they are updated.
  std::function<wxString()> current_label{};
  // Further shortcuts beyond accelerator ("Ctrl+Y" beside "Ctrl+Shift+Z").
  std::vector<wxString> more_accelerators{};
};

class CommandRegistry {
 public:
  // Registers a command; its name must be new. Returns the stored command
  // (with its id assigned).
  const Command& add(Command command);

  // nullptr when unknown.
  const Command* find(const std::string& name) const;
  const Command* find(int id) const;

  bool is_enabled(const std::string& name) const;
  // Runs a command by name if it is enabled; false when it is not. Throws
  // crux::Error (Internal) for an unknown name: that is a bug.
  bool run(const std::string& name) const;

  // Appends the menu item of a command to menu.
  wxMenuItem* append_to(wxMenu& menu, const std::string& name) const;
  // The label a command's menu item shows now, with its shortcut after a tab.
  wxString menu_label(const Command& command) const;
  // Sets the labels of the items of commands with a current_label.
  void refresh_labels(wxMenuBar& bar) const;
  // The further shortcuts of all commands, for the frame's accelerator table.
  wxAcceleratorTable more_accelerators() const;

  // Routes menu (and accelerator) events and update-UI events of the
  // registered commands, including those added later, through target.
  void bind(wxEvtHandler& target) const;

  // The command whose shortcut (accelerator or more_accelerators) is this
  // key press, or nullptr. For controls that take every key press before the
  // menus see it (wxStyledTextCtrl treats Ctrl+<letter> as its own).
  const Command* find_shortcut(const wxKeyEvent& key) const;
  // Runs it if enabled; true when the key is a command's shortcut.
  bool run_shortcut(const wxKeyEvent& key) const;

 private:
  const Command& get(const std::string& name) const;
  std::vector<std::unique_ptr<Command>> commands_;  // in registration order
  std::map<int, const Command*> by_id_;
  struct Shortcut {
    int flags;    // wxACCEL_*
    int key;      // key code as wxKeyEvent::GetKeyCode() gives it
    const Command* command;
  };
  std::vector<Shortcut> shortcuts_;
};

}  // namespace crux::gui
