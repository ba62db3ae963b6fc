#include "rules/han_lexicon.hpp"

#include <optional>

#include "text/utf8.hpp"

namespace clausecheck::rules {

namespace {
// The code points of a word of three-byte characters, 16 bits each, or none
// when its bytes are not three-byte characters (so no other bytes share a
// word's key).
std::optional<std::uint64_t> key_of(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t at = 0; at < word.size(); at += 3) {
    if (!text::leads_three_bytes(word[at]) || !text::is_continuation(word[at + 1]) ||
        !text::is_continuation(word[at + 2]))
      return std::nullopt;
    key = (key << 16) | text::decode_at(word, at).value;
  }
  return key;
}

// Fibonacci hashing, as cmake/han_lexicon.py placed the keys.
std::size_t slot_of(std::uint64_t key) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - lexicon_data::slot_bits));
}

// Linear probing from the key's slot up to an empty one; the tables are under half full.
template <typename Key>
bool contains(const Key* slots, std::uint64_t key) {
  constexpr std::size_t mask = (std::size_t{1} << lexicon_data::slot_bits) - 1;
  for (std::size_t at = slot_of(key); slots[at] != 0; at = (at + 1) & mask)
    if (slots[at] == key) return true;
  return false;
}
}  // namespace

bool is_han_word(std::string_view word) {
  if (word.size() != 6 && word.size() != 9) return false;
  const std::optional<std::uint64_t> key = key_of(word);
  if (!key) return false;
  return word.size() == 6 ? contains(lexicon_data::words2, *key) : contains(lexicon_data::words3, *key);
}

}  // namespace clausecheck::rules
