#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace clausecheck::text {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or npos.
std::size_t first_invalid_utf8(std::string_view bytes);
// ASCII bytes a scan stops at.
using AsciiSet = std::array<bool, 128>;
// Offset of the first byte that is not well-formed UTF-8 or is in `stop`, or npos: what the JSON
// writer needs of a string (bytes to escape, bytes to show as \xNN) in one pass.
std::size_t first_invalid_utf8_or(std::string_view bytes, const AsciiSet& stop);

// A byte no text file holds: NUL or a C0 control other than tab, line feed,
// vertical tab, form feed (pdftotext's page break) and CR, or DEL.
inline bool is_control_byte(unsigned char c) { return (c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F; }
// Offset of the first control byte, or npos.
std::size_t first_control_byte(std::string_view bytes);

// Whether `bytes` are well-formed UTF-8 with no control byte: first_invalid_utf8
// and first_control_byte both npos, in one pass (the common case of a text file).
bool is_clean_text(std::string_view bytes);

// Whether `byte` continues a character (10xxxxxx) rather than starting one:
// where a cut or a backward step in valid UTF-8 may not stop.
inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }
inline bool is_continuation(char byte) { return is_continuation(static_cast<unsigned char>(byte)); }

// Whether `byte` is a character of its own (ASCII), not a byte of a longer one.
inline bool is_ascii(unsigned char byte) { return byte < 0x80; }
inline bool is_ascii(char byte) { return is_ascii(static_cast<unsigned char>(byte)); }

// `bytes` with A–Z as a–z and every other byte as it is: file extensions and markup
// are matched case-blind this way, and UTF-8 passes through unchanged.
std::string lower_ascii(std::string_view bytes);

// Whether `byte` starts a three-byte character (U+0800–U+FFFF, which holds all
// of CJK text and its punctuation): the scanners step over Chinese text by it.
inline bool leads_three_bytes(unsigned char byte) { return (byte & 0xF0) == 0xE0; }
inline bool leads_three_bytes(char byte) { return leads_three_bytes(static_cast<unsigned char>(byte)); }

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
    if (!is_continuation(text[begin])) break;
  }
  return decode_at(text, begin);
}

// The UTF-8 of one code point. Constexpr: the scanners build their byte
// filters (first_bytes, last_bytes, a table of trailing bytes) at compile time.
struct Encoded {
  std::array<unsigned char, 4> bytes{};
  std::uint32_t length = 0;
  constexpr unsigned char first() const { return bytes[0]; }
  constexpr unsigned char last() const { return bytes[length - 1]; }
};
constexpr Encoded encode(char32_t cp) {
  if (cp < 0x80) return {{static_cast<unsigned char>(cp)}, 1};
  const auto cont = [](char32_t bits) { return static_cast<unsigned char>(0x80 | (bits & 0x3F)); };
  if (cp < 0x800) return {{static_cast<unsigned char>(0xC0 | (cp >> 6)), cont(cp)}, 2};
  if (cp < 0x10000) return {{static_cast<unsigned char>(0xE0 | (cp >> 12)), cont(cp >> 6), cont(cp)}, 3};
  return {{static_cast<unsigned char>(0xF0 | (cp >> 18)), cont(cp >> 12), cont(cp >> 6), cont(cp)}, 4};
}

void append_utf8(std::string& out, char32_t cp);

// The bytes that start (first_bytes) or end (last_bytes) the UTF-8 of one of
// `chars`: a filter that tells from one byte where none of them can start or
// end, so a scan decodes only there.
using ByteFilter = std::array<bool, 256>;
constexpr ByteFilter first_bytes(std::u32string_view chars) {
  ByteFilter held{};
  for (const char32_t c : chars) held[encode(c).first()] = true;
  return held;
}
constexpr ByteFilter last_bytes(std::u32string_view chars) {
  ByteFilter held{};
  for (const char32_t c : chars) held[encode(c).last()] = true;
  return held;
}

}  // namespace clausecheck::text
