#include "grammar/date_def.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)

date_type const& date() { return date_rule; }

std::optional<DateText> match_date(std::string_view text) { return match_start<DateText>(date_rule, text); }

}  // namespace clausecheck::grammar
