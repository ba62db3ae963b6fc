#include "clausecheck/report.hpp"

#include <sstream>

#include "api/handles.hpp"
#include "reports/diff_json.hpp"
#include "reports/diff_markdown.hpp"
#include "reports/diff_text.hpp"
#include "reports/html_diff.hpp"
#include "reports/html_status.hpp"
#include "reports/register_format.hpp"
#include "reports/report.hpp"
#include "text/escape_json.hpp"

namespace clausecheck {
namespace {

// A format name is the caller's to get wrong: said as the CLI says a bad option.
[[noreturn]] void unknown_format(const std::string& format, const std::string& expected) {
  throw InputError("format", "未知的报告格式 (unknown report format): " + format + "; expected " + expected);
}

}  // namespace

std::string findings_report(const std::vector<Finding>& findings, const Rules& rules, const std::string& format) {
  reports::Format f;
  if (!reports::parse_format(format, f))
    unknown_format(format, "text, json, jsonl, sarif, junit, github, gitlab, markdown or html");
  reports::ReportContext context;
  for (const rules::Rule& rule : rules.impl().rules) context.rules.push_back(rule.meta);
  std::ostringstream out;
  reports::write_report(f, findings, context, out);
  return out.str();
}

std::string register_report(const Register& reg, const std::string& format) {
  const status::Register& r = reg.impl().reg;
  std::ostringstream out;
  if (format == "json") out << text::dump_json(status::to_json(r)) << '\n';
  else if (format == "markdown") status::write_markdown(r, out);
  else if (format == "text") status::write_text(r, out);
  else if (format == "html") out << reports::register_html(r);
  else unknown_format(format, "text, json, markdown or html");
  return out.str();
}

std::string diff_report(const Diff& changes_of, const std::string& format) {
  const diff::ChangeSet& changes = changes_of.impl().changes;
  if (format == "json") return reports::diff_json(changes, {}) + "\n";
  if (format == "markdown") return reports::diff_markdown(changes, {});
  if (format == "text") return reports::diff_text(changes, {});
  if (format == "html") return reports::diff_html(changes, {});
  unknown_format(format, "text, json, markdown or html");
}

}  // namespace clausecheck
