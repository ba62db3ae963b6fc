#pragma once
#include <cstddef>
#include <string_view>

namespace clausecheck::text {

// A Han character: one of the CJK Unified Ideographs, U+4E00–U+9FFF, the block
// every character of a statute's ordinary text is in (the extensions hold rare
// names, which no judgement here turns on).
inline bool is_han(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// Whether the UTF-8 at text[at] is a Han character, told from its bytes
// without decoding it: the repetition rule and the page joiner ask this at
// nearly every byte. U+4E00 is E4 B8 80, U+9FFF E9 BF BF.
inline bool han_at(std::string_view text, std::size_t at) {
  if (at + 3 > text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[at]);
  return (lead > 0xE4 && lead <= 0xE9) || (lead == 0xE4 && static_cast<unsigned char>(text[at + 1]) >= 0xB8);
}

// Whether the text holds a Han character (han_at at some byte).
inline bool holds_han(std::string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at)
    if (han_at(text, at)) return true;
  return false;
}

// Whether the text holds a character of U+3000–U+9FFF (CJK punctuation such as 《》，。, kana and the
// ideographs; UTF-8 lead bytes E3–E9): what tells a Chinese message from an English one.
inline bool holds_cjk(std::string_view text) {
  for (const char c : text)
    if (const auto lead = static_cast<unsigned char>(c); lead >= 0xE3 && lead <= 0xE9) return true;
  return false;
}

}  // namespace clausecheck::text
