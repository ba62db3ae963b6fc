#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/arabic_digit.hpp"
#include "grammar/chinese_numerals.hpp"
#include "grammar/date.hpp"

namespace clausecheck::grammar {
namespace date_detail {

// 一 … 三十一, the Chinese numbers a month or a day can take.
struct small_chinese_table : x3::symbols<int> {
  small_chinese_table() {
    const char* digit[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int n = 1; n <= 31; ++n) {
      std::string text = n >= 20 ? std::string(digit[n / 10]) + "十" : n >= 10 ? "十" : "";
      text += digit[n % 10];
      add(text, n);
    }
    add("〇一", 1)("〇二", 2)("〇三", 3)("〇四", 4)("〇五", 5)("〇六", 6)("〇七", 7)("〇八", 8)("〇九", 9);
  }
};

const year_digit_table year_digit;
const small_chinese_table small_chinese;

// Digits accumulate into the rule's value as they are read (no vector of
// digits to allocate at every figure of a text).
const auto start = [](auto& ctx) { x3::_val(ctx) = 0; };
const auto push_digit = [](auto& ctx) { x3::_val(ctx) = x3::_val(ctx) * 10 + x3::_attr(ctx); };
const auto plausible_year = [](auto& ctx) {
  x3::_pass(ctx) = x3::_val(ctx) >= 1900 && x3::_val(ctx) <= 2199;  // 5000年 is a span of time, not a year
};

}  // namespace date_detail

const x3::rule<struct small_digits_class, int> small_digits = "small_digits";
const x3::rule<struct year_number_class, int> year_number = "year_number";
const x3::rule<struct small_number_class, int> small_number = "small_number";
const x3::rule<struct iso_number_class, int> iso_number = "iso_number";
const date_type date_rule = "date";
const x3::rule<struct day_of_month_class, DateText> day_of_month = "day_of_month";

const auto year_number_def = x3::eps[date_detail::start] >>
                             x3::repeat(4)[arabic_digit[date_detail::push_digit] | date_detail::year_digit[date_detail::push_digit]] >>
                             !arabic_digit >> x3::eps[date_detail::plausible_year];
const auto small_digits_def =
    x3::eps[date_detail::start] >> x3::repeat(1, 2)[arabic_digit[date_detail::push_digit]] >> !arabic_digit;
// A rule with actions does not pass attributes on by itself: copy explicitly.
const auto copy = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
const auto small_number_def = small_digits[copy] | date_detail::small_chinese[copy];
const auto iso_number_def = small_digits[copy];

// PDF extraction leaves spaces between the figures and their characters.
const auto sp = *(x3::lit(' ') | x3::lit("\u3000"));

const auto set_year = [](auto& c) { x3::_val(c).year = x3::_attr(c); };
const auto set_month = [](auto& c) { x3::_val(c).month = x3::_attr(c); };
const auto set_day = [](auto& c) { x3::_val(c).day = x3::_attr(c); };
const auto set_part = [](DateText::Part part) { return [part](auto& c) { x3::_val(c).part = part; }; };

const auto month_end = (x3::lit("底") | "末")[set_part(DateText::Part::month_end)];
const auto month_day = (small_number >> sp >> "月")[set_month] >>
                       -(sp >> ((small_number >> sp >> (x3::lit("日") | "号"))[set_day] | month_end));
const auto year_end = (x3::lit("底") | "末" | "年底" | "年末")[set_part(DateText::Part::year_end)];
const auto year_tail = year_end |
                       x3::lit("上半年")[set_part(DateText::Part::first_half)] |
                       x3::lit("下半年")[set_part(DateText::Part::second_half)] | month_day;
// Every dated form but 5月1日 starts with its year, read once for all of them.
// 2023-03-04, 2023.3.4, 2023/3/4: the same separator twice, all three parts.
const auto numeric_tail = [](auto sep) {
  return sep >> iso_number[set_month] >> sep >> iso_number[set_day] >> !arabic_digit;
};
const auto chinese_tail = sp >> "年" >> -(sp >> year_tail);
const auto date_rule_def =
    year_number[set_year] >> (numeric_tail(x3::lit('-')) | numeric_tail(x3::lit('.')) | numeric_tail(x3::lit('/')) | chinese_tail) |
    (small_number >> sp >> "月")[set_month] >> sp >> ((small_number >> sp >> (x3::lit("日") | "号"))[set_day] | month_end);
// 5日, 十五号: a day of every month (每月5日前).
const auto day_of_month_def = (small_number >> sp >> (x3::lit("日") | "号"))[set_day];

BOOST_SPIRIT_DEFINE(small_digits, year_number, small_number, iso_number)
BOOST_SPIRIT_DEFINE(date_rule, day_of_month)

}  // namespace clausecheck::grammar
