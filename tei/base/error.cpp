#include "tei/base/error.h"

namespace crux {

static std::string compose(const std::string& file, const std::string& message) {
  return file.empty() ? message : file + ": " + message;
}

Error::Error(ErrorCategory category, std::string message, std::string file)
    : std::runtime_error(compose(file, message)),
      category_(category),
      file_(std::move(file)),
      problem_(std::move(message)) {}

Error bad_input(const std::string& file, const std::string& problem) {
  return Error(ErrorCategory::BadInput, problem, file);
}
Error environment_error(const std::string& file, const std::string& problem) {
  return Error(ErrorCategory::Environment, problem, file);
}
Error usage_error(const std::string& problem) { return Error(ErrorCategory::Usage, problem); }
Error internal_error(const std::string& problem) { return Error(ErrorCategory::Internal, problem); }

int exit_code_for(ErrorCategory category) noexcept {
  switch (category) {
    case ErrorCategory::BadInput: return 1;
    case ErrorCategory::Usage: return 2;
    case ErrorCategory::Environment: return 2;
    case ErrorCategory::Internal: return 3;
  }
  return 3;
}

}  // namespace crux
