#include "grammar/date_cue_def.hpp"

#include "grammar/match_parser.hpp"

namespace clausecheck::grammar {

std::optional<QualifyingEvent> match_qualifying_event(std::string_view text) {
  return match_start<QualifyingEvent>(qualifying_event, text);
}

std::optional<RecurringDate> match_recurring_date(std::string_view text) {
  return match_start<RecurringDate>(recurring_date, text);
}

}  // namespace clausecheck::grammar
