#include "text/code_points.hpp"

#include "text/utf8.hpp"

namespace clausecheck::text {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0';
}

namespace {

// The code points of `utf8` that `keep` accepts, in one pass into a string sized once (a counting pass
// over the bytes is cheaper than growing it): the diff decodes every clause of both versions this way.
// Invalid UTF-8 decodes a byte at a time, more code points than counted: then it grows.
template <typename Keep>
std::u32string decode_kept(std::string_view utf8, Keep keep) {
  std::u32string out(code_point_count(utf8), U'\0');
  std::size_t kept = 0;
  for (std::size_t at = 0; at < utf8.size();) {
    const auto cp = text::decode_at(utf8, at);
    at += cp.length;
    if (!keep(cp.value)) continue;
    if (kept == out.size()) out.resize(kept + 1 + (utf8.size() - at));
    out[kept++] = cp.value;
  }
  out.resize(kept);
  return out;
}

}  // namespace

std::u32string to_code_points(std::string_view utf8) {
  return decode_kept(utf8, [](char32_t) { return true; });
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) text::append_utf8(out, c);
  return out;
}

std::u32string comparable_text(std::string_view utf8) {
  return decode_kept(utf8, [](char32_t c) { return !is_space(c); });
}

bool is_punctuation(char32_t c) {
  if (c < 0x80)
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
  return c == 0xB7                         // ·
         || (c >= 0x2010 && c <= 0x2027)   // dashes, quotes, …
         || (c >= 0x3001 && c <= 0x3003)   // 、。〃
         || (c >= 0x3008 && c <= 0x3011)   // 〈〉《》「」『』【】
         || (c >= 0x3014 && c <= 0x301F)   // 〔〕〖〗 …
         || (c >= 0xFF01 && c <= 0xFF0F)   // ！＂＃…（）＊＋，－．／
         || (c >= 0xFF1A && c <= 0xFF20)   // ：；＜＝＞？＠
         || (c >= 0xFF3B && c <= 0xFF40)   // ［＼］＾＿｀
         || (c >= 0xFF5B && c <= 0xFF65);  // ｛｜｝～ …
}

namespace {

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
}

// The punctuation of Chinese text that Unicode leaves of ambiguous width: a terminal sets it narrow, a CJK
// font (Noto Sans CJK, 宋体) a full em wide, as an ideograph (the em dash 0.9 em).
bool is_wide_in_cjk_font(char32_t c) {
  switch (c) {
    case U'\u2018':  // ‘
    case U'\u2019':  // ’
    case U'\u201C':  // “
    case U'\u201D':  // ”
    case U'\u2014':  // —
    case U'\u2026':  // …
    case U'\u00B7':  // ·
      return true;
    default:
      return is_wide(c);
  }
}

template <class Wide>
std::size_t columns(std::string_view text, Wide wide) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const text::CodePoint cp = text::decode_at(text, i);
    width += wide(cp.value) ? 2 : 1;
    i += cp.length;
  }
  return width;
}

}  // namespace

std::size_t display_width(std::string_view text) { return columns(text, is_wide); }

std::size_t printed_width(std::string_view text) { return columns(text, is_wide_in_cjk_font); }

}  // namespace clausecheck::text
