#include "reports/finding_counts.hpp"
#include "reports/report.hpp"

namespace clausecheck::reports {

// file:line:column: severity: message [rule], then the evidence and the fix
// indented below, as compilers and clang-tidy print them. Findings already in
// the baseline and suppressed ones (unless asked for) are left out and
// counted at the end.
void write_text(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  for (const Finding& f : findings) {
    if (!shown(f, context)) continue;
    out << f.file << ':' << f.location.line << ':' << f.location.column << ": " << to_string(f.severity) << ": "
        << f.message << " [" << f.rule << "]\n";
    if (!f.evidence.empty()) out << "    " << f.evidence << '\n';
    if (f.fix) out << "    fix: " << *f.fix << '\n';
    if (f.suppressed) out << "    suppressed: " << f.suppressed->reason << " (" << f.suppressed->origin << ")\n";
  }
  out << describe(count_shown(findings));
  if (context.baseline)
    out << "; " << context.baseline->unchanged << " in the baseline, " << context.baseline->absent.size()
        << " fixed since";
  out << '\n';
}

}  // namespace clausecheck::reports
