#pragma once
#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/traits/move_to.hpp>
#include <string_view>

#include "text/utf8.hpp"

namespace clausecheck::grammar {

// One character of the UTF-8 input whose code point lies in [lo, hi], decoded
// by the text layer; its attribute is the code point. X3's own char_ parsers
// read one byte (or one element of a char32_t input) at a time.
struct code_point_range_parser : boost::spirit::x3::parser<code_point_range_parser> {
  using attribute_type = char32_t;
  static bool const has_attribute = true;

  constexpr code_point_range_parser(char32_t low, char32_t high) : lo(low), hi(high) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&, Attribute& attr) const {
    if (first == last) return false;
    const text::CodePoint c = text::decode_at(std::string_view(first, last), 0);
    if (c.value < lo || c.value > hi) return false;
    boost::spirit::x3::traits::move_to(c.value, attr);
    first += c.length;
    return true;
  }

  char32_t lo;
  char32_t hi;
};

constexpr code_point_range_parser code_point_between(char32_t lo, char32_t hi) { return {lo, hi}; }

}  // namespace clausecheck::grammar
