#include "text/escape_visible.hpp"
#include "reports/finding_region.hpp"
#include "reports/report.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

namespace {

// Workflow command data: %, CR and LF are the characters GitHub decodes; the
// other controls (ESC colours the log, bidi controls reorder it) made visible.
std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text::visible(text, text::Breaks::kept)) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

// Property values also end at ',' and the data starts after '::'.
std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* command(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "warning";
}

}  // namespace

// ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::MESSAGE — one
// workflow command per finding shown (not in the baseline, not suppressed
// unless asked for).
void write_github(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  for (const Finding& f : findings) {
    if (!shown(f, context)) continue;
    const Location end = end_of(f);
    out << "::" << command(f.severity) << " file=" << escape_property(f.file) << ",line=" << f.location.line
        << ",col=" << f.location.column << ",endLine=" << end.line;
    // GitHub reads columns only within one line.
    if (end.line == f.location.line) out << ",endColumn=" << end.column;
    // The annotation sits on the decoded text's line; a PDF's page and line within it go in the message.
    out << ",title=" << escape_property(f.rule) << "::" << escape_data(f.message + page_suffix(f.location));
    if (f.suppressed) out << escape_data("（已抑制：" + f.suppressed->reason + "）");
    if (!f.evidence.empty()) out << escape_data("\n" + f.evidence);
    out << '\n';
  }
}

}  // namespace clausecheck::reports
