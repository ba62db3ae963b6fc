#include "model/period_count.hpp"

#include <algorithm>
#include <string>

namespace clausecheck::status {

using namespace std::chrono;

const char* to_string(DayCount count) { return count == DayCount::civil_code ? "civil_code" : "administrative"; }

bool parse_day_count(const std::string& text, DayCount& out) {
  if (text == "administrative") out = DayCount::administrative;
  else if (text == "civil_code") out = DayCount::civil_code;
  else return false;
  return true;
}

namespace {

struct Shifted {
  year_month_day date;
  bool clamped = false;  // the corresponding day did not exist
};

Shifted shift_months(year_month_day from, int months) {
  const year_month target = year_month{from.year(), from.month()} + std::chrono::months{months};
  const day month_end = (target / last).day();
  return {target / std::min(from.day(), month_end), from.day() > month_end};
}

}  // namespace

year_month_day add_months(year_month_day from, int months) { return shift_months(from, months).date; }

year_month_day last_day_of_period(year_month_day from, const DurationValue& length, DayCount count) {
  Shifted end = shift_months(from, length.years * 12 + length.months);
  end.date = year_month_day{sys_days{end.date} + days{length.days}};
  if (count == DayCount::civil_code) return end.date;
  // No corresponding day: the month end already is the last day, not the day after it.
  if (end.clamped && length.days == 0) return end.date;
  return year_month_day{sys_days{end.date} - days{1}};
}

int days_between(year_month_day a, year_month_day b) { return static_cast<int>((sys_days{b} - sys_days{a}).count()); }

}  // namespace clausecheck::status
