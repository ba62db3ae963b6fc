#include <fmt/format.h>

#include <map>
#include <sstream>

#include "model/messages.hpp"
#include "reports/finding_counts.hpp"
#include "reports/html_check_assets.hpp"
#include "reports/html_page.hpp"
#include "reports/report.hpp"
#include "text/escape_visible.hpp"
#include "text/json_writer.hpp"

namespace clausecheck::reports {

namespace {

// Severities from the most to the least severe, as the summary lists them.
constexpr Severity kSeverities[] = {Severity::error, Severity::warning, Severity::info};

constexpr std::size_t kOpenFiles = 20;  // the table by file opens when it has no more rows

// A severity's word in the run's language (the machine name stays in the page's classes).
std::string severity_word(Severity severity) {
  switch (severity) {
    case Severity::error:
      return msg(Msg::html_severity_error);
    case Severity::warning:
      return msg(Msg::html_severity_warning);
    case Severity::info:
      break;
  }
  return msg(Msg::html_severity_info);
}

// The script's own words in the run's language; a count's place is {} (the script fills it).
void write_words(text::JsonWriter& out) {
  out.key("words");
  out.begin_object();  // the writer takes keys in order
  out.member("all", msg(Msg::html_js_all));
  out.member("collapse", msg(Msg::html_js_collapse));
  out.key("columns");
  out.begin_array();
  for (const Msg column : {Msg::html_col_severity, Msg::html_col_rule, Msg::html_col_location, Msg::html_col_message,
                           Msg::html_col_evidence})
    out.value(msg(column));
  out.end_array();
  out.member("count", msg(Msg::html_js_count));
  out.member("expand", msg(Msg::html_js_expand));
  out.member("file", msg(Msg::html_col_file));
  out.member("rule", msg(Msg::html_col_rule));
  out.member("shown", msg(Msg::html_js_shown));
  out.member("suppressed", msg(Msg::check_markdown_suppressed));
  out.end_object();
}

// The findings the page shows, grouped by file in the order files first appear:
// a group is what the script renders when it is opened.
struct Groups {
  std::vector<std::string> files;
  std::vector<std::vector<const Finding*>> findings;
};

Groups group_by_file(const std::vector<Finding>& findings, const ReportContext& context) {
  Groups groups;
  std::map<std::string, std::size_t> index;
  for (const Finding& f : findings) {
    if (!shown(f, context)) continue;
    const auto [at, added] = index.try_emplace(f.file, groups.files.size());
    if (added) {
      groups.files.push_back(f.file);
      groups.findings.emplace_back();
    }
    groups.findings[at->second].push_back(&f);
  }
  return groups;
}

struct RuleCounts {
  std::array<int, 3> by_severity{};  // indexed by Severity
  int total = 0;
};

std::string cell_count(int n) { return n ? std::to_string(n) : ""; }

std::string where(const Finding& f) {
  return std::to_string(f.location.line) + ":" + std::to_string(f.location.column);
}

// Evidence marked in its line: the text around it (Finding::before/after) and the evidence itself.
std::string evidence_in_line(const Finding& f) {
  return html_escape(f.before) + "<mark>" + html_escape(f.evidence) + "</mark>" + html_escape(f.after);
}

void write_summary(const Groups& groups, const std::map<std::string, RuleCounts>& rules, const FindingCounts& counts,
                   const ReportContext& context, std::string& out) {
  out +=
      "<section id=\"summary\">\n<h2>" + msg(Msg::html_summary) + "</h2>\n<table class=\"severity-counts\"><thead><tr>";
  constexpr Msg kColumns[] = {Msg::html_errors_column, Msg::html_warnings_column,
                              Msg::html_infos_column};  // kSeverities
  for (std::size_t i = 0; i < std::size(kSeverities); ++i)
    out += fmt::format("<th class=\"sev-{}\">{}</th>", to_string(kSeverities[i]), msg(kColumns[i]));
  out += "<th>" + msg(Msg::html_col_total) + "</th><th>" + msg(Msg::html_col_suppressed) + "</th><th>" +
         msg(Msg::html_col_files) + "</th></tr></thead><tbody><tr>";
  out += fmt::format(
      "<td class=\"num\" data-severity=\"error\">{}</td><td class=\"num\" data-severity=\"warning\">{}</td>"
      "<td class=\"num\" data-severity=\"info\">{}</td><td class=\"num\" id=\"total\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr></tbody></table>\n",
      counts.errors, counts.warnings, counts.infos, counts.total(), counts.suppressed, groups.files.size());
  if (context.baseline)
    out += "<p class=\"muted\">" +
           msg(Msg::html_baseline,
               {std::to_string(context.baseline->unchanged), std::to_string(context.baseline->absent.size())}) +
           "</p>\n";
  if (rules.empty()) return void(out += "<p>" + msg(Msg::html_no_findings) + "</p>\n</section>\n");
  out += "<h3>" + msg(Msg::html_by_rule) + "</h3>\n<table class=\"by-rule\"><thead><tr><th>" + msg(Msg::html_col_rule) +
         "</th>";
  for (Severity s : kSeverities) out += fmt::format("<th class=\"num\">{}</th>", severity_word(s));
  out += "<th>" + msg(Msg::html_col_about) + "</th></tr></thead><tbody>\n";
  for (const auto& [rule, n] : rules) {
    std::string summary;
    for (const RuleMeta& meta : context.rules)
      if (meta.id == rule) summary = meta.summary;
    out += fmt::format("<tr><td><a href=\"#rule-{0}\"><code>{0}</code></a></td>", html_escape(rule));
    for (Severity s : kSeverities)
      out += "<td class=\"num\">" + cell_count(n.by_severity[static_cast<std::size_t>(s)]) + "</td>";
    out += "<td>" + html_escape(summary) + "</td></tr>\n";
  }
  // A corpus run has a row per file: closed, so that the findings are not pages below.
  out += fmt::format("</tbody></table>\n<details class=\"by-file\"{}><summary><h3>{}</h3></summary>\n",
                     groups.files.size() <= kOpenFiles ? " open" : "",
                     msg(Msg::html_by_file, {std::to_string(groups.files.size())}));
  out += "<table class=\"by-file\"><thead><tr><th>" + msg(Msg::html_col_file) + "</th>";
  for (Severity s : kSeverities) out += fmt::format("<th class=\"num\">{}</th>", severity_word(s));
  out += "</tr></thead><tbody>\n";
  for (std::size_t i = 0; i < groups.files.size(); ++i) {
    std::array<int, 3> n{};
    for (const Finding* f : groups.findings[i])
      if (!f->suppressed) ++n[static_cast<std::size_t>(f->severity)];
    out += "<tr><td class=\"mono\">" + html_escape(groups.files[i], text::Breaks::escaped) + "</td>";
    for (Severity s : kSeverities) out += "<td class=\"num\">" + cell_count(n[static_cast<std::size_t>(s)]) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody></table>\n</details>\n</section>\n";
}

// Every finding as a static table, for a reader with scripts off; with scripts
// on the browser keeps <noscript> as unparsed text, so it costs bytes, not layout.
void write_static_findings(const Groups& groups, std::string& out) {
  out += "<noscript>\n";
  for (std::size_t i = 0; i < groups.files.size(); ++i) {
    out += "<h3 class=\"mono\">" +
           msg(Msg::html_file_findings,
               {html_escape(groups.files[i], text::Breaks::escaped), std::to_string(groups.findings[i].size())}) +
           "</h3>\n";
    out += "<table class=\"findings\"><thead><tr>";
    for (const Msg column : {Msg::html_col_severity, Msg::html_col_rule, Msg::html_col_location, Msg::html_col_message,
                             Msg::html_col_evidence})
      out += "<th>" + msg(column) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const Finding* f : groups.findings[i])
      out += fmt::format(
          "<tr><td class=\"sev-{}\">{}{}</td><td><code>{}</code></td><td "
          "class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
          to_string(f->severity), severity_word(f->severity), f->suppressed ? msg(Msg::check_markdown_suppressed) : "",
          html_escape(f->rule), where(*f), html_escape(f->message), evidence_in_line(*f));
    out += "</tbody></table>\n";
  }
  out += "</noscript>\n";
}

void write_rule_docs(const std::map<std::string, RuleCounts>& rules, const ReportContext& context, std::string& out) {
  out += "<section id=\"rules\">\n<h2>" + msg(Msg::html_rules_heading) + "</h2>\n";
  for (const auto& [rule, n] : rules) {
    out += fmt::format("<h3 id=\"rule-{0}\"><code>{0}</code></h3>\n", html_escape(rule));
    for (const RuleMeta& meta : context.rules) {
      if (meta.id != rule) continue;
      out += fmt::format("<p class=\"muted\">{} · {} · {}</p>\n", severity_word(meta.severity), html_escape(meta.pack),
                         html_escape(meta.source));
      if (!meta.docs.empty()) out += "<div class=\"docs\">" + html_escape(meta.docs) + "</div>\n";
      if (!meta.docs_url.empty()) out += "<p class=\"mono\">" + html_escape(meta.docs_url) + "</p>\n";
    }
  }
  out += "</section>\n";
}

// {"files":[name…],"findings":[[[severity,rule,line,column,message,before,evidence,after,suppressed]…]…],
//  "rules":[id…],"severities":[[name,label]…]}: findings[i] are those of files[i], rule an index into rules.
std::string data_block(const Groups& groups, const std::map<std::string, RuleCounts>& rules) {
  std::map<std::string, int> rule_index;
  for (const auto& [rule, n] : rules) rule_index.emplace(rule, static_cast<int>(rule_index.size()));
  const auto shown_text = [](const std::string& s) { return text::visible(s, text::Breaks::line_feeds_kept); };
  std::string json;
  text::JsonWriter out(json, -1);
  out.begin_object();
  out.key("files");
  out.begin_array();
  for (const std::string& file : groups.files) out.value(text::visible(file));
  out.end_array();
  out.key("findings");
  out.begin_array();
  for (const auto& group : groups.findings) {
    out.begin_array();
    for (const Finding* f : group) {
      out.begin_array();
      out.value(static_cast<int>(f->severity));
      out.value(rule_index.at(f->rule));
      out.value(f->location.line);
      out.value(f->location.column);
      out.value(shown_text(f->message));
      out.value(shown_text(f->before));
      out.value(shown_text(f->evidence));
      out.value(shown_text(f->after));
      out.value(f->suppressed.has_value());
      out.end_array();
    }
    out.end_array();
  }
  out.end_array();
  out.key("rules");
  out.begin_array();
  for (const auto& [rule, n] : rules) out.value(shown_text(rule));
  out.end_array();
  out.key("severities");
  out.begin_array();
  for (Severity s : {Severity::info, Severity::warning, Severity::error}) {
    out.begin_array();
    out.value(to_string(s));
    out.value(severity_word(s));
    out.end_array();
  }
  out.end_array();
  write_words(out);
  out.end_object();
  return json_data_block(json);
}

}  // namespace

void write_html(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  const Groups groups = group_by_file(findings, context);
  std::map<std::string, RuleCounts> rules;
  for (const auto& group : groups.findings)
    for (const Finding* f : group) {
      RuleCounts& n = rules[f->rule];
      ++n.total;
      if (!f->suppressed) ++n.by_severity[static_cast<std::size_t>(f->severity)];
    }
  const FindingCounts counts = count_shown(findings);
  HtmlPage page;
  page.title = msg(Msg::html_check_title);
  page.css = kCheckCss;
  page.script = kCheckScript;
  page.body =
      "<header><h1>" + page.title + "</h1><p class=\"muted\">" + html_escape(describe(counts)) + "</p></header>\n";
  write_summary(groups, rules, counts, context, page.body);
  if (!groups.files.empty()) {
    page.body += "<section id=\"findings\">\n<h2>" + msg(Msg::html_findings_heading) + "</h2>\n";
    page.body += "<div class=\"controls\" id=\"filters\" hidden></div>\n<div id=\"groups\"></div>\n";
    write_static_findings(groups, page.body);
    page.body += "</section>\n";
    write_rule_docs(rules, context, page.body);
    page.data = data_block(groups, rules);
  }
  out << render_page(page);
}

}  // namespace clausecheck::reports
