#include "app/gui/tagging_controller.h"

#include <cctype>

#include <wx/menu.h>
#include <wx/weakref.h>

#include "app/gui/claim_highlighter.h"
#include "app/gui/main_frame.h"
#include "app/gui/reporter.h"
#include "app/gui/source_tabs.h"
#include "app/gui/source_view.h"
#include "tei/annotation/anchoring.h"
#include "tei/base/clock.h"
#include "tei/base/error.h"
#include "tei/base/identity.h"
#include "tei/base/slug.h"

namespace crux::gui {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// The view's selection without white space at its edges (a drag often takes
// the space after a word, or the line break after a paragraph).
std::pair<size_t, size_t> trimmed_selection(const SourceView& view) {
  auto [from, to] = view.selection();
  const TextPositions& p = view.positions();
  while (from < to && is_blank(p.text()[p.byte_of(from)])) ++from;
  while (to > from && is_blank(p.text()[p.byte_of(to - 1)])) --to;
  return {from, to};
}

std::string now() { return iso_timestamp(now_epoch_seconds()); }

// One undo step that creates the user's layer and puts the first claim in it.
Operation in_new_layer(const LayerInfo& layer, Operation add) {
  Operation make = op::new_layer(layer);
  return {add.name, [make, add](ModelState& s) {
            make.apply(s);
            add.apply(s);
          }};
}

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

}  // namespace

void TaggingController::attach(SourceView& view) {
  wxStyledTextCtrl& text = view.text();
  text.Bind(wxEVT_KEY_DOWN, [this, &view](wxKeyEvent& e) { on_key(view, e); });
  text.Bind(wxEVT_LEFT_UP, [this, &view](wxMouseEvent& e) {
    e.Skip();  // Scintilla ends its click or drag first.
    wxPoint at = e.GetPosition();
    wxWeakRef<SourceView> alive(&view);
    view.CallAfter([this, alive, at] {
      if (!alive) return;
      wxStyledTextCtrl& t = alive->text();
      if (t.GetSelectionStart() != t.GetSelectionEnd()) return;  // a drag: text to tag, not a click
      int pos = t.CharPositionFromPointClose(at.x, at.y);
      if (pos < 0) frame_.select_claim("");
      else select_at(*alive, static_cast<size_t>(pos));
    });
  });
  text.Bind(wxEVT_CONTEXT_MENU, [this, &view](wxContextMenuEvent& e) {
    // A right-click on a claim (with no text selected) is about that claim.
    wxStyledTextCtrl& t = view.text();
    if (e.GetPosition() != wxDefaultPosition && t.GetSelectionEmpty()) {
      wxPoint at = t.ScreenToClient(e.GetPosition());
      int pos = t.CharPositionFromPointClose(at.x, at.y);
      if (pos >= 0 && !view.highlighter().claims().at(view.positions().code_point_of(static_cast<size_t>(pos))).empty())
        select_at(view, static_cast<size_t>(pos));
    }
    show_context_menu(view);
  });
  view.Bind(wxEVT_MENU, [&view](wxCommandEvent&) { view.text().Copy(); }, wxID_COPY);
}

const std::string& TaggingController::selected_id() const { return frame_.selected_claim(); }

std::string TaggingController::category_for_key(int key) const {
  ProjectModel* m = frame_.model();
  if (!m || key <= 0 || key > 127 || !std::isalnum(key)) return "";
  char wanted = static_cast<char>(std::toupper(key));
  for (const Category& c : m->claim_types().categories)
    if (c.key.size() == 1 && std::toupper(static_cast<unsigned char>(c.key[0])) == wanted) return c.id;
  return "";
}

void TaggingController::on_key(SourceView& view, wxKeyEvent& e) {
  int key = e.GetKeyCode();
  int mods = e.GetModifiers();
  // Scintilla takes every Ctrl+<letter> for itself, so the menus would never
  // see Ctrl+Z, Ctrl+S, Ctrl+E...: the commands' shortcuts are run here.
  if ((e.ControlDown() || e.AltDown()) && frame_.commands().run_shortcut(e)) return;
  if (!frame_.model() || (mods != wxMOD_NONE && mods != wxMOD_SHIFT)) {
    e.Skip();
    return;
  }
  if ((key == WXK_DELETE || key == WXK_NUMPAD_DELETE || key == WXK_BACK) && can_delete()) {
    delete_selected();
    return;
  }
  if (key == WXK_ESCAPE && !selected_id().empty()) {
    frame_.select_claim("");
    return;
  }
  std::string type = category_for_key(key);
  if (type.empty()) {
    e.Skip();
    return;
  }
  auto [from, to] = trimmed_selection(view);
  if (from >= to) {
    frame_.notice(wxString::Format(L"To tag a claim, select its text first, then press %c",
                                   static_cast<char>(std::toupper(key))));
    return;
  }
  tag(type);
}

bool TaggingController::can_tag() const {
  SourceView* view = frame_.source_tabs().current();
  return frame_.model() && view && !view->text().GetSelectionEmpty();
}

LayerInfo TaggingController::target_layer() const {
  ProjectModel& m = *frame_.model();
  if (const Layer* active = m.layer(frame_.active_layer())) return active->info;
  std::string user = acting_user();
  std::string base = slugify(user);
  if (!is_valid_id(base)) base = is_valid_id("layer-" + base) ? "layer-" + base : "my-layer";
  std::string id = base;
  for (int n = 2; m.layer(id); ++n) id = base + "-" + std::to_string(n);
  LayerInfo info;
  info.id = id;
  info.name = user;
  info.owner = user;
  return info;
}

bool TaggingController::commit(Operation op, const std::string& what) {
  try {
    frame_.model()->commit(std::move(op));
    return true;
  } catch (const Error& e) {
    // The user's input (a read-only layer, a selection outside any
    // paragraph) gets a notice; a failure of Crux itself gets a dialog.
    if (e.category() == ErrorCategory::BadInput || e.category() == ErrorCategory::Usage)
      frame_.notice(u8(what + ": " + e.what()));
    else
      frame_.reporter().error(what, e);
    return false;
  }
}

void TaggingController::tag(const std::string& type) {
  SourceView* view = frame_.source_tabs().current();
  ProjectModel* m = frame_.model();
  if (!view || !m) return;
  auto [from, to] = trimmed_selection(*view);
  if (from >= to) {
    frame_.notice("To tag a claim, select its text first");
    return;
  }
  LayerInfo layer = target_layer();
  Claim c;
  c.source = view->source_id();
  c.type = type;
  c.author = acting_user();
  c.created = c.modified = now();
  try {
    c.ranges = ranges_for(*m->source(c.source), from, to);
  } catch (const Error& e) {
    frame_.notice(u8("Cannot tag: " + std::string(e.what())));
    return;
  }
  c.id = m->new_claim_id(layer.id, c.source + "|" + std::to_string(from) + "|" + type);
  Operation add = op::add_claim(layer.id, c);
  if (!m->layer(layer.id)) add = in_new_layer(layer, std::move(add));
  if (!commit(std::move(add), "Cannot tag")) return;
  frame_.set_active_layer(layer.id);
  // The new claim shows as selected rather than under the text selection.
  view->text().SetEmptySelection(static_cast<int>(view->positions().byte_of(to)));
  frame_.select_claim(c.id);
}

bool TaggingController::can_change_extent() const {
  SourceView* view = frame_.source_tabs().current();
  ProjectModel* m = frame_.model();
  if (!m || !view || selected_id().empty() || view->text().GetSelectionEmpty()) return false;
  const Claim* c = m->state().find_claim(selected_id());
  return c && c->source == view->source_id();
}

void TaggingController::change_extent() {
  if (!can_change_extent()) {
    frame_.notice("To change a claim's extent, click the claim, select its new text in the same source, then press Ctrl+E");
    return;
  }
  SourceView& view = *frame_.source_tabs().current();
  ProjectModel& m = *frame_.model();
  auto [from, to] = trimmed_selection(view);
  Claim c = *m.state().find_claim(selected_id());
  try {
    c.ranges = ranges_for(*m.source(c.source), from, to);
  } catch (const Error& e) {
    frame_.notice(u8("Cannot change the claim's extent: " + std::string(e.what())));
    return;
  }
  c.modified = now();
  if (!commit(op::edit_claim(c), "Cannot change the claim's extent")) return;
  view.text().SetEmptySelection(static_cast<int>(view.positions().byte_of(to)));
  frame_.select_claim(c.id);
}

void TaggingController::delete_selected() {
  if (selected_id().empty() || !frame_.model()) return;
  if (commit(op::delete_claim(selected_id()), "Cannot delete the claim")) frame_.select_claim("");
}

void TaggingController::select_at(SourceView& view, size_t byte) {
  std::vector<const ClaimSpan*> spans = view.highlighter().claims().at(view.positions().code_point_of(byte));
  if (spans.empty()) {
    frame_.select_claim("");
    return;
  }
  // Clicking the selected claim again selects the one below it.
  size_t next = 0;
  for (size_t i = 0; i < spans.size(); ++i)
    if (spans[i]->claim->id == selected_id()) next = (i + 1) % spans.size();
  frame_.select_claim(spans[next]->claim->id);
}

void TaggingController::show_context_menu(SourceView& view) {
  const CommandRegistry& commands = frame_.commands();
  wxMenu menu;
  menu.Append(wxID_COPY, "&Copy")->Enable(!view.text().GetSelectionEmpty());
  menu.AppendSeparator();
  auto* tag_as = new wxMenu;
  if (ProjectModel* m = frame_.model())
    for (const Category& c : m->claim_types().categories)
      if (commands.find("claim/tag/" + c.id)) commands.append_to(*tag_as, "claim/tag/" + c.id);
  menu.AppendSubMenu(tag_as, "&Tag as");
  commands.append_to(menu, "claim/extent");
  commands.append_to(menu, "claim/delete");
  // Shown from the panel, not the text control: wxStyledTextCtrl takes every
  // menu event for its own popup, so ours would never reach the commands.
  view.PopupMenu(&menu);
}

}  // namespace crux::gui
