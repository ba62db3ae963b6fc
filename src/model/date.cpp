#include "model/date.hpp"

namespace clausecheck {

using namespace std::chrono;

namespace {
// `value`'s last `width` digits, zero-padded, at `at`.
void put_digits(char* at, unsigned value, int width) {
  for (int k = width - 1; k >= 0; --k, value /= 10) at[k] = static_cast<char>('0' + value % 10);
}
}  // namespace

// A finding of the expiry rules prints three dates: snprintf's format parsing
// was most of the time of a report of 20,000 of them.
std::string Date::iso() const {
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  if (y >= 0 && y <= 9999 && m <= 99 && d <= 99) {
    char digits[] = "0000-00-00";
    put_digits(digits, static_cast<unsigned>(y), 4);
    put_digits(digits + 5, m, 2);
    put_digits(digits + 8, d, 2);
    const std::size_t length = precision == Precision::year ? 4 : precision == Precision::month ? 7 : 10;
    return {digits, length};
  }
  char buf[16];  // a year of five digits or before year 0 (or fields out of range), as printf prints them
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

std::optional<std::string> iso(const std::optional<Date>& d) { return d ? std::optional(d->iso()) : std::nullopt; }

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

std::string to_chinese(const DurationValue& d) {
  std::string out;
  if (d.years) out += std::to_string(d.years) + "年";
  if (d.months) out += std::to_string(d.months) + "个月";
  if (d.days || (out.empty() && !d.workdays)) out += std::to_string(d.days) + "日";
  if (d.workdays) out += std::to_string(d.workdays) + "个工作日";
  return out;
}

std::string to_english(const DurationValue& d) {
  std::string out;
  const auto part = [&out](int n, const char* one, const char* many) {
    out += (out.empty() ? "" : " ") + std::to_string(n) + ' ' + (n == 1 ? one : many);
  };
  if (d.years) part(d.years, "year", "years");
  if (d.months) part(d.months, "month", "months");
  if (d.days || (out.empty() && !d.workdays)) part(d.days, "day", "days");
  if (d.workdays) part(d.workdays, "working day", "working days");
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
