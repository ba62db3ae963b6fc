#include "model/input_error.hpp"

#include "text/escape_visible.hpp"

namespace clausecheck {

InputError::InputError(Full, std::string file, const std::string& full)
    : std::runtime_error(full), file_(std::move(file)) {}

// The file name in the message as reports show it (text/escape_visible.hpp):
// a name holding ESC or a line break must not act on the terminal or, in CI,
// start a line GitHub reads as a workflow command. file() keeps the real name.
InputError::InputError(const std::string& file, const std::string& message)
    : InputError(Full{}, file, text::visible(file) + ": " + message) {}

InputError::InputError(const std::string& file, Location where, const std::string& message)
    : InputError(Full{}, file,
                 text::visible(file) + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + ": " +
                     message) {}

InputError InputError::at_offset(const std::string& file, std::size_t offset, const std::string& message) {
  return InputError(Full{}, file, text::visible(file) + ": byte " + std::to_string(offset) + ": " + message);
}

}  // namespace clausecheck
