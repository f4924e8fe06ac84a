#include "app/gui/main_frame.h"

#include <filesystem>

#include <wx/aboutdlg.h>
#include <wx/aui/dockart.h>
#include <wx/config.h>
#include <wx/dirdlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>

#include "app/gui/claim_highlighter.h"
#include "app/gui/claim_text.h"
#include "app/gui/edit_commands.h"
#include "app/gui/font_setup.h"
#include "app/gui/layer_list.h"
#include "app/gui/project_pane.h"
#include "app/gui/reporter.h"
#include "app/gui/source_tabs.h"
#include "app/gui/source_view.h"
#include "app/gui/tag_toolbar.h"
#include "app/gui/tagging_controller.h"
#include "app/gui/window_layout.h"
#include "crux/version.h"
#include "tei/base/error.h"
#include "tei/base/identity.h"

namespace crux::gui {
namespace {

constexpr const char* kAppTitle = "Crux Workbench";
constexpr const char* kRecentPath = "/RecentProjects";
constexpr int kNoticeMs = 8000;

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

std::string absolute_dir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(dir, ec);
  if (ec) return dir;
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

wxString plural(size_t n, const char* one, const char* many) {
  return wxString::Format("%zu %s", n, n == 1 ? one : many);
}

// GTK redraws the status bar on every call: skip unchanged fields.
void set_status(wxFrame& frame, const wxString& text, int field) {
  if (frame.GetStatusBar()->GetStatusText(field) != text) frame.SetStatusText(text, field);
}

MainFrame::SaveChoice ask_to_save(wxWindow* parent, const wxString& title) {
  wxMessageDialog dialog(parent, L"Save the changes to “" + title + L"” before closing it?", kAppTitle,
                         wxYES_NO | wxCANCEL | wxICON_QUESTION);
  dialog.SetExtendedMessage("Changes you do not save are lost.");
  dialog.SetYesNoCancelLabels("&Save", "&Discard", "&Cancel");
  switch (dialog.ShowModal()) {
    case wxID_YES: return MainFrame::SaveChoice::Save;
    case wxID_NO: return MainFrame::SaveChoice::Discard;
    default: return MainFrame::SaveChoice::Cancel;
  }
}

}  // namespace

MainFrame::MainFrame(Reporter& reporter)
    : wxFrame(nullptr, wxID_ANY, kAppTitle), reporter_(reporter), recent_(9, wxID_FILE1) {
  turn_off_ligatures();  // before any source text is laid out
  tagging_ = std::make_unique<TaggingController>(*this);
  edit_commands_ = std::make_unique<EditCommands>(*this, commands_, *tagging_);
  aui_.SetManagedWindow(this);
  project_pane_ = new ProjectPane(this, [this](const std::string& id, bool pin) { open_source(id, pin); });
  tabs_ = new SourceTabs(this);
  tabs_->set_on_new_view([this](SourceView& view) { tagging_->attach(view); });
  // The pane has a header of its own; View > Project Pane shows and hides it.
  aui_.AddPane(project_pane_, wxAuiPaneInfo()
                                  .Name("project")
                                  .Caption("Project")
                                  .CaptionVisible(false)
                                  .Left()
                                  .Layer(1)
                                  .BestSize(340, -1)
                                  .MinSize(200, -1)
                                  .PaneBorder(false));
  aui_.AddPane(tabs_, wxAuiPaneInfo().Name("sources").CenterPane().PaneBorder(false));
  wxAuiDockArt* art = aui_.GetArtProvider();
  art->SetMetric(wxAUI_DOCKART_SASH_SIZE, 5);
  art->SetColour(wxAUI_DOCKART_SASH_COLOUR, wxColour(0xe3, 0xe5, 0xe8));

  toolbar_ = new TagToolbar(this, [this](const std::string& id) { set_active_layer(id); });
  SetToolBar(toolbar_);
  CreateStatusBar(kFieldCount);
  const int widths[kFieldCount] = {-3, -3, -6, -3};
  GetStatusBar()->SetStatusWidths(kFieldCount, widths);

  register_commands();
  build_menus();
  commands_.bind(*this);
  SetAcceleratorTable(commands_.more_accelerators());
  wire_events();
  restore_window_layout(*this, aui_, *wxConfigBase::Get());
  drop_project();
}

MainFrame::~MainFrame() {
  // The views call into tagging_ and the model: they go while both exist
  // (child windows would otherwise outlive the members).
  tabs_->close_all();
  aui_.UnInit();
}

void MainFrame::wire_events() {
  Bind(wxEVT_MENU, [this](wxCommandEvent& e) { open_recent(static_cast<size_t>(e.GetId() - wxID_FILE1)); },
       wxID_FILE1, wxID_FILE9);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
  tabs_->Bind(wxEVT_AUINOTEBOOK_PAGE_CHANGED, [this](wxAuiNotebookEvent& e) {
    if (SourceView* v = tabs_->current()) project_pane_->follow(v->source_id());
    update_status();
    e.Skip();
  });
  tabs_->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSED, [this](wxAuiNotebookEvent& e) {
    update_status();
    e.Skip();
  });
  Bind(wxEVT_STC_UPDATEUI, [this](wxStyledTextEvent& e) {
    update_caret_status();
    e.Skip();
  });
  LayerList& layers = project_pane_->layers();
  layers.Bind(wxEVT_LISTBOX, [this, &layers](wxCommandEvent& e) { set_active_layer(layers.id_at(e.GetInt())); });
  layers.Bind(wxEVT_CHECKLISTBOX, [this, &layers](wxCommandEvent& e) {
    const Layer* layer = model() ? model()->layer(layers.id_at(e.GetInt())) : nullptr;
    if (!layer) return;
    LayerInfo info = layer->info;
    info.visible = !info.visible;
    Operation op = op::edit_layer(info);
    op.name = info.visible ? "Show layer" : "Hide layer";
    tagging_->commit(std::move(op), info.visible ? "Cannot show the layer" : "Cannot hide the layer");
  });
  notice_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { update_status(); });
}

void MainFrame::register_commands() {
  commands_.add({.name = "project/open",
                 .label = L"&Open Project…",
                 .accelerator = "Ctrl+O",
                 .help = "Open a Crux project folder",
                 .id = wxID_OPEN,
                 .run = [this] { choose_project(); }});
  commands_.add({.name = "project/close",
                 .label = "&Close Project",
                 .accelerator = "Ctrl+Shift+W",
                 .help = "Close the open project",
                 .id = wxID_CLOSE,
                 .run = [this] { close_project(); },
                 .enabled = [this] { return session_.has_value(); }});
  commands_.add({.name = "app/quit",
                 .label = "&Quit",
                 .accelerator = "Ctrl+Q",
                 .help = "Quit Crux",
                 .id = wxID_EXIT,
                 .run = [this] { Close(); }});
  commands_.add({.name = "source/close-tab",
                 .label = "Close &Tab",
                 .accelerator = "Ctrl+W",
                 .help = "Close the source shown",
                 .run =
                     [this] {
                       tabs_->close(tabs_->current());
                       update_status();
                     },
                 .enabled = [this] { return tabs_->current() != nullptr; }});
  commands_.add({.name = "view/project-pane",
                 .label = "&Project Pane",
                 .help = "Show or hide the project pane",
                 .run =
                     [this] {
                       wxAuiPaneInfo& pane = aui_.GetPane(project_pane_);
                       pane.Show(!pane.IsShown());
                       aui_.Update();
                     },
                 .checked = [this] { return aui_.GetPane(project_pane_).IsShown(); }});
  commands_.add({.name = "help/about",
                 .label = "&About Crux",
                 .help = "Version and purpose of Crux",
                 .id = wxID_ABOUT,
                 .run = [this] { show_about(); }});
  edit_commands_->register_commands();
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  commands_.append_to(*file, "project/open");
  auto* recent_menu = new wxMenu;
  file->AppendSubMenu(recent_menu, "Open &Recent");
  commands_.append_to(*file, "project/save");
  file->AppendSeparator();
  commands_.append_to(*file, "source/close-tab");
  commands_.append_to(*file, "project/close");
  file->AppendSeparator();
  commands_.append_to(*file, "app/quit");
  auto* view = new wxMenu;
  commands_.append_to(*view, "view/project-pane");
  auto* help = new wxMenu;
  commands_.append_to(*help, "help/about");

  auto* bar = new wxMenuBar;
  bar->Append(file, "&File");
  bar->Append(edit_commands_->make_edit_menu(), "&Edit");
  bar->Append(edit_commands_->make_claim_menu(), "&Claim");
  bar->Append(view, "&View");
  bar->Append(help, "&Help");
  SetMenuBar(bar);

  wxConfigBase* config = wxConfigBase::Get();
  config->SetPath(kRecentPath);
  recent_.Load(*config);
  config->SetPath("/");
  recent_.UseMenu(recent_menu);
  recent_.AddFilesToMenu(recent_menu);
}

bool MainFrame::open_project(const std::string& dir) {
  if (!settle_unsaved_changes()) return false;
  std::optional<ProjectSession> opened;
  try {
    wxBusyCursor busy;
    opened.emplace(ProjectSession::open(dir));
  } catch (const Error& e) {
    reporter_.error("Cannot open the project", e);
    return false;
  }
  drop_project();
  session_ = std::move(opened);
  model()->add_observer([this](const std::string& what) { on_model_changed(what); });
  active_layer_ = default_layer();
  project_pane_->show_project(*session_);
  on_model_changed("");

  recent_.AddFileToHistory(u8(absolute_dir(dir)));
  save_recent();

  if (auto damaged = session_->damaged(); !damaged.empty()) {
    std::string message;
    for (const SourceEntry* s : damaged) message += (message.empty() ? "" : "\n\n") + s->problem;
    reporter_.error(damaged.size() == 1 ? "One source of the project cannot be read"
                                        : std::to_string(damaged.size()) + " sources of the project cannot be read",
                    message, ErrorCategory::BadInput);
  }
  // Something to read straight away: the first source that can be read.
  for (const SourceEntry& s : session_->sources()) {
    if (s.readable()) {
      open_source(s.id, false);
      break;
    }
  }
  return true;
}

bool MainFrame::close_project() {
  if (!settle_unsaved_changes()) return false;
  drop_project();
  return true;
}

void MainFrame::drop_project() {
  tabs_->close_all();
  project_pane_->clear();
  session_.reset();
  active_layer_.clear();
  selected_claim_.clear();
  toolbar_->show_layers(nullptr, "", "");
  toolbar_->show_categories(nullptr, {});
  edit_commands_->show_categories(nullptr);
  update_title();
  update_status();
  commands_.refresh_labels(*GetMenuBar());
}

bool MainFrame::settle_unsaved_changes() {
  if (!model() || !model()->dirty()) return true;
  wxString title = u8(session_->title());
  switch (save_prompt_ ? save_prompt_(title) : ask_to_save(this, title)) {
    case SaveChoice::Save: return save_project();
    case SaveChoice::Discard: return true;
    case SaveChoice::Cancel: return false;
  }
  return false;
}

bool MainFrame::save_project() {
  if (!model()) return false;
  try {
    wxBusyCursor busy;
    model()->save();
  } catch (const Error& e) {
    reporter_.error("Cannot save the project", e);
    return false;
  }
  update_title();
  notice("Saved");
  return true;
}

SourceView* MainFrame::open_source(const std::string& id, bool pin) {
  if (!session_) return nullptr;
  if (tabs_->activate(id, pin)) return tabs_->current();
  const SourceEntry* entry = session_->find(id);
  if (!entry) return nullptr;
  SourceView* view = nullptr;
  try {
    wxBusyCursor busy;
    view = tabs_->show(session_->load(id), pin);
  } catch (const Error& e) {
    reporter_.error("Cannot show the source “" + entry->display_title() + "”", e);
    return nullptr;
  }
  refresh_view(*view);
  project_pane_->follow(id);
  update_status();
  return view;
}

void MainFrame::on_model_changed(const std::string& what) {
  if (!session_) return;
  ProjectModel& m = *model();
  if (!selected_claim_.empty() && !m.state().find_claim(selected_claim_)) selected_claim_.clear();
  if (!m.layer(active_layer_)) active_layer_ = default_layer();
  for (size_t i = 0; i < tabs_->GetPageCount(); ++i)
    if (SourceView* view = tabs_->view_at(i)) refresh_view(*view);
  refresh_layers();
  edit_commands_->show_categories(m.state().claim_types);
  toolbar_->show_categories(m.state().claim_types,
                            [this](const Category& c) { return edit_commands_->tag_command_id(c.id); });
  commands_.refresh_labels(*GetMenuBar());
  update_title();
  if (what.starts_with("Undo ") || what.starts_with("Redo ")) notice(u8(what));
  update_status();
}

void MainFrame::refresh_view(SourceView& view) {
  if (!model()) return;
  view.highlighter().set_claims(ClaimIndex::build(model()->state(), view.source_id()));
  view.highlighter().set_selected(selected_claim_);
}

void MainFrame::refresh_layers() {
  if (!model()) return;
  project_pane_->show_layers(*model(), active_layer_);
  toolbar_->show_layers(model(), active_layer_, acting_user());
}

std::string MainFrame::default_layer() const {
  if (model())
    for (const std::string& id : model()->layer_ids())
      if (!model()->layer(id)->info.read_only) return id;
  return "";
}

void MainFrame::set_active_layer(const std::string& id) {
  active_layer_ = id;
  refresh_layers();
}

void MainFrame::select_claim(const std::string& id) {
  selected_claim_ = id;
  for (size_t i = 0; i < tabs_->GetPageCount(); ++i)
    if (SourceView* view = tabs_->view_at(i)) view->highlighter().set_selected(id);
  update_claim_status();
}

void MainFrame::notice(const wxString& text) {
  last_notice_ = text;
  set_status(*this, text, kProjectField);
  notice_timer_.StartOnce(kNoticeMs);
}

void MainFrame::choose_project() {
  // Start beside the last project, where its siblings probably are.
  wxString start = recent_.GetCount() > 0 ? wxFileName::DirName(recent_.GetHistoryFile(0)).GetPath() : wxString();
  if (!start.empty()) start = wxFileName(start).GetPath();
  wxDirDialog dialog(this, "Open a Crux project folder", start, wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) open_project(dialog.GetPath().utf8_string());
}

void MainFrame::open_recent(size_t index) {
  if (index >= recent_.GetCount()) return;
  wxString dir = recent_.GetHistoryFile(index);
  // A project that moved or was deleted leaves the list once reported.
  if (!open_project(dir.utf8_string()) && !wxFileName::FileExists(dir + "/crux-project.xml")) {
    recent_.RemoveFileFromHistory(index);
    save_recent();
  }
}

void MainFrame::save_recent() {
  // Saved at once, so a crash later does not lose the list.
  wxConfigBase* config = wxConfigBase::Get();
  config->SetPath(kRecentPath);
  recent_.Save(*config);
  config->SetPath("/");
  config->Flush();
}

void MainFrame::show_about() {
  wxAboutDialogInfo info;
  info.SetName(kAppTitle);
  info.SetVersion(kVersion);
  info.SetDescription(
      "A workbench for source criticism: import sources as TEI, tag the claims they make, and link claims "
      "across sources.");
  wxAboutBox(info, this);
}

void MainFrame::update_title() {
  // "*" marks unsaved changes, as GNOME applications do.
  wxString title = session_ ? (model()->dirty() ? "*" : "") + u8(session_->title()) + L" — " + kAppTitle : wxString(kAppTitle);
  if (GetTitle() != title) SetTitle(title);
}

void MainFrame::update_status() {
  if (!notice_timer_.IsRunning()) set_status(*this, session_ ? u8(session_->title()) : "No project open", kProjectField);
  if (!session_) {
    set_status(*this, "", kCountsField);
    set_status(*this, "", kClaimField);
    set_status(*this, "", kSourceField);
    return;
  }
  size_t claims = 0;
  for (const std::string& id : model()->layer_ids()) claims += model()->layer(id)->claims.size();
  set_status(*this, plural(session_->sources().size(), "source", "sources") + L" · " +
                    plural(model()->layer_ids().size(), "layer", "layers") + L" · " +
                    plural(claims, "claim", "claims"),
                kCountsField);
  update_claim_status();
  update_caret_status();
}

void MainFrame::update_claim_status() {
  std::string layer;
  const Claim* c = model() && !selected_claim_.empty() ? model()->state().find_claim(selected_claim_, &layer) : nullptr;
  set_status(*this, c ? u8(claim_summary(*c, model()->claim_types()) + " · " + layer) : wxString(), kClaimField);
}

void MainFrame::update_caret_status() {
  SourceView* view = tabs_->current();
  if (!view) {
    set_status(*this, "", kSourceField);
    return;
  }
  set_status(*this, plural(view->characters(), "character", "characters") +
                    wxString::Format(L" · offset %zu", view->caret_offset()),
                kSourceField);
}

void MainFrame::on_close(wxCloseEvent& e) {
  if (e.CanVeto() && !settle_unsaved_changes()) {
    e.Veto();
    return;
  }
  save_window_layout(*this, aui_, *wxConfigBase::Get());
  e.Skip();
}

}  // namespace crux::gui
