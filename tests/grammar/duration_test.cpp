#include <doctest/doctest.h>

#include "grammar/duration.hpp"

using namespace clausecheck::grammar;
using clausecheck::DurationValue;

namespace {
DurationValue d(std::string_view text) {
  auto m = match_duration(text);
  REQUIRE(m);
  return m->value;
}
}  // namespace

TEST_CASE("durations in years, months, days") {
  CHECK(d("一年") == DurationValue{1, 0, 0, 0});
  CHECK(d("两年") == DurationValue{2, 0, 0, 0});
  CHECK(d("半年") == DurationValue{0, 6, 0, 0});
  CHECK(d("一年半") == DurationValue{1, 6, 0, 0});
  CHECK(d("6个月") == DurationValue{0, 6, 0, 0});
  CHECK(d("三年内") == DurationValue{3, 0, 0, 0});
  CHECK(d("1年内") == DurationValue{1, 0, 0, 0});
  CHECK(d("90日") == DurationValue{0, 0, 90, 0});
  CHECK(d("15天") == DurationValue{0, 0, 15, 0});
  CHECK(d("2周") == DurationValue{0, 0, 14, 0});
  CHECK(d("5 年") == DurationValue{5, 0, 0, 0});
  CHECK(d("十二个月") == DurationValue{0, 12, 0, 0});
}

TEST_CASE("working days stay apart from calendar days") {
  CHECK(d("30个工作日") == DurationValue{0, 0, 0, 30});
  CHECK(d("5工作日") == DurationValue{0, 0, 0, 5});
}

TEST_CASE("the match covers the duration only") {
  CHECK(match_duration("6个月，且")->length == std::string_view("6个月").size());
  CHECK(match_duration("三年内竣工")->length == std::string_view("三年").size());
}

TEST_CASE("what is not a duration") {
  CHECK_FALSE(match_duration("2023年"));
  CHECK_FALSE(match_duration("1.5年"));
  CHECK_FALSE(match_duration("6月"));
  CHECK_FALSE(match_duration("十四五"));
  CHECK_FALSE(match_duration("年"));
  CHECK_FALSE(match_duration("40万元"));
  // Beyond any int (found by fuzz_parse; the count was cast before its range was checked).
  CHECK_FALSE(match_duration("55555555555555555555555555555555天"));
  CHECK_FALSE(match_duration("1000天"));
}
