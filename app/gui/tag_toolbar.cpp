#include "app/gui/tag_toolbar.h"

#include <wx/choice.h>
#include <wx/dcmemory.h>
#include <wx/stattext.h>

#include "app/gui/claim_text.h"

namespace crux::gui {
namespace {

constexpr int kSwatch = 14;

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

// A square of the category's colour with a darker edge.
wxBitmap swatch(const std::string& colour) {
  wxColour c(u8(colour));
  if (!c.IsOk()) c = *wxLIGHT_GREY;
  wxBitmap bitmap(kSwatch, kSwatch, 24);
  wxMemoryDC dc(bitmap);
  dc.SetBackground(wxBrush(wxColour(0xf2, 0xf3, 0xf5)));
  dc.Clear();
  dc.SetPen(wxPen(c.ChangeLightness(65)));
  dc.SetBrush(wxBrush(c));
  dc.DrawRoundedRectangle(1, 1, kSwatch - 2, kSwatch - 2, 3);
  dc.SelectObject(wxNullBitmap);
  return bitmap;
}

}  // namespace

TagToolbar::TagToolbar(wxWindow* parent, LayerHandler on_layer)
    : wxToolBar(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT | wxTB_HORZ_LAYOUT | wxTB_NODIVIDER),
      on_layer_(std::move(on_layer)) {
  SetToolBitmapSize(wxSize(kSwatch, kSwatch));
  AddControl(new wxStaticText(this, wxID_ANY, "Tag into "));
  layers_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxSize(200, -1));
  layers_->SetToolTip("The layer new claims go to");
  AddControl(layers_);
  AddSeparator();
  AddControl(new wxStaticText(this, wxID_ANY, " Tag as "));
  layers_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) { on_layer_(layer_at(e.GetSelection())); });
  Realize();
}

std::string TagToolbar::layer_at(int index) const {
  return index >= 0 && static_cast<size_t>(index) < layer_ids_.size() ? layer_ids_[static_cast<size_t>(index)] : "";
}

void TagToolbar::show_layers(const ProjectModel* model, const std::string& active, const std::string& new_layer_name) {
  std::vector<std::string> ids;
  wxArrayString labels;
  bool any_writable = false;
  if (model) {
    for (const std::string& id : model->layer_ids()) {
      const LayerInfo& info = model->layer(id)->info;
      any_writable = any_writable || !info.read_only;
      wxString label = u8(info.name.empty() ? id : info.name);
      if (info.read_only) label += " (read-only)";
      labels.push_back(label);
      ids.push_back(id);
    }
    if (active.empty() || !any_writable) {
      labels.push_back(u8("New layer “" + new_layer_name + "”"));
      ids.push_back("");
    }
  }
  // Refilling a GTK combo box is slow and closes it: only when it changed.
  if (ids != layer_ids_ || labels != layers_->GetStrings()) {
    layers_->Set(labels);
    layer_ids_ = std::move(ids);
  }
  int selection = wxNOT_FOUND;
  for (size_t i = 0; i < layer_ids_.size(); ++i)
    if (layer_ids_[i] == active) selection = static_cast<int>(i);
  if (layers_->GetSelection() != selection) layers_->SetSelection(selection);
  layers_->Enable(model != nullptr);
}

void TagToolbar::show_categories(std::shared_ptr<const Taxonomy> taxonomy, const TagCommandId& id_of) {
  if (taxonomy == taxonomy_) return;
  taxonomy_ = std::move(taxonomy);
  for (int id : tag_tools_) DeleteTool(id);
  tag_tools_.clear();
  if (taxonomy_) {
    for (const Category& c : taxonomy_->categories) {
      int id = id_of(c);
      wxString label = u8(c.label.empty() ? c.id : c.label);
      wxString help = "Tag the selected text as " + label;
      if (!c.key.empty()) {
        label += "  " + u8(c.key);
        help += " (key " + u8(c.key) + ")";
      }
      if (!c.description.empty()) help += ": " + u8(c.description);
      AddTool(id, label, swatch(type_colour(*taxonomy_, c.id)), help);
      tag_tools_.push_back(id);
    }
  }
  Realize();
}

}  // namespace crux::gui
