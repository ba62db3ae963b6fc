#include <doctest/doctest.h>

#include "grammar/doc_number.hpp"

using clausecheck::grammar::match_doc_number;
using clausecheck::grammar::parse_doc_number;

TEST_CASE("document numbers with every bracket form in use") {
  for (const char* raw : {"驻政〔2023〕9号", "驻政[2023]9号", "驻政（2023）9号", "驻政(2023)9号", "驻政【2023】9号"}) {
    CAPTURE(raw);
    const auto n = parse_doc_number(raw);
    REQUIRE(n);
    CHECK(n->agency == "驻政");
    CHECK(n->year == 2023);
    CHECK(n->seq == 9);
    CHECK(n->raw == raw);
  }
}

TEST_CASE("stray spaces, 第 and two-digit years are read and kept raw") {
  const auto spaced = parse_doc_number("武政〔2005〕32 号");
  REQUIRE(spaced);
  CHECK(spaced->seq == 32);
  CHECK(spaced->raw == "武政〔2005〕32 号");
  const auto di = parse_doc_number("驻政办〔2023〕第10号");
  REQUIRE(di);
  CHECK(di->agency == "驻政办");
  CHECK(di->seq == 10);
  CHECK(parse_doc_number("驻政〔23〕9号")->year == 23);
}

TEST_CASE("a number followed by text matches at the start only") {
  const auto m = match_doc_number("豫财综〔2022〕77号）");
  REQUIRE(m);
  CHECK(m->number.raw == "豫财综〔2022〕77号");
  CHECK_FALSE(parse_doc_number("豫财综〔2022〕77号）"));
  CHECK_FALSE(parse_doc_number("〔2022〕77号"));
  CHECK_FALSE(parse_doc_number("驻政〔2023〕号"));
}

TEST_CASE("號 is read as 号 and kept raw") {
  const auto n = parse_doc_number("汕府〔2022〕45號");
  REQUIRE(n);
  CHECK(n->agency == "汕府");
  CHECK(n->seq == 45);
  CHECK(n->raw == "汕府〔2022〕45號");
}

TEST_CASE("a 令's number: its name, 第 and the sequence, no year") {
  using clausecheck::grammar::parse_decree_number;
  for (const char* raw : {"长沙市人民政府令第158号", "长沙市人民政府令 第158号", "长沙市人民政府令　第 158 號"}) {
    CAPTURE(raw);
    const auto n = parse_decree_number(raw);
    REQUIRE(n);
    CHECK(n->agency == "长沙市人民政府令");
    CHECK(n->year == 0);
    CHECK(n->seq == 158);
    CHECK(n->raw == raw);
  }
  CHECK(parse_decree_number("中华人民共和国国务院令第707号")->agency == "中华人民共和国国务院令");
  CHECK_FALSE(parse_decree_number("第158号"));
  CHECK_FALSE(parse_decree_number("长沙市人民政府令"));
  CHECK_FALSE(parse_decree_number("长政〔2023〕158号"));
  CHECK_FALSE(parse_decree_number("长沙市人民政府令第158号发布"));
  // 主席令 and some provinces print the sequence in Chinese numerals.
  const auto chinese = parse_decree_number("陕西省人民政府令第二百五十八号");
  REQUIRE(chinese);
  CHECK(chinese->seq == 258);
  CHECK(chinese->raw == "陕西省人民政府令第二百五十八号");
  CHECK_FALSE(parse_decree_number("长沙市人民政府令第1.5号"));
}
