#include "clausecheck/report.hpp"

#include <sstream>

#include "api/handles.hpp"
#include "reports/formats.hpp"
#include "reports/report.hpp"

namespace clausecheck {
namespace {

// The row the CLI's --format of `command` would take; a name it does not
// offer is the caller's to get wrong: said as the CLI says a bad option.
const reports::OutputFormat& format_of(const std::string& name, reports::Command command) {
  if (const reports::OutputFormat* format = reports::find_format(name, command)) return *format;
  const std::vector<std::string> names = reports::format_names(command);
  std::string expected;
  for (std::size_t i = 0; i < names.size(); ++i)
    expected += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  throw InputError("format", "未知的报告格式 (unknown report format): " + name + "; expected " + expected);
}

}  // namespace

std::string findings_report(const std::vector<Finding>& findings, const Rules& rules, const std::string& format) {
  const reports::OutputFormat& f = format_of(format, reports::Command::check);
  reports::ReportContext context;
  for (const rules::Rule& rule : rules.impl().rules) context.rules.push_back(rule.meta);
  std::ostringstream out;
  f.check(findings, context, out);
  return out.str();
}

std::string register_report(const Register& reg, const std::string& format) {
  std::ostringstream out;
  format_of(format, reports::Command::status).status(reg.impl().reg, out);
  return out.str();
}

// The API's diff runs no change rules: its SARIF is a log of no results.
std::string diff_report(const Diff& changes_of, const std::string& format) {
  const reports::ReportContext context;
  return format_of(format, reports::Command::diff).diff({changes_of.impl().changes, {}, context});
}

}  // namespace clausecheck
