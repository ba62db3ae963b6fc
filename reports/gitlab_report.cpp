#include "reports/finding_region.hpp"
#include "reports/report.hpp"
#include "text/escape_json.hpp"
#include "text/json_writer.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

namespace {

// GitLab's five severities; a CI job fails on clausecheck's exit code, these only sort the widget.
const char* gitlab_severity(Severity s) {
  switch (s) {
    case Severity::error:
      return "major";
    case Severity::warning:
      return "minor";
    case Severity::info:
      return "info";
  }
  return "minor";
}

}  // namespace

// GitLab's Code Quality report (artifacts: reports: codequality): a JSON array
// of the findings shown, each with a description, a check name, a fingerprint
// unique in the report and stable across commits (the finding's own: no line
// numbers), a severity and a location (path as given, relative to the
// repository when run from its root; begin and end lines and columns).
void write_gitlab(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  std::string text;
  text::JsonWriter json(text, 2, text::drain_into(out), text::kStreamChunk);
  json.begin_array();
  for (const Finding& f : findings) {
    if (!shown(f, context)) continue;
    const Location end = end_of(f);
    json.begin_object();
    json.member("check_name", f.rule);
    // Code Quality has no pages: a PDF's page and line within it go in the description.
    json.member("description", f.message + page_suffix(f.location));
    json.member("fingerprint", f.fingerprint);
    json.key("location");
    json.begin_object();
    json.member("path", f.file);
    json.key("positions");
    json.begin_object();
    json.key("begin");
    json.begin_object();
    json.member("column", text::json_position(f.location.column));
    json.member("line", text::json_position(f.location.line));
    json.end_object();
    json.key("end");
    json.begin_object();
    json.member("column", text::json_position(end.column));
    json.member("line", text::json_position(end.line));
    json.end_object();
    json.end_object();
    json.end_object();
    json.member("severity", gitlab_severity(f.severity));
    json.end_object();
  }
  json.end_array();
  out << text << '\n';
}

}  // namespace clausecheck::reports
