#pragma once
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/finding.hpp"
#include "reports/read_files.hpp"
#include "rules/baseline.hpp"
#include "rules/rule_meta.hpp"
#include "text/json_writer.hpp"

namespace clausecheck::reports {

struct OutputFormat;  // formats.hpp: every format's writers, check's among them

// What a writer needs besides the findings.
struct ReportContext {
  std::vector<RuleMeta> rules;                   // every rule that ran (SARIF tool.driver.rules, JUnit cases)
  const BaselineComparison* baseline = nullptr;  // set when a baseline was applied
  bool show_suppressed = false;                  // text, github and markdown show suppressed findings too
  // Findings at or above it fail the run (--fail-on), and only they are JUnit failures; none: never.
  std::optional<Severity> fail_level = Severity::error;
};

// Whether text, github and markdown show this finding.
bool shown(const Finding& finding, const ReportContext& context);

// One writer per format (docs/formats.md, listed in formats.cpp). Findings are written in the order given.
void write_text(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
void write_json(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
void write_sarif(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
void write_junit(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
void write_github(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
void write_markdown(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
void write_jsonl(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
void write_gitlab(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);
// One self-contained page (html_check.cpp): summary, filterable findings grouped by file, rule docs.
void write_html(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out);

// The "findings" list of write_json, for documents that carry findings (diff's JSON).
void write_findings(text::JsonWriter& out, const std::vector<Finding>& findings, const ReportContext& context);

// The environment variable naming GitHub's step summary file, and the most it takes.
inline constexpr const char* kStepSummary = "GITHUB_STEP_SUMMARY";
inline constexpr std::size_t kStepSummaryLimit = std::size_t{1} << 20;
// A Markdown table as the step summary takes it: whole, or cut after the last
// row that fits under the limit with a note of how many rows were left out.
std::string fit_step_summary(std::string table);

// The `check` command's output: fingerprints filled, the report written to
// `out_path` as it is made (OutputStream; never one of `inputs`) or to stdout when
// out_path is empty. A format with step_summary (github) also appends the full
// Markdown table to $GITHUB_STEP_SUMMARY when that is set (never one of `inputs` either),
// since GitHub shows only ten annotations of each level per step.
void write_report(const OutputFormat& format, std::vector<Finding>& findings, const ReportContext& context,
                  const std::filesystem::path& out_path, const ReadFiles& inputs = {});

}  // namespace clausecheck::reports
