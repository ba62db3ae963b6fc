#pragma once
#include <string>
#include <vector>

#include "rules/finding.hpp"

namespace clausecheck::reports {

// How many findings of each severity a report shows (those not in the baseline).
struct FindingCounts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int total() const { return errors + warnings + infos; }
};

FindingCounts count_shown(const std::vector<Finding>& findings);

// "3 findings (1 error, 1 warning, 1 info)"
std::string describe(const FindingCounts& counts);

}  // namespace clausecheck::reports
