#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/match_parser.hpp"
#include "grammar/x3_config.hpp"
#include "model/date.hpp"
#include "model/written_date.hpp"

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;

// A date as written, not yet checked against the calendar: 2023年13月 comes
// out as {2023, 13}, so the caller can report it instead of dropping it.
struct DateText {
  // 2023年底 and 2023年5月底 name the last day of the year or month.
  enum class Part { whole, year_end, month_end, first_half, second_half, quarter };
  int year = 0;             // 0: not written (5月1日)
  int month = 0;            // 0: not written
  int day = 0;              // 0: not written
  Part part = Part::whole;  // 2023年底, 2023年5月底, 2023年上半年, 2023年下半年, 2023年第一季度
  int quarter = 0;          // 1…4 with Part::quarter
  std::size_t length = 0;
  WrittenDate written{};  // the year's numerals, digits and zero
};

// A decade of a century: 上世纪90年代, 20世纪80年代, 本世纪20年代. The century is
// written (20世纪: 20) or counted from the document's (上世纪: -1, 本世纪: 0).
struct DecadeText {
  int century = 0;   // 20 of 20世纪; 0 when relative
  int relative = 0;  // -1 上世纪, 0 本世纪 (with century 0)
  int decade = 0;    // 0, 10, … 90
  std::size_t length = 0;
  // The first year of the decade, the document's year standing in for a relative century.
  int first_year(int document_year) const {
    const int c = century ? century : (document_year - 1) / 100 + 1 + relative;
    return (c - 1) * 100 + decade;
  }
};

struct date_class;
using date_type = x3::rule<date_class, DateText>;
BOOST_SPIRIT_DECLARE(date_type)

// 2023年3月4日, 2023 年 1 月 4 日, 二〇二三年三月四日, 2023-03-04, 2023.3.4,
// 2023年4月, 2023年, 2023年底, 2023年年底, 2023年5月底, 2023年5月末,
// 2023年上半年, 2023年前半年, 2023年第一季度, 2023年一季度, 5月1日, 5月底,
// 两千零五年, 二OO五年, and a day without 日 closing a sentence (2023年3月4。).
date_type const& date();

// Whether text starts with a character a date can start with: a year's digit
// or zero glyph (2023, ２０２３, 二〇二三, OO), the 一, 两 or 二 of a year in
// words (一千九百…, 两千零五), or a month's first digit (5月, 十二月). Text
// that does not is no date, told by one decode (match_date asks first).
bool may_start_date(std::string_view text);
// The date at the start of text.
std::optional<DateText> match_date(std::string_view text);
// A signing date (成文日期) at the start of text: a date, or one with a two-digit
// year (23年3月4日), which only a signing line is read as (year 23, no century).
std::optional<DateText> match_signing_date(std::string_view text);
// The date a line opens with after brackets and blanks, as a statute's 题注 has it:
// (2014年11月1日…通过), （2015年7月1日…）, 〔1998年〕. Its length counts from the text's start.
std::optional<DateText> match_opening_date(std::string_view text);
// A day of the month alone at the start of text (5日, 十五号), for 每月5日前.
std::optional<DateText> match_day_of_month(std::string_view text);
// 上世纪90年代, 上个世纪八十年代, 20世纪80年代, 二十世纪九十年代, 本世纪20年代.
std::optional<DecadeText> match_decade(std::string_view text);

// The calendar date a DateText names, `year` standing in for a year not
// written: 底 and 末 name the last day of the year or the month (2023年5月底 →
// 2023-05-31, the deadline docs/facts.md counts to). None when it does not exist.
std::optional<Date> calendar_date(const DateText& d, int year);

// match_date as an X3 parser for the grammars built on dates.
inline constexpr match_parser<DateText, &match_date> date_text{};
inline constexpr match_parser<DateText, &match_day_of_month> day_of_month_text{};

}  // namespace clausecheck::grammar
