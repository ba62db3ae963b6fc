#pragma once
#include <boost/fusion/adapted/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>

#include "grammar/signature_line.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

const auto signature_gap = *(x3::lit(" ") | x3::lit("\u3000"));
// A CJK ideograph (U+4E00…U+9FFF: lead bytes E4…E9), or the 、 between two
// issuers: issuers are named in Chinese, without punctuation.
const auto issuer_char =
    x3::char_('\xe4', '\xe9') >> x3::char_('\x80', '\xbf') >> x3::char_('\x80', '\xbf') | x3::lit("、");
// The issuer runs up to the first place a date starts (二〇二三年 begins with
// characters an issuer could hold, so the date decides where it ends).
const auto signature_issuer = x3::raw[x3::repeat(2, 40)[!date_text >> issuer_char]];
const auto signature_line = signature_issuer >> signature_gap >> date_text >> signature_gap >> x3::eoi;
const auto issuer_line = signature_issuer >> x3::eoi;

}  // namespace clausecheck::grammar::parser
