#pragma once
#include <boost/spirit/home/x3/support/unused.hpp>

namespace clausecheck::grammar {

// Every grammar runs over UTF-8 bytes of an in-memory paragraph, without a
// skipper: spaces that PDF extraction leaves inside dates are spelled out in
// the grammars that tolerate them.
using iterator_type = const char*;
using context_type = boost::spirit::x3::unused_type;

}  // namespace clausecheck::grammar
