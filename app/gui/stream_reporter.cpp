#include "app/gui/stream_reporter.h"

#include <algorithm>
#include <ostream>

namespace crux::gui {

void StreamReporter::error(const std::string& headline, const std::string& message, ErrorCategory category) {
  out_ << "crux-workbench: " << headline << ": "
       << (category == ErrorCategory::Internal ? "internal error: " : "") << message << std::endl;
  exit_code_ = std::max(exit_code_, exit_code_for(category));
}

void StreamReporter::warn(const std::string& message) { out_ << "crux-workbench: warning: " << message << std::endl; }

bool StreamReporter::progress(const std::string&, double, double) { return true; }

}  // namespace crux::gui
