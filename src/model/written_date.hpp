#pragma once
#include <string>

#include "span.hpp"

namespace clausecheck {

// How a date is written, as GB/T 9704 judges a signing date (成文日期): the
// 2012 edition asks 2023年3月4日, the 1999 one 二〇二三年三月四日 with 〇 for zero.
struct WrittenDate {
  bool chinese = false;  // the year in Chinese numerals (二〇二三, 二00五, 两千零五), not Arabic (2023)
  int year_digits = 0;   // 4 of 2023 and 二〇二三; 2 of 23年 (read on a signing line only)
  // How the year writes its zero: 〇, ○, 零, 0, ０, O or Ｏ; the first other than 〇 when the
  // glyphs differ (二〇0五: 0); empty when the year has no zero or was written in words.
  std::string zero;
};

// Where the signing date stands and how it is written. A line that signs no
// calendar day (2023年2月30日, 23年3月4日) has one too.
struct SigningDate {
  Span span;  // the date, without its issuer or blanks around it
  WrittenDate written;
};

}  // namespace clausecheck
