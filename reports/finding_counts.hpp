#pragma once
#include <string>
#include <vector>

#include "model/finding.hpp"

namespace clausecheck::reports {

// How many findings of each severity count (neither in the baseline nor
// suppressed), and how many were suppressed.
struct FindingCounts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int suppressed = 0;
  int total() const { return errors + warnings + infos; }
};

FindingCounts count_shown(const std::vector<Finding>& findings);

// "3 findings (1 error, 1 warning, 1 info)", then "; 2 suppressed" when some were
std::string describe(const FindingCounts& counts);

}  // namespace clausecheck::reports
