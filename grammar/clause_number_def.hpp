#pragma once
#include <boost/fusion/adapted/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>

#include "grammar/arabic_digit.hpp"
#include "grammar/code_point.hpp"
#include "grammar/clause_number.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// Chinese numeral characters as they appear in clause numbers (〇 and ○ both occur;
// 万 for 第一万条 on, up to numeral_value's bound).
const auto cn_digit = code_point_in(U"零〇○一二两三四五六七八九十百千万");
const auto cn_numeral = x3::raw[+cn_digit];
const auto ar_numeral = x3::raw[x3::repeat(1, 3)[ascii_digit]];
const auto gap = x3::lit(" ") | x3::lit("\u3000") | x3::lit("\t") | x3::lit("\u00a0");

// 第X条 needs a separator after it (or the end, or a bracketed heading): 第三条规定的 is a
// cross-reference.
const auto statute_unit = x3::lit("编") | x3::lit("分编") | x3::lit("章") | x3::lit("节") | x3::lit("条");
const auto open_full = x3::lit("（");
const auto open_half = x3::lit("(");
const auto close_full = x3::lit("）");
const auto close_half = x3::lit(")");
const auto arabic_punct = x3::lit(".") | x3::lit("．") | x3::lit("、");

// The forms, one parser each; match_clause_number tries them in turn.
// A gap may stand inside the number where a copy moved the separator there
// (第一百二十四 条采用…, 最高法 刑事诉讼法解释): the gap's place is kept as an attribute.
const auto statute_number = x3::lit("第") >> cn_numeral >> x3::raw[*gap] >> x3::raw[statute_unit];
const auto statute_sub = x3::lit("之") >> cn_numeral;  // 第十七条之一
const auto dun_number = cn_numeral >> x3::lit("、");
// （一）至（三）项所列人员…, （四）、（五）项所列人员…: a paragraph opened by a range or
// a list of the items it cites is no item.
const auto cites_next = *gap >> (x3::lit("至") | x3::lit("、") | x3::lit("和") | x3::lit("或")) >> *gap >>
                        (open_full | open_half);
const auto paren_cn_number =
    x3::raw[open_full | open_half] >> *gap >> cn_numeral >> *gap >> x3::raw[close_full | close_half] >> !cites_next;
const auto paren_ar_number =
    x3::raw[open_full | open_half] >> *gap >> ar_numeral >> *gap >> x3::raw[close_full | close_half] >> !cites_next;
// 第一条（目的和依据）: a heading in brackets may follow an article's number
// without a gap; 第七条（三） cites an item of it.
const auto article_heading_open =
    (open_full | open_half) >> !(*gap >> (cn_numeral | ar_numeral) >> *gap >> (close_full | close_half));
// 第一百二十三条至第一百二十七条: the word between a range's two numbers.
const auto range_to = *gap >> (x3::lit("至") | x3::lit("到") | x3::lit("－") | x3::lit("-") | x3::lit("—")) >> *gap;
// 1.2万 is a quantity, 1.强化 a clause: no digit may follow the point.
const auto dot_number = ar_numeral >> x3::raw[arabic_punct] >> !ascii_digit;

}  // namespace clausecheck::grammar::parser
