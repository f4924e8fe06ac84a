#pragma once
// How the workbench tells the user about problems: the core's UI-services
// facade (warnings, progress) plus errors. The app installs one reporter at
// start-up: DialogReporter (message boxes) when a person is at the screen,
// StreamReporter (stderr and an exit code) for --exit-after-load; tests
// install one that records. Frames and panels only ever talk to a Reporter,
// never to wxMessageBox directly, so every path can run unattended.
#include <string>

#include "tei/base/error.h"
#include "tei/base/ui_services.h"

namespace crux::gui {

class Reporter : public UiServices {
 public:
  // An error the user must see. headline says what could not be done
  // ("Cannot open the project"); message names the file and the problem.
  virtual void error(const std::string& headline, const std::string& message, ErrorCategory category) = 0;

  // Reports a crux::Error under a headline.
  void error(const std::string& headline, const Error& e) { error(headline, e.what(), e.category()); }
};

}  // namespace crux::gui
