#include "text/code_points.hpp"

#include "text/utf8.hpp"

namespace clausecheck::text {

namespace {
bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0';
}
}  // namespace

std::u32string to_code_points(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size() / 2);
  for (std::size_t at = 0; at < utf8.size();) {
    const auto cp = text::decode_at(utf8, at);
    out += cp.value;
    at += cp.length;
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) text::append_utf8(out, c);
  return out;
}

std::u32string comparable_text(std::string_view utf8) {
  std::u32string out = to_code_points(utf8);
  std::erase_if(out, is_space);
  return out;
}

}  // namespace clausecheck::text
