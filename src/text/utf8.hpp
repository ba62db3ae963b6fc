#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace clausecheck::text {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or npos.
std::size_t first_invalid_utf8(std::string_view bytes);

// The code point starting at bytes[at] in valid UTF-8, and its length.
struct CodePoint {
  char32_t value = 0;
  std::uint32_t length = 0;
};
CodePoint decode_at(std::string_view text, std::size_t at);
// The code point ending just before bytes[end] in valid UTF-8.
CodePoint decode_before(std::string_view text, std::size_t end);

void append_utf8(std::string& out, char32_t cp);

}  // namespace clausecheck::text
