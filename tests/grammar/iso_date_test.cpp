// --as-of, a config's as_of and an index's stored dates (grammar/iso_date.hpp).
#include "grammar/iso_date.hpp"

#include <doctest/doctest.h>

using namespace clausecheck;
using namespace clausecheck::grammar;

TEST_CASE("parse_iso_date: YYYY-MM-DD, YYYY-MM or YYYY, with the precision written") {
  const auto day = parse_iso_date("2023-03-04");
  REQUIRE(day);
  CHECK(day->precision == Precision::day);
  CHECK(day->iso() == "2023-03-04");
  const auto month = parse_iso_date("2024-02");
  REQUIRE(month);
  CHECK(month->precision == Precision::month);
  CHECK(month->iso() == "2024-02");
  const auto year = parse_iso_date("2025");
  REQUIRE(year);
  CHECK(year->precision == Precision::year);
  CHECK(parse_iso_date("2024-02-29"));  // a leap day
}

TEST_CASE("parse_iso_date: exactly that many digits, the whole text, a day of the calendar") {
  for (const char* bad : {"2023-3-04", "2023-03-4", "2023- 3-04", "2023-+3-04", " 2023-03-04", "2023-03-04 ",
                          "2023-03-04x", "2023-02-30", "2023-13-01", "2023-00", "2023-01-00", "2023-00-00", "023-03-04",
                          "20230-03-04", "2023/03/04", "2023年3月4日", "", "0999", "2023-"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_iso_date(bad));
  }
}
