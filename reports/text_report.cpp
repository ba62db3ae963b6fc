#include <algorithm>

#include "model/messages.hpp"
#include "text/code_points.hpp"
#include "text/escape_visible.hpp"
#include "reports/finding_counts.hpp"
#include "reports/finding_region.hpp"
#include "reports/report.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

namespace {

// The evidence in its line, underlined as compilers do (^~~~), in terminal
// columns: a CJK character takes two. Evidence over several lines shows its
// first. Widths are those of the escaped text, which is what the terminal shows.
void write_evidence(const Finding& f, std::ostream& out) {
  const std::string first = text::visible(std::string_view(f.evidence).substr(0, f.evidence.find('\n')));
  const std::string before = text::visible(f.before);
  out << "    " << before << first << text::visible(f.after) << '\n';
  const std::size_t width = std::max<std::size_t>(1, text::display_width(first));
  out << std::string(4 + text::display_width(before), ' ') << '^' << std::string(width - 1, '~') << '\n';
}

}  // namespace

// file:line:column: severity: message [rule] (page P, line L — a PDF's only), then the evidence underlined in
// its line and the fix indented below, as compilers and clang-tidy print them.
// Every field passes through visible(): a file name or message cannot start a
// line of its own or send controls to the terminal.
// Findings already in the baseline and suppressed ones (unless asked for) are
// left out and counted at the end.
void write_text(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  for (const Finding& f : findings) {
    if (!shown(f, context)) continue;
    out << text::visible(f.file) << ':' << f.location.line << ':' << f.location.column << ": " << to_string(f.severity)
        << ": " << text::visible(f.message) << " [" << text::visible(f.rule) << "]" << page_suffix(f.location) << '\n';
    if (!f.evidence.empty()) write_evidence(f, out);
    if (f.fix) out << "    " << msg(Msg::finding_fix, {text::visible(*f.fix)}) << '\n';
    // The defect's other places, as line:column (the other half-width items of its list).
    if (!f.related.empty()) {
      out << "    " << msg(Msg::finding_also_at);
      for (const RelatedPlace& r : f.related)
        out << ' ' << r.location.line << ':' << r.location.column << page_suffix(r.location);
      out << '\n';
    }
    if (f.suppressed)
      out << "    "
          << msg(Msg::finding_suppressed, {text::visible(f.suppressed->reason), text::visible(f.suppressed->origin)})
          << '\n';
  }
  out << describe(count_shown(findings));
  if (context.baseline)
    out << msg(Msg::findings_baseline,
               {std::to_string(context.baseline->unchanged), std::to_string(context.baseline->absent.size())});
  out << '\n';
}

}  // namespace clausecheck::reports
