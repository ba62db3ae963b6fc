#include "reports/finding_counts.hpp"

#include "model/messages.hpp"

namespace clausecheck::reports {

namespace {
std::string counted(int n, Msg one, Msg many) { return msg(n == 1 ? one : many, {std::to_string(n)}); }
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
  return msg(Msg::findings_summary, {counted(c.total(), Msg::count_finding_one, Msg::count_finding_many),
                                     counted(c.errors, Msg::count_error_one, Msg::count_error_many),
                                     counted(c.warnings, Msg::count_warning_one, Msg::count_warning_many),
                                     msg(Msg::count_info, {std::to_string(c.infos)})}) +
         (c.suppressed ? msg(Msg::findings_suppressed, {std::to_string(c.suppressed)}) : "");
}

}  // namespace clausecheck::reports
