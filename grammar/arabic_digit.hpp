#pragma once
#include <boost/spirit/home/x3/char/char.hpp>
#include <boost/spirit/home/x3/core/action.hpp>
#include <boost/spirit/home/x3/nonterminal/rule.hpp>
#include <boost/spirit/home/x3/operator/alternative.hpp>

#include "grammar/code_point.hpp"

namespace clausecheck::grammar {

namespace parser {
// x3::digit asserts on bytes above 0x7F in debug builds; the text is UTF-8.
inline const auto ascii_digit = boost::spirit::x3::char_('0', '9');
}  // namespace parser

namespace arabic_digit_detail {
namespace x3 = boost::spirit::x3;
inline const auto ascii_value = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx) - '0'; };
inline const auto full_width_value = [](auto& ctx) { x3::_val(ctx) = static_cast<int>(x3::_attr(ctx) - U'０'); };
}  // namespace arabic_digit_detail

// An ASCII or a full-width digit (０…９, U+FF10–U+FF19) as its value. The
// ASCII test first: it is the common case, one byte compare.
inline const auto arabic_digit = boost::spirit::x3::rule<struct arabic_digit_class, int>{"arabic_digit"} =
    parser::ascii_digit[arabic_digit_detail::ascii_value] |
    code_point_between(U'０', U'９')[arabic_digit_detail::full_width_value];

}  // namespace clausecheck::grammar
