#include "model/input_error.hpp"

namespace clausecheck {

InputError::InputError(Full, std::string file, std::string full) : std::runtime_error(std::move(full)), file_(std::move(file)) {}

InputError::InputError(const std::string& file, const std::string& message) : InputError(Full{}, file, file + ": " + message) {}

InputError::InputError(const std::string& file, Location where, const std::string& message)
    : InputError(Full{}, file, file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + ": " + message) {}

InputError InputError::at_offset(const std::string& file, std::size_t offset, const std::string& message) {
  return InputError(Full{}, file, file + ": byte " + std::to_string(offset) + ": " + message);
}

}  // namespace clausecheck
