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
