#pragma once
#include <string_view>

namespace clausecheck::rules {

// Whether `word` (two or three Han characters in UTF-8) is a common word of
// Chinese, by jieba's dictionary. The repetition kind asks it whether a
// doubled character is where two words meet (代表团|团长) or a typo (统筹筹).
bool is_han_word(std::string_view word);

namespace lexicon_data {
// Sorted runs of fixed-width records, generated at build time (cmake/han_lexicon.py).
extern const std::string_view words2;
extern const std::string_view words3;
}  // namespace lexicon_data

}  // namespace clausecheck::rules
