#include "reports/report.hpp"

#include <cstdlib>
#include <sstream>

#include "model/input_error.hpp"
#include "reports/formats.hpp"
#include "reports/output_file.hpp"
#include "reports/output_stream.hpp"
#include "rules/fingerprint.hpp"

namespace clausecheck::reports {

bool shown(const Finding& f, const ReportContext& context) {
  return !f.in_baseline && (!f.suppressed || context.show_suppressed);
}

std::string fit_step_summary(std::string table) {
  if (table.size() <= kStepSummaryLimit) return table;
  // Whole rows only, and room left for the note.
  const std::size_t cut = table.rfind('\n', kStepSummaryLimit - 1024) + 1;
  std::size_t rows = 0;
  for (std::size_t at = cut; at < table.size(); at = table.find('\n', at) + 1) {
    if (table[at] == '|') ++rows;
    if (table.find('\n', at) == std::string::npos) break;
  }
  table.resize(cut);
  table += "\n> 摘要超过 GitHub 的 1 MiB 上限，其余 " + std::to_string(rows) +
           " 行未显示；完整结果见 --format json 或 sarif 的报告。(Cut at GitHub's 1 MiB step summary limit: " +
           std::to_string(rows) + " more rows; the full findings are in the json or sarif report.)\n";
  return table;
}

namespace {

// GitHub treats the summary file as append-only within a step, and refuses
// one larger than 1 MiB (the step's whole summary is then lost).
void append_step_summary(const std::vector<Finding>& findings, const ReportContext& context, const ReadFiles& inputs) {
  const char* summary = std::getenv(kStepSummary);
  if (!summary || !*summary) return;
  std::ostringstream table;
  write_markdown(findings, context, table);
  append_output(summary, fit_step_summary(table.str()), inputs, kStepSummary);
}

}  // namespace

void write_report(const OutputFormat& format, std::vector<Finding>& findings, const ReportContext& context,
                  const std::filesystem::path& out_path, const ReadFiles& inputs) {
  ensure_fingerprints(findings);
  OutputFile file(out_path, inputs);
  OutputStream report(file);
  format.check(findings, context, report);
  report.finish();
  if (format.step_summary) append_step_summary(findings, context, inputs);
}

}  // namespace clausecheck::reports
