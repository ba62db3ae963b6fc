#pragma once
#include <boost/fusion/adapted/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>
#include <optional>
#include <tuple>

#include "grammar/iso_date.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

const auto four_digits = x3::uint_parser<int, 10, 4, 4>{};
const auto two_digits = x3::uint_parser<int, 10, 2, 2>{};
// 2023, 2023-03, 2023-03-04: the month and the day each written in two digits.
// (A day follows a month: the first optional part takes the first -NN.)
const auto iso_date = four_digits >> -(x3::lit('-') >> two_digits) >> -(x3::lit('-') >> two_digits) >> x3::eoi;

}  // namespace clausecheck::grammar::parser
