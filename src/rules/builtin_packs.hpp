#pragma once
#include <array>
#include <string_view>
#include <utility>

// The built-in packs of rules/, embedded by clausecheck_embed (rules/CMakeLists.txt).
namespace clausecheck::rules::builtin {
extern const std::array<std::pair<std::string_view, std::string_view>, 4> files;
}  // namespace clausecheck::rules::builtin
