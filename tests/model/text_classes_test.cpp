// The text layer's character classes, each against the definition it stands for:
// the byte tests against the decoded code point, the word-at-a-time count
// against a walk character by character.
#include <doctest/doctest.h>

#include <string>

#include "text/han.hpp"
#include "text/utf8.hpp"

using namespace clausecheck;

TEST_CASE("han_at tells from the bytes what is_han tells from the code point, over every character") {
  std::size_t han = 0;
  for (char32_t c = 0; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    text::append_utf8(s, c);
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(text::han_at(s, 0) == text::is_han(c));
    han += text::is_han(c);
    // Never at a continuation byte, and never past the end.
    for (std::size_t at = 1; at < s.size(); ++at) REQUIRE_FALSE(text::han_at(s, at));
    if (s.size() == 3) CHECK_FALSE(text::han_at(s.substr(0, 2), 0));
  }
  CHECK(han == 0x9FFF - 0x4E00 + 1);
  CHECK_FALSE(text::is_han(U'䑩'));  // U+4469, Extension A: lead byte E4 like 一
  CHECK(text::is_han(U'一'));
}

TEST_CASE("code_point_count counts what decode_at steps over, at every length and alignment") {
  const std::string pieces[] = {"a", "一", "é", "𠀀", "　", "\n"};
  std::string text;
  for (std::size_t n = 0; n < 200; ++n) {
    text += pieces[(n * 7 + n / 3) % std::size(pieces)];
    for (std::size_t from = 0; from < 9 && from < text.size(); ++from) {
      if (text::is_continuation(text[from])) continue;
      const std::string_view part = std::string_view(text).substr(from);
      std::size_t walked = 0;
      for (std::size_t at = 0; at < part.size(); at += text::decode_at(part, at).length) ++walked;
      REQUIRE(text::code_point_count(part) == walked);
    }
  }
}

TEST_CASE("is_continuation is the 10xxxxxx bytes") {
  for (int b = 0; b < 256; ++b) CHECK(text::is_continuation(static_cast<char>(b)) == (b >= 0x80 && b < 0xC0));
}
