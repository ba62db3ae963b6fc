#pragma once
#include <string>

#include "span.hpp"

namespace clausecheck {

// Where a place is on the printed page, as every text output writes it after
// `file:line:column` (which stays the decoded text's, for editors and the
// tools that parse that shape): " (page 3, line 12)"; empty for an input
// without pages, so a text input's output keeps its shape.
std::string page_suffix(const Location& at);

}  // namespace clausecheck
