#pragma once
// The packs a `rules` or `explain` command means: the built-in ones of `check`
// and `diff`, or those named.
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace clausecheck::cli {

// specs: pack files, directories or built-in pack names; none: every built-in pack.
std::vector<rules::Pack> packs_for(const std::vector<std::string>& specs);

// The built-in packs' names (validity … changes).
std::vector<std::string> builtin_pack_names();

}  // namespace clausecheck::cli
