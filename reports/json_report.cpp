#include "text/escape_json.hpp"
#include "reports/finding_region.hpp"
#include "text/json_writer.hpp"
#include "reports/report.hpp"

namespace clausecheck::reports {

namespace {

// The page and the line within it, for a paged input (PDF) only: a text input's report keeps its shape.
void write_page(text::JsonWriter& out, const Location& at) {
  if (at.page == 0) return;
  out.member("page", at.page);
  out.member("page_line", at.page_line);
}

// Members in sorted key order, as nlohmann printed them.
void write_finding(text::JsonWriter& out, const Finding& f, const ReportContext& context) {
  const Location end = end_of(f);
  out.begin_object();
  out.member("anchor", f.anchor);
  if (context.baseline) out.member("baseline", f.in_baseline ? "unchanged" : "new");
  out.member("column", text::json_position(f.location.column));
  out.member("end_column", text::json_position(end.column));
  out.member("end_line", text::json_position(end.line));
  out.member("end_offset", f.span.end);
  out.member("evidence", f.evidence);
  out.member("file", f.file);
  out.member("fingerprint", f.fingerprint);
  out.member("fix", f.fix);
  out.member("line", text::json_position(f.location.line));
  out.member("message", f.message);
  out.member("offset", f.span.begin);
  write_page(out, f.location);
  // The defect's other places (the other half-width items of its list); only when there are some.
  if (!f.related.empty()) {
    out.key("related");
    out.begin_array();
    for (const RelatedPlace& r : f.related) {
      out.begin_object();
      out.member("column", text::json_position(r.location.column));
      out.member("end_column", text::json_position(r.end.column));
      out.member("end_line", text::json_position(r.end.line));
      out.member("evidence", r.evidence);
      out.member("line", text::json_position(r.location.line));
      write_page(out, r.location);
      out.end_object();
    }
    out.end_array();
  }
  out.member("rule", f.rule);
  out.member("severity", to_string(f.severity));
  if (f.suppressed) {
    out.key("suppressed");
    out.begin_object();
    out.member("origin", f.suppressed->origin);
    out.member("reason", f.suppressed->reason);
    out.end_object();
  }
  out.end_object();
}

void write_absent(text::JsonWriter& out, const BaselineEntry& e) {
  out.begin_object();
  out.member("column", text::json_position(e.location.column));
  out.member("evidence", e.evidence);
  out.member("file", e.file);
  out.member("fingerprint", e.fingerprint);
  out.member("line", text::json_position(e.location.line));
  out.member("rule", e.rule);
  out.end_object();
}

}  // namespace

void write_findings(text::JsonWriter& out, const std::vector<Finding>& findings, const ReportContext& context) {
  out.begin_array();
  for (const Finding& f : findings) write_finding(out, f, context);
  out.end_array();
}

// {"schema":"clausecheck/findings@1","findings":[…]} (DESIGN.md): columns in
// code points, byte offsets beside them; lines and columns at least 1 and
// strings valid UTF-8 (json_writer.hpp), whatever a baseline or a file name held.
void write_json(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  std::string text;
  text::JsonWriter json(text, 2, text::drain_into(out), text::kStreamChunk);
  json.begin_object();
  if (context.baseline) {
    json.key("absent");
    json.begin_array();
    for (const BaselineEntry& e : context.baseline->absent) write_absent(json, e);
    json.end_array();
  }
  json.key("findings");
  write_findings(json, findings, context);
  json.member("schema", "clausecheck/findings@1");
  json.end_object();
  text += '\n';
  out << text;
}

// One finding per line, each the object of write_json's "findings" list,
// compact: a run over a corpus is read line by line (jq -c, grep), never held
// whole. What the baseline no longer finds ("absent") is only in json.
void write_jsonl(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  std::string line;
  for (const Finding& f : findings) {
    line.clear();
    text::JsonWriter json(line, -1);
    write_finding(json, f, context);
    out << line << '\n';
  }
}

}  // namespace clausecheck::reports
