#include <doctest/doctest.h>

#include "rules/han_lexicon.hpp"
#include "text/utf8.hpp"

using clausecheck::rules::is_han_word;

TEST_CASE("the Han lexicon knows the words that meet at a doubled character in statutes") {
  for (const char* word : {"团长", "同级", "路基", "国籍", "院长", "当场", "代表团", "建设"})
    CHECK_MESSAGE(is_han_word(word), word);
}

TEST_CASE("the Han lexicon has no typo pairs, no punctuation and no other lengths") {
  for (const char* text : {"驻部", "筹，", "场监", "统", "统筹筹", "反不正当竞争法", ""})
    CHECK_FALSE_MESSAGE(is_han_word(text), text);
}

TEST_CASE("the Han lexicon takes no bytes but those of three-byte characters for its words") {
  // 团长 with a lead or a continuation byte changed: the same 16 bits of code point, other bytes.
  for (const char* text : {"\xF5\x9B\xA2\xE9\x95\xBF", "\xE5\xDB\xA2\xE9\x95\xBF", "\xE5\x9B\xA2\xE9\x95\x3F"})
    CHECK_FALSE(is_han_word(text));
}

// Every word the build placed in a table is found again by the lookup's own
// hashing and probing: cmake/han_lexicon.py and han_lexicon.cpp agree.
TEST_CASE("the Han lexicon finds every word its generated tables hold") {
  using namespace clausecheck::rules::lexicon_data;
  const auto word_of = [](std::uint64_t key, int length) {
    std::string word;
    for (int k = length - 1; k >= 0; --k)
      clausecheck::text::append_utf8(word, static_cast<char32_t>((key >> (16 * k)) & 0xFFFF));
    return word;
  };
  std::size_t two = 0, three = 0;
  for (std::size_t at = 0; at < (std::size_t{1} << slot_bits); ++at) {
    if (words2[at] != 0) {
      ++two;
      REQUIRE_MESSAGE(is_han_word(word_of(words2[at], 2)), word_of(words2[at], 2));
    }
    if (words3[at] != 0) {
      ++three;
      REQUIRE_MESSAGE(is_han_word(word_of(words3[at], 3)), word_of(words3[at], 3));
    }
  }
  CHECK(two > 100'000);
  CHECK(three > 100'000);
}
