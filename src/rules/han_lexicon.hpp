#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace clausecheck::rules {

// Whether `word` (two or three Han characters in UTF-8) is a common word of
// Chinese, by jieba's dictionary. The repetition kind asks it whether a
// doubled character is where two words meet (代表团|团长) or a typo (统筹筹).
bool is_han_word(std::string_view word);

namespace lexicon_data {
// Open-addressing hash tables of the words' code points packed into one
// integer (0: an empty slot), generated at build time (cmake/han_lexicon.py).
inline constexpr int slot_bits = 18;
extern const std::uint32_t words2[std::size_t{1} << slot_bits];
extern const std::uint64_t words3[std::size_t{1} << slot_bits];
}  // namespace lexicon_data

}  // namespace clausecheck::rules
