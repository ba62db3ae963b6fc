#include "text/escape_visible.hpp"

#include "text/utf8.hpp"

namespace clausecheck::text {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_byte_escape(std::string& out, unsigned char byte) {
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

void append_code_point_escape(std::string& out, char32_t c) {  // every code point escaped is in the BMP
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
}

// Controls that reorder the text around them (Trojan Source, CVE-2021-42574)
// and the separators some viewers take for line breaks.
bool reorders_or_breaks(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool kept_ascii(unsigned char c, Breaks breaks) {
  if (c >= 0x20) return c != 0x7F;
  if (c == '\t') return true;
  if (c == '\n') return breaks != Breaks::escaped;
  if (c == '\r') return breaks == Breaks::kept;
  return false;
}

// Whether every three-byte character starting with these two bytes stays as
// it is: not E0 nor ED (their second byte is bounded), not U+2000–U+207F
// (E2 80, E2 81: the bidi controls and separators) nor U+FFC0–U+FFFF (EF BF:
// the noncharacters). The others escaped are under U+0800.
bool kept_three_bytes(unsigned char lead, unsigned char second) {
  if (lead == 0xE2) return second >= 0x82;
  if (lead == 0xEF) return second != 0xBF;
  return lead >= 0xE1 && lead <= 0xEE && lead != 0xED;
}

// Where the bytes from `i` on that stay as they are end: ASCII kept and the
// well-formed three-byte characters kept_three_bytes tells from their first
// two bytes. Nearly all of Chinese text and its punctuation is taken a run at
// a time, neither decoded nor validated apart.
std::size_t kept_run_end(std::string_view text, std::size_t i, Breaks breaks) {
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (text::is_ascii(byte) && kept_ascii(byte, breaks)) ++i;
    else if (i + 2 < text.size() && text::is_continuation(text[i + 1]) && text::is_continuation(text[i + 2]) &&
             kept_three_bytes(byte, static_cast<unsigned char>(text[i + 1])))
      i += 3;
    else break;
  }
  return i;
}

// One well-formed character, as it is or escaped where it is hostile.
void append_character(std::string_view character, Breaks breaks, std::string& out) {
  const auto byte = static_cast<unsigned char>(character[0]);
  if (text::is_ascii(byte)) {
    if (kept_ascii(byte, breaks)) out += character[0];
    else append_byte_escape(out, byte);
    return;
  }
  const char32_t c = text::decode_at(character, 0).value;
  if (c <= 0x9F || reorders_or_breaks(c) || c == 0xFFFE || c == 0xFFFF) append_code_point_escape(out, c);
  else out.append(character);
}

}  // namespace

// The kept runs as they are; between them one character at a time, escaped
// where it is hostile, or one byte escaped where no well-formed character
// starts. One pass: a finding's fields were validated whole first, then
// walked again.
void append_visible(std::string& out, std::string_view text, Breaks breaks) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t run_end = kept_run_end(text, i, breaks);
    out.append(text.substr(i, run_end - i));
    i = run_end;
    if (i == text.size()) break;
    if (text::first_invalid_utf8(text.substr(i, 4)) == 0) {
      append_byte_escape(out, static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    const std::uint32_t length = text::sequence_length(static_cast<unsigned char>(text[i]));
    append_character(text.substr(i, length), breaks, out);
    i += length;
  }
}

std::string visible(std::string_view text, Breaks breaks) {
  std::string out;
  out.reserve(text.size());
  append_visible(out, text, breaks);
  return out;
}

// Runs of well-formed UTF-8 as they are, each byte between them escaped.
std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const std::size_t bad = text::first_invalid_utf8(text);
    out.append(text.substr(0, bad));
    if (bad == std::string_view::npos) break;
    append_byte_escape(out, static_cast<unsigned char>(text[bad]));
    text.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace clausecheck::text
