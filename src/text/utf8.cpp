#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace clausecheck::text {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;

std::uint64_t word_at(const unsigned char* s) {
  std::uint64_t word;
  std::memcpy(&word, s, 8);
  return word;
}

// Whether a word of eight bytes may hold a control byte: only words with a
// byte below 0x20 or equal to 0x7F (the bytes >= 0x80 of CJK text never pass).
bool may_hold_control(std::uint64_t word) {
  const std::uint64_t del = word ^ (0x7F * kOnes);
  return ((((word - 0x20 * kOnes) & ~word) | ((del - kOnes) & ~del)) & kHighs) != 0;
}

// Whether s[0] and s[1] both continue a character: one load and one test.
bool two_continue(const unsigned char* s) {
  std::uint16_t two;
  std::memcpy(&two, s, 2);
  return (two & 0xC0C0) == 0x8080;
}

// The common lead of CJK text: a three-byte form whose second byte may be any continuation byte.
bool plain_three_byte_lead(unsigned char c) { return c >= 0xE1 && c <= 0xEF && c != 0xED; }

// The length of the well-formed sequence at s[i] (n bytes in all), or 0.
// Lead byte ranges and the allowed range of the second byte, after the Unicode
// table of well-formed sequences (excludes overlongs and surrogates).
std::size_t well_formed_length(const unsigned char* s, std::size_t i, std::size_t n) {
  const unsigned char c = s[i];
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c == 0xE0) len = 3, lo = 0xA0;
  else if (c == 0xED) len = 3, hi = 0x9F;
  else if ((c >= 0xE1 && c <= 0xEC) || (c >= 0xEE && c <= 0xEF)) len = 3;
  else if (c == 0xF0) len = 4, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) len = 4;
  else if (c == 0xF4) len = 4, hi = 0x8F;
  else return 0;
  if (i + 1 >= n || s[i + 1] < lo || s[i + 1] > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if (i + k >= n || !is_continuation(s[i + k])) return 0;
  return len;
}

}  // namespace

namespace {

// The first byte that is not well-formed UTF-8 or at which `ascii(s, i)` stops; `ascii` is asked at
// each ASCII byte and returns where the scan goes on, or npos to stop there.
template <typename Ascii>
std::size_t scan_utf8(std::string_view bytes, Ascii ascii) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    // The common CJK three-byte form first.
    if (plain_three_byte_lead(c) && i + 2 < n && two_continue(s + i + 1)) {
      i += 3;
      continue;
    }
    if (c < 0x80) {
      const std::size_t next = ascii(s, i, n);
      if (next == std::string_view::npos) return i;
      i = next;
      continue;
    }
    const std::size_t len = well_formed_length(s, i, n);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
  // Runs of ASCII passed eight bytes at a time.
  return scan_utf8(bytes, [](const unsigned char* s, std::size_t i, std::size_t n) {
    ++i;
    while (i + 8 <= n && (word_at(s + i) & kHighs) == 0) i += 8;
    return i;
  });
}

std::size_t first_invalid_utf8_or(std::string_view bytes, const AsciiSet& stop) {
  return scan_utf8(bytes, [&stop](const unsigned char* s, std::size_t i, std::size_t) {
    return stop[s[i]] ? std::string_view::npos : i + 1;
  });
}

std::size_t first_control_byte(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    if (!may_hold_control(word_at(s + i))) continue;
    for (std::size_t k = i; k < i + 8; ++k)
      if (is_control_byte(s[k])) return k;
  }
  for (; i < bytes.size(); ++i)
    if (is_control_byte(s[i])) return i;
  return std::string_view::npos;
}

// One pass for the two above: a run of three-byte characters costs a range
// test of the lead and one of the two bytes after it (continuation bytes are
// never control bytes), ASCII is taken eight bytes at a time.
bool is_clean_text(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (plain_three_byte_lead(c)) {
      do {  // a run of CJK
        if (i + 2 >= n || !two_continue(s + i + 1)) return false;
        i += 3;
      } while (i < n && plain_three_byte_lead(s[i]));
      continue;
    }
    if (c < 0x80) {
      if (is_control_byte(c)) return false;
      ++i;
      for (std::uint64_t word; i + 8 <= n && ((word = word_at(s + i)) & kHighs) == 0; i += 8)
        if (may_hold_control(word) &&
            first_control_byte(std::string_view(bytes.data() + i, 8)) != std::string_view::npos)
          return false;
      continue;
    }
    const std::size_t len = well_formed_length(s, i, n);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

// Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear. A
// column on a long line is counted from its block's start, two such counts a
// span, which byte by byte were a tenth of `parse --format json` of a 10 MB line.
std::size_t code_point_count(std::string_view utf8) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::size_t continuation = 0;
  const char* p = utf8.data();
  const char* const end = p + utf8.size();
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    // One bit a byte at most: moved to each byte's low bit and summed into the top byte by the multiply.
    continuation += static_cast<std::size_t>((((word & ~(word << 1) & kHigh) >> 7) * 0x0101010101010101ULL) >> 56);
  }
  return static_cast<std::size_t>(p - utf8.data()) - continuation +
         static_cast<std::size_t>(std::count_if(p, end, [](char c) { return !is_continuation(c); }));
}

void append_utf8(std::string& out, char32_t cp) {
  const Encoded utf8 = encode(cp);
  out.append(reinterpret_cast<const char*>(utf8.bytes.data()), utf8.length);
}

std::string lower_ascii(std::string_view bytes) {
  std::string out(bytes);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace clausecheck::text
