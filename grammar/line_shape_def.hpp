#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/arabic_digit.hpp"
#include "grammar/clause_number_def.hpp"
#include "grammar/doc_number_def.hpp"
#include "grammar/line_shape.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// The Chinese numeral characters a line's clause number or date may hold: the
// clause numbers' cn_digit but 两 and 万. Where a line may start a paragraph
// decides how lines join; this is the set that has always decided it.
const auto line_cn_digit = x3::lit("零") | x3::lit("〇") | x3::lit("○") | x3::lit("一") | x3::lit("二") |
                           x3::lit("三") | x3::lit("四") | x3::lit("五") | x3::lit("六") | x3::lit("七") |
                           x3::lit("八") | x3::lit("九") | x3::lit("十") | x3::lit("百") | x3::lit("千");
const auto line_numeral_char = arabic_digit | line_cn_digit;

// 第一条 and 第十七条之一 (no gap inside: a cut line is not a copy's moved separator);
// 部分 as well, which divides plans and standards.
const auto line_statute_number = x3::lit("第") >> x3::repeat(1, 8)[line_numeral_char] >>
                                 ((x3::lit("条") >> -(x3::lit("之") >> x3::repeat(1, 4)[line_numeral_char])) |
                                  x3::lit("章") | x3::lit("节") | x3::lit("编") | x3::lit("分编") | x3::lit("部分"));
const auto line_paren_number = (open_full | open_half) >> *gap >> x3::repeat(1, 4)[line_numeral_char] >> *gap >>
                               (close_full | close_half);
// ① to ⑳: U+2460 to U+2473, E2 91 A0 to E2 91 B3.
const auto circled_number = x3::lit("\xE2\x91") >> x3::char_('\xA0', '\xB3');
const auto line_dun_number = x3::repeat(1, 4)[line_cn_digit] >> x3::lit("、");
// 1.2万 is a quantity, 1.强化 a clause: no digit may follow the point.
const auto line_dot_number = x3::repeat(1, 3)[arabic_digit] >> arabic_punct >> !arabic_digit;
const auto line_clause_number =
    line_statute_number | line_paren_number | circled_number | line_dun_number | line_dot_number;

const auto latin_letter = x3::char_('a', 'z') | x3::char_('A', 'Z');
const auto letter_item = -(open_half | open_full) >> latin_letter >> !latin_letter >> (close_half | close_full);

const auto whole_date_line = x3::repeat(2, 4)[line_numeral_char] >> *gap >> x3::lit("年") >> *gap
                             >> x3::repeat(1, 3)[line_numeral_char] >> *gap >> x3::lit("月") >> *gap >>
                             (x3::eoi | (x3::repeat(1, 3)[line_numeral_char] >> *gap >> x3::lit("日") >> x3::eoi));

// 〔2023〕 of 驻政〔2023〕9号: exactly four digits, the gaps PDF extraction leaves.
const auto bracketed_year =
    x3::seek[doc_open >> *gap >> x3::repeat(4)[arabic_digit] >> !arabic_digit >> *gap >> doc_close];

const auto digits_only = +arabic_digit >> x3::eoi;
const auto page_reference = x3::lit("/") >> x3::repeat(1, 4)[arabic_digit] >> x3::eoi;
const auto page_decoration = x3::lit("-") | x3::lit("—") | x3::lit("–") | x3::lit("－") | x3::lit("·") | x3::lit("•") |
                             x3::lit("・") | x3::lit("*") | gap;
const auto page_of_pages = x3::lit("第") >> *gap >> x3::repeat(1, 4)[arabic_digit] >> *gap >> x3::lit("页") >> *gap >>
                           (x3::eoi | (x3::lit("共") >> *gap >> x3::repeat(1, 4)[arabic_digit] >> *gap >>
                                       x3::lit("页") >> x3::eoi));
const auto decorated_page_number =
    page_of_pages | (x3::repeat(1, 8)[page_decoration] >> x3::repeat(1, 4)[arabic_digit] >>
                     x3::repeat(1, 8)[page_decoration] >> x3::eoi);
const auto bare_page_number = x3::repeat(1, 3)[arabic_digit] >> x3::eoi;
const auto notes_label = (x3::lit("说明") | x3::lit("备注") | x3::lit("注")) >> *gap >>
                         (x3::lit("：") | x3::lit(":")) >> *gap >> x3::eoi;
const auto attachment_label = x3::lit("附件") >> *gap >> -x3::repeat(1, 2)[line_numeral_char] >> *gap >>
                              (x3::eoi | ((x3::lit("：") | x3::lit(":")) >> *gap >> !line_numeral_char));

}  // namespace clausecheck::grammar::parser
