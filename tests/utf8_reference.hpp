#pragma once
// The text layer's byte scans by their definitions, one byte or one decoded
// character at a time: what the word-at-a-time scans of text/utf8.hpp are
// compared with, on random bytes and on every file of the corpus.
#include <cstddef>
#include <string_view>

namespace clausecheck::testing {

// The first byte that starts no well-formed sequence: the code point decoded
// and held to its shortest form, outside the surrogates, at most U+10FFFF.
inline std::size_t reference_first_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > bytes.size()) return i;
    char32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(bytes[i + k]);
      if ((b & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (b & 0x3F);
    }
    constexpr char32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < shortest[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += len;
  }
  return std::string_view::npos;
}

// The first byte no text file holds: C0 controls but tab, LF, VT, FF and CR; DEL.
inline std::size_t reference_first_control_byte(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F) return i;
  }
  return std::string_view::npos;
}

}  // namespace clausecheck::testing
