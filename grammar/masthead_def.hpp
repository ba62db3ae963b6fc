#pragma once
#include <boost/fusion/adapted/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>

#include "grammar/arabic_digit.hpp"
#include "grammar/masthead.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// A number as std::from_chars reads an int: a minus but no plus, and none that overflows.
const auto masthead_int = !x3::lit('+') >> x3::int_;

const auto issue_line = x3::lit("第") >> masthead_int >> x3::lit("号") >>
                        (x3::lit("（") | x3::lit("(")) >> x3::lit("总第") >> masthead_int >> x3::lit("号");
const auto whole_four_digits = x3::uint_parser<int, 10, 4, 4>{} >> x3::eoi;
const auto whole_number = masthead_int >> x3::eoi;

}  // namespace clausecheck::grammar::parser
