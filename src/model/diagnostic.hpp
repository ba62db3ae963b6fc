#pragma once
#include <string>

#include "span.hpp"

namespace clausecheck {

// Something the parser noticed but could not turn into the model: a date that
// does not exist (2023年13月), a clause number out of place. `parse --strict`
// reports these as warnings with their location.
struct Diagnostic {
  Span span;
  std::string message;
  std::string code;  // what kind of problem, for rules of kind `diagnostic`: "invalid-date"
};

}  // namespace clausecheck
