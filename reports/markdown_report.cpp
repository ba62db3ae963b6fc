#include "model/messages.hpp"
#include "reports/finding_counts.hpp"
#include "reports/markdown_cell.hpp"
#include "reports/report.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

// A heading with the counts and one table row per finding; findings already in
// the baseline and suppressed ones (unless asked for) are left out. Also what the github format puts in the step
// summary. Every cell is escaped (markdown_cell.hpp): a file name or a document renders as its text, never as HTML, a
// link or a mention.
void write_markdown(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  const FindingCounts counts = count_shown(findings);
  out << msg(Msg::check_markdown_heading, {describe(counts)}) << "\n\n";
  if (context.baseline)
    out << msg(Msg::check_markdown_baseline,
               {std::to_string(context.baseline->unchanged), std::to_string(context.baseline->absent.size())})
        << "\n\n";
  if (counts.total() == 0 && !(context.show_suppressed && counts.suppressed)) return;
  out << msg(Msg::check_markdown_columns) << "\n|---|---|---|---|---|\n";
  for (const Finding& f : findings) {
    if (!shown(f, context)) continue;
    out << "| " << to_string(f.severity) << (f.suppressed ? msg(Msg::check_markdown_suppressed) : "") << " | "
        << markdown_code_cell(f.rule) << " | "
        << markdown_cell(f.file + ":" + std::to_string(f.location.line) + ":" + std::to_string(f.location.column) +
                         page_suffix(f.location))
        << " | " << markdown_cell(f.message) << " | " << markdown_cell(f.evidence) << " |\n";
  }
}

}  // namespace clausecheck::reports
