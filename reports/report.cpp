#include "reports/report.hpp"

#include <cstdlib>
#include <sstream>

#include "model/input_error.hpp"
#include "reports/output_file.hpp"
#include "rules/fingerprint.hpp"

namespace clausecheck::reports {

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names = {"text",     "json",  "sarif",  "junit", "github",
                                                 "markdown", "jsonl", "gitlab", "html"};
  return names;
}

const char* to_string(Format format) { return format_names()[static_cast<std::size_t>(format)].c_str(); }

bool parse_format(const std::string& text, Format& out) {
  const auto& names = format_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) {
      out = static_cast<Format>(i);
      return true;
    }
  return false;
}

void write_report(Format format, const std::vector<Finding>& findings, const ReportContext& context,
                  std::ostream& out) {
  switch (format) {
    case Format::text:
      return write_text(findings, context, out);
    case Format::json:
      return write_json(findings, context, out);
    case Format::sarif:
      return write_sarif(findings, context, out);
    case Format::junit:
      return write_junit(findings, context, out);
    case Format::github:
      return write_github(findings, context, out);
    case Format::markdown:
      return write_markdown(findings, context, out);
    case Format::jsonl:
      return write_jsonl(findings, context, out);
    case Format::gitlab:
      return write_gitlab(findings, context, out);
    case Format::html:
      return write_html(findings, context, out);
  }
}

bool shown(const Finding& f, const ReportContext& context) {
  return !f.in_baseline && (!f.suppressed || context.show_suppressed);
}

namespace {}  // namespace

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
void append_step_summary(const std::vector<Finding>& findings, const ReportContext& context,
                         const std::vector<std::filesystem::path>& inputs) {
  const char* summary = std::getenv(kStepSummary);
  if (!summary || !*summary) return;
  std::ostringstream table;
  write_markdown(findings, context, table);
  append_output(summary, fit_step_summary(table.str()), inputs, kStepSummary);
}

}  // namespace

void write_report(Format format, std::vector<Finding>& findings, const ReportContext& context,
                  const std::filesystem::path& out_path, const std::vector<std::filesystem::path>& inputs) {
  ensure_fingerprints(findings);
  std::ostringstream report;
  write_report(format, findings, context, report);
  write_output(out_path, report.str(), inputs);
  if (format == Format::github) append_step_summary(findings, context, inputs);
}

}  // namespace clausecheck::reports
