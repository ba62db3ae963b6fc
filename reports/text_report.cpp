#include <map>

#include "reports/report.hpp"

namespace clausecheck::reports {

namespace {

std::string severity_counts(const std::map<Severity, int>& counts) {
  auto count = [&](Severity s) { return counts.count(s) ? counts.at(s) : 0; };
  return std::to_string(count(Severity::error)) + " errors, " + std::to_string(count(Severity::warning)) +
         " warnings, " + std::to_string(count(Severity::info)) + " info";
}

}  // namespace

// file:line:column: severity: message [rule], then the evidence and the fix
// indented below, as compilers and clang-tidy print them. Findings already in
// the baseline are left out and counted at the end.
void write_text(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  std::map<Severity, int> counts;
  std::size_t shown = 0;
  for (const Finding& f : findings) {
    if (f.in_baseline) continue;
    ++shown;
    ++counts[f.severity];
    out << f.file << ':' << f.location.line << ':' << f.location.column << ": " << to_string(f.severity) << ": "
        << f.message << " [" << f.rule << "]\n";
    if (!f.evidence.empty()) out << "    " << f.evidence << '\n';
    if (f.fix) out << "    fix: " << *f.fix << '\n';
  }
  out << shown << (shown == 1 ? " finding" : " findings") << " (" << severity_counts(counts) << ")";
  if (context.baseline)
    out << "; " << context.baseline->unchanged << " in the baseline, " << context.baseline->absent.size()
        << " fixed since";
  out << '\n';
}

}  // namespace clausecheck::reports
