#include "reports/html_status.hpp"

#include <fmt/format.h>

#include <map>

#include "reports/html_page.hpp"
#include "reports/html_status_assets.hpp"
#include "reports/html_timeline.hpp"

namespace clausecheck::reports {

namespace {

std::string day_or_empty(const std::optional<std::chrono::year_month_day>& d) {
  return d ? Date{*d, Precision::day}.iso() : "";
}

std::string place(const status::Evidence& evidence) {
  return evidence.file + ":" + std::to_string(evidence.location.line) + ":" + std::to_string(evidence.location.column);
}

// The statuses present, in the enum's order, with their counts: the summary,
// the colours and the script's filter are made from them, so a status the
// register gains needs a colour (status_colour) and nothing else here.
std::map<status::Status, int> count_by_status(const status::Register& reg) {
  std::map<status::Status, int> counts;
  for (const status::Entry& e : reg.entries) ++counts[e.status];
  return counts;
}

std::string status_css(const std::map<status::Status, int>& counts) {
  std::string css;
  for (const auto& [s, n] : counts)
    css += fmt::format(".s-{0} .swatch,td.s-{0}::before{{background:{1}}}\n", status::to_string(s), status_colour(s));
  return css;
}

void write_row(const status::Entry& e, std::string& out) {
  out += fmt::format("<tr data-status=\"{}\"><td class=\"s-{}\">{}</td>", status::to_string(e.status),
                     status::to_string(e.status), status::label_zh(e.status));
  out += fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td>", day_or_empty(e.effective_from),
                     day_or_empty(e.expires_on));
  out += "<td>" + html_escape(entry_document(e));
  if (!e.document_number.empty() && !e.document_title.empty())
    out += "<div class=\"muted\">" + html_escape(e.document_title) + "</div>";
  out += "</td><td>" + html_escape(e.clause.value_or("")) + "</td>";
  out += "<td><div class=\"evidence\">" + html_escape(e.evidence.text) + "</div><div class=\"mono muted\">" +
         html_escape(place(e.evidence), text::Breaks::escaped) + "</div></td><td>";
  for (std::size_t i = 0; i < e.notes.size(); ++i) out += (i ? "\n" : "") + html_escape(e.notes[i]);
  if (e.conflict)
    out += fmt::format("{}推算最后一日 {}，文中写明 {}", e.notes.empty() ? "" : "\n", day_or_empty(e.conflict->counted),
                       day_or_empty(e.conflict->stated));
  out += "</td></tr>\n";
}

}  // namespace

const char* status_colour(status::Status s) {
  switch (s) {
    case status::Status::in_force:
      return "#2da44e";
    case status::Status::expiring:
      return "#d4a72c";
    case status::Status::expired:
      return "#cf222e";
    case status::Status::not_yet_effective:
      return "#0969da";
    case status::Status::no_validity:
      return "#8c959f";
    case status::Status::repealed:
      return "#24292f";
    case status::Status::suspended:
      return "#8250df";
    case status::Status::partly_repealed:
      return "#bc4c00";
    case status::Status::amended:
      return "#1b7c83";
  }
  return "#8c959f";
}

std::string entry_document(const status::Entry& entry) {
  if (entry.document_number.empty()) return entry.document_title;
  return entry.attachment ? entry.document_number + "/附件" : entry.document_number;
}

std::string register_html(const status::Register& reg) {
  const std::map<status::Status, int> counts = count_by_status(reg);
  const std::string as_of = Date{reg.as_of, Precision::day}.iso();
  HtmlPage page;
  page.title = "有效期登记表（截至 " + as_of + "）";
  page.css = kStatusCss + status_css(counts);
  page.script = kStatusScript;
  std::string& out = page.body;
  out += fmt::format("<header><h1>有效期登记表</h1><p class=\"muted\">截至 {}，共 {} 条</p></header>\n", as_of,
                     reg.entries.size());
  out += "<ul class=\"status-counts\" id=\"status-counts\">";
  for (const auto& [s, n] : counts)
    out += fmt::format("<li class=\"s-{0}\" data-status=\"{0}\"><span class=\"swatch\"></span>{1} <b>{2}</b></li>",
                       status::to_string(s), status::label_zh(s), n);
  out += "</ul>\n";
  std::size_t drawn = 0;
  for (const status::Entry& e : reg.entries) drawn += (e.effective_from || e.expires_on) ? 1 : 0;
  out += "<section id=\"timeline\">\n<h2>时间轴</h2>\n";
  if (drawn) {
    // A corpus' timeline is thousands of rows: closed until asked for.
    out += fmt::format("<details{}><summary>{} 条有日期的记录（悬停查看依据）</summary>\n<div class=\"chart\">\n",
                       drawn <= 300 ? " open" : "", drawn);
    out += timeline_svg(reg) + "</div>\n</details>\n";
  }
  if (drawn < reg.entries.size())
    out +=
        fmt::format("<p class=\"muted\">{} 条既无施行日也无到期日，不在时间轴上。</p>\n", reg.entries.size() - drawn);
  out +=
      "</section>\n<section id=\"register\">\n<h2>登记表</h2>\n<div class=\"controls\" id=\"filters\" hidden></div>\n";
  out +=
      "<table id=\"entries\"><thead><tr><th>状态</th><th>施行日</th><th>最后一日</th><th>文件</th><th>条款</th>"
      "<th>依据</th><th>备注</th></tr></thead><tbody>\n";
  for (const status::Entry* e : status::by_expiry(reg)) write_row(*e, out);
  out += "</tbody></table>\n</section>\n";
  return render_page(page);
}

}  // namespace clausecheck::reports
