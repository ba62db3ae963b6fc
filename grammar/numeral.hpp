#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/match_parser.hpp"
#include "grammar/x3_config.hpp"

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;

// A number as written at the start of a text: 1,200  1.2  １２  十九  一百零五  三千二百.
struct Numeral {
  double value = 0;
  std::size_t length = 0;  // bytes of the text the numeral covers
  bool chinese = false;    // written in Chinese characters
};

struct chinese_integer_class;
struct chinese_digits_class;
struct arabic_number_class;
using chinese_integer_type = x3::rule<chinese_integer_class, long long>;
using chinese_digits_type = x3::rule<chinese_digits_class, long long>;
using arabic_number_type = x3::rule<arabic_number_class, double>;
BOOST_SPIRIT_DECLARE(chinese_integer_type, chinese_digits_type, arabic_number_type)

// 十九 → 19, 一百零五 → 105, 三千二百 → 3200, 两 → 2, 三亿五千万 → 350000000.
chinese_integer_type const& chinese_integer();
// 二〇二三 → 2023, 二○二三, 二00五 (digit by digit, at least two digits).
chinese_digits_type const& chinese_digits();
// 1,200  1.2  １２  ３．５ (ASCII or full-width digits, `,` grouping, decimals).
arabic_number_type const& arabic_number();

// The whole text must be a Chinese integer.
std::optional<long long> parse_chinese_integer(std::string_view text);
// The whole text must be Chinese digits read one by one (years: 二〇二三).
std::optional<long long> parse_chinese_digits(std::string_view text);
// The whole text must be an Arabic number (ASCII or full-width).
std::optional<double> parse_arabic_number(std::string_view text);
// The longest numeral at the start of text, Arabic or Chinese integer.
std::optional<Numeral> match_numeral(std::string_view text);

// The first figure of a range whose unit only its second one carries: 10—20万元,
// 5至10亩, 3-5年, 三至五年. `to` is where the second figure starts (after the
// dash, 至 or 到 and spaces).
struct RangeStart {
  Numeral from;
  std::size_t to = 0;
};
std::optional<RangeStart> match_range_start(std::string_view text);

// match_numeral as an X3 parser for the grammars built on numerals.
inline constexpr match_parser<Numeral, &match_numeral> numeral{};

}  // namespace clausecheck::grammar
