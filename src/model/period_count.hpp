#pragma once
#include <chrono>
#include <string>

#include "model/date.hpp"

namespace clausecheck::status {

// How the last day of a period is counted (docs/status.md).
enum class DayCount {
  // Administrative practice: the period runs from the effective date and its
  // last day is the day before the anniversary (有效期一年 from 2023-03-04 runs
  // through 2024-03-03), as `自2020年1月1日起施行，有效期至2024年12月31日` writes it.
  administrative,
  // 民法典 第二百零一条、第二百零二条: the first day does not count, so the
  // last day is the anniversary itself (2024-03-04).
  civil_code,
};

// "administrative" / "civil_code"; parse_day_count returns false for anything else.
const char* to_string(DayCount count);
bool parse_day_count(const std::string& text, DayCount& out);

// Adds whole months, clamping to the month end where the corresponding day
// does not exist (2023-01-31 + 1 month = 2023-02-28).
std::chrono::year_month_day add_months(std::chrono::year_month_day from, int months);

// The last day a period of `length` starting on `from` covers. Where the
// corresponding day does not exist the month end is the last day under both
// counts (民法典 第二百零二条). Workdays are not counted (they need a holiday
// calendar): a length of workdays only is treated as zero.
std::chrono::year_month_day last_day_of_period(std::chrono::year_month_day from, const DurationValue& length,
                                               DayCount count);

// Whole days from `a` to `b` (negative when b is before a).
int days_between(std::chrono::year_month_day a, std::chrono::year_month_day b);

}  // namespace clausecheck::status
