#include "grammar/date_def.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)

date_type const& date() { return date_rule; }

std::optional<DateText> match_date(std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  DateText out;
  if (!x3::parse(first, last, date_rule, out)) return std::nullopt;
  out.length = static_cast<std::size_t>(first - text.data());
  return out;
}

}  // namespace clausecheck::grammar
