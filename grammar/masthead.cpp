#include "grammar/masthead_def.hpp"

#include <tuple>

namespace clausecheck::grammar {

namespace {

namespace x3 = boost::spirit::x3;

template <typename Parser>
std::optional<int> parse_int(std::string_view text, const Parser& p) {
  const char* first = text.data();
  int value = 0;
  if (!x3::parse(first, text.data() + text.size(), p, value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<IssueLine> match_issue_line(std::string_view text) {
  std::tuple<int, int> attr;
  const char* first = text.data();
  if (!x3::parse(first, text.data() + text.size(), parser::issue_line, attr)) return std::nullopt;
  return IssueLine{std::get<0>(attr), std::get<1>(attr)};
}

std::optional<int> parse_four_digits(std::string_view text) { return parse_int(text, parser::whole_four_digits); }
std::optional<int> parse_whole_number(std::string_view text) { return parse_int(text, parser::whole_number); }

}  // namespace clausecheck::grammar
