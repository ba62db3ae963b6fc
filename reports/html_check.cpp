#include <fmt/format.h>

#include <map>
#include <sstream>

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

const char* severity_zh(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "错误";
    case Severity::warning:
      return "警告";
    case Severity::info:
      return "提示";
  }
  return "提示";
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
  out += "<section id=\"summary\">\n<h2>概况</h2>\n<table class=\"severity-counts\"><thead><tr>";
  for (Severity s : kSeverities)
    out += fmt::format("<th class=\"sev-{}\">{}（{}）</th>", to_string(s), severity_zh(s), to_string(s));
  out += "<th>合计</th><th>已抑制</th><th>文件</th></tr></thead><tbody><tr>";
  out += fmt::format(
      "<td class=\"num\" data-severity=\"error\">{}</td><td class=\"num\" data-severity=\"warning\">{}</td>"
      "<td class=\"num\" data-severity=\"info\">{}</td><td class=\"num\" id=\"total\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr></tbody></table>\n",
      counts.errors, counts.warnings, counts.infos, counts.total(), counts.suppressed, groups.files.size());
  if (context.baseline)
    out += fmt::format("<p class=\"muted\">基线中已有 {} 条未列出；基线中 {} 条已不再出现。</p>\n",
                       context.baseline->unchanged, context.baseline->absent.size());
  if (rules.empty()) return void(out += "<p>没有发现问题。</p>\n</section>\n");
  out += "<h3>按规则</h3>\n<table class=\"by-rule\"><thead><tr><th>规则</th>";
  for (Severity s : kSeverities) out += fmt::format("<th class=\"num\">{}</th>", severity_zh(s));
  out += "<th>说明</th></tr></thead><tbody>\n";
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
  out += fmt::format("</tbody></table>\n<details class=\"by-file\"{}><summary><h3>按文件（{} 个）</h3></summary>\n",
                     groups.files.size() <= kOpenFiles ? " open" : "", groups.files.size());
  out += "<table class=\"by-file\"><thead><tr><th>文件</th>";
  for (Severity s : kSeverities) out += fmt::format("<th class=\"num\">{}</th>", severity_zh(s));
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
    out += fmt::format("<h3 class=\"mono\">{}（{} 条）</h3>\n", html_escape(groups.files[i], text::Breaks::escaped),
                       groups.findings[i].size());
    out +=
        "<table "
        "class=\"findings\"><thead><tr><th>级别</th><th>规则</th><th>位置</th><th>说明</th><th>原文</th></tr></"
        "thead><tbody>\n";
    for (const Finding* f : groups.findings[i])
      out += fmt::format(
          "<tr><td class=\"sev-{}\">{}{}</td><td><code>{}</code></td><td "
          "class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
          to_string(f->severity), severity_zh(f->severity), f->suppressed ? "（已抑制）" : "", html_escape(f->rule),
          where(*f), html_escape(f->message), evidence_in_line(*f));
    out += "</tbody></table>\n";
  }
  out += "</noscript>\n";
}

void write_rule_docs(const std::map<std::string, RuleCounts>& rules, const ReportContext& context, std::string& out) {
  out += "<section id=\"rules\">\n<h2>规则说明</h2>\n";
  for (const auto& [rule, n] : rules) {
    out += fmt::format("<h3 id=\"rule-{0}\"><code>{0}</code></h3>\n", html_escape(rule));
    for (const RuleMeta& meta : context.rules) {
      if (meta.id != rule) continue;
      out += fmt::format("<p class=\"muted\">{} · {} · {}</p>\n", severity_zh(meta.severity), html_escape(meta.pack),
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
    out.value(severity_zh(s));
    out.end_array();
  }
  out.end_array();
  out.end_object();
  return json_data_block(std::move(json));
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
  page.title = "clausecheck 检查报告";
  page.css = kCheckCss;
  page.script = kCheckScript;
  page.body =
      "<header><h1>clausecheck 检查报告</h1><p class=\"muted\">" + html_escape(describe(counts)) + "</p></header>\n";
  write_summary(groups, rules, counts, context, page.body);
  if (!groups.files.empty()) {
    page.body += "<section id=\"findings\">\n<h2>问题清单</h2>\n";
    page.body += "<div class=\"controls\" id=\"filters\" hidden></div>\n<div id=\"groups\"></div>\n";
    write_static_findings(groups, page.body);
    page.body += "</section>\n";
    write_rule_docs(rules, context, page.body);
    page.data = data_block(groups, rules);
  }
  out << render_page(page);
}

}  // namespace clausecheck::reports
