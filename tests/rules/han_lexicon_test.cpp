#include <doctest/doctest.h>

#include "rules/han_lexicon.hpp"

using clausecheck::rules::is_han_word;

TEST_CASE("the Han lexicon knows the words that meet at a doubled character in statutes") {
  for (const char* word : {"团长", "同级", "路基", "国籍", "院长", "当场", "代表团", "建设"})
    CHECK_MESSAGE(is_han_word(word), word);
}

TEST_CASE("the Han lexicon has no typo pairs, no punctuation and no other lengths") {
  for (const char* text : {"驻部", "筹，", "场监", "统", "统筹筹", "反不正当竞争法", ""})
    CHECK_FALSE_MESSAGE(is_han_word(text), text);
}
