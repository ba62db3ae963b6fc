#include <doctest/doctest.h>

#include "grammar/numeral.hpp"

using namespace clausecheck::grammar;

TEST_CASE("Chinese integers") {
  CHECK(parse_chinese_integer("一") == 1);
  CHECK(parse_chinese_integer("九") == 9);
  CHECK(parse_chinese_integer("十") == 10);
  CHECK(parse_chinese_integer("十九") == 19);
  CHECK(parse_chinese_integer("二十") == 20);
  CHECK(parse_chinese_integer("二十七") == 27);
  CHECK(parse_chinese_integer("一百零五") == 105);
  CHECK(parse_chinese_integer("一百一十") == 110);
  CHECK(parse_chinese_integer("三千二百") == 3200);
  CHECK(parse_chinese_integer("两") == 2);
  CHECK(parse_chinese_integer("两千") == 2000);
  CHECK(parse_chinese_integer("零") == 0);
  CHECK(parse_chinese_integer("〇") == 0);
  CHECK(parse_chinese_integer("一千零五十") == 1050);
  CHECK(parse_chinese_integer("十万") == 100000);
  CHECK(parse_chinese_integer("三亿五千万") == 350000000);
  CHECK(parse_chinese_integer("一万零五") == 10005);
  CHECK(parse_chinese_integer("二十万") == 200000);
}

TEST_CASE("what is not a Chinese integer") {
  CHECK_FALSE(parse_chinese_integer("十四五"));
  CHECK_FALSE(parse_chinese_integer("一二"));
  CHECK_FALSE(parse_chinese_integer("十百"));
  CHECK_FALSE(parse_chinese_integer("一百五"));
  CHECK_FALSE(parse_chinese_integer("万"));
  CHECK_FALSE(parse_chinese_integer("一带一路"));
  CHECK_FALSE(parse_chinese_integer(""));
  CHECK_FALSE(parse_chinese_integer("二〇二三"));
}

TEST_CASE("Chinese digits read one by one") {
  CHECK(parse_chinese_digits("二〇二三") == 2023);
  CHECK(parse_chinese_digits("二○二三") == 2023);
  CHECK(parse_chinese_digits("二00五") == 2005);
  CHECK(parse_chinese_digits("一九九八") == 1998);
  CHECK_FALSE(parse_chinese_digits("二"));
  CHECK_FALSE(parse_chinese_digits("〇二"));
  CHECK_FALSE(parse_chinese_digits("二十"));
}

TEST_CASE("Arabic numbers") {
  CHECK(parse_arabic_number("12") == 12);
  CHECK(parse_arabic_number("1,200") == 1200);
  CHECK(parse_arabic_number("1,234,567.5") == 1234567.5);
  CHECK(parse_arabic_number("1.2") == 1.2);
  CHECK(parse_arabic_number("１２") == 12);
  CHECK(parse_arabic_number("３．５") == 3.5);
  CHECK(parse_arabic_number("８２，２２５．０５") == 82225.05);
  CHECK(parse_arabic_number("1２,3４5") == 12345);  // the widths mixed
  // Every full-width digit as its value; the characters either side of ０…９ (／ U+FF0F, ： U+FF1A) none.
  const std::string_view full_width[] = {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"};
  for (int d = 0; d < 10; ++d) CHECK(parse_arabic_number(full_width[d]) == d);
  CHECK_FALSE(parse_arabic_number("／"));
  CHECK_FALSE(parse_arabic_number("："));
  CHECK_FALSE(parse_arabic_number("\xEF\xBC"));  // ０ cut short
  CHECK_FALSE(parse_arabic_number("1,20"));
  CHECK_FALSE(parse_arabic_number("1."));
}

TEST_CASE("the numeral at the start of a text") {
  auto n = match_numeral("1.2万元");
  REQUIRE(n);
  CHECK(n->value == 1.2);
  CHECK(n->length == 3);
  n = match_numeral("四十万元");
  REQUIRE(n);
  CHECK(n->value == 40);
  CHECK(n->length == std::string_view("四十").size());
  CHECK(n->chinese);
  n = match_numeral("3200亿元");
  REQUIRE(n);
  CHECK(n->value == 3200);
  n = match_numeral("1.培育新型研发机构");
  REQUIRE(n);
  CHECK(n->value == 1);
  CHECK(n->length == 1);
  CHECK_FALSE(match_numeral("十四五规划"));
  CHECK_FALSE(match_numeral("带一路"));
}
