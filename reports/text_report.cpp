#include <algorithm>

#include "model/messages.hpp"
#include "text/code_points.hpp"
#include "text/escape_visible.hpp"
#include "reports/finding_counts.hpp"
#include "reports/finding_region.hpp"
#include "reports/report.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

namespace {

// The evidence in its line, underlined as compilers do (^~~~), in terminal
// columns: a CJK character takes two. Evidence over several lines shows its
// first. Widths are those of the escaped text, which is what the terminal shows.
void append_evidence(const Finding& f, std::string& out) {
  out += "    ";
  const std::size_t before = out.size();
  text::append_visible(out, f.before);
  const std::size_t first = out.size();
  text::append_visible(out, std::string_view(f.evidence).substr(0, f.evidence.find('\n')));
  const std::size_t after = out.size();
  text::append_visible(out, f.after);
  const std::size_t before_width = text::display_width(std::string_view(out).substr(before, first - before));
  const std::size_t width =
      std::max<std::size_t>(1, text::display_width(std::string_view(out).substr(first, after - first)));
  out += '\n';
  out.append(4 + before_width, ' ');
  out += '^';
  out.append(width - 1, '~');
  out += '\n';
}

// One finding's lines, appended to `out`.
void append_finding(const Finding& f, std::string& out) {
  text::append_visible(out, f.file);
  out += ':';
  out += std::to_string(f.location.line);
  out += ':';
  out += std::to_string(f.location.column);
  out += ": ";
  out += to_string(f.severity);
  out += ": ";
  text::append_visible(out, f.message);
  out += " [";
  text::append_visible(out, f.rule);
  out += ']';
  out += page_suffix(f.location);
  out += '\n';
  if (!f.evidence.empty()) append_evidence(f, out);
  if (f.fix) out.append("    ").append(msg(Msg::finding_fix, {text::visible(*f.fix)})).append("\n");
  // The defect's other places, as line:column (the other half-width items of its list).
  if (!f.related.empty()) {
    out.append("    ").append(msg(Msg::finding_also_at));
    for (const RelatedPlace& r : f.related)
      out.append(" ")
          .append(std::to_string(r.location.line))
          .append(":")
          .append(std::to_string(r.location.column))
          .append(page_suffix(r.location));
    out += '\n';
  }
  if (f.suppressed)
    out.append("    ")
        .append(
            msg(Msg::finding_suppressed, {text::visible(f.suppressed->reason), text::visible(f.suppressed->origin)}))
        .append("\n");
}

}  // namespace

// file:line:column: severity: message [rule] (page P, line L — a PDF's only), then the evidence underlined in
// its line and the fix indented below, as compilers and clang-tidy print them.
// Every field passes through visible(): a file name or message cannot start a
// line of its own or send controls to the terminal. Each finding is put
// together in one reused string and written at once: a stream insertion and
// a string of each field cost more than the rest of a finding's output.
// Findings already in the baseline and suppressed ones (unless asked for) are
// left out and counted at the end.
void write_text(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  std::string lines;
  for (const Finding& f : findings) {
    if (!shown(f, context)) continue;
    lines.clear();
    append_finding(f, lines);
    out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
  }
  out << describe(count_shown(findings));
  if (context.baseline)
    out << msg(Msg::findings_baseline,
               {std::to_string(context.baseline->unchanged), std::to_string(context.baseline->absent.size())});
  out << '\n';
}

}  // namespace clausecheck::reports
