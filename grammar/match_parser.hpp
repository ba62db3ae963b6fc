#pragma once
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;

// The value at the start of text that `rule` reads, its `length` set to the
// bytes read. Used by the plain match_… functions around each grammar.
template <typename Match, typename Rule>
std::optional<Match> match_start(const Rule& rule, std::string_view text) {
  const char* first = text.data();
  Match out{};
  if (!x3::parse(first, text.data() + text.size(), rule, out)) return std::nullopt;
  out.length = static_cast<std::size_t>(first - text.data());
  return out;
}

// A plain match_… function as an X3 parser, so a grammar composes with
// another one without sharing rule instantiations across translation units.
template <typename Match, std::optional<Match> (*Find)(std::string_view)>
struct match_parser : x3::parser<match_parser<Match, Find>> {
  using attribute_type = Match;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext const&, Attribute& attr) const {
    auto found = Find(std::string_view(first, static_cast<std::size_t>(last - first)));
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    attr = *found;
    return true;
  }
};

}  // namespace clausecheck::grammar
