#include <doctest/doctest.h>

#include "parse/date_line.hpp"

using clausecheck::parse::parse_date_line;

TEST_CASE("signing dates in Arabic and Chinese numerals") {
  CHECK(parse_date_line("2023年3月4日")->iso() == "2023-03-04");
  CHECK(parse_date_line("2023 年 1 月 4 日")->iso() == "2023-01-04");
  CHECK(parse_date_line("二〇〇八年五月十二日")->iso() == "2008-05-12");
  CHECK(parse_date_line("二○○八年十二月三十一日")->iso() == "2008-12-31");
  CHECK(parse_date_line("二00五年十月")->iso() == "2005-10");
  CHECK(parse_date_line("2023年4月")->iso() == "2023-04");
}

TEST_CASE("a line with more than a date, or an impossible date, is no date line") {
  CHECK_FALSE(parse_date_line("2019年4月3日 国务院令第711号修订"));
  CHECK_FALSE(parse_date_line("2023年2月30日"));
  CHECK_FALSE(parse_date_line("2023年13月1日"));
  CHECK_FALSE(parse_date_line("本通知自2023年3月4日起施行"));
}

TEST_CASE("a year written with the letter O or ○ for zero") {
  CHECK(parse_date_line("二OO五年十月十日")->iso() == "2005-10-10");
  CHECK(parse_date_line("二○二三年六月二十六日")->iso() == "2023-06-26");
  CHECK(parse_date_line("二〇二三年三月四日")->iso() == "2023-03-04");
}

TEST_CASE("a signing line: the date alone, or the issuer before it on the same line") {
  using clausecheck::parse::parse_signing_line;
  const auto alone = parse_signing_line("2023年3月15日");
  REQUIRE(alone);
  CHECK(alone->issuer.empty());
  CHECK(alone->date->iso() == "2023-03-15");
  const auto issued = parse_signing_line("郑州市人民政府 2023年3月15日");
  REQUIRE(issued);
  CHECK(issued->issuer == "郑州市人民政府");
  CHECK(issued->date->iso() == "2023-03-15");
  const auto chinese = parse_signing_line("芜湖市人民政府　二〇二三年三月四日");
  REQUIRE(chinese);
  CHECK(chinese->issuer == "芜湖市人民政府");
  CHECK(chinese->date->iso() == "2023-03-04");
  CHECK(parse_signing_line("国务院办公厅、中央军委办公厅 一九九六年六月二十九日")->issuer ==
        "国务院办公厅、中央军委办公厅");
  // Not an issuer: a sentence, a name that is no organ's, a date without its day, a printing line.
  CHECK_FALSE(parse_signing_line("截至2023年3月15日"));
  CHECK_FALSE(parse_signing_line("中华人民共和国成立于1949年10月1日"));
  CHECK_FALSE(parse_signing_line("郑州市人民政府 2023年3月"));
  CHECK_FALSE(parse_signing_line("武汉市人民政府办公厅 2023年5月15日印发"));
}

TEST_CASE("an impossible signing date keeps its line the signing line, with no date") {
  using clausecheck::parse::parse_signing_line;
  const auto alone = parse_signing_line("2023年2月30日");
  REQUIRE(alone);
  CHECK_FALSE(alone->date);
  const auto issued = parse_signing_line("郑州市人民政府 2023年13月1日");
  REQUIRE(issued);
  CHECK(issued->issuer == "郑州市人民政府");
  CHECK_FALSE(issued->date);
}

TEST_CASE("a signing line keeps how its date is written; a two-digit year signs no day") {
  using clausecheck::parse::parse_signing_line;
  const auto two = parse_signing_line("23年3月4日");
  REQUIRE(two);
  CHECK_FALSE(two->date);
  CHECK(two->written.year_digits == 2);
  CHECK(two->written_date == "23年3月4日");
  CHECK_FALSE(parse_date_line("23年3月4日"));  // only a signing line reads it
  const auto issued = parse_signing_line("芜湖市人民政府　二○二三年三月四日");
  REQUIRE(issued);
  CHECK(issued->written_date == "二○二三年三月四日");
  CHECK(issued->written.chinese);
  CHECK(issued->written.zero == "○");
}

TEST_CASE("the signing date's place: the date without its issuer or the blanks around it") {
  using clausecheck::parse::parse_signing_line;
  using clausecheck::parse::signing_date;
  const auto place = [](std::string text) {
    const auto line = parse_signing_line(text);
    REQUIRE(line);
    const clausecheck::Paragraph p = clausecheck::make_paragraph(text, 100);
    const auto span = signing_date(p, *line).span;
    return text.substr(span.begin - 100, span.end - span.begin);
  };
  CHECK(place("  二〇二三年三月四日 ") == "二〇二三年三月四日");
  CHECK(place("郑州市人民政府 2023年3月15日") == "2023年3月15日");
  CHECK(place("2023 年 1 月 4 日") == "2023 年 1 月 4 日");  // blanks inside: the whole line
}
