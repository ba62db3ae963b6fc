#pragma once
#include <boost/spirit/home/x3.hpp>
#include <charconv>
#include <string>
#include <vector>

#include "grammar/arabic_digit.hpp"
#include "grammar/chinese_numerals.hpp"
#include "grammar/numeral.hpp"

namespace clausecheck::grammar {
namespace numeral_detail {

// Reads a token stream of digits (0…9) and units (-1 十 … -8 亿) the way a
// Chinese integer is written, or nothing when the order makes no number:
// 十四五 (a plan's name) and 一二 are not integers, 三千二 is left to the reader.
inline std::optional<long long> evaluate(const std::vector<int>& tokens) {
  long long yi = 0, wan = 0, section = 0;
  int pending = -1;    // a digit waiting for its unit
  int last_unit = 99;  // the smallest unit power used so far in this section
  bool zero = false;   // a 零 since the last unit
  bool seen_wan = false, seen_yi = false;
  for (int t : tokens) {
    if (t >= 0) {
      if (pending >= 0) return std::nullopt;  // two digits in a row
      if (t == 0) {
        if (last_unit == 99 && section == 0 && wan == 0 && yi == 0)
          return tokens.size() == 1 ? std::optional<long long>(0) : std::nullopt;  // 零 alone, not 零五
        zero = true;
        continue;
      }
      pending = t;
      continue;
    }
    const int power = -t;
    if (power <= 3) {
      if (power >= last_unit) return std::nullopt;  // 十百, 百百
      long long mult = pending;
      if (pending < 0) {
        if (power != 1 || section != 0 || zero) return std::nullopt;  // bare 十 only leads: 十九, 二十万
        mult = 1;
      }
      long long place = power == 1 ? 10 : power == 2 ? 100 : 1000;
      section += mult * place;
      last_unit = power;
      pending = -1;
      zero = false;
      continue;
    }
    // 万 or 亿 closes a section.
    const long long value = section + (pending > 0 ? pending : 0);
    if (pending > 0 && last_unit != 99 && last_unit > 1 && !zero) return std::nullopt;  // 三千二万
    if (power == 4) {
      if (seen_wan || value == 0) return std::nullopt;
      wan = value;
      seen_wan = true;
    } else {
      if (seen_yi) return std::nullopt;
      const long long total = wan * 10000 + value;
      if (total == 0) return std::nullopt;
      yi = total;
      wan = 0;
      seen_wan = false;
      seen_yi = true;
    }
    section = 0;
    pending = -1;
    last_unit = 99;
    zero = false;
  }
  if (pending > 0 && last_unit != 99 && last_unit > 1 && !zero) return std::nullopt;  // 一百五 is ambiguous
  if (pending > 0) section += pending;
  return yi * 100000000 + wan * 10000 + section;
}

const auto decimal_point = x3::lit('.') | x3::lit("．");
// Thousands are grouped with a comma of either width: 82,225.00 and 82，225.00.
const auto group_mark = x3::lit(',') | x3::lit("，");

// "1,200.5" or "１２" → 1200.5, 12: the digits and the point of a matched
// number spelled in ASCII for from_chars, its group marks left out.
inline double arabic_value(const char* first, const char* last) {
  std::string ascii;
  const auto digit = [&](auto& ctx) { ascii += static_cast<char>('0' + x3::_attr(ctx)); };
  const auto point = [&](auto&) { ascii += '.'; };
  x3::parse(first, last, *(arabic_digit[digit] | decimal_point[point] | group_mark));
  double value = 0;
  std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
  return value;
}

const chinese_digit_table cn_digit;
const chinese_unit_table cn_unit;
const fraction_digit_table fraction_digit;
const year_digit_table year_digit;

const auto to_integer = [](auto& ctx) {
  if (auto v = evaluate(x3::_attr(ctx))) x3::_val(ctx) = *v;
  else x3::_pass(ctx) = false;
};
const auto to_digits = [](auto& ctx) {
  if (x3::_attr(ctx).front() == 0) {  // years do not start with 〇
    x3::_pass(ctx) = false;
    return;
  }
  long long v = 0;
  for (int d : x3::_attr(ctx)) v = v * 10 + d;
  x3::_val(ctx) = v;
};
const auto to_arabic = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  x3::_val(ctx) = arabic_value(range.begin(), range.end());
};

}  // namespace numeral_detail

using numeral_detail::cn_digit;
using numeral_detail::cn_unit;
using numeral_detail::fraction_digit;
using numeral_detail::year_digit;

const x3::rule<struct chinese_tokens_class, std::vector<int>> chinese_tokens = "chinese_tokens";
const x3::rule<struct year_digit_tokens_class, std::vector<int>> year_digit_tokens = "year_digit_tokens";
const chinese_integer_type chinese_integer_rule = "chinese_integer";
const chinese_digits_type chinese_digits_rule = "chinese_digits";
const arabic_number_type arabic_number_rule = "arabic_number";
const x3::rule<struct chinese_fraction_class, std::vector<int>> chinese_fraction = "chinese_fraction";

const auto chinese_tokens_def = +(cn_digit | cn_unit);
const auto chinese_integer_rule_def = chinese_tokens[numeral_detail::to_integer];
// At least two digits, so a lone 二 stays an integer.
const auto year_digit_tokens_def = year_digit >> +year_digit;
const auto chinese_digits_rule_def = year_digit_tokens[numeral_detail::to_digits];
// 二点五, 零点四, 一百二十点五: the digits after 点 (a lone 点 is a word: 一点, 重点).
const auto chinese_fraction_def = x3::lit("点") >> +fraction_digit;
using numeral_detail::decimal_point;
using numeral_detail::group_mark;
const auto arabic_number_rule_def =
    x3::raw[+arabic_digit >> *(group_mark >> x3::repeat(3)[arabic_digit] >> !arabic_digit) >>
            -(decimal_point >> +arabic_digit)][numeral_detail::to_arabic];

BOOST_SPIRIT_DEFINE(chinese_tokens, year_digit_tokens, chinese_fraction)
BOOST_SPIRIT_DEFINE(chinese_integer_rule, chinese_digits_rule, arabic_number_rule)

}  // namespace clausecheck::grammar
