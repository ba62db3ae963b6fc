#pragma once
#include "model/finding.hpp"

namespace clausecheck::reports {

// Where a finding's text ends (just past its last code point): Finding::end,
// else derived from the start and the evidence text, which is the span's text.
Location end_of(const Finding& finding);

}  // namespace clausecheck::reports
