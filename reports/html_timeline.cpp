#include "reports/html_timeline.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "model/messages.hpp"
#include "reports/html_page.hpp"
#include "reports/html_status.hpp"
#include "text/code_points.hpp"

namespace clausecheck::reports {

namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr int kLabelWidth = 300;  // the entry's name, left of the bars
constexpr int kChartWidth = 840;
constexpr int kRowHeight = 18;
constexpr int kTop = 34;                 // room for the year labels and the as-of label
constexpr std::size_t kLabelChars = 22;  // code points of a name before it is cut with …
constexpr int kQuarterYears = 4;         // an axis this many years long or shorter has quarter ticks

std::string day(const year_month_day& d) { return Date{d, Precision::day}.iso(); }

bool drawn(const status::Entry& e) { return e.effective_from || e.expires_on; }

// The first day a repeal, replacement or suspension in effect on the as-of date ended the entry:
// its bar stops there, whatever its own last day (repeal wins over validity, docs/status.md).
std::optional<year_month_day> ended_on(const status::Entry& e, const year_month_day& as_of) {
  // 部分失效 and 已被修改 go on in force: their bars too.
  if (e.status != status::Status::repealed && e.status != status::Status::suspended) return std::nullopt;
  std::optional<year_month_day> first;
  for (const auto* links : {&e.repealed_by, &e.replaced_by, &e.suspended_by})
    for (const status::LineageLink& link : *links)
      if (link.takes_effect && *link.takes_effect <= as_of && (!first || *link.takes_effect < *first))
        first = link.takes_effect;
  return first;
}

std::string cut(const std::string& text) {
  const std::u32string points = text::to_code_points(text);
  if (points.size() <= kLabelChars) return text;
  return text::to_utf8(points.substr(0, kLabelChars - 1)) + "…";
}

// Whole years around every date drawn and the as-of date.
struct Axis {
  int first_year = 0;
  int last_year = 0;  // exclusive: the axis ends on 1 January of it
  long first_day = 0;
  long days = 1;
  double x(const year_month_day& d) const {
    return kLabelWidth + kChartWidth * double(sys_days(d).time_since_epoch().count() - first_day) / double(days);
  }
};

Axis axis_of(const status::Register& reg) {
  int low = int(reg.as_of.year()), high = int(reg.as_of.year());
  for (const status::Entry& e : reg.entries)
    for (const auto& d : {e.effective_from, e.expires_on})
      if (d) {
        low = std::min(low, int(d->year()));
        high = std::max(high, int(d->year()));
      }
  Axis axis;
  axis.first_year = low;
  axis.last_year = high + 1;
  axis.first_day = sys_days(std::chrono::year{low} / 1 / 1).time_since_epoch().count();
  axis.days = sys_days(std::chrono::year{high + 1} / 1 / 1).time_since_epoch().count() - axis.first_day;
  return axis;
}

// 1, 2, 5, 10, 20, 50… years between ticks: at most about 15 ticks.
int tick_step(int years) {
  for (int step : {1, 2, 5, 10, 20, 50})
    if (years / step <= 15) return step;
  return 100;
}

std::string hover(const status::Entry& e, const std::optional<year_month_day>& ended) {
  std::string text = entry_document(e);
  if (e.clause) text += " " + *e.clause;
  text += fmt::format("\n{}：{} → {}", status::label(e.status), e.effective_from ? day(*e.effective_from) : "？",
                      ended          ? day(*ended)
                      : e.expires_on ? day(*e.expires_on)
                                     : msg(Msg::not_stated));
  text += "\n" + e.evidence.text;
  return html_escape(text);
}

}  // namespace

std::string timeline_svg(const status::Register& reg) {
  std::vector<const status::Entry*> rows;
  for (const status::Entry* e : status::by_expiry(reg))
    if (drawn(*e)) rows.push_back(e);
  const Axis axis = axis_of(reg);
  const int height = kTop + kRowHeight * int(rows.size()) + 8;
  const int width = kLabelWidth + kChartWidth + 20;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" "
      "role=\"img\" aria-label=\"{2}\">\n",
      width, height, msg(Msg::html_timeline_label));
  const int step = tick_step(axis.last_year - axis.first_year);
  for (int y = axis.first_year; y <= axis.last_year; ++y) {
    if ((y - axis.first_year) % step) continue;
    const double x = axis.x(std::chrono::year{y} / 1 / 1);
    svg +=
        fmt::format("<line class=\"tick\" x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\"/>", x, kTop - 6, height);
    if (y < axis.last_year)
      svg += fmt::format("<text class=\"year\" x=\"{:.1f}\" y=\"{}\">{}</text>\n", x + 3, kTop - 8, y);
    // A span of a few years is read by the quarter.
    if (axis.last_year - axis.first_year > kQuarterYears || y == axis.last_year) continue;
    for (unsigned month : {4U, 7U, 10U}) {
      const double q = axis.x(std::chrono::year{y} / std::chrono::month{month} / 1);
      svg += fmt::format(
          "<line class=\"tick minor\" x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\"/><text class=\"month\" "
          "x=\"{3:.1f}\" y=\"{4}\">{5}月</text>\n",
          q, kTop - 6, height, q + 3, kTop - 8, month);
    }
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const status::Entry& e = *rows[i];
    const int y = kTop + kRowHeight * int(i);
    std::string name = entry_document(e);
    if (e.clause) name += " " + *e.clause;
    // An end not stated runs dashed to the edge; a start not stated from the edge.
    const auto ended = ended_on(e, reg.as_of);
    const auto end = ended && (!e.expires_on || *ended < *e.expires_on) ? ended : e.expires_on;
    const double x1 = e.effective_from ? axis.x(*e.effective_from) : kLabelWidth;
    const double x2 = end ? axis.x(*end) : kLabelWidth + kChartWidth;
    const bool open = !e.effective_from || !end;
    svg += fmt::format(
        "<g class=\"bar s-{}{}\"><title>{}</title><text class=\"name\" x=\"4\" y=\"{}\">{}</text>"
        "<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" rx=\"2\" fill=\"{}\"/></g>\n",
        status::to_string(e.status), open ? " open" : "", hover(e, ended), y + kRowHeight - 5, html_escape(cut(name)),
        x1, y + 3, std::max(2.0, x2 - x1), kRowHeight - 6, status_colour(e.status));
  }
  const double now = axis.x(reg.as_of);
  svg += fmt::format(
      "<line class=\"as-of\" x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\"/>"
      "<text class=\"as-of-label\" x=\"{3:.1f}\" y=\"12\">{4}</text>\n",
      now, kTop - 20, height, std::min(now, double(width - 110)), msg(Msg::html_as_of, {day(reg.as_of)}));
  svg += "</svg>\n";
  return svg;
}

}  // namespace clausecheck::reports
