#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace clausecheck::text {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or npos.
std::size_t first_invalid_utf8(std::string_view bytes);

// Whether `byte` continues a character (10xxxxxx) rather than starting one:
// where a cut or a backward step in valid UTF-8 may not stop.
inline bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// The code points of valid UTF-8 (its bytes that start a character): the
// columns of a location, and the length limits the parser and the rules count
// in characters.
std::size_t code_point_count(std::string_view utf8);

// The code point starting at bytes[at] in valid UTF-8, and its length.
struct CodePoint {
  char32_t value = 0;
  std::uint32_t length = 0;
};
// The length of the character whose first byte is `lead`, in valid UTF-8.
inline std::uint32_t sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
// Inline: the fact scanners decode at nearly every character they step over,
// and a call into another unit cost more than the decoding.
inline CodePoint decode_at(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  const std::uint32_t len = sequence_length(c);
  if (at + len > text.size()) return {c, 1};
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::uint32_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[at + k]) & 0x3F);
  return {cp, len};
}
// The code point ending just before bytes[end] in valid UTF-8.
inline CodePoint decode_before(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && end - begin < 4) {
    --begin;
    if ((static_cast<unsigned char>(text[begin]) & 0xC0) != 0x80) break;
  }
  return decode_at(text, begin);
}

void append_utf8(std::string& out, char32_t cp);

}  // namespace clausecheck::text
