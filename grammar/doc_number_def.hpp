#pragma once
#include <boost/fusion/adapted/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>

#include "grammar/arabic_digit.hpp"
#include "grammar/doc_number.hpp"
#include "grammar/numeral.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

const auto doc_open = x3::lit("〔") | x3::lit("[") | x3::lit("（") | x3::lit("(") | x3::lit("【") | x3::lit("［");
const auto doc_close = x3::lit("〕") | x3::lit("]") | x3::lit("）") | x3::lit(")") | x3::lit("】") | x3::lit("］");
const auto doc_gap = *(x3::lit(" ") | x3::lit("\u3000"));
// One CJK character (three UTF-8 bytes) that is not an opening bracket:
// agencies are written in Chinese (驻政办, 国办发, 豫财综).
const auto cjk_char = !doc_open >> x3::char_('\xe0', '\xef') >> x3::char_('\x80', '\xbf') >> x3::char_('\x80', '\xbf');
const auto agency = x3::raw[x3::repeat(1, 12)[cjk_char]];
const auto year_digits = x3::raw[x3::repeat(4)[ascii_digit] | x3::repeat(2)[ascii_digit]];
const auto seq_digits = x3::raw[x3::repeat(1, 5)[ascii_digit]];
// 號 in documents typed in traditional characters (汕府〔2022〕45號).
const auto hao = x3::lit("号") | x3::lit("號");

const auto doc_number = agency >> doc_gap >> doc_open >> doc_gap >> year_digits >> doc_gap >> doc_close >> doc_gap >>
                        -x3::lit("第") >> doc_gap >> seq_digits >> doc_gap >> hao;

// A 令's number has no year: its name, which ends with 令, then 第N号
// (长沙市人民政府令第158号, 中华人民共和国国务院令 第707号, 陕西省人民政府令第二百五十八号).
const auto decree_mark = x3::lit("令") >> doc_gap >> x3::lit("第");
const auto decree_name = x3::raw[x3::repeat(1, 30)[cjk_char - decree_mark] >> x3::lit("令")];
const auto decree_number = decree_name >> doc_gap >> x3::lit("第") >> doc_gap >> numeral >> doc_gap >> hao;

}  // namespace clausecheck::grammar::parser
