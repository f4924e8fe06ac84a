#include "app/gui/project_pane.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/layer_list.h"
#include "app/gui/source_list.h"
#include "tei/import/tei_writer.h"

namespace crux::gui {
namespace {

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

SourceList::Row row_of(const SourceEntry& s) {
  SourceList::Row row;
  row.id = s.id;
  row.title = u8(s.display_title());
  if (!s.readable()) {
    row.damaged = true;
    row.details = "cannot be read";
    row.tooltip = u8(s.problem);
    return row;
  }
  // "Vietnamese · non-Soviet, critical of Stalin"
  row.details = s.meta.lang.empty() ? wxString("language unknown") : u8(language_name(s.meta.lang));
  if (!s.meta.perspective.empty()) row.details += L" · " + u8(s.meta.perspective);

  row.tooltip = row.title;
  auto line = [&row](const char* name, const std::string& value) {
    if (!value.empty()) row.tooltip += wxString("\n") + name + ": " + u8(value);
  };
  line("Author", s.meta.author);
  line("Date", s.meta.date);
  line("Language", s.meta.lang.empty() ? "" : language_name(s.meta.lang) + " (" + s.meta.lang + ")");
  line("Type", s.meta.type);
  line("Perspective", s.meta.perspective);
  line("Distance", s.meta.distance);
  line("Length", std::to_string(s.characters) + " characters");
  line("Id", s.id);
  return row;
}

}  // namespace

ProjectPane::ProjectPane(wxWindow* parent, OpenHandler on_open) : wxPanel(parent), on_open_(std::move(on_open)) {
  SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOX));
  title_ = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  title_->SetFont(GetFont().Larger().Bold());
  summary_ = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  summary_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  list_ = new SourceList(this);
  // Runs the frame's "project/open" command, as File > Open Project… does.
  open_button_ = new wxButton(this, wxID_ANY, L"Open Project…");
  open_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    wxCommandEvent open(wxEVT_MENU, wxID_OPEN);
    wxPostEvent(wxGetTopLevelParent(this), open);
  });

  layers_title_ = new wxStaticText(this, wxID_ANY, "LAYERS");
  layers_title_->SetFont(GetFont().Smaller().Bold());
  layers_title_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  layers_title_->SetToolTip("Tick a layer to show its claims; select one to tag into it");
  layers_ = new LayerList(this);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(title_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
  sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  sizer->Add(open_button_, 0, wxLEFT | wxBOTTOM, 12);
  sizer->Add(list_, 3, wxEXPAND);
  sizer->Add(layers_title_, 0, wxLEFT | wxRIGHT | wxTOP | wxBOTTOM, 12);
  sizer->Add(layers_, 1, wxEXPAND);
  SetSizer(sizer);

  clear();
  list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) {
    std::string id = list_->id_at(e.GetInt());
    if (!id.empty()) on_open_(id, false);
  });
  list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& e) {
    std::string id = list_->id_at(e.GetInt());
    if (!id.empty()) on_open_(id, true);
  });
}

void ProjectPane::show_project(const ProjectSession& session) {
  std::vector<SourceList::Row> rows;
  for (const SourceEntry& s : session.sources()) rows.push_back(row_of(s));
  size_t n = rows.size();
  list_->set_rows(std::move(rows));
  title_->SetLabelText(u8(session.title()));
  title_->SetToolTip(u8(session.project().manifest().description));
  summary_->SetLabelText(n == 0 ? wxString("No sources yet") : wxString::Format("%zu %s", n, n == 1 ? "source" : "sources"));
  open_button_->Hide();
  Layout();
}

void ProjectPane::show_layers(const ProjectModel& model, const std::string& active) {
  std::vector<LayerList::Row> rows;
  for (const std::string& id : model.layer_ids()) {
    const LayerInfo& info = model.layer(id)->info;
    LayerList::Row row;
    row.id = id;
    row.name = u8(info.name.empty() ? id : info.name);
    row.owner = u8(info.owner);
    row.colour = wxColour(u8(info.colour));
    if (!row.colour.IsOk()) row.colour = *wxLIGHT_GREY;
    row.claims = model.layer(id)->claims.size();
    row.visible = info.visible;
    row.read_only = info.read_only;
    rows.push_back(std::move(row));
  }
  bool relayout = !layers_title_->IsShown() || rows.size() != layers_->rows().size();
  layers_title_->Show(true);
  layers_->set_rows(std::move(rows));
  layers_->follow(active);
  if (relayout) Layout();  // Costly in GTK; the rows only change their text.
}

void ProjectPane::clear() {
  layers_->set_rows({});
  layers_title_->Show(false);
  list_->set_rows({});
  title_->SetLabelText("");
  title_->UnsetToolTip();
  summary_->SetLabelText("No project open");
  open_button_->Show();
  Layout();
}

void ProjectPane::send(const std::string& id, wxEventType type) {
  // The event the list sends when the user clicks, so the same code runs.
  int row = list_->index_of(id);
  list_->SetSelection(row);
  wxCommandEvent event(type, list_->GetId());
  event.SetEventObject(list_);
  event.SetInt(row);
  list_->ProcessWindowEvent(event);
}

bool ProjectPane::select_source(const std::string& id) {
  if (list_->index_of(id) == wxNOT_FOUND) return false;
  send(id, wxEVT_LISTBOX);
  return true;
}

bool ProjectPane::activate_source(const std::string& id) {
  if (list_->index_of(id) == wxNOT_FOUND) return false;
  send(id, wxEVT_LISTBOX_DCLICK);
  return true;
}

void ProjectPane::follow(const std::string& id) {
  int row = list_->index_of(id);
  if (row == wxNOT_FOUND || list_->GetSelection() == row) return;
  list_->SetSelection(row);  // Sends no event.
}

std::string ProjectPane::selected_source() const { return list_->id_at(list_->GetSelection()); }

wxString ProjectPane::title() const { return title_->GetLabel(); }

wxString ProjectPane::label_of(const std::string& id) const {
  int row = list_->index_of(id);
  if (row == wxNOT_FOUND) return {};
  const SourceList::Row& r = list_->rows()[static_cast<size_t>(row)];
  return r.title + "\n" + r.details;
}

}  // namespace crux::gui
