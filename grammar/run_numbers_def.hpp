#pragma once
#include <boost/fusion/adapted/std_tuple.hpp>
#include <boost/spirit/home/x3.hpp>

#include "grammar/run_numbers.hpp"

namespace clausecheck::grammar::parser {

namespace x3 = boost::spirit::x3;

const auto shard_spec = x3::uint_parser<unsigned>{} >> x3::lit('/') >> x3::uint_parser<unsigned>{} >> x3::eoi;
const auto cpu_max = x3::uint_parser<std::uint64_t>{} >> x3::lit(' ') >> x3::uint_parser<std::uint64_t>{} >>
                     -x3::lit('\n') >> x3::eoi;

}  // namespace clausecheck::grammar::parser
