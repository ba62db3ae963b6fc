#include <doctest/doctest.h>

#include "model/period_count.hpp"
#include "status/status.hpp"
#include "status_helpers.hpp"

using namespace clausecheck;
using namespace clausecheck::status;
using namespace clausecheck::test;
using namespace std::chrono;

namespace {
DurationValue n_years(int n) { return DurationValue{n, 0, 0, 0}; }
DurationValue n_months(int n) { return DurationValue{0, n, 0, 0}; }
DurationValue days_of(int n) { return DurationValue{0, 0, n, 0}; }
}  // namespace

TEST_CASE("add_months clamps to the month end") {
  CHECK(add_months(ymd(2023, 1, 31), 1) == ymd(2023, 2, 28));
  CHECK(add_months(ymd(2024, 1, 31), 1) == ymd(2024, 2, 29));
  CHECK(add_months(ymd(2023, 3, 4), 12) == ymd(2024, 3, 4));
  CHECK(add_months(ymd(2023, 11, 30), 3) == ymd(2024, 2, 29));
}

TEST_CASE("administrative count: the last day is the day before the anniversary") {
  CHECK(last_day_of_period(ymd(2023, 3, 4), n_years(1), DayCount::administrative) == ymd(2024, 3, 3));
  // 自2020年1月1日起施行，有效期至2024年12月31日 is a five-year validity.
  CHECK(last_day_of_period(ymd(2020, 1, 1), n_years(5), DayCount::administrative) == ymd(2024, 12, 31));
  CHECK(last_day_of_period(ymd(2023, 3, 1), n_months(1), DayCount::administrative) == ymd(2023, 3, 31));
  CHECK(last_day_of_period(ymd(2023, 3, 4), days_of(10), DayCount::administrative) == ymd(2023, 3, 13));
}

TEST_CASE("no corresponding day: the month end is the last day") {
  CHECK(last_day_of_period(ymd(2023, 1, 31), n_months(1), DayCount::administrative) == ymd(2023, 2, 28));
  CHECK(last_day_of_period(ymd(2024, 2, 29), n_years(1), DayCount::administrative) == ymd(2025, 2, 28));
  CHECK(last_day_of_period(ymd(2023, 1, 31), n_months(1), DayCount::civil_code) == ymd(2023, 2, 28));
}

TEST_CASE("civil-code count: the first day does not count") {
  CHECK(last_day_of_period(ymd(2023, 3, 4), n_years(1), DayCount::civil_code) == ymd(2024, 3, 4));
  CHECK(last_day_of_period(ymd(2023, 3, 4), days_of(10), DayCount::civil_code) == ymd(2023, 3, 14));
}

TEST_CASE("day count names round-trip and reject unknown names") {
  DayCount count = DayCount::administrative;
  CHECK(parse_day_count("civil_code", count));
  CHECK(count == DayCount::civil_code);
  CHECK(std::string(to_string(count)) == "civil_code");
  CHECK_FALSE(parse_day_count("civil", count));
}

TEST_CASE("classify a window on a date") {
  const auto from = ymd(2023, 3, 4), through = ymd(2024, 3, 3);
  CHECK(classify(ymd(2023, 3, 3), from, through, 90) == Status::not_yet_effective);
  CHECK(classify(ymd(2023, 6, 1), from, through, 90) == Status::in_force);
  CHECK(classify(ymd(2023, 12, 4), from, through, 90) == Status::expiring);  // 90 days left
  CHECK(classify(ymd(2023, 12, 3), from, through, 90) == Status::in_force);  // 91 days left
  CHECK(classify(ymd(2024, 3, 3), from, through, 90) == Status::expiring);
  CHECK(classify(ymd(2024, 3, 3), from, through, 0) == Status::expiring);
  CHECK(classify(ymd(2024, 3, 4), from, through, 90) == Status::expired);
  CHECK(classify(ymd(2024, 3, 4), from, std::nullopt, 90) == Status::no_validity);
  CHECK(classify(ymd(2024, 3, 4), std::nullopt, through, 90) == Status::expired);
  CHECK(std::string(to_string(Status::not_yet_effective)) == "not_yet_effective");
}
