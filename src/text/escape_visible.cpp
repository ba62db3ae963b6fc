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

// Where the bytes from `i` on that stay as they are end: ASCII kept, and the
// three-byte forms whose lead byte rules out every code point escaped (all
// but E2, U+2000–U+2FFF, and EF, U+F000–U+FFFF; the others escaped are under
// U+0800): nearly all of Chinese text, taken a run at a time, not decoded.
std::size_t kept_run_end(std::string_view text, std::size_t i, Breaks breaks) {
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && kept_ascii(byte, breaks)) ++i;
    else if (byte >= 0xE0 && byte <= 0xEE && byte != 0xE2) i += 3;  // well-formed: the two after it are there
    else break;
  }
  return i;
}

// Escapes the hostile code points of well-formed UTF-8.
void append_valid(std::string_view text, Breaks breaks, std::string& out) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t run_end = kept_run_end(text, i, breaks);
    out.append(text.substr(i, run_end - i));
    i = run_end;
    if (i == text.size()) break;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // one the run stopped at: not kept
      append_byte_escape(out, byte);
      ++i;
      continue;
    }
    const text::CodePoint cp = text::decode_at(text, i);
    if (cp.value <= 0x9F || reorders_or_breaks(cp.value) || cp.value == 0xFFFE || cp.value == 0xFFFF)
      append_code_point_escape(out, cp.value);
    else out.append(text.substr(i, cp.length));
    i += cp.length;
  }
}

// Runs of well-formed UTF-8 go to `valid`, each byte between them is escaped.
template <typename Valid>
void escape_bytes(std::string_view text, std::string& out, Valid valid) {
  while (!text.empty()) {
    const std::size_t bad = text::first_invalid_utf8(text);
    valid(text.substr(0, bad), out);
    if (bad == std::string_view::npos) break;
    append_byte_escape(out, static_cast<unsigned char>(text[bad]));
    text.remove_prefix(bad + 1);
  }
}

}  // namespace

void append_visible(std::string& out, std::string_view text, Breaks breaks) {
  escape_bytes(text, out, [breaks](std::string_view valid, std::string& to) { append_valid(valid, breaks, to); });
}

std::string visible(std::string_view text, Breaks breaks) {
  std::string out;
  out.reserve(text.size());
  append_visible(out, text, breaks);
  return out;
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  escape_bytes(text, out, [](std::string_view valid, std::string& to) { to.append(valid); });
  return out;
}

}  // namespace clausecheck::text
