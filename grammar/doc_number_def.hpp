#pragma once
#include <boost/fusion/adapted/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>

#include "grammar/doc_number.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

const auto doc_open = x3::lit("〔") | x3::lit("[") | x3::lit("（") | x3::lit("(") | x3::lit("【") | x3::lit("［");
const auto doc_close = x3::lit("〕") | x3::lit("]") | x3::lit("）") | x3::lit(")") | x3::lit("】") | x3::lit("］");
// x3::digit asserts on bytes above 0x7F in debug builds; the text is UTF-8.
const auto ascii_digit = x3::char_('0', '9');
const auto doc_gap = *(x3::lit(" ") | x3::lit("\u3000"));
// One CJK character (three UTF-8 bytes) that is not an opening bracket:
// agencies are written in Chinese (驻政办, 国办发, 豫财综).
const auto cjk_char = !doc_open >> x3::char_('\xe0', '\xef') >> x3::char_('\x80', '\xbf') >> x3::char_('\x80', '\xbf');
const auto agency = x3::raw[x3::repeat(1, 12)[cjk_char]];
const auto year_digits = x3::raw[x3::repeat(4)[ascii_digit] | x3::repeat(2)[ascii_digit]];
const auto seq_digits = x3::raw[x3::repeat(1, 5)[ascii_digit]];

const auto doc_number = agency >> doc_gap >> doc_open >> doc_gap >> year_digits >> doc_gap >> doc_close >>
                        doc_gap >> -x3::lit("第") >> doc_gap >> seq_digits >> doc_gap >> x3::lit("号");

}  // namespace clausecheck::grammar::parser
