#include "grammar/duration_def.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, context_type)

duration_type const& duration() { return duration_rule; }

std::optional<DurationMatch> match_duration(std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  DurationMatch out;
  if (!x3::parse(first, last, duration_rule, out)) return std::nullopt;
  out.length = static_cast<std::size_t>(first - text.data());
  return out;
}

}  // namespace clausecheck::grammar
