#pragma once
#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/traits/move_to.hpp>
#include <cstdint>
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

// One character of the UTF-8 input whose code point is one of `set`; its
// attribute is the code point. One decode and a look along the set, where an
// alternative of literals compares each of them byte by byte. It runs on the
// first character of every paragraph, most of them in no set: a mask of the
// members' low six bits turns most of those away before the look along it.
struct code_point_set_parser : boost::spirit::x3::parser<code_point_set_parser> {
  using attribute_type = char32_t;
  static bool const has_attribute = true;

  constexpr explicit code_point_set_parser(std::u32string_view members) : set(members), low_bits(mask_of(members)) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&, Attribute& attr) const {
    if (first == last) return false;
    const text::CodePoint c = text::decode_at(std::string_view(first, last), 0);
    if (!may_hold(c.value) || set.find(c.value) == std::u32string_view::npos) return false;
    boost::spirit::x3::traits::move_to(c.value, attr);
    first += c.length;
    return true;
  }

  std::u32string_view set;
  std::uint64_t low_bits;  // bit k set: a member's code point is k modulo 64

 private:
  static constexpr std::uint64_t bit(char32_t c) { return std::uint64_t{1} << (c & 63U); }
  static constexpr std::uint64_t mask_of(std::u32string_view members) {
    std::uint64_t mask = 0;
    for (const char32_t c : members) mask |= bit(c);
    return mask;
  }
  constexpr bool may_hold(char32_t c) const { return (low_bits & bit(c)) != 0; }
};

constexpr code_point_set_parser code_point_in(std::u32string_view set) { return code_point_set_parser{set}; }

}  // namespace clausecheck::grammar
