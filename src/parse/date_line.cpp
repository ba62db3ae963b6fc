#include "parse/date_line.hpp"

#include <string>

#include "grammar/numeral.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

// A year is written with Arabic digits or digit by digit in Chinese (mixed
// forms such as 二00五 occur); month and day as Arabic or Chinese integers.
std::optional<long long> year_value(std::string_view text) {
  if (auto v = grammar::parse_arabic_number(text); v && text.size() == 4) return static_cast<long long>(*v);
  return grammar::parse_chinese_digits(text);
}

std::optional<long long> small_value(std::string_view text) {
  if (auto v = grammar::parse_arabic_number(text); v && text.size() <= 2) return static_cast<long long>(*v);
  return grammar::parse_chinese_integer(text);
}

// Splits "X年Y月Z日" into its parts; missing parts stay empty.
bool split_date(std::string_view text, std::string_view& y, std::string_view& m, std::string_view& d) {
  const auto year_end = text.find("年");
  if (year_end == std::string_view::npos || year_end == 0) return false;
  y = text.substr(0, year_end);
  std::string_view rest = text.substr(year_end + 3);
  if (rest.empty()) return true;
  const auto month_end = rest.find("月");
  if (month_end == std::string_view::npos || month_end == 0) return false;
  m = rest.substr(0, month_end);
  rest = rest.substr(month_end + 3);
  if (rest.empty()) return true;
  if (!rest.ends_with("日") || rest.size() == 3) return false;
  d = rest.substr(0, rest.size() - 3);
  return true;
}

}  // namespace

constexpr std::size_t kDateLineMax = 64;  // bytes: 二〇二三年十二月三十一日 with spaces

std::optional<Date> parse_date_line(std::string_view text) {
  if (text.size() > kDateLineMax || text.find("年") == std::string_view::npos) return std::nullopt;
  const std::string squeezed = squeeze(text);
  std::string_view y, m, d;
  if (!split_date(squeezed, y, m, d)) return std::nullopt;
  const auto year = year_value(y);
  if (!year) return std::nullopt;
  std::optional<long long> month = 0, day = 0;
  if (!m.empty()) month = small_value(m);
  if (!d.empty()) day = small_value(d);
  if (!month || !day) return std::nullopt;
  return make_date(static_cast<int>(*year), static_cast<int>(*month), static_cast<int>(*day));
}

}  // namespace clausecheck::parse
