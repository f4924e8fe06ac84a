#include "app/gui/dialog_reporter.h"

#include <wx/app.h>
#include <wx/msgdlg.h>

namespace crux::gui {

void DialogReporter::error(const std::string& headline, const std::string& message, ErrorCategory category) {
  wxString text = wxString::FromUTF8(message);
  if (category == ErrorCategory::Internal)
    text += "\n\nThis is a bug in Crux. Please report it with the steps that led here.";
  wxMessageDialog dialog(wxTheApp ? wxTheApp->GetTopWindow() : nullptr, wxString::FromUTF8(headline), "Crux",
                         wxOK | wxICON_ERROR);
  dialog.SetExtendedMessage(text);
  dialog.ShowModal();
}

void DialogReporter::warn(const std::string& message) {
  wxMessageDialog dialog(wxTheApp ? wxTheApp->GetTopWindow() : nullptr, wxString::FromUTF8(message), "Crux",
                         wxOK | wxICON_WARNING);
  dialog.ShowModal();
}

bool DialogReporter::progress(const std::string&, double, double) { return true; }

}  // namespace crux::gui
