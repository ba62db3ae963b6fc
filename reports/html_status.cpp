#include "reports/html_status.hpp"

#include <fmt/format.h>

#include <map>

#include "model/messages.hpp"
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
                     status::to_string(e.status), status::label(e.status));
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
    out += (e.notes.empty() ? "" : "\n") +
           msg(Msg::html_conflict, {day_or_empty(e.conflict->counted), day_or_empty(e.conflict->stated)});
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
  return entry.attachment ? msg(Msg::html_attachment, {entry.document_number}) : entry.document_number;
}

std::string register_html(const status::Register& reg) {
  const std::map<status::Status, int> counts = count_by_status(reg);
  const std::string as_of = Date{reg.as_of, Precision::day}.iso();
  HtmlPage page;
  page.title = msg(Msg::html_register_title, {as_of});
  page.css = kStatusCss + status_css(counts);
  page.script = kStatusScript;
  std::string& out = page.body;
  out += "<header><h1>" + msg(Msg::html_register_heading) + "</h1><p class=\"muted\">" +
         msg(Msg::html_register_summary, {as_of, std::to_string(reg.entries.size())}) + "</p></header>\n";
  out += "<ul class=\"status-counts\" id=\"status-counts\">";
  for (const auto& [s, n] : counts)
    out += fmt::format("<li class=\"s-{0}\" data-status=\"{0}\"><span class=\"swatch\"></span>{1} <b>{2}</b></li>",
                       status::to_string(s), status::label(s), n);
  out += "</ul>\n";
  std::size_t drawn = 0;
  for (const status::Entry& e : reg.entries) drawn += (e.effective_from || e.expires_on) ? 1 : 0;
  out += "<section id=\"timeline\">\n<h2>" + msg(Msg::html_timeline) + "</h2>\n";
  if (drawn) {
    // A corpus' timeline is thousands of rows: closed until asked for.
    out += fmt::format("<details{}><summary>{}</summary>\n<div class=\"chart\">\n", drawn <= 300 ? " open" : "",
                       msg(Msg::html_timeline_dated, {std::to_string(drawn)}));
    out += timeline_svg(reg) + "</div>\n</details>\n";
  }
  if (drawn < reg.entries.size())
    out += "<p class=\"muted\">" + msg(Msg::html_timeline_undated, {std::to_string(reg.entries.size() - drawn)}) +
           "</p>\n";
  out += "</section>\n<section id=\"register\">\n<h2>" + msg(Msg::html_register) +
         "</h2>\n<div class=\"controls\" id=\"filters\" data-placeholder=\"" + msg(Msg::html_filter_placeholder) +
         "\" hidden></div>\n";
  out += "<table id=\"entries\"><thead><tr>";
  for (const Msg column :
       {Msg::register_col_status, Msg::register_col_effective, Msg::html_col_last_day, Msg::html_col_file,
        Msg::register_col_clause, Msg::register_col_evidence, Msg::html_col_remarks})
    out += "<th>" + msg(column) + "</th>";
  out += "</tr></thead><tbody>\n";
  for (const status::Entry* e : status::by_expiry(reg)) write_row(*e, out);
  out += "</tbody></table>\n</section>\n";
  return render_page(page);
}

}  // namespace clausecheck::reports
