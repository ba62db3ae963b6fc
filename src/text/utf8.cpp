#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace clausecheck::text {

std::size_t first_invalid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    // The common CJK three-byte form first, then runs of ASCII eight bytes at a time.
    if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < n && is_continuation(s[i + 1]) && is_continuation(s[i + 2])) {
      i += 3;
      continue;
    }
    if (c < 0x80) {
      ++i;
      while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, s + i, 8);
        if (word & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    // Lead byte ranges and the allowed range of the second byte, after the
    // Unicode table of well-formed sequences (excludes overlongs and surrogates).
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if ((c >= 0xE1 && c <= 0xEC) || (c >= 0xEE && c <= 0xEF)) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else return i;
    if (i + 1 >= n || s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (i + k >= n || !is_continuation(s[i + k])) return i;
    i += len;
  }
  return std::string_view::npos;
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

}  // namespace clausecheck::text
