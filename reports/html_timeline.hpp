#pragma once
#include <string>

#include "status/register.hpp"

namespace clausecheck::reports {

// The register's timeline as inline SVG: one bar per entry that has a date,
// from its effective date to its last day (an open end drawn dashed to the
// edge), coloured by status, its evidence in a <title> shown on hover; year
// ticks and the as-of date as a line. Entries with no date are not drawn.
std::string timeline_svg(const status::Register& reg);

}  // namespace clausecheck::reports
