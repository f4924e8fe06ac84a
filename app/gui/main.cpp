// crux-workbench: the wxWidgets desktop workbench. Everything but this file
// lives in the crux_gui library, so tests can build the real frame.
#include <wx/app.h>

#include "app/gui/workbench_app.h"

wxIMPLEMENT_APP_NO_MAIN(crux::gui::WorkbenchApp);

int main(int argc, char** argv) {
  // --help, --version and usage errors work without a display.
  if (int rc = 0; crux::gui::WorkbenchApp::handle_without_display(argc, argv, rc)) return rc;
  return wxEntry(argc, argv);
}
