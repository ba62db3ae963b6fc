#pragma once
#include <cstddef>
#include <string_view>

namespace clausecheck::text {

// Byte length of the blank character at text[at] (0 if none): ASCII space,
// tab, form feed, vertical tab, CR, and the blanks PDF extraction leaves in
// Chinese text: U+3000 ideographic space, U+00A0 no-break space, U+200B zero
// width space, U+FEFF stray BOM. Line feeds are not blanks here.
inline std::size_t blank_at(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') return 1;
  // Only these lead bytes begin a blank below: the Chinese text between them
  // (lead bytes E4 to E9) is passed over without a comparison.
  if (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  const std::string_view rest = text.substr(at);
  if (rest.starts_with("\xC2\xA0")) return 2;
  if (rest.starts_with("\xE3\x80\x80") || rest.starts_with("\xE2\x80\x8B") || rest.starts_with("\xEF\xBB\xBF"))
    return 3;
  return 0;
}

// Byte length of the blank character that ends just before text[end] (0 if none).
inline std::size_t blank_before(std::string_view text, std::size_t end) {
  if (end == 0) return 0;
  if (blank_at(text, end - 1) == 1) return 1;
  // The blanks of two and three bytes end in one of these: the end of a line of Chinese text (。，；)
  // is passed over at a look at its last byte.
  const auto last = static_cast<unsigned char>(text[end - 1]);
  if (last != 0xA0 && last != 0x80 && last != 0x8B && last != 0xBF) return 0;
  if (end >= 2 && blank_at(text, end - 2) == 2) return 2;
  if (end >= 3 && blank_at(text, end - 3) == 3) return 3;
  return 0;
}

// Trims blanks off both ends of text[begin, end), in place.
inline void trim_blanks(std::string_view text, std::size_t& begin, std::size_t& end) {
  while (begin < end) {
    const std::size_t n = blank_at(text, begin);
    if (n == 0) break;
    begin += n;
  }
  while (end > begin) {
    const std::size_t n = blank_before(text, end);
    if (n == 0) break;
    end -= n;
  }
}

// Whether text holds nothing but blanks and line feeds.
inline bool only_blanks(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      ++i;
      continue;
    }
    const std::size_t n = blank_at(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace clausecheck::text
