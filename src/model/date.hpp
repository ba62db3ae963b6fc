#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "clausecheck/export.hpp"

namespace clausecheck {

enum class Precision { year, month, day };

// A calendar date as precise as the text wrote it: 2023年 is a year, 2023年4月 a month.
struct CLAUSECHECK_API Date {
  std::chrono::year_month_day ymd{};
  Precision precision = Precision::day;

  bool operator==(const Date&) const = default;
  // "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision.
  std::string iso() const;
  // The first and the last day the date can mean (2023年 → 2023-01-01 … 2023-12-31).
  std::chrono::year_month_day first_day() const;
  std::chrono::year_month_day last_day() const;
};

// The date's iso(), or nothing when there is no date: how JSON writes an optional date.
CLAUSECHECK_API std::optional<std::string> iso(const std::optional<Date>& d);

// A valid Gregorian date, or nothing (2月30日, 13月).
CLAUSECHECK_API std::optional<Date> make_date(int year, int month = 0, int day = 0);

// A length of time as the text counts it; 半年 is 6 months, 工作日 stay apart.
struct DurationValue {
  int years = 0;
  int months = 0;
  int days = 0;
  int workdays = 0;
  bool operator==(const DurationValue&) const = default;
  auto operator<=>(const DurationValue&) const = default;
};

// As a document writes it: 3年, 1年6个月, 90日, 30个工作日.
CLAUSECHECK_API std::string to_chinese(const DurationValue& d);
// The same in English words: 3 years, 1 year 6 months, 90 days, 30 working days.
CLAUSECHECK_API std::string to_english(const DurationValue& d);

enum class Comparator { le, lt, ge, gt, eq, approx };
// "<=", "<", ">=", ">", "=", "~"
CLAUSECHECK_API const char* to_string(Comparator op);

}  // namespace clausecheck
