#pragma once
// The one error type of Crux. Every module throws crux::Error (or a subclass)
// with a category; the CLI maps categories to exit codes, the GUI to dialogs.
// Messages name the file and the problem in words a historian understands.
#include <stdexcept>
#include <string>

namespace crux {

enum class ErrorCategory {
  BadInput,     // the user's data is wrong: invalid file, not found, invalid project (exit 1)
  Usage,        // the command line is wrong (exit 2)
  Environment,  // I/O failed, disk full, permission, project busy (exit 2)
  Internal,     // a bug in Crux (exit 3)
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCategory category, std::string message, std::string file = {});
  ErrorCategory category() const noexcept { return category_; }
  // The file the problem is about, if any; already part of what().
  const std::string& file() const noexcept { return file_; }
  // The message without the file prefix.
  const std::string& problem() const noexcept { return problem_; }

 private:
  ErrorCategory category_;
  std::string file_;
  std::string problem_;
};

// Convenience constructors so call sites read as what went wrong.
Error bad_input(const std::string& file, const std::string& problem);
Error environment_error(const std::string& file, const std::string& problem);
Error usage_error(const std::string& problem);
Error internal_error(const std::string& problem);

// Exit codes of the conventions (0 ok, 1 bad input, 2 usage/I/O/busy, 3 bug).
int exit_code_for(ErrorCategory category) noexcept;

}  // namespace crux
