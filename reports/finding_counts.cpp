#include "reports/finding_counts.hpp"

namespace clausecheck::reports {

namespace {
std::string counted(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

FindingCounts count_shown(const std::vector<Finding>& findings) {
  FindingCounts counts;
  for (const Finding& f : findings) {
    if (f.in_baseline) continue;
    if (f.suppressed) {
      ++counts.suppressed;
      continue;
    }
    (f.severity == Severity::error     ? counts.errors
     : f.severity == Severity::warning ? counts.warnings
                                       : counts.infos) += 1;
  }
  return counts;
}

std::string describe(const FindingCounts& c) {
  return counted(c.total(), "finding", "findings") + " (" + counted(c.errors, "error", "errors") + ", " +
         counted(c.warnings, "warning", "warnings") + ", " + std::to_string(c.infos) + " info)" +
         (c.suppressed ? "; " + std::to_string(c.suppressed) + " suppressed" : "");
}

}  // namespace clausecheck::reports
