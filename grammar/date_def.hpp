#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/arabic_digit.hpp"
#include "grammar/chinese_numerals.hpp"
#include "grammar/date.hpp"
#include "grammar/numeral.hpp"

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

// The glyphs a year writes its zero with, Chinese (二〇二三) or not (2005, 二00五, 二OO五).
struct zero_table : x3::symbols<std::string_view> {
  zero_table() {
    for (const std::string_view glyph : {"〇", "○", "零", "0", "０", "O", "Ｏ"}) add(glyph, glyph);
  }
};
const zero_table zero_glyph;

// Digits accumulate into the rule's value as they are read (no vector of
// digits to allocate at every figure of a text).
const auto start = [](auto& ctx) { x3::_val(ctx) = 0; };
const auto push_digit = [](auto& ctx) { x3::_val(ctx) = x3::_val(ctx) * 10 + x3::_attr(ctx); };
// A year's digits (a DateText) accumulate with how they are written.
const auto start_year = [](auto& ctx) { x3::_val(ctx) = DateText{}; };
const auto push_year_digit = [](bool chinese) {
  return [chinese](auto& ctx) {
    DateText& d = x3::_val(ctx);
    d.year = d.year * 10 + x3::_attr(ctx);
    ++d.written.year_digits;
    d.written.chinese = d.written.chinese || chinese;
  };
};
// The zero's glyph is the matched text: the first other than 〇 is kept (二〇0五: 0).
const auto push_zero = [](auto& ctx) {
  DateText& d = x3::_val(ctx);
  const std::string_view glyph = x3::_attr(ctx);
  d.year *= 10;
  ++d.written.year_digits;
  d.written.chinese = d.written.chinese || glyph == "〇" || glyph == "○" || glyph == "零";
  if (d.written.zero.empty() || d.written.zero == "〇") d.written.zero = glyph;
};
const auto plausible_year = [](auto& ctx) {
  x3::_pass(ctx) = x3::_val(ctx).year >= 1900 && x3::_val(ctx).year <= 2199;  // 5000年 is a span of time, not a year
};
// 两千零五年, 一千九百九十八年: a year written as a Chinese number.
const auto chinese_year = [](auto& ctx) {
  const Numeral& n = x3::_attr(ctx);
  x3::_pass(ctx) = n.chinese && n.value >= 1900 && n.value <= 2199 && n.value == static_cast<int>(n.value);
  if (x3::_pass(ctx)) x3::_val(ctx) = DateText{.year = static_cast<int>(n.value), .written = {true, 4, {}}};
};
// 23年: two digits, on a signing line only.
const auto two_digit_year = [](auto& ctx) {
  x3::_val(ctx).year = x3::_attr(ctx);
  x3::_val(ctx).written = WrittenDate{false, 2, {}};
};

// 第一季度, 一季度, 1季度 (of a year).
struct quarter_table : x3::symbols<int> {
  quarter_table() {
    add("一", 1)("二", 2)("三", 3)("四", 4)("1", 1)("2", 2)("3", 3)("4", 4)("１", 1)("２", 2)("３", 3)("４", 4);
  }
};
const quarter_table quarter_number;

const auto set_decade = [](auto& ctx) {
  const Numeral& n = x3::_attr(ctx);
  const int v = static_cast<int>(n.value);
  x3::_pass(ctx) = n.value == v && v >= 0 && v <= 90 && v % 10 == 0;
  if (x3::_pass(ctx)) x3::_val(ctx).decade = v;
};
const auto set_century = [](auto& ctx) {
  const Numeral& n = x3::_attr(ctx);
  const int v = static_cast<int>(n.value);
  x3::_pass(ctx) = n.value == v && v >= 1 && v <= 22;
  if (x3::_pass(ctx)) x3::_val(ctx).century = v;
};
const auto last_century = [](auto& ctx) { x3::_val(ctx).relative = -1; };

}  // namespace date_detail

const x3::rule<struct small_digits_class, int> small_digits = "small_digits";
const x3::rule<struct year_number_class, DateText> year_number = "year_number";
const x3::rule<struct small_number_class, int> small_number = "small_number";
const x3::rule<struct iso_number_class, int> iso_number = "iso_number";
const date_type date_rule = "date";
const x3::rule<struct day_of_month_class, DateText> day_of_month = "day_of_month";

const auto year_number_def =
    (x3::eps[date_detail::start_year] >>
     x3::repeat(4)[date_detail::zero_glyph[date_detail::push_zero] | arabic_digit[date_detail::push_year_digit(false)] |
                   date_detail::year_digit[date_detail::push_year_digit(true)]] >>
     !arabic_digit >> x3::eps[date_detail::plausible_year]) |
    // a year in words starts with its thousands: 一千九百…, 两千零五
    (&(x3::lit("一千") | "两千" | "二千") >> numeral[date_detail::chinese_year]);
const auto small_digits_def = x3::eps[date_detail::start] >> x3::repeat(1, 2)[arabic_digit[date_detail::push_digit]] >>
                              !arabic_digit;
// A rule with actions does not pass attributes on by itself: copy explicitly.
const auto copy = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
const auto small_number_def = small_digits[copy] | date_detail::small_chinese[copy];
const auto iso_number_def = small_digits[copy];

// PDF extraction leaves spaces between the figures and their characters.
const auto sp = *(x3::lit(' ') | x3::lit("\u3000"));

const auto set_year = [](auto& c) {
  x3::_val(c).year = x3::_attr(c).year;
  x3::_val(c).written = x3::_attr(c).written;
};
const auto set_month = [](auto& c) { x3::_val(c).month = x3::_attr(c); };
const auto set_day = [](auto& c) { x3::_val(c).day = x3::_attr(c); };
const auto set_part = [](DateText::Part part) { return [part](auto& c) { x3::_val(c).part = part; }; };

const auto month_end = (x3::lit("底") | "末")[set_part(DateText::Part::month_end)];
// A day may close a sentence without its 日: 于2023年3月4。
const auto sentence_close = x3::eoi | x3::lit("。") | "；" | "！" | "？";
const auto month_day = (small_number >> sp >> "月")[set_month] >>
                       -(sp >> ((small_number >> sp >> (x3::lit("日") | "号"))[set_day] | month_end |
                                (small_number >> &sentence_close)[set_day]));
const auto set_quarter = [](auto& c) {
  x3::_val(c).part = DateText::Part::quarter;
  x3::_val(c).quarter = x3::_attr(c);
};
const auto year_end = (x3::lit("底") | "末" | "年底" | "年末")[set_part(DateText::Part::year_end)];
const auto year_tail = year_end | (x3::lit("上半年") | "前半年")[set_part(DateText::Part::first_half)] |
                       (x3::lit("下半年") | "后半年")[set_part(DateText::Part::second_half)] |
                       (-x3::lit("第") >> date_detail::quarter_number >> "季度")[set_quarter] | month_day;
// Every dated form but 5月1日 starts with its year, read once for all of them.
// 2023-03-04, 2023.3.4, 2023/3/4: the same separator twice, all three parts.
const auto numeric_tail = [](auto sep) {
  return sep >> iso_number[set_month] >> sep >> iso_number[set_day] >> !arabic_digit;
};
const auto chinese_tail = sp >> "年" >> -(sp >> year_tail);
const auto date_rule_def = year_number[set_year] >> (numeric_tail(x3::lit('-')) | numeric_tail(x3::lit('.')) |
                                                     numeric_tail(x3::lit('/')) | chinese_tail) |
                           (small_number >> sp >> "月")[set_month] >> sp >>
                               ((small_number >> sp >> (x3::lit("日") | "号"))[set_day] | month_end);
// 23年3月4日: a year of two digits names no century; only a signing line is read so.
const x3::rule<struct signing_date_class, DateText> signing_date_rule = "signing_date";
const auto signing_date_rule_def =
    date_rule[copy] | (&x3::repeat(2)[arabic_digit] >> small_digits[date_detail::two_digit_year] >> sp >> "年" >> sp >>
                       (small_number >> sp >> "月")[set_month] >> sp >> (small_number >> sp >> "日")[set_day]);
// 5日, 十五号: a day of every month (每月5日前).
const auto day_of_month_def = (small_number >> sp >> (x3::lit("日") | "号"))[set_day];
const x3::rule<struct decade_class, DecadeText> decade = "decade";
const auto decade_def = ((x3::lit("上个世纪") | "上世纪")[date_detail::last_century] | x3::lit("本世纪") |
                         (numeral[date_detail::set_century] >> sp >> "世纪")) >>
                        sp >> numeral[date_detail::set_decade] >> sp >> "年代";

BOOST_SPIRIT_DEFINE(small_digits, year_number, small_number, iso_number)
BOOST_SPIRIT_DEFINE(date_rule, signing_date_rule, day_of_month, decade)

}  // namespace clausecheck::grammar
