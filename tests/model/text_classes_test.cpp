// The text layer's character classes, each against the definition it stands for:
// the byte tests against the decoded code point, the word-at-a-time count
// against a walk character by character.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

#include "text/blank.hpp"
#include "text/code_points.hpp"
#include "text/han.hpp"
#include "text/utf8.hpp"
#include "utf8_reference.hpp"

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

TEST_CASE("blank_before finds at a text's end the blank blank_at finds there, over every character") {
  std::size_t blanks = 0;
  for (char32_t c = 0; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s = "一";
    text::append_utf8(s, c);
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(text::blank_before(s, s.size()) == text::blank_at(s, 3));
    blanks += text::blank_at(s, 3) > 0;
  }
  CHECK(blanks == 9);  // space, tab, form feed, vertical tab, CR, U+00A0, U+3000, U+200B, U+FEFF
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

TEST_CASE("encode is what decode_at reads back, and the byte classes agree with it, over every character") {
  for (char32_t c = 0; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const text::Encoded utf8 = text::encode(c);
    const std::string_view bytes(reinterpret_cast<const char*>(utf8.bytes.data()), utf8.length);
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(text::first_invalid_utf8(bytes) == std::string_view::npos);
    REQUIRE(text::decode_at(bytes, 0).value == c);
    REQUIRE(text::decode_at(bytes, 0).length == utf8.length);
    REQUIRE(text::decode_before(bytes, bytes.size()).value == c);
    REQUIRE(text::sequence_length(utf8.first()) == utf8.length);
    REQUIRE(text::is_ascii(bytes[0]) == (c < 0x80));
    REQUIRE(text::leads_three_bytes(bytes[0]) == (c >= 0x800 && c < 0x10000));
    for (std::size_t at = 1; at < bytes.size(); ++at) REQUIRE_FALSE(text::leads_three_bytes(bytes[at]));
    std::string appended;
    text::append_utf8(appended, c);
    REQUIRE(appended == bytes);
  }
}

TEST_CASE("first_bytes and last_bytes hold the bytes that start and end the characters, and no other") {
  constexpr std::u32string_view chars = U"币￥¥- \u3000";
  constexpr text::ByteFilter firsts = text::first_bytes(chars), lasts = text::last_bytes(chars);
  std::string expected_firsts(256, '0'), expected_lasts(256, '0');
  for (const char32_t c : chars) {
    std::string s;
    text::append_utf8(s, c);
    expected_firsts[static_cast<unsigned char>(s.front())] = '1';
    expected_lasts[static_cast<unsigned char>(s.back())] = '1';
  }
  for (int b = 0; b < 256; ++b) {
    CAPTURE(b);
    CHECK(firsts[static_cast<std::size_t>(b)] == (expected_firsts[static_cast<std::size_t>(b)] == '1'));
    CHECK(lasts[static_cast<std::size_t>(b)] == (expected_lasts[static_cast<std::size_t>(b)] == '1'));
  }
  CHECK(lasts[0xA5]);  // ￥ EF BF A5 and ¥ C2 A5 end alike
  CHECK(firsts[0xE3]);
  CHECK_FALSE(firsts[0x80]);
}

TEST_CASE("is_private_use is the Private Use Area of the BMP") {
  CHECK_FALSE(text::is_private_use(0xDFFF));
  CHECK(text::is_private_use(0xE000));
  CHECK(text::is_private_use(0xF8FF));
  CHECK_FALSE(text::is_private_use(0xF900));  // 豈, a compatibility ideograph
  CHECK_FALSE(text::is_private_use(U'一'));
}

TEST_CASE("holds_han: a Han character anywhere, not a character of Extension A nor CJK punctuation alone") {
  CHECK(text::holds_han("HHCR-2023-一"));
  CHECK(text::holds_han("鿿"));  // U+9FFF
  CHECK_FALSE(text::holds_han("HHCR-2023-01005"));
  CHECK_FALSE(text::holds_han("〔2023〕，。"));
  CHECK_FALSE(text::holds_han("䑩"));  // U+4469, lead byte E4 like 一
  CHECK_FALSE(text::holds_han(""));
}

// Bytes drawn to hit every branch: ASCII runs longer than a word, controls,
// CJK, the edge leads (E0, ED, F0, F4) and lone or cut sequences, at every
// alignment; the last sequence often cut by the end of the bytes.
TEST_CASE("first_invalid_utf8, first_control_byte and is_clean_text agree with their definitions on random bytes") {
  const std::string_view pieces[] = {"abcdefghij",
                                     "\t\r\n",
                                     "\x01",
                                     "\x7F",
                                     "\x00",
                                     "测试",
                                     "，",
                                     "\xE0\xA0\x80",
                                     "\xE0\x9F\x80",
                                     "\xED\x9F\xBF",
                                     "\xED\xA0\x80",
                                     "\xF0\x90\x80\x80",
                                     "\xF0\x8F\xBF\xBF",
                                     "\xF4\x8F\xBF\xBF",
                                     "\xF4\x90\x80\x80",
                                     "\xC2\xA9",
                                     "\xC1\xBF",
                                     "\x80",
                                     "\xE6\xB5",
                                     "\xFF",
                                     "\xEF\xBB\xBF",
                                     "x"};
  std::mt19937 random(2026);
  std::size_t clean = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string bytes;
    const std::size_t n = random() % 12;
    for (std::size_t k = 0; k < n; ++k) {
      // Mostly text, a rare piece of another kind: the clean case must come up often too.
      const std::size_t piece = random() % 8 == 0 ? random() % std::size(pieces) : (random() % 2 == 0 ? 0 : 5);
      bytes += pieces[piece];
    }
    if (round % 5 == 0) bytes += static_cast<char>(random() & 0xFF);
    if (round % 7 == 0 && !bytes.empty()) bytes.pop_back();
    CAPTURE(bytes);
    const std::size_t invalid = testing::reference_first_invalid_utf8(bytes);
    const std::size_t control = testing::reference_first_control_byte(bytes);
    REQUIRE(text::first_invalid_utf8(bytes) == invalid);
    REQUIRE(text::first_control_byte(bytes) == control);
    REQUIRE(text::is_clean_text(bytes) == (invalid == std::string_view::npos && control == std::string_view::npos));
    clean += text::is_clean_text(bytes);
  }
  CHECK(clean > 2000);
  CHECK(clean < 18000);
}

TEST_CASE("to_code_points and comparable_text are decode_at's steps, the spaces dropped, on valid and invalid bytes") {
  const std::string_view pieces[] = {"条款",     " ",    "\u3000",          "\n", "\u00A0", "a",
                                     "\xE6\xB5", "\x80", "\xF0\x90\x80\x80"};
  std::mt19937 random(7);
  for (int round = 0; round < 5000; ++round) {
    std::string bytes;
    for (std::size_t k = random() % 10; k > 0; --k) bytes += pieces[random() % std::size(pieces)];
    CAPTURE(bytes);
    std::u32string all, kept;
    for (std::size_t at = 0; at < bytes.size();) {
      const text::CodePoint cp = text::decode_at(bytes, at);
      all += cp.value;
      if (!text::is_space(cp.value)) kept += cp.value;
      at += cp.length;
    }
    REQUIRE(text::to_code_points(bytes) == all);
    REQUIRE(text::comparable_text(bytes) == kept);
  }
}
