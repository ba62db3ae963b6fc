#pragma once
#include <string_view>

#include "diff/change_set.hpp"

namespace clausecheck::diff {

// The character-level redline from old_text to new_text (UTF-8). Edits are
// cleaned up for reading: an equal run between two edits that is no longer
// than the edits on both sides is folded into them, and an edit inside a
// Latin word or a number grows to the whole word (40万元 → 50万元 reads as
// 40 → 50, not 4 → 5). Each change is one deletion followed by one insertion.
Redline make_redline(std::string_view old_text, std::string_view new_text);

}  // namespace clausecheck::diff
