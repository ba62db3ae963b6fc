#pragma once
#include <boost/spirit/home/x3/char/char.hpp>
#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/traits/move_to.hpp>

namespace clausecheck::grammar {

// An ASCII or full-width digit (０ is EF BC 90) as its value. Told by its
// bytes: a symbol table walks a tree node by node at every figure of a text.
struct arabic_digit_parser : boost::spirit::x3::parser<arabic_digit_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&, Attribute& attr) const {
    if (first == last) return false;
    const auto lead = static_cast<unsigned char>(*first);
    if (lead >= '0' && lead <= '9') {
      boost::spirit::x3::traits::move_to(int(lead - '0'), attr);
      ++first;
      return true;
    }
    if (lead != 0xEF || last - first < 3 || static_cast<unsigned char>(first[1]) != 0xBC) return false;
    const auto tail = static_cast<unsigned char>(first[2]);
    if (tail < 0x90 || tail > 0x99) return false;
    boost::spirit::x3::traits::move_to(int(tail - 0x90), attr);
    first += 3;
    return true;
  }
};

inline constexpr arabic_digit_parser arabic_digit{};

namespace parser {
// x3::digit asserts on bytes above 0x7F in debug builds; the text is UTF-8.
inline const auto ascii_digit = boost::spirit::x3::char_('0', '9');
}  // namespace parser

}  // namespace clausecheck::grammar
