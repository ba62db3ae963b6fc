#include <doctest/doctest.h>

#include "model/date.hpp"

using namespace clausecheck;

TEST_CASE("make_date keeps precision and rejects impossible dates") {
  CHECK(make_date(2023, 3, 4)->iso() == "2023-03-04");
  CHECK(make_date(2023, 4)->iso() == "2023-04");
  CHECK(make_date(2023)->iso() == "2023");
  CHECK_FALSE(make_date(2023, 13, 1));
  CHECK_FALSE(make_date(2023, 2, 30));
  CHECK(make_date(2024, 2, 29));
  CHECK_FALSE(make_date(2023, 0, 5));
}

TEST_CASE("first and last day of a coarse date") {
  using namespace std::chrono;
  CHECK(make_date(2023)->last_day() == 2023y / December / 31);
  CHECK(make_date(2024, 2)->last_day() == 2024y / February / 29);
  CHECK(make_date(2024, 2)->first_day() == 2024y / February / 1);
}

TEST_CASE("durations are written as documents write them") {
  CHECK(to_chinese(DurationValue{3, 0, 0, 0}) == "3年");
  CHECK(to_chinese(DurationValue{1, 6, 0, 0}) == "1年6个月");
  CHECK(to_chinese(DurationValue{0, 0, 90, 0}) == "90日");
  CHECK(to_chinese(DurationValue{0, 0, 0, 30}) == "30个工作日");
  CHECK(to_chinese(DurationValue{}) == "0日");
  CHECK(to_english(DurationValue{3, 0, 0, 0}) == "3 years");
  CHECK(to_english(DurationValue{1, 6, 0, 0}) == "1 year 6 months");
  CHECK(to_english(DurationValue{0, 0, 1, 0}) == "1 day");
  CHECK(to_english(DurationValue{0, 0, 0, 30}) == "30 working days");
  CHECK(to_english(DurationValue{}) == "0 days");
}

TEST_CASE("iso pads each field with zeros, and prints a year past four digits whole") {
  using namespace std::chrono;
  CHECK(Date{year{7} / January / 5, Precision::day}.iso() == "0007-01-05");
  CHECK(Date{year{987} / November / 30, Precision::month}.iso() == "0987-11");
  CHECK(Date{year{12345} / March / 1, Precision::day}.iso() == "12345-03-01");
  CHECK(Date{year{-5} / March / 1, Precision::year}.iso() == "-005");
}
