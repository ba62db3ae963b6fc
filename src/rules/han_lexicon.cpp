#include "rules/han_lexicon.hpp"

#include <cstddef>

namespace clausecheck::rules {

namespace {
// Bisection over records of `width` bytes, sorted bytewise.
bool contains(std::string_view records, std::string_view word) {
  const std::size_t width = word.size();
  std::size_t low = 0, high = records.size() / width;
  while (low < high) {
    const std::size_t mid = (low + high) / 2;
    const int order = records.substr(mid * width, width).compare(word);
    if (order == 0) return true;
    if (order < 0) low = mid + 1;
    else high = mid;
  }
  return false;
}
}  // namespace

bool is_han_word(std::string_view word) {
  if (word.size() == 6) return contains(lexicon_data::words2, word);
  if (word.size() == 9) return contains(lexicon_data::words3, word);
  return false;
}

}  // namespace clausecheck::rules
