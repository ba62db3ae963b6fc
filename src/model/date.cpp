#include "model/date.hpp"

#include <cstdio>

namespace clausecheck {

using namespace std::chrono;

std::string Date::iso() const {
  char buf[16];
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  switch (precision) {
    case Precision::year:
      std::snprintf(buf, sizeof buf, "%04d", y);
      break;
    case Precision::month:
      std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
      break;
    case Precision::day:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
      break;
  }
  return buf;
}

year_month_day Date::first_day() const {
  switch (precision) {
    case Precision::year:
      return ymd.year() / January / 1;
    case Precision::month:
      return ymd.year() / ymd.month() / 1;
    case Precision::day:
      break;
  }
  return ymd;
}

year_month_day Date::last_day() const {
  switch (precision) {
    case Precision::year:
      return ymd.year() / December / 31;
    case Precision::month:
      return year_month_day{ymd.year() / ymd.month() / last};
    case Precision::day:
      break;
  }
  return ymd;
}

std::optional<Date> make_date(int y, int m, int d) {
  if (y < 1000 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 31 || (m == 0 && d != 0)) return std::nullopt;
  Date out;
  out.precision = m == 0 ? Precision::year : d == 0 ? Precision::month : Precision::day;
  out.ymd = year{y} / month{static_cast<unsigned>(m == 0 ? 1 : m)} / day{static_cast<unsigned>(d == 0 ? 1 : d)};
  if (!out.ymd.ok()) return std::nullopt;
  return out;
}

std::optional<Date> parse_iso_date(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail);
  const bool shape = (n == 3 && text.size() == 10) || (n == 2 && text.size() == 7) || (n == 1 && text.size() == 4);
  if (!shape) return std::nullopt;
  return make_date(y, n >= 2 ? m : 0, n >= 3 ? d : 0);
}

std::string to_chinese(const DurationValue& d) {
  std::string out;
  if (d.years) out += std::to_string(d.years) + "年";
  if (d.months) out += std::to_string(d.months) + "个月";
  if (d.days || (out.empty() && !d.workdays)) out += std::to_string(d.days) + "日";
  if (d.workdays) out += std::to_string(d.workdays) + "个工作日";
  return out;
}

const char* to_string(Comparator op) {
  switch (op) {
    case Comparator::le:
      return "<=";
    case Comparator::lt:
      return "<";
    case Comparator::ge:
      return ">=";
    case Comparator::gt:
      return ">";
    case Comparator::eq:
      return "=";
    case Comparator::approx:
      return "~";
  }
  return "=";
}

}  // namespace clausecheck
