#pragma once
// The UI-services facade (after Audacity's BasicUI): the core reports
// progress, warnings and asks for cancellation through this interface and
// knows nothing of how. The GUI implements it with dialogs and progress bars,
// the CLI with stderr; the default does nothing, so headless code and tests
// need no set-up.
#include <string>

namespace crux {

class UiServices {
 public:
  virtual ~UiServices() = default;
  // A warning the user should see (the CLI prints it on stderr).
  virtual void warn(const std::string& message);
  // Progress of a long task: done of total units (total 0 = unknown).
  // Returns false when the user asked to cancel.
  virtual bool progress(const std::string& task, double done, double total);
};

// The current services; never null. set_ui_services(nullptr) restores the default.
UiServices& ui();
void set_ui_services(UiServices* services);

}  // namespace crux
