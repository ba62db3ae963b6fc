#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/match_parser.hpp"
#include "grammar/x3_config.hpp"

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;

// A date as written, not yet checked against the calendar: 2023年13月 comes
// out as {2023, 13}, so the caller can report it instead of dropping it.
struct DateText {
  enum class Part { whole, year_end, first_half, second_half };
  int year = 0;   // 0: not written (5月1日)
  int month = 0;  // 0: not written
  int day = 0;    // 0: not written
  Part part = Part::whole;  // 2023年底, 2023年上半年, 2023年下半年
  std::size_t length = 0;
};

struct date_class;
using date_type = x3::rule<date_class, DateText>;
BOOST_SPIRIT_DECLARE(date_type)

// 2023年3月4日, 2023 年 1 月 4 日, 二〇二三年三月四日, 2023-03-04, 2023.3.4,
// 2023年4月, 2023年, 2023年底, 2023年上半年, 5月1日.
date_type const& date();

// The date at the start of text.
std::optional<DateText> match_date(std::string_view text);

// match_date as an X3 parser for the grammars built on dates.
inline constexpr match_parser<DateText, &match_date> date_text{};

}  // namespace clausecheck::grammar
