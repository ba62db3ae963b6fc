#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::rules {

// The candidate closest to `name` by edit distance (code points), if it is
// close enough to be a plausible misspelling; "" otherwise. For "did you mean".
std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" in the run's language (Msg::did_you_mean), or "".
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace clausecheck::rules
