#pragma once
#include <optional>
#include <string_view>

#include "model/date.hpp"

namespace clausecheck::grammar {

// The whole text is a date as YYYY-MM-DD, or YYYY-MM or YYYY for a month or a
// year: how --as-of, a config's as_of and an index's stored dates are written.
// Exactly that many digits, no blanks or signs; the calendar is checked
// (2023-02-30 is none).
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace clausecheck::grammar
