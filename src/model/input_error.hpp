#pragma once
#include <stdexcept>
#include <string>

#include "clausecheck/export.hpp"
#include "span.hpp"

namespace clausecheck {

// An error the user can cause and fix: a missing file, bad encoding, bad YAML,
// a bad option. The CLI prints what() ("file:line:column: message") and exits 2.
class CLAUSECHECK_API InputError : public std::runtime_error {
 public:
  InputError(const std::string& file, const std::string& message);
  InputError(const std::string& file, Location where, const std::string& message);
  // For bytes that hold no lines (bad UTF-16): their offset in the file.
  static InputError at_offset(const std::string& file, std::size_t offset, const std::string& message);

  const std::string& file() const { return file_; }

 private:
  struct Full {};
  InputError(Full, std::string file, const std::string& full);
  std::string file_;
};

}  // namespace clausecheck
