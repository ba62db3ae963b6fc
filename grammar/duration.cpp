#include "grammar/duration_def.hpp"

#include "grammar/match_parser.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, context_type)

duration_type const& duration() { return duration_rule; }

std::optional<DurationMatch> match_duration(std::string_view text) {
  return match_start<DurationMatch>(duration_rule, text);
}

}  // namespace clausecheck::grammar
