#include "reports/report.hpp"

#include <cstdlib>
#include <sstream>

#include "model/input_error.hpp"
#include "reports/output_file.hpp"
#include "rules/fingerprint.hpp"

namespace clausecheck::reports {

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names = {"text", "json", "sarif", "junit", "github", "markdown"};
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
  }
}

bool shown(const Finding& f, const ReportContext& context) {
  return !f.in_baseline && (!f.suppressed || context.show_suppressed);
}

namespace {

// GitHub treats the summary file as append-only within a step.
void append_step_summary(const std::vector<Finding>& findings, const ReportContext& context,
                         const std::vector<std::filesystem::path>& inputs) {
  const char* summary = std::getenv(kStepSummary);
  if (!summary || !*summary) return;
  std::ostringstream table;
  write_markdown(findings, context, table);
  append_output(summary, table.str(), inputs, kStepSummary);
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
