#include "reports/register_format.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/code_points.hpp"
#include "text/escape_visible.hpp"
#include "reports/finding_region.hpp"
#include "reports/markdown_cell.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::status {

namespace {

std::string day_or(const std::optional<std::chrono::year_month_day>& day, const char* none) {
  return day ? Date{*day, Precision::day}.iso() : none;
}

std::string place(const Evidence& evidence) {
  return evidence.file + ":" + std::to_string(evidence.location.line) + ":" + std::to_string(evidence.location.column) +
         page_suffix(evidence.location);
}

// The number names a document; an attachment is told from its notice by a suffix.
std::string document_name(const Entry& entry) {
  if (entry.document_number.empty()) return entry.document_title;
  return entry.attachment ? entry.document_number + "/附件" : entry.document_number;
}

constexpr std::size_t kColumns = 7;
using Row = std::array<std::string, kColumns>;

Row row_of(const Entry& e) {
  return {to_string(e.status), day_or(e.expires_on, "-"), day_or(e.effective_from, "-"),
          document_name(e),    e.clause.value_or("-"),    place(e.evidence),
          e.evidence.text};
}

// A row as the terminal shows it: each cell on its line, its controls made
// visible, so that the widths are those of what is shown.
Row visible_row(const Entry& e) {
  Row row = row_of(e);
  for (std::string& cell : row) cell = text::visible(cell);
  return row;
}

}  // namespace

nlohmann::json to_json(const Register& reg) {
  nlohmann::json entries = nlohmann::json::array();
  for (const Entry& e : reg.entries) {
    nlohmann::json entry = {
        {"document",
         {{"number", e.document_number.empty() ? nlohmann::json() : nlohmann::json(e.document_number)},
          {"title", e.document_title},
          {"attachment", e.attachment}}},
        {"clause", e.clause ? nlohmann::json(*e.clause) : nlohmann::json()},
        {"status", to_string(e.status)},
        {"effective_from", e.effective_from ? nlohmann::json(day_or(e.effective_from, "")) : nlohmann::json()},
        {"expires_on", e.expires_on ? nlohmann::json(day_or(e.expires_on, "")) : nlohmann::json()},
        {"evidence",
         {{"text", e.evidence.text},
          {"file", e.evidence.file},
          {"line", e.evidence.location.line},
          {"column", e.evidence.location.column}}},
        {"signing_date_stood_in", e.signing_date_stood_in},
        {"notes", e.notes},
    };
    // A paged input's (PDF) page and line within it; a text input's register keeps its shape.
    if (e.evidence.location.page != 0) {
      entry["evidence"]["page"] = e.evidence.location.page;
      entry["evidence"]["page_line"] = e.evidence.location.page_line;
    }
    if (e.conflict)
      entry["conflict"] = {{"counted", day_or(e.conflict->counted, "")}, {"stated", day_or(e.conflict->stated, "")}};
    entries.push_back(std::move(entry));
  }
  return {{"schema", "clausecheck/status@1"}, {"as_of", day_or(reg.as_of, "")}, {"entries", std::move(entries)}};
}

void write_text(const Register& reg, std::ostream& out) {
  const Row header = {"status", "expires_on", "effective", "document", "clause", "location", "evidence"};
  std::vector<const Entry*> sorted = by_expiry(reg);
  std::array<std::size_t, kColumns> widths{};
  auto widen = [&](const Row& row) {
    for (std::size_t i = 0; i < kColumns; ++i) widths[i] = std::max(widths[i], text::display_width(row[i]));
  };
  widen(header);
  for (const Entry* e : sorted) widen(visible_row(*e));
  auto print = [&](const Row& row) {
    std::string line;
    for (std::size_t i = 0; i < kColumns; ++i) {
      line += row[i];
      if (i + 1 < kColumns) line += std::string(widths[i] - text::display_width(row[i]) + 2, ' ');
    }
    out << line << '\n';
  };
  out << "as of " << day_or(reg.as_of, "") << ": " << reg.entries.size() << " entries\n";
  print(header);
  for (const Entry* e : sorted) {
    print(visible_row(*e));
    for (const std::string& note : e->notes) out << "    note: " << text::visible(note) << '\n';
  }
}

void write_markdown(const Register& reg, std::ostream& out) {
  out << "## Register as of " << day_or(reg.as_of, "") << "\n\n";
  out << "| status | expires on | effective from | document | clause | location | evidence | notes |\n";
  out << "|---|---|---|---|---|---|---|---|\n";
  for (const Entry* e : by_expiry(reg)) {
    const Row row = row_of(*e);
    std::string notes;
    for (const std::string& note : e->notes) notes += (notes.empty() ? "" : "; ") + note;
    out << '|';
    for (const std::string& cell : row) out << ' ' << reports::markdown_cell(cell) << " |";
    out << ' ' << reports::markdown_cell(notes) << " |\n";
  }
}

}  // namespace clausecheck::status
