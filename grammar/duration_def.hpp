#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/duration.hpp"
#include "grammar/numeral.hpp"

namespace clausecheck::grammar {
namespace duration_detail {

enum class Unit { years, years_and_half, months, months_and_half, quarters, days, weeks, workdays };

struct unit_table : x3::symbols<Unit> {
  unit_table() {
    add("年", Unit::years)("年半", Unit::years_and_half)("个月", Unit::months)("个多月", Unit::months)(
        "日", Unit::days)("天", Unit::days)("周", Unit::weeks)("个星期", Unit::weeks)("星期", Unit::weeks)(
        "个工作日", Unit::workdays)("工作日", Unit::workdays)
        // 15个交易日: trading days are working days, kept apart from calendar days.
        ("个交易日", Unit::workdays)("交易日", Unit::workdays)("周年", Unit::years)("个半月", Unit::months_and_half)(
            "个季度", Unit::quarters)("季度", Unit::quarters);
  }
};
const unit_table unit;

const auto sp = *(x3::lit(' ') | x3::lit("\u3000"));

// Counts of time are whole numbers below a thousand: 2023年 is a year, 1.5年 is not written.
const auto set_count = [](auto& c) {
  const double v = x3::_attr(c).value;
  x3::_pass(c) = v >= 1 && v < 1000 && v == static_cast<int>(v);
  // Cast only in range: a numeral like 5.5e73 does not fit an int (undefined behaviour).
  if (x3::_pass(c)) x3::_val(c).value.years = static_cast<int>(v);  // moved to its unit by set_unit
};
const auto set_unit = [](auto& c) {
  DurationValue& d = x3::_val(c).value;
  const int n = d.years;
  d = {};
  switch (x3::_attr(c)) {
    case Unit::years:
      d.years = n;
      break;
    case Unit::years_and_half:
      d.years = n;
      d.months = 6;
      break;
    case Unit::months:
      d.months = n;
      break;
    case Unit::months_and_half:
      d.months = n;
      d.days = 15;
      break;
    case Unit::quarters:
      d.months = 3 * n;
      break;
    case Unit::days:
      d.days = n;
      break;
    case Unit::weeks:
      d.days = 7 * n;
      break;
    case Unit::workdays:
      d.workdays = n;
      break;
  }
};
const auto half_year = [](auto& c) { x3::_val(c).value = DurationValue{0, 6, 0, 0}; };
const auto half_month = [](auto& c) { x3::_val(c).value = DurationValue{0, 0, 15, 0}; };
// 四年六个月, 一年零三个月: the months after the years.
const auto add_months = [](auto& c) {
  const double v = x3::_attr(c).value;
  const DurationValue& d = x3::_val(c).value;
  x3::_pass(c) = d.years > 0 && d.months == 0 && d.days == 0 && v >= 1 && v < 12 && v == static_cast<int>(v);
  if (x3::_pass(c)) x3::_val(c).value.months = static_cast<int>(v);
};

}  // namespace duration_detail

const duration_type duration_rule = "duration";

const auto duration_rule_def =
    x3::lit("半年")[duration_detail::half_year] | x3::lit("半个月")[duration_detail::half_month] |
    (numeral[duration_detail::set_count] >> duration_detail::sp >> duration_detail::unit[duration_detail::set_unit] >>
     !x3::lit("岁") >>  // 十八周岁 is an age
     -((-x3::lit("零") >> duration_detail::sp >> numeral >> duration_detail::sp >>
        "个月")[duration_detail::add_months]));

BOOST_SPIRIT_DEFINE(duration_rule)

}  // namespace clausecheck::grammar
